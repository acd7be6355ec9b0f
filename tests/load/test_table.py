"""Tables: any of CSV, JSONL and Parquet with a text column; known columns mapped, others kept."""

from datetime import date

import pandas as pd
import pytest

from workbench.pipeline import load_articles

ROWS = pd.DataFrame({
    "body": ["Two people were injured in the blast, police said.\nThe market was closed.",
             "Officials said 40 people were detained overnight."],
    "headline": ["Blast at market", "Dozens detained"],
    "source_url": ["https://www.reuters.com/world/blast-2021-05-01/", "https://news.example.org/detained"],
    "dct": ["2021-05-01", "2021-05-02"],
    "incident_id": ["A1", "A2"],
})


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_table_formats_map_known_columns_and_keep_others(tmp_path, suffix):
    path = tmp_path / f"articles.{suffix}"
    if suffix == "csv":
        ROWS.to_csv(path, index=False)
    elif suffix == "jsonl":
        ROWS.to_json(path, orient="records", lines=True)
    else:
        ROWS.to_parquet(path)
    frame = load_articles(path).sort_values("title").reset_index(drop=True)
    assert list(frame["title"]) == ["Blast at market", "Dozens detained"]
    assert list(frame["outlet_id"]) == ["reuters", "example-org"]
    assert list(frame["published_date"].dt.date) == [date(2021, 5, 1), date(2021, 5, 2)]
    assert list(frame["incident_id"]) == ["A1", "A2"]
    assert frame["text"].iloc[0] == "Two people were injured in the blast, police said.\nThe market was closed."
    assert list(frame["source_format"]) == ["table", "table"]


def test_sample_loads_with_outlets_and_dates():
    frame = load_articles("data/sample")
    log = frame.attrs["ingest_log"]
    assert len(log) == 227, "226 table rows and one dump, each accounted for"
    assert set(log["status"]) <= {"loaded", "duplicate"}
    # two rows of the table are the same Twitter boilerplate page from one outlet: one is a duplicate
    assert (log["status"] == "loaded").sum() == len(frame) == 226
    assert frame["outlet_id"].notna().all() and (frame["outlet_id"] != "unknown").all()
    assert frame["published_date"].notna().all()
    assert frame["outlet_id"].nunique() >= 139
    assert "jpost" in set(frame["outlet_id"])
