"""Tables of articles (CSV, JSONL, Parquet): one row an article, at least a `text` column.

Columns with a known meaning under another name (`body`, `headline`, `source_url`, `dct`...) are mapped to
the schema's names; all other columns are kept as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from workbench.load.errors import RejectedInput

# Schema column -> names tables commonly use for it, in order of preference.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article_text", "maintext", "full_text"),
    "title": ("title", "headline"),
    "url": ("url", "source_url", "link", "article_url"),
    "outlet": ("outlet_name", "outlet", "source", "publisher", "domain", "media", "site", "sitename"),
    "published": ("published_at", "published", "publish_date", "published_date", "date", "dct", "pubdate",
                  "date_publish"),
    "byline": ("byline", "author", "authors"),
}
CHUNK_ROWS = 5_000


def read_table_rows(path: Path) -> Iterator[pd.DataFrame]:
    """The table in chunks of rows, with `text` present; rejects a table without a text column."""
    name = path.name.lower()
    try:
        if name.endswith(".parquet"):
            import pyarrow.parquet as pq

            parquet = pq.ParquetFile(path)
            _require_text(list(parquet.schema_arrow.names), str(path))
            for batch in parquet.iter_batches(batch_size=CHUNK_ROWS):
                yield batch.to_pandas()
            return
        if name.endswith((".jsonl", ".ndjson")):
            reader = pd.read_json(path, lines=True, chunksize=CHUNK_ROWS, dtype=False)
        else:
            reader = pd.read_csv(path, chunksize=CHUNK_ROWS, dtype=str, keep_default_na=False,
                                 encoding_errors="replace")
        first = True
        for chunk in reader:
            if first:
                _require_text(list(chunk.columns), str(path))
                first = False
            yield chunk
        if first:
            raise RejectedInput(str(path), "the table has no rows")
    except RejectedInput:
        raise
    except (ValueError, pd.errors.ParserError, OSError, UnicodeDecodeError) as exc:
        raise RejectedInput(str(path), f"malformed table: {str(exc).splitlines()[0][:200]}") from exc
    except Exception as exc:  # pyarrow raises its own error types for corrupt files
        raise RejectedInput(str(path), f"unreadable table: {type(exc).__name__}: {exc}") from exc


def _require_text(columns: list[str], path: str) -> None:
    if not any(c in columns for c in COLUMN_ALIASES["text"]):
        raise RejectedInput(path, f"no text column: a table needs one of {', '.join(COLUMN_ALIASES['text'])}; "
                            f"its columns are {', '.join(map(str, columns[:12]))}")


def mapped_column(frame: pd.DataFrame, key: str) -> str | None:
    for name in COLUMN_ALIASES[key]:
        if name in frame.columns:
            return name
    return None
