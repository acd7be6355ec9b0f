"""Analysis stage: tidy dataframes about coverage, for the notebooks and reports.

- `selection`: which articles (event, dates, outlets), applied in pandas or as SQL over the store;
- `timelines`: articles per outlet over time, first reports, original stories vs reprints, framing terms;
- `casualties`: killed / injured / detained figures per outlet over time, reference counts, spread;
- `sources`: source-type mix, most quoted speakers, speakers only some outlets quote;
- `syndication`: MinHash signatures and near-duplicate groups across outlets.

Functions over frames are pure; functions taking a DuckDB connection (`workbench.store.connect`) aggregate
inside the store, so bodies stay out of pandas.
"""
