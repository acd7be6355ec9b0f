"""Package data: registries and vocabularies, each with a note on where it came from.

Every module reads its word lists and tables through these two functions, so data files are found the
same way wherever the package is installed.
"""

from __future__ import annotations

import csv
from importlib import resources


def read_text(name: str) -> str:
    """The text of a data file shipped with the package."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV data file shipped with the package, as dictionaries keyed by its header."""
    return list(csv.DictReader(read_text(name).splitlines()))
