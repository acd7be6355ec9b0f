"""Which reader takes which input: walking folders and telling formats apart."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

# Suffix -> source format. A `.txt` file is a page-text dump unless every line is a URL (a URL list).
SUFFIX_FORMATS = {
    ".txt": "dump",
    ".html": "html",
    ".htm": "html",
    ".html.gz": "html",
    ".htm.gz": "html",
    ".csv": "table",
    ".jsonl": "table",
    ".ndjson": "table",
    ".parquet": "table",
    ".urls": "url",
}
# Files a folder walk leaves out: notes, and reference tables (known counts, not articles).
SKIPPED_NAMES = frozenset({"README.md", "PROVENANCE.md", ".gitkeep"})
REFERENCE_FOLDER = "reference"
URL_LINE = re.compile(r"^\s*https?://\S+\s*$")
URL_LIST_LINES = 50  # lines of text looked at to tell a URL list from a dump


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    for suffix in sorted(SUFFIX_FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def format_of(path: Path, head: bytes = b"") -> str | None:
    """The reader for a file, from its name and, for `.txt`, its first lines."""
    fmt = SUFFIX_FORMATS.get(suffix_of(path))
    if fmt == "dump" and head and is_url_list(head.decode("utf-8", "replace")):
        return "url"
    return fmt


def is_url_list(text: str) -> bool:
    """Every one of the first 50 lines that is neither blank nor a `#` comment is a URL (and there is one).

    Lines are looked at until the first that is not a URL, which for a dump is its first line of text.
    """
    checked = 0
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            if not URL_LINE.match(line):
                return False
            checked += 1
            if checked == URL_LIST_LINES:
                break
    return checked > 0


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under the given paths, folders walked recursively in a stable order.

    Hidden files, notes and `reference/` folders are left out of folder walks; a file named explicitly is
    always returned, so an unknown format is rejected with a reason instead of vanishing.
    """
    for name in iter_input_names(paths):
        yield Path(name)


def iter_input_names(paths: Iterable[str | Path]) -> Iterator[str]:
    """`iter_inputs` as path strings, for walks too large to make a `Path` of every file skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for _rel, name in sorted(_walk_files(str(path), ())):
                yield name
        else:
            yield str(path)


def _walk_files(folder: str, rel: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    """(relative parts, path) of the files a folder walk keeps, unsorted (`os.scandir`: one system call a
    folder, where `Path.rglob` and `is_file` cost several a file on a folder of a hundred thousand dumps)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                if entry.name != REFERENCE_FOLDER:
                    yield from _walk_files(entry.path, (*rel, entry.name))
            elif entry.name not in SKIPPED_NAMES and entry.is_file():
                yield (*rel, entry.name), entry.path
