"""Ingest: read -> clean -> meta -> extract -> rows, in bounded batches, in parallel, into the store.

Work is cut into units (one page file, a slice of a table's rows, a URL list) that a process pool handles
with pure per-article functions; the main process keeps the store, deduplicates by `article_id`, learns the
lines each outlet repeats (corpus-aware cleaning) and commits one batch at a time, so memory stays bounded
and a killed run keeps every batch it finished.
"""

from __future__ import annotations

import bisect
import collections
import hashlib
import itertools
import os
import threading
import uuid
from array import array
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from workbench import schema
from workbench.analysis import syndication_index
from workbench.analysis.syndication import NUM_PERM, minhash_signatures
from workbench.clean.corpus import RepeatedLines
from workbench.extract.attributions import extract_attributions
from workbench.extract.casualties import extract_casualties, summarise_casualties
from workbench.load.decode import decode_text
from workbench.load.detect import iter_input_names
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
IN_FLIGHT_PER_WORKER = 3  # units submitted ahead per local worker: keeps workers busy, memory bounded
IN_FLIGHT_UNITS = 32  # units submitted ahead to an executor of unknown size (a Dask cluster)


@dataclass(slots=True)
class Outcome:
    """What became of one input item: a log row, and the article's rows when it loaded."""

    log: dict
    article: dict | None = None
    claims: list[dict] = field(default_factory=list)
    attributions: list[dict] = field(default_factory=list)
    signature: bytes | None = None  # MinHash of the body, for syndication groups (see analysis.syndication)


@dataclass
class IngestResult:
    run_id: str
    store: Path
    status_counts: dict[str, int]
    unchanged_files: int
    seconds: float

    def counts(self) -> dict[str, int]:
        return {s: int(self.status_counts.get(s, 0)) for s in schema.INGEST_STATUSES} | {
            "unchanged_files": self.unchanged_files}

    @cached_property
    def log(self) -> pd.DataFrame:
        """This run's rows of the ingest log, read from the store when first asked for (a run of a million
        inputs does not keep them all in memory)."""
        if not Store(self.store).part_paths("ingest_log"):
            return schema.empty("ingest_log")
        frame = Store(self.store).connect().execute(
            "SELECT * FROM ingest_log WHERE run_id = ? ORDER BY ingested_at", [self.run_id]).df()
        return schema.validate("ingest_log", frame)


class IdSet:
    """A set of strings held as sorted 64-bit hashes: eight bytes an entry, so the ids of a store of
    millions of articles, or its files' (path, size, mtime), fit in a few megabytes. A false match needs
    two of them to share a 64-bit hash (Python's own string hash, SipHash: about one chance in 10^9 for
    ten million entries); the set lives only as long as the run, so the per-process hash seed is fine."""

    def __init__(self, values: Iterable[str] = ()) -> None:
        # array("Q") for `bisect`: one lookup costs a microsecond, where a numpy call costs several.
        self._sorted = array("Q", np.unique(np.fromiter((_digest(v) for v in values), dtype=np.uint64)).tobytes())
        self._added: set[int] = set()

    def __contains__(self, value: str) -> bool:
        key = _digest(value)
        if key in self._added:
            return True
        i = bisect.bisect_left(self._sorted, key)
        return i < len(self._sorted) and self._sorted[i] == key

    def add(self, value: str) -> None:
        self._added.add(_digest(value))


def _digest(value: str) -> int:
    return hash(value) & 0xFFFF_FFFF_FFFF_FFFF


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
        {"article_id": article_id, "claim_index": i, **_fields(c)} for i, c in enumerate(claims)
    ]
    outcome.attributions = [
        {"article_id": article_id, "attribution_index": i, **_fields(a)}
        for i, a in enumerate(extract_attributions(article.text))
    ]
    return outcome


def _fields(record) -> dict:
    """A flat record's fields as a dict: `dataclasses.asdict` without its deep copy, which records of
    strings and numbers do not need (and which cost a millisecond an article)."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in fields(record))
    return {name: getattr(record, name) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


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
    outlets: tuple = ()  # the Outlet each page's masthead or footer names, when the planner has found it


def process_unit(
    unit: Unit, extract: bool = True, url_cache: str | None = None, url_timeout: float = DEFAULT_TIMEOUT_S
) -> list[Outcome]:
    """Read and extract every article of a unit; rejections become log rows, never exceptions."""
    registry = default_registry()
    outcomes: list[Outcome] = []
    if unit.kind == "pages":
        for k, (path, fmt, page) in enumerate(unit.items):
            try:
                if fmt == "dump":
                    outlet = unit.outlets[k] if unit.outlets else registry.from_page_lines(list(page.lines))
                    repeated = unit.boilerplate.get(outlet.outlet_id if outlet else "unknown", frozenset())
                    article = article_from_dump(page, path, boilerplate=repeated,
                                                registry=_FoundOutlet(registry, outlet))
                else:
                    article = read_html_bytes(read_bytes(Path(path), fmt), path, registry=registry)
                outcomes.append(article_rows(article, extract=extract))
            except RejectedInput as exc:
                outcomes.append(Outcome(_log(path, None, fmt, "rejected", exc.reason)))
            except Exception as exc:  # a fault of ours on one page must not stop a batch of thousands
                outcomes.append(Outcome(_log(path, None, fmt, "rejected", _fault(exc))))
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
            except Exception as exc:
                outcomes.append(Outcome(_log(unit.path, item, "table", "rejected", _fault(exc))))
    elif unit.kind == "urls":
        cache = Path(url_cache or DEFAULT_STORE / "url_cache")
        for item, result in iter_url_articles(unit.items, unit.path, cache, timeout=url_timeout):
            if isinstance(result, Rejected):
                outcomes.append(Outcome(_log(unit.path, item, "url", "rejected", result.reason)))
            else:
                result.extra["_item"] = item
                try:
                    outcome = article_rows(result, extract=extract)
                except Exception as exc:
                    outcomes.append(Outcome(_log(unit.path, item, "url", "rejected", _fault(exc))))
                    continue
                outcome.article.pop("_item", None)
                outcomes.append(outcome)
    if extract:
        _sign(outcomes)
    return outcomes


def _fault(exc: Exception) -> str:
    """The rejection reason for an error in the workbench itself, not in the input: the input is kept out of
    the store and named in the log, and the message says what to report."""
    return (f"could not be processed: {type(exc).__name__}: {exc} (an error in the workbench; please report it "
            "with this file)")


def _sign(outcomes: list[Outcome]) -> None:
    """Attach each loaded article's MinHash signature, the per-article half of syndication grouping."""
    loaded = [o for o in outcomes if o.article is not None]
    if loaded:
        signatures = minhash_signatures([o.article["text"] for o in loaded]).astype("<u4", copy=False)
        for outcome, row in zip(loaded, signatures, strict=True):
            outcome.signature = row.tobytes()


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
    for name in iter_input_names(paths):
        info = FileInfo(name, None, None, None)
        try:
            stat = os.stat(name)
            info.size, info.mtime_ns = stat.st_size, stat.st_mtime_ns
        except OSError:
            pass
        if info.size is not None and unchanged(info):
            on_skip(info)
            continue
        path = Path(name)
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
        regroup = _check_signatures(store)
        seen_files = _seen_files(store)
        known_ids = IdSet(store.column("articles", "article_id").to_pylist())
        corpus = RepeatedLines.from_frame(store.read("line_counts")) if store.part_paths("line_counts") \
            else RepeatedLines()
        batch = _Batch(store, run_id, known_ids)
        unchanged_count = 0

        def unchanged(info: FileInfo) -> bool:
            return _file_key(info.path, info.size, info.mtime_ns) in seen_files

        pool = _Pool(workers) if executor is None else None

        def on_skip(info: FileInfo) -> None:
            nonlocal unchanged_count
            unchanged_count += 1
            if unchanged_count == SERIAL_BELOW and pool is not None:
                pool.warm()  # a large input: whatever is new, start the workers while the walk goes on

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
        try:
            _run_units(units, batch, executor or pool, url_cache, url_timeout, bar)
        finally:
            if pool is not None:
                pool.shutdown()
            if bar is not None:
                bar.close()
        if dumps_seen[0]:
            store.replace("line_counts", corpus.to_frame(), run_id)
        if batch.loaded_any or regroup:
            _update_syndication(store, batch.groups, run_id)
        finished = datetime.now(UTC)
        store.record_run({"run_id": run_id, "started_at": started.isoformat(), "finished_at": finished.isoformat(),
                          "loaded": batch.status_counts["loaded"], "unchanged_files": unchanged_count})
    return IngestResult(run_id, Path(store_dir), dict(batch.status_counts), unchanged_count,
                        (finished - started).total_seconds())


def _run_units(units, batch: _Batch, pool: Executor | _Pool, url_cache: str, url_timeout: float, bar) -> None:
    """Process the units in a pool while the next ones are planned; results are taken in input order.

    At most a few units per worker are in flight, so memory does not grow with the input, and the main
    process plans, deduplicates and commits while the workers extract. Fewer than `SERIAL_BELOW` articles
    are processed here, without a pool of our own.
    """
    units = iter(units)
    head: list[tuple[Unit, list[FileInfo]]] = []
    for unit, files in units:
        head.append((unit, files))
        if sum(len(u.items) or 1 for u, _ in head) >= SERIAL_BELOW:
            break
    if isinstance(pool, _Pool):
        if sum(len(u.items) or 1 for u, _ in head) < SERIAL_BELOW or pool.workers < 2:
            for unit, files in itertools.chain(head, units):
                batch.add_unit(files, process_unit(unit, True, url_cache, url_timeout), bar)
            batch.commit()
            return
        limit, pool = IN_FLIGHT_PER_WORKER * pool.workers, pool.get()
    else:
        limit = IN_FLIGHT_UNITS
    in_flight: collections.deque = collections.deque()
    try:
        for unit, files in itertools.chain(head, units):
            in_flight.append((files, pool.submit(process_unit, unit, True, url_cache, url_timeout)))
            while len(in_flight) > limit:
                files_done, future = in_flight.popleft()
                batch.add_unit(files_done, future.result(), bar)
        while in_flight:
            files_done, future = in_flight.popleft()
            batch.add_unit(files_done, future.result(), bar)
        batch.commit()
    finally:
        for _files, future in in_flight:
            future.cancel()


class _Pool:
    """Our own process pool, made when first needed, or warmed in the background as soon as the input looks
    large, so the workers have started (and imported the pipeline) by the time the first new unit is ready."""

    def __init__(self, workers: int | None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self._pool: Executor | None = None

    def warm(self) -> None:
        if self._pool is None and self.workers > 1:
            pool = self._pool = _pool(self.workers)
            # Each task submitted to an idle pool starts one worker.
            threading.Thread(target=lambda: [pool.submit(int) for _ in range(self.workers)], daemon=True).start()

    def get(self) -> Executor:
        if self._pool is None:
            self._pool = _pool(self.workers)
        return self._pool

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def _with_corpus(units, corpus: RepeatedLines, seen: list[int] | None = None):
    """Teach the corpus each dump's lines before its unit is cleaned, and hand the unit its boilerplate.

    `seen`, when given, counts the dumps taught, so the caller knows whether to save the corpus.
    """
    registry = default_registry()
    for unit, files in units:
        if unit.kind != "pages":
            yield unit, files
            continue
        page_outlets = []
        keys = set()
        for _path, fmt, page in unit.items:
            outlet = None
            if fmt == "dump" and page is not None:
                outlet = registry.from_page_lines(list(page.lines))
                key = outlet.outlet_id if outlet else "unknown"
                corpus.add(key, page.lines)
                keys.add(key)
                if seen is not None:
                    seen[0] += 1
            page_outlets.append(outlet)
        boilerplate = {key: corpus.boilerplate(key) for key in keys}
        yield Unit(unit.kind, unit.path, unit.items, unit.fmt, {o: b for o, b in boilerplate.items() if b},
                   tuple(page_outlets)), files


class _FoundOutlet:
    """The outlet registry, with a page's outlet already found by the planner (who needed it to count the
    outlet's repeated lines), so the worker does not search the page's masthead and footer again."""

    def __init__(self, registry, outlet) -> None:
        self._registry, self._outlet = registry, outlet

    def from_page_lines(self, lines):
        return self._outlet

    def __getattr__(self, name):
        return getattr(self._registry, name)


class _Batch:
    """Collects outcomes, deduplicates them, and commits them to the store a batch at a time."""

    def __init__(self, store: Store, run_id: str, known_ids: IdSet) -> None:
        self.store, self.run_id, self.known = store, run_id, known_ids
        self.first_source: dict[str, str] = {}  # where this batch's articles came from
        self.earlier: list[dict] = []  # log rows of duplicates of articles committed earlier in this run
        self.status_counts: collections.Counter[str] = collections.Counter()
        self.logs: list[dict] = []
        self.logs_by_path: dict[str, list[dict]] = {}  # uncommitted log rows of files not yet complete
        self.articles: list[dict] = []
        self.claims: list[dict] = []
        self.attributions: list[dict] = []
        self.files: list[dict] = []
        self.signatures: list[bytes | None] = []
        self.groups = syndication_index.GroupUpdate()
        self.loaded_any = False

    def add_unit(self, files: list[FileInfo], outcomes: list[Outcome], bar) -> None:
        """Take a unit's outcomes, mark the files it completes, and commit once a batch is full."""
        self.add_outcomes(outcomes)
        items = collections.Counter(o.log["source_path"] for o in outcomes)
        for info in files:
            self.complete_file(info, items[info.path])
        if bar is not None:
            bar.update(len(outcomes))
        if len(self.logs) >= BATCH_ARTICLES:
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
                    log["reason"] = "already in the store (same outlet and body)"
                    earlier = self.first_source.get(article_id)
                    if earlier:
                        log["reason"] = f"same outlet and body as {earlier}, earlier in this run"
                    else:
                        self.earlier.append(log)
                else:
                    self.known.add(article_id)
                    self.first_source[article_id] = where
                    outcome.article["ingested_at"] = stamp
                    self.articles.append(outcome.article)
                    self.signatures.append(outcome.signature)
                    self.claims.extend(outcome.claims)
                    self.attributions.extend(outcome.attributions)
            self.logs.append(log)
            self.status_counts[log["status"]] += 1
            self.logs_by_path.setdefault(log["source_path"], []).append(log)

    def complete_file(self, info: FileInfo, items: int) -> None:
        if info.size is None:
            return
        for log in self.logs_by_path.pop(info.path, ()):
            if log.get("file_size") is None:
                log["file_size"], log["file_mtime_ns"] = info.size, info.mtime_ns
        self.files.append({"source_path": info.path, "source_format": info.fmt, "file_size": info.size,
                           "file_mtime_ns": info.mtime_ns, "item_count": items, "run_id": self.run_id})

    def commit(self) -> None:
        self._name_earlier_sources()
        minhash = self._minhash()
        if minhash is not None:
            groups = self.store.part_paths("syndication")
            self.groups.add_batch(minhash, [str(p) for p in self.store.part_paths("minhash")],
                                  str(groups[0]) if groups else None)
        tables = {
            "articles": schema.validate("articles", pd.DataFrame(self.articles)) if self.articles else None,
            "casualty_claims": schema.validate("casualty_claims", pd.DataFrame(self.claims))
            if self.claims else None,
            "attributions": schema.validate("attributions", pd.DataFrame(self.attributions))
            if self.attributions else None,
            "ingest_log": self._log_frame(self.logs) if self.logs else None,
            "files": schema.validate("files", pd.DataFrame(self.files)) if self.files else None,
            "minhash": minhash,
        }
        self.store.append(tables, self.run_id)
        self.loaded_any |= bool(self.articles)
        self.first_source, self.earlier = {}, []
        self.logs, self.articles, self.claims, self.attributions, self.files = [], [], [], [], []
        self.signatures = []
        self.logs_by_path = {}

    def _minhash(self) -> pd.DataFrame | None:
        """The batch's rows of the minhash table (signatures made here when a worker did not sign)."""
        if not self.articles:
            return None
        missing = [i for i, sig in enumerate(self.signatures) if sig is None]
        if missing:
            made = minhash_signatures([self.articles[i]["text"] for i in missing]).astype("<u4", copy=False)
            for i, row in zip(missing, made, strict=True):
                self.signatures[i] = row.tobytes()
        signatures = np.frombuffer(b"".join(self.signatures), dtype="<u4").reshape(-1, NUM_PERM)
        return syndication_index.minhash_frame([a["article_id"] for a in self.articles], signatures)

    def _log_frame(self, logs: list[dict]) -> pd.DataFrame:
        frame = pd.DataFrame(logs)
        frame["run_id"] = self.run_id
        return schema.validate("ingest_log", frame)

    def _name_earlier_sources(self) -> None:
        """Duplicates of articles an earlier batch of this run loaded: name the input they duplicate."""
        if not self.earlier or not self.store.part_paths("ingest_log"):
            return
        con = self.store.connect()
        con.register("dups", pd.DataFrame({"article_id": pd.array(sorted({log["article_id"] for log in self.earlier}),
                                                                   dtype="string")}))
        rows = con.execute("SELECT article_id, source_path, item FROM ingest_log JOIN dups USING (article_id) "
                           "WHERE run_id = ? AND status = 'loaded'", [self.run_id]).fetchall()
        where = {a: p + (f" [{i}]" if i else "") for a, p, i in rows}
        for log in self.earlier:
            if log["article_id"] in where:
                log["reason"] = f"same outlet and body as {where[log['article_id']]}, earlier in this run"


def _seen_files(store: Store) -> IdSet:
    """The files of earlier runs, as (path, size, mtime) keys: a file with the same three is unchanged."""
    paths = store.part_paths("files")
    if not paths:
        return IdSet()
    table = pa.concat_tables(pq.read_table(p, columns=["source_path", "file_size", "file_mtime_ns"]) for p in paths)
    return IdSet(_file_key(p, s, m) for p, s, m in zip(*(c.to_pylist() for c in table.columns), strict=True))


def _file_key(path: str, size, mtime_ns) -> str:
    return f"{path}\0{size}\0{mtime_ns}"


def _pool(workers: int | None) -> Executor:
    """Worker processes forked from a server that has imported the pipeline once (not from this process,
    whose threads and open files a fork would copy), so each worker starts without importing it again."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1, mp_context=context)


def _progress(enabled: bool):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(unit=" articles", desc="ingest")


# A text with enough shingles to sign: its signature changes whenever the way signatures are made changes.
SIGNATURE_PROBE = ("Police said on Monday that at least twelve people were killed and dozens injured when "
                   "gunmen opened fire on a crowded market in the centre of the city, witnesses told reporters.")


def _check_signatures(store: Store) -> bool:
    """Signatures only compare with signatures made the same way. When the hashing changed since the
    store's were made, drop them: the end of the run makes them again for every article and regroups.
    Returns whether it did."""
    probe = hashlib.blake2b(minhash_signatures([SIGNATURE_PROBE]).astype("<u4").tobytes(),
                            digest_size=8).hexdigest()
    if store.meta("minhash_probe") == probe:
        return False
    store.set_meta("minhash_probe", probe)
    if not store.part_paths("minhash"):
        return False
    store.clear("minhash")
    return True


def _update_syndication(store: Store, update: syndication_index.GroupUpdate, run_id: str) -> None:
    """Merge the run's links into the store's syndication groups (near-duplicate stories across outlets).

    Only the linked articles' publication times and two id columns are read; a store written before
    signatures were kept gets its missing signatures first and its groups recomputed once.
    """
    if _backfill_signatures(store, run_id):
        return
    ids = store.column("articles", "article_id").to_pylist()
    groups = store.read("syndication")
    linked = update.linked()
    con = store.connect()
    con.register("linked", pd.DataFrame({"article_id": pd.array(linked, dtype="string")}))
    instants = con.execute("SELECT article_id, published_at, published_date FROM articles_parts "
                           "JOIN linked USING (article_id)").df()
    frame = update.merged(ids, groups, instants)
    store.replace("syndication", schema.validate("syndication", frame), run_id)


def _backfill_signatures(store: Store, run_id: str, batch_size: int = BATCH_ARTICLES) -> bool:
    """Sign the stored articles that have no signature yet and recompute all groups; False if none lacked one."""
    con = store.connect()
    missing = con.execute("SELECT count(*) FROM articles_parts a ANTI JOIN minhash m USING (article_id)"
                          ).fetchone()[0]
    if not missing:
        return False
    cursor = con.execute("SELECT article_id, text FROM articles_parts a ANTI JOIN minhash m USING (article_id)")
    while rows := cursor.fetchmany(batch_size):
        ids, texts = zip(*rows, strict=True)
        store.append({"minhash": syndication_index.minhash_frame(ids, minhash_signatures(texts))}, run_id)
    con = store.connect()
    frame = con.execute("SELECT a.article_id, a.published_at, a.published_date, m.signature FROM articles_parts a "
                        "JOIN minhash m USING (article_id) ORDER BY a.article_id").df()
    from workbench.analysis.selection import article_instant

    signatures = np.frombuffer(b"".join(frame["signature"]), dtype="<u4").reshape(-1, NUM_PERM)
    groups = syndication_index.rebuild(frame["article_id"], signatures, article_instant(frame))
    store.replace("syndication", schema.validate("syndication", groups), run_id)
    return True


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
