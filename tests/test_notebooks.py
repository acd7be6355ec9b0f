"""The analysis notebooks: committed thin and without outputs, and each runs top to bottom through a real
Jupyter kernel: on the sample, on one incident, before extraction has filled any claims or attributions,
and on a selection that matches nothing. All runs go in one batch, side by side."""

from __future__ import annotations

import nbformat
import pytest

from workbench import reports, store
from workbench.analysis.casualties import read_reference_counts
from workbench.analysis.selection import busiest_incident

NOTEBOOKS = reports.find_notebooks()
NAMES = [p.stem for p in NOTEBOOKS]
# The charts each notebook draws, in order (the 02 charts per category follow its `categories` parameter).
CHARTS = {
    "01_coverage_timeline": [
        "coverage-timeline",
        "first-reports",
        "coverage-kinds",
        "syndication",
        "framing-terms",
    ],
    "02_casualty_figures": [
        "casualties-killed",
        "casualties-injured",
        "casualties-detained",
        "casualty-spread",
    ],
    "03_sources": ["speaker-mix", "top-speakers"],
    "04_outlet_profile": ["coverage-timeline", "casualties-killed", "speaker-mix"],
}
NO_MATCH = "no article says zyxwvut"


def notebook(name: str):
    return reports.default_notebooks_dir() / f"{name}.ipynb"


def figures(nb) -> list[dict]:
    return [
        o["data"][reports.PLOTLY_MIME]
        for c in nb.cells
        for o in c.get("outputs", [])
        if reports.PLOTLY_MIME in o.get("data", {})
    ]


def printed(nb) -> str:
    return "\n".join(
        o.get("text", "") for c in nb.cells for o in c.get("outputs", []) if o.get("name") == "stdout"
    )


def says_no_data(fig: dict) -> bool:
    notes = " ".join(a.get("text", "") for a in fig["layout"].get("annotations", []))
    return not fig["data"] and "no data" in notes


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


@pytest.fixture(scope="module")
def runs(sample_store, sample_reference, store_without_extraction):
    """Every scenario's executed notebooks: {(scenario, name): (notebook, error)}."""
    incident = busiest_incident(store.connect(sample_store))
    sample = {"store_dir": str(sample_store), "reference_path": str(sample_reference)}
    jobs = {("sample", n): (notebook(n), sample) for n in NAMES}
    jobs[("incident", "02_casualty_figures")] = (
        notebook("02_casualty_figures"),
        {**sample, "event": incident},
    )
    for n in ("02_casualty_figures", "03_sources", "04_outlet_profile"):
        jobs[("no extraction", n)] = (notebook(n), {**sample, "store_dir": str(store_without_extraction)})
    for n in ("01_coverage_timeline", "04_outlet_profile"):
        jobs[("no match", n)] = (notebook(n), {**sample, "event": NO_MATCH})
    done = reports.execute_many(list(jobs.values()))
    return {
        "incident": incident,
        **{key: (nb, error) for key, (nb, error, _) in zip(jobs, done, strict=True)},
    }


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebook_is_committed_thin_and_clean(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0] is nb.cells[0], "the notebook opens with one tagged parameters cell"
    assert all(not c.outputs and c.execution_count is None for c in code), "commit notebooks without outputs"
    assert not any("def " in c.source or "class " in c.source for c in code), "functions belong in workbench"
    assert nb.cells[1].cell_type == "markdown" and nb.cells[1].source.startswith("# "), "then its title"
    assert path.stem in CHARTS


@pytest.mark.notebook
@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_on_the_sample(name, runs, sample_store):
    nb, error = runs[("sample", name)]
    assert error is None, f"{name} failed: {error}"
    assert [f["layout"]["meta"]["chart"] for f in figures(nb)] == CHARTS[name]
    con = store.connect(sample_store)
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    n_outlets = con.execute("SELECT count(DISTINCT outlet_id) FROM articles").fetchone()[0]
    assert f"{n_articles} articles from {n_outlets} outlets: all articles" in printed(nb)


@pytest.mark.notebook
def test_casualty_notebook_for_one_incident_shows_its_reference_counts(runs, sample_store, sample_reference):
    incident = runs["incident"]
    nb, error = runs[("incident", "02_casualty_figures")]
    assert error is None, error
    ref = read_reference_counts(sample_reference)
    want = {r.category: r.reference_count for r in ref[ref["incident_id"] == incident].itertuples()}
    assert want, "the sample's busiest incident has reference counts"
    (reference_output,) = [o for c in nb.cells if "reference_for" in c.source for o in c.outputs]
    assert reference_output["data"]["text/plain"] == repr(want)
    killed = next(f for f in figures(nb) if f["layout"]["meta"]["chart"] == "casualties-killed")
    names = [t["name"] for t in killed["data"]]
    assert names[-1] == "reference count" and killed["data"][-1]["y"] == [want["killed"]] * 2
    # one step line per outlet with a killed figure for this incident, counted straight from the store
    outlets = (
        store.connect(sample_store)
        .execute(
            "SELECT count(DISTINCT a.outlet_id) FROM casualty_claims c JOIN articles a USING (article_id) "
            "WHERE CAST(a.incident_id AS VARCHAR) = ? AND c.category = 'killed' AND NOT c.disputed "
            "AND NOT c.about_other_event AND coalesce(c.value, c.value_low) IS NOT NULL",
            [incident],
        )
        .fetchone()[0]
    )
    assert outlets > 0 and len(names) - 1 == outlets


@pytest.mark.notebook
@pytest.mark.parametrize(
    "name, empty",
    [
        ("02_casualty_figures", CHARTS["02_casualty_figures"]),
        ("03_sources", CHARTS["03_sources"]),
        ("04_outlet_profile", ["casualties-killed", "speaker-mix"]),
    ],
)
def test_notebooks_run_before_extraction_and_say_no_data(name, empty, runs):
    nb, error = runs[("no extraction", name)]
    assert error is None, error
    figs = figures(nb)
    assert [f["layout"]["meta"]["chart"] for f in figs] == CHARTS[name]
    assert [f["layout"]["meta"]["chart"] for f in figs if says_no_data(f)] == empty


@pytest.mark.notebook
@pytest.mark.parametrize("name", ["01_coverage_timeline", "04_outlet_profile"])
def test_notebooks_run_on_a_selection_matching_nothing(name, runs):
    nb, error = runs[("no match", name)]
    assert error is None, error
    figs = figures(nb)
    assert [f["layout"]["meta"]["chart"] for f in figs] == CHARTS[name]
    assert all(says_no_data(f) for f in figs)
    assert "0 articles from 0 outlets" in printed(nb)


@pytest.mark.notebook
def test_a_failing_notebook_still_gets_a_page_and_is_named(sample_store, tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    good = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Fine\n\nRuns."),
            nbformat.v4.new_code_cell("store_dir = None", metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell("print('ok', store_dir is not None)"),
        ]
    )
    bad = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Broken\n\nFails."),
            nbformat.v4.new_code_cell("store_dir = None", metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell("raise LookupError('no such outlet: example')"),
        ]
    )
    for name, nb in (("a_fine.ipynb", good), ("b_broken.ipynb", bad)):
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, folder / name)
    out = tmp_path / "reports"
    with pytest.raises(reports.ReportError, match=r"b_broken\.ipynb: LookupError: no such outlet: example"):
        reports.build_reports(sample_store, out, notebooks_dir=folder)
    assert "ok True" in (out / "a_fine.html").read_text()
    broken = (out / "b_broken.html").read_text()
    assert "this notebook stopped with an error" in broken and "no such outlet: example" in broken
    assert "failed: LookupError" in (out / "index.html").read_text()
    # strict=False: the same run returns the pages instead of raising
    paths = reports.build_reports(sample_store, out, notebooks_dir=folder, strict=False)
    assert [p.name for p in paths] == ["index.html", "a_fine.html", "b_broken.html"]


@pytest.mark.notebook
def test_kernels_talk_over_sockets_of_their_own_not_shared_tcp_ports(tmp_path):
    # jupyter_client picks TCP ports with no lock across processes: two kernels started side by side could
    # pick the same one, and the loser never answers. Each kernel gets Unix sockets in a folder of its own.
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("store_dir = None", metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell(
                "from ipykernel.connect import get_connection_info\n"
                "info = get_connection_info(unpack=True)\n"
                "print(info['transport'], info['ip'])"
            ),
        ]
    )
    path = tmp_path / "where.ipynb"
    nbformat.write(nb, path)
    done = reports.execute_many([(path, {}), (path, {})], workers=2)
    folders = set()
    for executed, error, _ in done:
        assert error is None, error
        transport, ip = printed(executed).split()
        assert transport == "ipc"
        folders.add(ip.rsplit("/", 2)[-2])
    assert len(folders) == 2
