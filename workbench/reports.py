"""Execute the analysis notebooks against a store and render them as self-contained, offline HTML reports.

Each notebook runs top to bottom in a real Jupyter kernel with its `parameters` cell overridden (papermill's
parameter injection), then nbconvert renders it with the `offline` template shipped in
`workbench/templates`: code hidden unless asked for, a run stamp at the top, plotly.js embedded once in the
page head from the installed plotly package, and none of the stock template's CDN scripts (require.js,
MathJax, Mermaid, widgets). Nothing in a report fetches anything from the network.

A notebook that fails still gets a page (showing the error) and an entry in the index; `build_reports`
raises `ReportError` naming each failed notebook afterwards unless `strict=False`.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import re
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2

if TYPE_CHECKING:
    import nbformat

# nbformat, nbclient, nbconvert and papermill are imported where used: worker processes set up their imports
# first (see `_execute_job`).

TEMPLATES_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAME = "offline"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
KERNEL_NAME = "python3"
# Per-cell limit: the sample runs in seconds; a store of a million articles may take minutes per query.
CELL_TIMEOUT_S = 1800
HEADING_RE = re.compile(r"^#\s+(.+)$", re.MULTILINE)
# Run first in report kernels and worker processes: plotly imports nbformat, whose jsonschema imports
# rfc3987_syntax when it is installed, and that module compiles dozens of grammars at import (about 2 s per
# process) for URI format checks that reports never use.
KERNEL_SETUP = ["import sys; sys.modules.setdefault('rfc3987_syntax', None)"]


class ReportError(RuntimeError):
    """One or more notebooks failed; their pages were still written, showing the error."""


@dataclass
class Report:
    """One rendered notebook."""

    notebook: Path
    path: Path
    title: str
    summary: str
    seconds: float
    size: int
    error: str | None = None
    charts: list[str] = field(default_factory=list)

    @property
    def file(self) -> str:
        return self.path.name


def default_notebooks_dir() -> Path:
    """The repository's notebooks folder (next to the package in a source checkout)."""
    return Path(__file__).resolve().parent.parent / "notebooks"


def find_notebooks(notebooks_dir: str | Path | None = None) -> list[Path]:
    """The analysis notebooks, in name order (01_..., 02_...)."""
    folder = Path(notebooks_dir) if notebooks_dir else default_notebooks_dir()
    found = sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("."))
    if not found:
        raise ReportError(f"no notebooks in {folder}: pass notebooks_dir= pointing at the notebooks folder")
    return found


class OfflinePlotlyPreprocessor:
    """Turn plotly figure outputs into plain divs that call the page's single copy of plotly.js.

    Figures are executed with plotly's mimetype renderer, so outputs carry the figure JSON only; this
    replaces each with the HTML plotly itself would write, minus any script loaders, and drops any
    plotly.js copy a notebook renderer may have emitted. Chart names (`layout.meta.chart`) are collected
    into resources so the index can list them.
    """

    def preprocess(self, nb, resources):
        import plotly.io as pio

        charts = resources.setdefault("workbench_charts", [])
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            kept = []
            for out in cell.get("outputs", []):
                data = out.get("data", {})
                if PLOTLY_MIME in data:
                    fig = data[PLOTLY_MIME]
                    fig = fig if isinstance(fig, dict) else json.loads(fig)
                    meta = (fig.get("layout") or {}).get("meta") or {}
                    charts.append(meta.get("chart", "chart") if isinstance(meta, dict) else "chart")
                    div = pio.to_html(
                        {"data": fig.get("data", []), "layout": fig.get("layout", {})},
                        config={"displaylogo": False, "responsive": True},
                        include_plotlyjs=False,
                        include_mathjax=False,
                        full_html=False,
                        validate=False,
                        default_height=(fig.get("layout") or {}).get("height", 460),
                    )
                    out["data"] = {"text/html": div}
                    out.setdefault("metadata", {})
                elif "text/html" in data and "window.PlotlyConfig" in str(data["text/html"]):
                    continue  # a plotly.js bundle emitted by the notebook renderer
                kept.append(out)
            cell["outputs"] = kept
        return nb, resources

    __call__ = preprocess  # nbconvert accepts any callable (nb, resources) -> (nb, resources)


def _title_and_summary(nb) -> tuple[str, str]:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = HEADING_RE.search(cell.source)
            if m:
                rest = cell.source[m.end() :].strip().split("\n\n")[0].replace("\n", " ")
                return m.group(1).strip(), rest
    return "Report", ""


def _kernel_env() -> dict[str, str]:
    env = dict(os.environ)
    # Figures leave the kernel as JSON; the renderer above turns them into HTML with one plotly.js.
    env["PLOTLY_RENDERER"] = "plotly_mimetype"
    return env


def execute_notebook(
    path: str | Path, parameters: dict, *, cwd: str | Path | None = None, timeout: int = CELL_TIMEOUT_S
) -> tuple[nbformat.NotebookNode, str | None]:
    """Run a notebook with `parameters` injected after its `parameters` cell; returns the executed notebook
    and the error text if a cell failed (the notebook then holds outputs up to the failing cell)."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from papermill.parameterize import parameterize_notebook

    nb = nbformat.read(str(path), as_version=4)
    for cell in nb.cells:  # papermill looks up tags on every cell and writes under metadata.papermill
        cell.metadata.setdefault("tags", [])
    nb.metadata.setdefault("papermill", {})
    nb = parameterize_notebook(nb, parameters, kernel_name=KERNEL_NAME, language="python")
    error = None
    with tempfile.TemporaryDirectory(prefix="wb-kernel-") as sockets:
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name=KERNEL_NAME,
            resources={"metadata": {"path": str(cwd or Path(path).parent)}},
            extra_arguments=[
                # the kernel's own start-up notices (transport, debugger) are noise in a report build
                "--IPKernelApp.log_level=ERROR",
                f"--IPKernelApp.exec_lines={KERNEL_SETUP!r}",
            ],
            config=_private_sockets(sockets),
        )
        try:
            client.execute(env=_kernel_env())
        except CellExecutionError as exc:
            error = _short_error(str(exc))
    return nb, error


def _private_sockets(folder: str):
    """Kernel channels on Unix sockets in a folder of this run's own. On TCP, jupyter_client picks free
    ports with no lock across processes, so kernels started side by side (our workers, parallel test runs)
    can pick the same port; one then fails to bind and never answers."""
    from traitlets.config import Config

    return Config({"KernelManager": {"transport": "ipc", "ip": os.path.join(folder, "kernel")}})


def _skip_slow_optional_imports() -> None:
    """In our own worker processes only (never the caller's): see `KERNEL_SETUP`."""
    if multiprocessing.parent_process() is not None:
        exec(KERNEL_SETUP[0])


def _execute_job(path: str, parameters: dict, timeout: int) -> tuple[str, str | None, float]:
    """Worker-process entry: run one notebook, hand back the executed notebook as JSON."""
    _skip_slow_optional_imports()
    import nbformat

    t0 = time.perf_counter()
    nb, error = execute_notebook(path, parameters, cwd=Path(path).parent, timeout=timeout)
    return nbformat.writes(nb), error, time.perf_counter() - t0


def execute_all(
    paths: Sequence[Path], parameters: dict, *, workers: int | None = None, timeout: int = CELL_TIMEOUT_S
) -> list[tuple[nbformat.NotebookNode, str | None, float]]:
    """Run notebooks side by side with the same parameters, one kernel each."""
    return execute_many([(p, parameters) for p in paths], workers=workers, timeout=timeout)


def execute_many(
    jobs: Sequence[tuple[str | Path, dict]], *, workers: int | None = None, timeout: int = CELL_TIMEOUT_S
) -> list[tuple[nbformat.NotebookNode, str | None, float]]:
    """Run (notebook, parameters) jobs `workers` at a time (all cores by default), one kernel per job;
    returns (executed notebook, error or None, seconds) per job, in order."""
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    if workers <= 1 or len(jobs) <= 1:
        results = [_execute_job(str(p), params, timeout) for p, params in jobs]
    else:
        # spawn, not fork: the caller may hold threads (a browser driver, a web server)
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            results = list(
                pool.map(
                    _execute_job,
                    [str(p) for p, _ in jobs],
                    [params for _, params in jobs],
                    [timeout] * len(jobs),
                )
            )
    import nbformat

    return [(nbformat.reads(text, as_version=4), error, seconds) for text, error, seconds in results]


def _short_error(text: str) -> str:
    lines = [ln for ln in re.sub(r"\x1b\[[0-9;]*m", "", text).strip().splitlines() if ln.strip()]
    return lines[-1][:300] if lines else "cell failed"


def _exporter(show_code: bool):
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        exclude_input=not show_code,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.register_preprocessor(OfflinePlotlyPreprocessor(), enabled=True)
    return exporter


def render_html(
    nb, *, stamp: dict, show_code: bool = False, error: str | None = None
) -> tuple[str, list[str]]:
    """Render an executed notebook to one self-contained HTML page; returns the page and its chart names."""
    from plotly.offline import get_plotlyjs

    resources = {"workbench": {**stamp, "plotly_js": get_plotlyjs(), "error": error}}
    # The page title comes from the notebook's first heading.
    nb.metadata["title"] = _title_and_summary(nb)[0]
    body, res = _exporter(show_code).from_notebook_node(nb, resources=resources)
    if not res.get("workbench_charts"):
        # No figure on the page: drop the embedded plotly.js, the largest part by far.
        resources["workbench"]["plotly_js"] = ""
        body, res = _exporter(show_code).from_notebook_node(nb, resources=resources)
    return body, list(res.get("workbench_charts", []))


def run_stamp(store_dir: str | Path, selection=None) -> dict:
    """When, which store, how many articles: the line printed on top of every report."""
    from workbench import __version__, store
    from workbench.analysis.selection import Selection, count_articles

    sel = selection or Selection()
    con = store.connect(store_dir)
    try:
        total = count_articles(con)
        selected = count_articles(con, sel)
    finally:
        con.close()
    return {
        "generated_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "store": str(Path(store_dir).resolve()),
        "article_count": total,
        "selected_count": selected,
        "selection": sel.describe(),
        "version": __version__,
    }


def _reference_path(store_dir: str | Path) -> str | None:
    from workbench import store
    from workbench.analysis.casualties import find_reference_file

    con = store.connect(store_dir)
    try:
        sources = [r[0] for r in con.execute("SELECT DISTINCT source_path FROM ingest_log").fetchall()]
    finally:
        con.close()
    found = find_reference_file(sources)
    return str(found.resolve()) if found else None


def build_reports(
    store_dir: str | Path,
    out_dir: str | Path = "reports",
    *,
    event: str | None = None,
    start: str | None = None,
    end: str | None = None,
    outlets: Sequence[str] | None = None,
    reference: str | Path | None = None,
    notebooks: Sequence[str | Path] | None = None,
    notebooks_dir: str | Path | None = None,
    show_code: bool = False,
    strict: bool = True,
    timeout: int = CELL_TIMEOUT_S,
    workers: int | None = None,
) -> list[Path]:
    """Execute every notebook against the store at `store_dir` and write HTML reports plus `index.html`.

    `event` (incident id or keyword), `start`/`end` (days, inclusive) and `outlets` select the articles;
    `reference` is an incidents file with reference casualty counts (found next to the ingested files when
    not given). Notebooks run `workers` at a time (default: one per core). Returns the index page followed
    by each report page. Raises `ReportError` after writing
    everything when a notebook failed and `strict` is true.
    """
    from workbench.analysis.selection import Selection

    began = time.perf_counter()
    store_dir = Path(store_dir).resolve()
    if not (store_dir / "manifest.json").exists():
        raise ReportError(f"no store at {store_dir}: run `workbench ingest PATH --store {store_dir}` first")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [Path(p) for p in notebooks] if notebooks else find_notebooks(notebooks_dir)
    selection = Selection.of(event=event, start=start, end=end, outlets=outlets)
    stamp = run_stamp(store_dir, selection)
    reference = str(reference) if reference else _reference_path(store_dir)
    parameters = {
        "store_dir": str(store_dir),
        "event": selection.event,
        "start": None if selection.start is None else str(selection.start),
        "end": None if selection.end is None else str(selection.end),
        "outlets": list(selection.outlets) if selection.outlets else None,
        "reference_path": reference,
    }
    reports: list[Report] = []
    executed = execute_all(paths, parameters, workers=workers, timeout=timeout)
    for nb_path, (nb, error, seconds) in zip(paths, executed, strict=True):
        t0 = time.perf_counter()
        page, charts = render_html(nb, stamp=stamp, show_code=show_code, error=error)
        target = out / (nb_path.stem + ".html")
        target.write_text(page, encoding="utf-8")
        title, summary = _title_and_summary(nb)
        reports.append(
            Report(
                nb_path,
                target,
                title,
                summary,
                seconds + time.perf_counter() - t0,
                target.stat().st_size,
                error,
                charts,
            )
        )
    index = out / "index.html"
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR / TEMPLATE_NAME)), autoescape=True
    )
    stamp = {**stamp, "seconds": time.perf_counter() - began}
    index.write_text(
        env.get_template("reports_index.html.j2").render(stamp=stamp, reports=reports), encoding="utf-8"
    )
    failed = [r for r in reports if r.error]
    if failed and strict:
        raise ReportError(
            "; ".join(f"{r.notebook.name}: {r.error} (page written to {r.path})" for r in failed)
        )
    return [index, *(r.path for r in reports)]
