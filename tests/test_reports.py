"""Reports open offline in a real browser (Debian's chromium through Playwright): every chart draws the
traces its data calls for, nothing is fetched from the network, no script error, and untrusted article text
shows as text. The reports are built for the sample's busiest incident plus an article carrying markup."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from workbench import reports, store
from workbench.analysis.casualties import reference_for
from workbench.analysis.selection import busiest_incident
from workbench.analysis.timelines import term_pattern

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
TITLE = f"Officers ambushed {SCRIPT} {IMG}"
MAX_BYTES = 8_000_000


def notebook_defaults(name: str) -> dict:
    """The values of a notebook's parameters cell."""
    nb = nbformat.read(reports.default_notebooks_dir() / f"{name}.ipynb", as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    values: dict = {}
    exec(cell.source, {}, values)  # noqa: S102 - our own notebook's literal assignments
    return values


@pytest.fixture(scope="module")
def report_store(sample_store, sample_reference, tmp_path_factory):
    """The sample plus one article whose title and quotes carry markup, filed under the busiest incident."""
    root = tmp_path_factory.mktemp("report_store")
    store_dir = root / "store"
    shutil.copytree(sample_store, store_dir)
    incident = busiest_incident(store.connect(store_dir))
    day = next(
        json.loads(line)["date"]
        for line in sample_reference.read_text().splitlines()
        if str(json.loads(line)["incident_id"]) == incident
    )
    text = (
        "Three police officers were killed and three others were injured in an ambush on Sunday, police said.\n\n"
        f'"{SCRIPT} We heard {IMG} shots everywhere," said Mary Jones, a resident who lives nearby.\n\n'
        f'"This is a dark day {SCRIPT} for our city," Police Chief Carl Dabadie told reporters.'
    )
    incoming = root / "incoming"
    incoming.mkdir()
    (incoming / "payload.jsonl").write_text(
        json.dumps(
            {
                "title": TITLE,
                "outlet": "payload-news.example",
                "source_url": "https://payload-news.example/a",
                "dct": day,
                "incident_id": incident,
                "text": text,
            }
        )
        + "\n"
    )
    from workbench.pipeline import ingest

    result = ingest([incoming], store_dir)
    assert (result.log["status"] == "loaded").sum() == 1, result.log.to_string()
    return store_dir, incident


@pytest.fixture(scope="module")
def built(report_store, sample_reference, tmp_path_factory):
    store_dir, incident = report_store
    out = tmp_path_factory.mktemp("reports")
    paths = reports.build_reports(store_dir, out, event=incident, reference=sample_reference)
    return {
        "out": out,
        "paths": paths,
        "store": store_dir,
        "incident": incident,
        "reference": sample_reference,
    }


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), (
        f"{CHROMIUM} is missing: apt-get install chromium (or deselect -m browser)"
    )
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory):
    """Where each report's first screen is saved: a temporary folder, or $WORKBENCH_SCREENSHOTS if set."""
    chosen = os.environ.get("WORKBENCH_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nreport screenshots in {folder}")
    return folder


class Opened:
    """A report page with every non-file request aborted and recorded, and errors collected."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        self.page.on(
            "console",
            lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
        )
        self.page.goto(path.as_uri())
        self.page.wait_for_function(
            "Array.from(document.querySelectorAll('.plotly-graph-div')).every(g => g._fullLayout)",
            timeout=20000,
        )

    def _route(self, route):
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def charts(self) -> list[tuple[str, int]]:
        return [
            tuple(x)
            for x in self.page.evaluate(
                "Array.from(document.querySelectorAll('.plotly-graph-div')).map(g => "
                "[g.layout.meta.chart, g.querySelectorAll('svg.main-svg .cartesianlayer .trace').length])"
            )
        ]

    def close(self):
        self.context.close()


# -- what each chart should draw, counted from the store ----------------------------------------------------


def _usable_claims(con, incident: str) -> pd.DataFrame:
    return con.execute(
        "SELECT c.category, a.outlet_id FROM casualty_claims c JOIN articles a USING (article_id) "
        "WHERE CAST(a.incident_id AS VARCHAR) = ? AND NOT c.disputed AND NOT c.about_other_event "
        "AND coalesce(c.value, c.value_low) IS NOT NULL",
        [incident],
    ).df()


def _attributions(con, incident: str) -> pd.DataFrame:
    return con.execute(
        "SELECT a.outlet_id, t.speaker_type, coalesce(nullif(trim(t.speaker_resolved), ''), trim(t.speaker)) AS who "
        "FROM attributions t JOIN articles a USING (article_id) WHERE CAST(a.incident_id AS VARCHAR) = ?",
        [incident],
    ).df()


def expected_charts(name: str, built: dict) -> list[tuple[str, int]]:
    con = store.connect(built["store"])
    incident = built["incident"]
    params = notebook_defaults(name)
    arts = con.execute(
        "SELECT article_id, outlet_id, published_date, is_wire_copy, text, "
        "coalesce(syndication_group_id, article_id) AS grp FROM articles WHERE CAST(incident_id AS VARCHAR) = ?",
        [incident],
    ).df()
    n_outlets = arts["outlet_id"].nunique()
    if name == "01_coverage_timeline":
        top = params["top_outlets"]
        first = arts.sort_values(["published_date", "article_id"]).groupby("grp").head(1)
        kinds = {"reprint"} if len(first) < len(arts) else set()
        kinds |= {"wire story" if w else "original" for w in first["is_wire_copy"]}
        terms = [
            t
            for t in params["framing_terms"]
            if arts["text"].str.lower().str.contains(term_pattern(t), regex=True).any()
        ]
        return [
            ("coverage-timeline", min(n_outlets, top) + (n_outlets > top)),
            ("first-reports", 1),
            ("coverage-kinds", len(kinds)),
            ("syndication", int(arts["grp"].duplicated().any())),
            ("framing-terms", len(terms)),
        ]
    if name == "02_casualty_figures":
        claims = _usable_claims(con, incident)
        reference = reference_for(built["reference"], [incident])
        out = []
        for cat in params["categories"]:
            n = claims.loc[claims["category"] == cat, "outlet_id"].nunique()
            out.append((f"casualties-{cat}", n + (1 if n and cat in reference else 0)))
        spread = claims.loc[claims["category"].isin(params["categories"]), "category"].nunique()
        return out + [("casualty-spread", spread)]
    if name == "03_sources":
        att = _attributions(con, incident)
        counts = (
            att.groupby("outlet_id")
            .size()
            .reset_index(name="n")
            .sort_values(["n", "outlet_id"], ascending=[False, True])
        )
        busiest = att[att["outlet_id"].isin(counts["outlet_id"].head(params["top_outlets"]))]
        speaking = busiest[busiest["who"].fillna("") != ""]
        return [
            ("speaker-mix", busiest["speaker_type"].nunique()),
            ("top-speakers", speaking["outlet_id"].nunique()),
        ]
    if name == "04_outlet_profile":
        counts = (
            arts.groupby("outlet_id")
            .size()
            .reset_index(name="n")
            .sort_values(["n", "outlet_id"], ascending=[False, True])
        )
        outlet = counts["outlet_id"].iloc[0]
        killed = _usable_claims(con, incident)
        killed = killed[killed["category"] == "killed"]
        sides = int((killed["outlet_id"] == outlet).any()) + int((killed["outlet_id"] != outlet).any())
        att = _attributions(con, incident)
        return [
            ("coverage-timeline", 1 + (n_outlets > 1)),
            ("casualties-killed", int(sides)),
            ("speaker-mix", att["speaker_type"].nunique()),
        ]
    raise AssertionError(f"no expectations for {name}")


# -- the tests ---------------------------------------------------------------------------------------------


def test_reports_are_built_small_and_self_contained(built):
    index, *pages = built["paths"]
    assert index.name == "index.html" and [p.stem for p in pages] == [
        p.stem for p in reports.find_notebooks()
    ]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert page.stat().st_size < MAX_BYTES, f"{page.name} is {page.stat().st_size / 1e6:.1f} MB"
        assert html.count("Plotly.newPlot(") >= 1
        # plotly.js itself once, and no script or stylesheet pulled from elsewhere
        assert len(re.findall(r"\* plotly\.js v\d", html)) == 1, page.name
        assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']?(https?:)?//", html), page.name
        assert "require.min.js" not in html and "MathJax.js" not in html and "cdnjs" not in html


@pytest.mark.parametrize("name", [p.stem for p in reports.find_notebooks()])
def test_report_draws_every_chart_offline(name, built, browser, screenshots):
    opened = Opened(browser, built["out"] / f"{name}.html")
    try:
        assert opened.charts() == expected_charts(name, built)
        stamp = opened.page.inner_text("#wb-run-stamp")
        assert str(built["store"].resolve()) in stamp
        n = store.connect(built["store"]).execute("SELECT count(*) FROM articles").fetchone()[0]
        assert f"{n} articles in the store" in stamp
        assert opened.page.locator(".jp-CodeCell .jp-InputArea-editor").count() == 0, (
            "code is hidden by default"
        )
        assert "store.connect(" not in opened.page.inner_text("body")
        opened.page.screenshot(path=str(screenshots / f"{name}.png"))
        assert opened.errors == []
        assert opened.requests == [], "a report must not fetch anything"
    finally:
        opened.close()


def test_index_links_every_report_and_stamps_the_run(built, browser, screenshots):
    opened = Opened(browser, built["out"] / "index.html")
    try:
        links = opened.page.eval_on_selector_all("a", "els => els.map(a => a.getAttribute('href'))")
        assert sorted(links) == sorted(p.name for p in built["paths"][1:])
        for link in links:
            assert (built["out"] / link).is_file()
        stamp = opened.page.inner_text("#wb-run-stamp")
        assert str(built["store"].resolve()) in stamp and f"event '{built['incident']}'" in stamp
        opened.page.screenshot(path=str(screenshots / "index.png"))
        assert opened.errors == [] and opened.requests == []
    finally:
        opened.close()


@pytest.mark.parametrize("name", ["01_coverage_timeline", "02_casualty_figures", "03_sources"])
def test_untrusted_text_shows_as_text(name, built, browser):
    opened = Opened(browser, built["out"] / f"{name}.html")
    page = opened.page
    try:
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
        if name in ("01_coverage_timeline", "02_casualty_figures"):
            assert TITLE in page.inner_text("body")  # the headline, in a table
        if name == "03_sources":
            # hover the payload witness's bar: the quote is shown as written
            hover = page.evaluate("""() => {
                for (const gd of document.querySelectorAll('.plotly-graph-div')) {
                    if (gd.layout.meta.chart !== 'top-speakers') continue;
                    for (let i = 0; i < gd.data.length; i++) {
                        const j = (gd.data[i].hovertext || []).findIndex(h => h.includes('Mary Jones'));
                        if (j >= 0) {
                            Plotly.Fx.hover(gd, [{curveNumber: i, pointNumber: j}]);
                            return gd.querySelector('.hoverlayer').textContent;
                        }
                    }
                }
                return null;
            }""")
            assert hover is not None, "the witness quoted in the payload article is charted"
            assert SCRIPT in hover and 'onerror="window.__pwned=1">' in hover
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert opened.errors == [] and opened.requests == []
    finally:
        opened.close()
