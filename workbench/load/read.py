"""One entry per input: which reader takes a file, and the Articles (or the rejection) it yields.

Every input ends as a `Loaded` article or a `Rejected` reason naming the file, so a batch never loses one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from workbench.load.article import make_article
from workbench.load.decode import decode_text
from workbench.load.detect import format_of
from workbench.load.dump import article_from_dump, split_dump
from workbench.load.errors import RejectedInput
from workbench.load.html import read_html_bytes
from workbench.load.table import mapped_column, read_table_rows
from workbench.load.url import read_url, read_url_list
from workbench.meta.bylines import clean_byline
from workbench.meta.dates import date_from_url
from workbench.meta.outlets import OutletRegistry, default_registry
from workbench.records import Article

# A single page (dump or HTML) larger than this is not an article: most likely a mis-saved archive or a
# concatenation of many pages. Tables have no such cap; they are read in chunks.
MAX_PAGE_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class Rejected:
    path: str
    reason: str
    item: str | None = None
    source_format: str | None = None


def read_bytes(path: Path, fmt: str | None) -> bytes:
    """A page file's bytes, refusing files too large to be one article."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RejectedInput(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if fmt in ("dump", "html") and size > MAX_PAGE_BYTES:
        raise RejectedInput(str(path), f"file is {size / 1e6:.1f} MB, over the {MAX_PAGE_BYTES // 1_000_000} "
                            "MB limit for one page; split it into one file per article")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RejectedInput(str(path), f"cannot read: {exc.strerror or exc}") from exc


def read_article(path: str | Path, *, registry: OutletRegistry | None = None) -> Article:
    """One article from one page file (a dump or an HTML page); raises RejectedInput with the reason."""
    path = Path(path)
    fmt = detect_format(path)
    if fmt == "dump":
        return article_from_dump(split_dump(decode_text(read_bytes(path, fmt), str(path))), str(path),
                                 registry=registry)
    if fmt == "html":
        return read_html_bytes(read_bytes(path, fmt), str(path), registry=registry)
    raise RejectedInput(str(path), f"holds many articles ({fmt}); load it with load_articles")


def detect_format(path: Path) -> str:
    """The reader for a file, or a rejection saying which formats are known."""
    if not path.exists():
        raise RejectedInput(str(path), "no such file")
    head = b""
    if path.name.lower().endswith(".txt"):
        with path.open("rb") as handle:
            head = handle.read(4096)
    fmt = format_of(path, head)
    if fmt is None:
        raise RejectedInput(str(path), "unknown file type: expected .txt (page-text dump or URL list), .html, "
                            ".htm, .html.gz, .csv, .jsonl or .parquet")
    return fmt


def iter_table_articles(
    path: Path, *, registry: OutletRegistry | None = None
) -> Iterator[tuple[str, Article | Rejected]]:
    """(row number, Article or Rejected) for each row of a table."""
    registry = registry or default_registry()
    offset = 0
    for chunk in read_table_rows(path):
        for index, row in enumerate(chunk.to_dict("records")):
            item = str(offset + index)
            try:
                yield item, article_from_row(row, str(path), item, registry=registry)
            except RejectedInput as exc:
                yield item, Rejected(str(path), exc.reason, item, "table")
        offset += len(chunk)


def article_from_row(row: dict, path: str, item: str, *, registry: OutletRegistry | None = None) -> Article:
    """An Article from a table row; columns outside the schema are kept in `extra`."""
    registry = registry or default_registry()
    frame_cols = pd.Index(row.keys())
    probe = pd.DataFrame(columns=frame_cols)

    def pick(key: str):
        name = mapped_column(probe, key)
        value = row.get(name) if name else None
        return None if _missing(value) else value

    text = pick("text")
    if not isinstance(text, str) or not text.strip():
        raise RejectedInput(path, f"row {item}: empty text")
    text = "\n".join(line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip())
    url = pick("url")
    url = str(url) if url else None
    outlet = registry.from_url(url) if url else None
    named = pick("outlet")
    if named is not None and (outlet is None or outlet.outlet_id not in registry.outlets):
        outlet = registry.from_domain_name(str(named)) or outlet
    byline_raw = pick("byline")
    used = {mapped_column(probe, key) for key in ("text", "title", "url", "outlet", "published", "byline")}
    title = pick("title")
    return make_article(
        text=text,
        outlet=outlet,
        byline=clean_byline(", ".join(byline_raw) if isinstance(byline_raw, list) else byline_raw),
        published=_as_instant(pick("published")) or date_from_url(url),
        source_path=path,
        source_format="table",
        title=str(title) if title else None,
        url=url,
        extra={k: v for k, v in row.items() if k not in used},
    )


def _missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    return isinstance(value, str) and not value.strip()


def _as_instant(value) -> datetime | date | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    text = str(value).strip()
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    parsed = pd.to_datetime(text, errors="coerce", utc=False)
    return None if pd.isna(parsed) else parsed.to_pydatetime()


def read_url_file(path: Path) -> list[str]:
    """The URLs listed in a URL list file."""
    return read_url_list(decode_text(read_bytes(path, "url"), str(path)))


def iter_url_articles(
    urls: Iterable[str], source_path: str, cache_dir: Path, **kwargs
) -> Iterator[tuple[str, Article | Rejected]]:
    """(URL, Article or Rejected) for each URL; `source_path` is the list (or command line) they came from."""
    for url in urls:
        try:
            yield url, read_url(url, cache_dir, **kwargs)
        except RejectedInput as exc:
            yield url, Rejected(source_path, exc.reason, url, "url")
