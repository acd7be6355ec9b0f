"""Lines that recur across an outlet's dumps: menus, footers, newsletter prompts."""

from __future__ import annotations

import re
import unicodedata

SPACES = re.compile(r"\s+")
DIGITS = re.compile(r"\d+")


def normalise_line(line: str) -> str:
    """The form in which lines are compared across dumps: NFKC, lowercase, digits as 0, single spaces."""
    text = line.lower() if line.isascii() else unicodedata.normalize("NFKC", line).lower()
    text = DIGITS.sub("0", text)
    return SPACES.sub(" ", text).strip()
