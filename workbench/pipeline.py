"""Ingest: read -> clean -> meta -> extract -> rows, in bounded batches, in parallel, into the store.

Work is cut into units (one page file, a slice of a table's rows, a URL list) that a process pool handles
with pure per-article functions; the main process keeps the store, deduplicates by `article_id`, learns the
lines each outlet repeats (corpus-aware cleaning) and commits one batch at a time, so memory stays bounded
and a killed run keeps every batch it finished.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from workbench import schema
from workbench.clean.corpus import RepeatedLines
from workbench.extract.attributions import extract_attributions
from workbench.extract.casualties import extract_casualties, summarise_casualties
from workbench.load.decode import decode_text
from workbench.load.detect import iter_inputs
from workbench.load.dump import DumpPage, article_from_dump, split_dump
from workbench.load.errors import RejectedInput
from workbench.load.html import read_html_bytes
from workbench.load.read import Rejected, detect_format, iter_url_articles, read_bytes, read_url_file
from workbench.load.table import read_table_rows
from workbench.load.url import DEFAULT_TIMEOUT_S
from workbench.meta.outlets import default_registry
from workbench.records import Article, make_article_id
from workbench.store import DEFAULT_STORE, Store

BATCH_ARTICLES = 2_000  # articles per committed batch: bounds memory, and what a killed run can lose
UNIT_ROWS = 250  # table rows per unit of work sent to a worker
UNIT_PAGES = 50  # page files per unit of work
SERIAL_BELOW = 200  # fewer articles than this are cheaper to process without starting a pool


@dataclass(slots=True)
class Outcome:
    """What became of one input item: a log row, and the article's rows when it loaded."""

    log: dict
    article: dict | None = None
    claims: list[dict] = field(default_factory=list)
    attributions: list[dict] = field(default_factory=list)


@dataclass(slots=True)
class IngestResult:
    run_id: str
    store: Path
    log: pd.DataFrame
    unchanged_files: int
    seconds: float

    def counts(self) -> dict[str, int]:
        by_status = self.log["status"].value_counts().to_dict() if not self.log.empty else {}
        return {s: int(by_status.get(s, 0)) for s in schema.INGEST_STATUSES} | {
            "unchanged_files": self.unchanged_files}


# -- per-article work (pure, runs in workers) ------------------------------------------------------------

def article_rows(article: Article, *, extract: bool = True, ingested_at: datetime | None = None) -> Outcome:
    """The rows one article contributes to the articles, casualty_claims and attributions tables."""
    article_id = article.article_id or make_article_id(article.outlet_id, article.text)
    article.article_id = article_id
    row = {
        "article_id": article_id,
        "outlet_id": article.outlet_id or "unknown",
        "outlet_name": article.outlet_name,
        "url": article.url,
        "published_at": article.published_at,
        "published_date": article.published_date,
        "title": article.title,
        "byline": article.byline,
        "wire_agency": article.wire_agency,
        "is_wire_copy": bool(article.is_wire_copy),
        "text": article.text,
        "word_count": article.word_count,
        "source_path": article.source_path,
        "source_format": article.source_format,
        "ingested_at": ingested_at or datetime.now(UTC),
        **{k: _plain(v) for k, v in article.extra.items() if k not in schema.columns("articles")},
    }
    outcome = Outcome(log=_log(article.source_path, article.extra.get("_item"), article.source_format,
                               "loaded", None, article_id), article=row)
    row.pop("_item", None)
    if not extract:
        return outcome
    claims = extract_casualties(article.text)
    row.update(summarise_casualties(claims))
    outcome.claims = [
        {"article_id": article_id, "claim_index": i, **asdict(c)} for i, c in enumerate(claims)
    ]
    outcome.attributions = [
        {"article_id": article_id, "attribution_index": i, **asdict(a)}
        for i, a in enumerate(extract_attributions(article.text))
    ]
    return outcome


def _plain(value):
    """Table cells kept as extra columns: lists and dicts become text so Parquet gets one type a column."""
    if isinstance(value, list | dict):
        import json

        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _log(path, item, fmt, status, reason, article_id=None, size=None, mtime=None) -> dict:
    return {"source_path": str(path), "item": item, "source_format": fmt, "status": status, "reason": reason,
            "article_id": article_id, "file_size": size, "file_mtime_ns": mtime}


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of work for a worker."""

    kind: str  # "pages" | "rows" | "urls"
    path: str
    items: tuple = ()
    fmt: str | None = None
    boilerplate: dict = field(default_factory=dict)  # outlet_id -> frozenset of repeated lines


def process_unit(
    unit: Unit, extract: bool = True, url_cache: str | None = None, url_timeout: float = DEFAULT_TIMEOUT_S
) -> list[Outcome]:
    """Read and extract every article of a unit; rejections become log rows, never exceptions."""
    registry = default_registry()
    outcomes: list[Outcome] = []
    if unit.kind == "pages":
        for path, fmt, page in unit.items:
            try:
                if fmt == "dump":
                    outlet = registry.from_page_lines(list(page.lines))
                    repeated = unit.boilerplate.get(outlet.outlet_id if outlet else "unknown", frozenset())
                    article = article_from_dump(page, path, boilerplate=repeated, registry=registry)
                else:
                    article = read_html_bytes(read_bytes(Path(path), fmt), path, registry=registry)
                outcomes.append(article_rows(article, extract=extract))
            except RejectedInput as exc:
                outcomes.append(Outcome(_log(path, None, fmt, "rejected", exc.reason)))
    elif unit.kind == "rows":
        from workbench.load.read import article_from_row

        for item, row in unit.items:
            try:
                article = article_from_row(row, unit.path, item, registry=registry)
                article.extra["_item"] = item
                outcome = article_rows(article, extract=extract)
                outcome.article.pop("_item", None)
                outcomes.append(outcome)
            except RejectedInput as exc:
                outcomes.append(Outcome(_log(unit.path, item, "table", "rejected", exc.reason)))
    elif unit.kind == "urls":
        cache = Path(url_cache or DEFAULT_STORE / "url_cache")
        for item, result in iter_url_articles(unit.items, unit.path, cache, timeout=url_timeout):
            if isinstance(result, Rejected):
                outcomes.append(Outcome(_log(unit.path, item, "url", "rejected", result.reason)))
            else:
                result.extra["_item"] = item
                outcome = article_rows(result, extract=extract)
                outcome.article.pop("_item", None)
                outcomes.append(outcome)
    return outcomes


# -- planning units (main process) -----------------------------------------------------------------------

@dataclass(slots=True)
class FileInfo:
    path: str
    fmt: str | None
    size: int | None
    mtime_ns: int | None


def plan_units(
    paths: Iterable[str | Path],
    *,
    unchanged: Callable[[FileInfo], bool] = lambda info: False,
    on_skip: Callable[[FileInfo], None] = lambda info: None,
    on_reject: Callable[[FileInfo, str], None] = lambda info, reason: None,
) -> Iterator[tuple[Unit, list[FileInfo]]]:
    """Units of work from the inputs, each with the files it completes; unchanged files are skipped."""
    pages: list[tuple[str, str, DumpPage | None]] = []
    page_files: list[FileInfo] = []
    for path in iter_inputs(paths):
        info = FileInfo(str(path), None, None, None)
        try:
            stat = path.stat()
            info.size, info.mtime_ns = stat.st_size, stat.st_mtime_ns
        except OSError:
            pass
        if info.size is not None and unchanged(info):
            on_skip(info)
            continue
        try:
            info.fmt = detect_format(path)
            if info.fmt in ("dump", "html"):
                page = None
                if info.fmt == "dump":
                    page = split_dump(decode_text(read_bytes(path, "dump"), str(path)))
                pages.append((str(path), info.fmt, page))
                page_files.append(info)
                if len(pages) >= UNIT_PAGES:
                    yield Unit("pages", "", tuple(pages)), page_files
                    pages, page_files = [], []
            elif info.fmt == "table":
                chunks = list(_row_units(path))
                for i, unit in enumerate(chunks):
                    yield unit, [info] if i == len(chunks) - 1 else []
            elif info.fmt == "url":
                yield Unit("urls", str(path), tuple(read_url_file(path)), fmt="url"), [info]
        except RejectedInput as exc:
            on_reject(info, exc.reason)
    if pages:
        yield Unit("pages", "", tuple(pages)), page_files


def _row_units(path: Path) -> Iterator[Unit]:
    offset = 0
    for chunk in read_table_rows(path):
        records = chunk.to_dict("records")
        for start in range(0, len(records), UNIT_ROWS):
            items = tuple((str(offset + start + i), row) for i, row in enumerate(records[start:start + UNIT_ROWS]))
            yield Unit("rows", str(path), items, fmt="table")
        offset += len(records)


# -- the run ---------------------------------------------------------------------------------------------

def ingest(
    paths: Iterable[str | Path],
    store_dir: str | Path = DEFAULT_STORE,
    *,
    workers: int | None = None,
    progress: bool = False,
    executor: Executor | None = None,
    urls: Iterable[str] = (),
    url_timeout: float = DEFAULT_TIMEOUT_S,
) -> IngestResult:
    """Add what is new under `paths` to the store; every input ends loaded, duplicate or rejected."""
    started = datetime.now(UTC)
    run_id = started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    store = Store(store_dir)
    with store.writing():
        seen_files = _seen_files(store)
        known_ids = store.article_ids()
        corpus = RepeatedLines.from_frame(store.read("line_counts")) if store.part_paths("line_counts") \
            else RepeatedLines()
        batch = _Batch(store, run_id, known_ids)
        unchanged_count = 0

        def unchanged(info: FileInfo) -> bool:
            return seen_files.get(info.path) == (info.size, info.mtime_ns)

        def on_skip(info: FileInfo) -> None:
            nonlocal unchanged_count
            unchanged_count += 1

        def on_reject(info: FileInfo, reason: str) -> None:
            batch.add_outcomes([Outcome(_log(info.path, None, info.fmt, "rejected", reason, None, info.size,
                                             info.mtime_ns))])
            batch.complete_file(info, 0)

        units = plan_units(paths, unchanged=unchanged, on_skip=on_skip, on_reject=on_reject)
        urls = tuple(urls)
        if urls:
            units = itertools.chain([(Unit("urls", "command line", urls, fmt="url"), [])], units)
        dumps_seen = [0]
        units = _with_corpus(units, corpus, dumps_seen)
        url_cache = str(Path(store_dir) / "url_cache")
        bar = _progress(progress)
        pool = executor
        own_pool = False
        try:
            pending: list[tuple[Unit, list[FileInfo]]] = []
            for unit, files in units:
                pending.append((unit, files))
                if sum(len(u.items) or 1 for u, _ in pending) >= BATCH_ARTICLES:
                    if pool is None:
                        pool, own_pool = _pool(workers), True
                    batch.run(pending, pool, url_cache, url_timeout, bar)
                    pending = []
            if pending:
                size = sum(len(u.items) or 1 for u, _ in pending)
                if pool is None and size >= SERIAL_BELOW and (workers or os.cpu_count() or 1) > 1:
                    pool, own_pool = _pool(workers), True
                batch.run(pending, pool, url_cache, url_timeout, bar)
        finally:
            if own_pool and pool is not None:
                pool.shutdown()
            if bar is not None:
                bar.close()
        if dumps_seen[0]:
            store.replace("line_counts", corpus.to_frame(), run_id)
        if batch.loaded_any:
            _refresh_syndication(store, run_id)
        finished = datetime.now(UTC)
        log = batch.log_frame()
        store.record_run({"run_id": run_id, "started_at": started.isoformat(), "finished_at": finished.isoformat(),
                          "loaded": int((log["status"] == "loaded").sum()) if not log.empty else 0,
                          "unchanged_files": unchanged_count})
    return IngestResult(run_id, Path(store_dir), log, unchanged_count, (finished - started).total_seconds())


def _with_corpus(units, corpus: RepeatedLines, seen: list[int] | None = None):
    """Teach the corpus each dump's lines before its unit is cleaned, and hand the unit its boilerplate.

    `seen`, when given, counts the dumps taught, so the caller knows whether to save the corpus.
    """
    registry = default_registry()
    for unit, files in units:
        if unit.kind != "pages":
            yield unit, files
            continue
        outlets = set()
        for _path, fmt, page in unit.items:
            if fmt == "dump" and page is not None:
                outlet = registry.from_page_lines(list(page.lines))
                outlet_id = outlet.outlet_id if outlet else "unknown"
                corpus.add(outlet_id, page.lines)
                outlets.add(outlet_id)
                if seen is not None:
                    seen[0] += 1
        boilerplate = {o: corpus.boilerplate(o) for o in outlets}
        yield Unit(unit.kind, unit.path, unit.items, unit.fmt, {o: b for o, b in boilerplate.items() if b}), files


class _Batch:
    """Collects outcomes, deduplicates them, and commits them to the store a batch at a time."""

    def __init__(self, store: Store, run_id: str, known_ids: set[str]) -> None:
        self.store, self.run_id, self.known = store, run_id, known_ids
        self.first_source: dict[str, str] = {}
        self.logs: list[dict] = []
        self.all_logs: list[pd.DataFrame] = []
        self.articles: list[dict] = []
        self.claims: list[dict] = []
        self.attributions: list[dict] = []
        self.files: list[dict] = []
        self.loaded_any = False

    def run(self, pending, pool: Executor | None, url_cache: str, url_timeout: float, bar) -> None:
        units = [u for u, _ in pending]
        n = len(units)
        if pool is None:
            results = (process_unit(u, True, url_cache, url_timeout) for u in units)
        else:
            results = pool.map(process_unit, units, [True] * n, [url_cache] * n, [url_timeout] * n)
        for (_unit, files), outcomes in zip(pending, results, strict=True):
            self.add_outcomes(outcomes)
            for info in files:
                self.complete_file(info, sum(1 for o in outcomes if o.log["source_path"] == info.path))
            if bar is not None:
                bar.update(len(outcomes))
        self.commit()

    def add_outcomes(self, outcomes: list[Outcome]) -> None:
        stamp = datetime.now(UTC)
        for outcome in outcomes:
            log = outcome.log
            log["ingested_at"] = stamp
            if outcome.article is not None:
                article_id = outcome.article["article_id"]
                where = f"{log['source_path']}" + (f" [{log['item']}]" if log.get("item") else "")
                if article_id in self.known:
                    log["status"] = "duplicate"
                    earlier = self.first_source.get(article_id)
                    log["reason"] = (f"same outlet and body as {earlier}, earlier in this run" if earlier
                                     else "already in the store (same outlet and body)")
                else:
                    self.known.add(article_id)
                    self.first_source[article_id] = where
                    outcome.article["ingested_at"] = stamp
                    self.articles.append(outcome.article)
                    self.claims.extend(outcome.claims)
                    self.attributions.extend(outcome.attributions)
            self.logs.append(log)

    def complete_file(self, info: FileInfo, items: int) -> None:
        if info.size is None:
            return
        for log in self.logs:
            if log["source_path"] == info.path and log.get("file_size") is None:
                log["file_size"], log["file_mtime_ns"] = info.size, info.mtime_ns
        self.files.append({"source_path": info.path, "source_format": info.fmt, "file_size": info.size,
                           "file_mtime_ns": info.mtime_ns, "item_count": items, "run_id": self.run_id})

    def commit(self) -> None:
        tables = {
            "articles": schema.validate("articles", pd.DataFrame(self.articles)) if self.articles else None,
            "casualty_claims": schema.validate("casualty_claims", pd.DataFrame(self.claims))
            if self.claims else None,
            "attributions": schema.validate("attributions", pd.DataFrame(self.attributions))
            if self.attributions else None,
            "ingest_log": self._log_frame(self.logs) if self.logs else None,
            "files": schema.validate("files", pd.DataFrame(self.files)) if self.files else None,
        }
        self.store.append(tables, self.run_id)
        self.loaded_any |= bool(self.articles)
        if self.logs:
            self.all_logs.append(tables["ingest_log"])
        self.logs, self.articles, self.claims, self.attributions, self.files = [], [], [], [], []

    def _log_frame(self, logs: list[dict]) -> pd.DataFrame:
        frame = pd.DataFrame(logs)
        frame["run_id"] = self.run_id
        return schema.validate("ingest_log", frame)

    def log_frame(self) -> pd.DataFrame:
        if self.logs:
            self.commit()
        return pd.concat(self.all_logs, ignore_index=True) if self.all_logs else schema.empty("ingest_log")


def _seen_files(store: Store) -> dict[str, tuple[int, int]]:
    files = store.read("files", columns=["source_path", "file_size", "file_mtime_ns"])
    return {p: (int(s), int(m)) for p, s, m in files.itertuples(index=False)}


def _pool(workers: int | None) -> Executor:
    import multiprocessing

    return ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1,
                               mp_context=multiprocessing.get_context("forkserver"))


def _progress(enabled: bool):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(unit=" articles", desc="ingest")


def _refresh_syndication(store: Store, run_id: str) -> None:
    """Recompute syndication groups over the whole store (near-duplicate stories across outlets)."""
    try:
        from workbench.analysis.syndication import syndication_groups
    except ImportError:
        return
    articles = store.read("articles", columns=["article_id", "outlet_id", "text", "wire_agency"])
    if articles.empty:
        return
    groups = syndication_groups(articles)
    frame = pd.DataFrame({"article_id": groups.index.astype(str), "syndication_group": groups.astype("string").values})
    store.replace("syndication", schema.validate("syndication", frame), run_id)


# -- without a store ---------------------------------------------------------------------------------------

def iter_articles(paths: Iterable[str | Path], *, extract: bool = False) -> Iterator[Outcome]:
    """Every input item's outcome, read in this process; for small jobs and `workbench extract`."""
    corpus = RepeatedLines()
    known: set[str] = set()
    rejected: list[Outcome] = []

    def on_reject(info: FileInfo, reason: str) -> None:
        rejected.append(Outcome(_log(info.path, None, info.fmt, "rejected", reason, None, info.size,
                                     info.mtime_ns)))

    for unit, _files in _with_corpus(plan_units(paths, on_reject=on_reject), corpus):
        yield from rejected
        rejected.clear()
        for outcome in process_unit(unit, extract):
            if outcome.article is not None:
                if outcome.article["article_id"] in known:
                    outcome.log["status"], outcome.log["reason"] = "duplicate", "same outlet and body as an " \
                        "earlier input"
                    outcome.article = None
                else:
                    known.add(outcome.article["article_id"])
            yield outcome
    yield from rejected


def load_articles(paths: str | Path | Iterable[str | Path]) -> pd.DataFrame:
    """Articles under the given files and folders as one frame, in the articles schema.

    Nothing is written. The fate of every input (loaded, duplicate, rejected with its reason) is in
    `frame.attrs["ingest_log"]`.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    rows, logs = [], []
    stamp = datetime.now(UTC)
    for outcome in iter_articles(paths):
        outcome.log["ingested_at"] = stamp
        outcome.log["run_id"] = "load"
        logs.append(outcome.log)
        if outcome.article is not None:
            outcome.article["ingested_at"] = stamp
            rows.append(outcome.article)
    frame = schema.validate("articles", pd.DataFrame(rows)) if rows else schema.empty("articles")
    frame.attrs["ingest_log"] = schema.validate("ingest_log", pd.DataFrame(logs)) if logs \
        else schema.empty("ingest_log")
    return frame
