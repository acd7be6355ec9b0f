"""The analysis notebooks: committed thin and without outputs, and each runs top to bottom on the sample
through a real Jupyter kernel."""

from __future__ import annotations

import json

import nbformat
import pytest

from workbench import reports, store
from workbench.analysis.casualties import read_reference_counts
from workbench.analysis.selection import busiest_incident

NOTEBOOKS = reports.find_notebooks()
# The charts each notebook draws, in order (the 02 charts per category follow its `categories` parameter).
CHARTS = {
    "01_coverage_timeline": ["coverage-timeline", "first-reports", "coverage-kinds", "syndication", "framing-terms"],
    "02_casualty_figures": ["casualties-killed", "casualties-injured", "casualties-detained", "casualty-spread"],
    "03_sources": ["speaker-mix", "top-speakers"],
    "04_outlet_profile": ["coverage-timeline", "casualties-killed", "speaker-mix"],
}


def charts_and_text(nb) -> tuple[list[str], str]:
    charts, text = [], []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if reports.PLOTLY_MIME in data:
                charts.append(data[reports.PLOTLY_MIME]["layout"]["meta"]["chart"])
            text.append(out.get("text", "") or data.get("text/plain", ""))
    return charts, "\n".join(text)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_committed_thin_and_clean(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0] is code[0], "one tagged parameters cell, the first code cell"
    assert all(not c.outputs and c.execution_count is None for c in code), "commit notebooks without outputs"
    assert not any("def " in c.source or "class " in c.source for c in code), "functions belong in workbench"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    assert path.stem in CHARTS


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_on_the_sample(path, sample_store, sample_reference):
    nb, error = reports.execute_notebook(
        path, {"store_dir": str(sample_store), "reference_path": str(sample_reference)})
    assert error is None, f"{path.name} failed: {error}"
    charts, text = charts_and_text(nb)
    assert charts == CHARTS[path.stem]
    con = store.connect(sample_store)
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    n_outlets = con.execute("SELECT count(DISTINCT outlet_id) FROM articles").fetchone()[0]
    assert f"{n_articles} articles from {n_outlets} outlets: all articles" in text


@pytest.mark.notebook
def test_casualty_notebook_for_one_incident_shows_its_reference_counts(sample_store, sample_reference):
    con = store.connect(sample_store)
    incident = busiest_incident(con)
    ref = read_reference_counts(sample_reference)
    want = {r.category: r.reference_count for r in ref[ref["incident_id"] == incident].itertuples()}
    assert want, "the sample's busiest incident has reference counts"
    nb, error = reports.execute_notebook(
        reports.default_notebooks_dir() / "02_casualty_figures.ipynb",
        {"store_dir": str(sample_store), "event": incident, "reference_path": str(sample_reference)})
    assert error is None, error
    (reference_output,) = [o for c in nb.cells if "reference_for" in c.source for o in c.outputs]
    assert reference_output["data"]["text/plain"] == repr(want)
    figs = [o["data"][reports.PLOTLY_MIME] for c in nb.cells for o in c.get("outputs", [])
            if reports.PLOTLY_MIME in o.get("data", {})]
    killed = next(f for f in figs if f["layout"]["meta"]["chart"] == "casualties-killed")
    names = [t["name"] for t in killed["data"]]
    assert names[-1] == "reference count" and killed["data"][-1]["y"] == [want["killed"]] * 2
    # one step line per outlet with a killed figure for this incident, counted straight from the store
    outlets = con.execute(
        "SELECT count(DISTINCT a.outlet_id) FROM casualty_claims c JOIN articles a USING (article_id) "
        "WHERE CAST(a.incident_id AS VARCHAR) = ? AND c.category = 'killed' AND NOT c.disputed "
        "AND NOT c.about_other_event AND coalesce(c.value, c.value_low) IS NOT NULL", [incident]).fetchone()[0]
    assert len(names) - 1 == outlets
    json.dumps(killed)  # figures leave the kernel as plain JSON



@pytest.fixture(scope="module")
def store_without_extraction(sample_store, tmp_path_factory):
    """The sample's articles only: casualty_claims and attributions are empty, as before extraction runs."""
    from workbench.store import Store

    con = store.connect(sample_store)
    articles = con.execute("SELECT * EXCLUDE (syndication_group_id) FROM articles").df()
    log = con.execute("SELECT * FROM ingest_log").df()
    target = Store(tmp_path_factory.mktemp("no_extraction") / "store")
    with target.writing():
        target.append({"articles": articles, "ingest_log": log}, "articles-only")
    assert store.connect(target.root).execute("SELECT count(*) FROM attributions").fetchone()[0] == 0
    return target.root


def no_data_charts(nb) -> dict[str, bool]:
    """Each chart's name -> whether it is an empty figure saying there is no data."""
    out = {}
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            fig = o.get("data", {}).get(reports.PLOTLY_MIME)
            if fig:
                notes = " ".join(a.get("text", "") for a in fig["layout"].get("annotations", []))
                out[fig["layout"]["meta"]["chart"]] = not fig["data"] and "no data" in notes
    return out


@pytest.mark.notebook
@pytest.mark.parametrize("name", ["02_casualty_figures", "03_sources"])
def test_notebooks_run_before_extraction_and_say_no_data(name, store_without_extraction, sample_reference):
    nb, error = reports.execute_notebook(reports.default_notebooks_dir() / f"{name}.ipynb",
                                         {"store_dir": str(store_without_extraction),
                                          "reference_path": str(sample_reference)})
    assert error is None, error
    charts = no_data_charts(nb)
    assert list(charts) == CHARTS[name] and all(charts.values())


@pytest.mark.notebook
@pytest.mark.parametrize("name", ["01_coverage_timeline", "04_outlet_profile"])
def test_notebooks_run_on_a_selection_matching_nothing(name, sample_store):
    nb, error = reports.execute_notebook(reports.default_notebooks_dir() / f"{name}.ipynb",
                                         {"store_dir": str(sample_store), "event": "no article says zyxwvut"})
    assert error is None, error
    charts = no_data_charts(nb)
    assert list(charts) == CHARTS[name] and all(charts.values())
