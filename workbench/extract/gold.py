"""Hand-annotated gold sets: articles and their annotated records, checked as they are read.

Both gold sets (casualty claims, attributions) share the layout of the annotation guidelines: an
`articles.jsonl` keyed by `article_key`, and one records file whose spans must be the exact text at their
offsets, so an annotation error names its file and line instead of skewing a score.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load_gold(
    directory: str | Path, records_file: str, *, span_field: str
) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Articles by key, and each article's records from `records_file`, in file order."""
    directory = Path(directory)
    articles: dict[str, dict[str, Any]] = {}
    for _number, row in _rows(directory / "articles.jsonl"):
        articles[row["article_key"]] = row
    records: dict[str, list[dict[str, Any]]] = {key: [] for key in articles}
    path = directory / records_file
    for number, row in _rows(path):
        key = row["article_key"]
        if key not in articles:
            raise ValueError(f"{path}:{number}: article_key {key!r} is not in articles.jsonl; add the article "
                             "or fix the key")
        if articles[key]["text"][row["start"]:row["end"]] != row[span_field]:
            raise ValueError(f"{path}:{number}: {span_field} of {key!r} does not match text[start:end]; fix the "
                             f"offsets or the {span_field}")
        records[key].append(row)
    return articles, records


def _rows(path: Path):
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield number, json.loads(line)
