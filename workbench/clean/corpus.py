"""Lines that recur across an outlet's dumps: menus, footers, newsletter prompts."""

from __future__ import annotations

import unicodedata

# Digits are folded so that "34 Comments" and "12 Comments" count as one recurring line.
DIGITS_TO_ZERO = str.maketrans("0123456789", "0000000000")


def normalise_line(line: str) -> str:
    """The form in which lines are compared across dumps: NFKC, lowercase, digits as 0, single spaces."""
    text = line.lower() if line.isascii() else unicodedata.normalize("NFKC", line).lower()
    return " ".join(text.translate(DIGITS_TO_ZERO).split())
