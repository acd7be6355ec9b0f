"""Lines that recur across an outlet's dumps: menus, footers, newsletter prompts.

One dump alone cannot always tell a site's furniture from its story (a promotional sentence looks like a
paragraph), but across many dumps of one outlet furniture repeats and stories do not. Counts are kept per
outlet, one vote per dump, and can be persisted as a dataframe. Body text can repeat too (a wire story
printed twice, an update of yesterday's story), so a sentence-like line must recur in a much larger share
of the outlet's dumps than a short line before it is called boilerplate.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

# Digits are folded so that "34 Comments" and "12 Comments" count as one recurring line.
ASCII_DIGITS_TO_ZERO = bytes.maketrans(b"0123456789", b"0000000000")
# The same with ASCII capitals lowered: an ASCII line is folded in one pass.
ASCII_LOWER_DIGITS_TO_ZERO = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"abcdefghijklmnopqrstuvwxyz0000000000"
)
SENTENCE_MARKS = frozenset(".!?…")
# Lines longer than this are not counted: footers rarely are, and counting every paragraph of every
# story would make the counts grow with the corpus instead of with the site's template.
MAX_COUNTED_CHARS = 400
# Every PRUNE_EVERY dumps of an outlet, lines in fewer than PRUNE_SHARE of them are dropped from its
# counts. Boilerplate needs four times that share (min_share 0.2), so what is dropped could at most have
# become boilerplate by a margin of 5% of the dumps.
PRUNE_EVERY = 50
PRUNE_SHARE = 0.05
# A normalised line with at least this many words and a sentence ending is "sentence-like".
SENTENCE_MIN_WORDS = 10

FRAME_COLUMNS = ("outlet_id", "line_normalised", "document_count", "outlet_document_count")


def normalise_line(line: str) -> str:
    """The form in which lines are compared across dumps: NFKC, lowercase, ASCII digits as 0, single spaces."""
    # Digits are folded on the UTF-8 bytes, several times faster than str.translate; an ASCII digit's
    # byte never occurs inside a multi-byte character.
    if line.isascii():
        return " ".join(line.encode().translate(ASCII_LOWER_DIGITS_TO_ZERO).decode().split())
    text = unicodedata.normalize("NFKC", line).lower()
    return " ".join(text.encode().translate(ASCII_DIGITS_TO_ZERO).decode().split())


def is_sentence_like(normalised: str) -> bool:
    """A line that reads like a paragraph of text rather than a menu entry or a label."""
    return (
        len(normalised.split()) >= SENTENCE_MIN_WORDS and normalised.rstrip("\"'”’)")[-1:] in SENTENCE_MARKS
    )


@dataclass
class RepeatedLines:
    """Per-outlet counts of the dumps each normalised line appears in.

    A line is boilerplate for an outlet once it appears in at least ``min_documents`` of its dumps and in
    at least ``min_share`` of them (``sentence_share`` for sentence-like lines, which protects body text
    that happens to repeat). Every ``prune_every`` dumps, lines seen in fewer than ``prune_share`` of them
    are forgotten, which keeps memory in step with the site's template rather than the number of stories.
    """

    min_documents: int = 3
    min_share: float = 0.2
    sentence_share: float = 0.5
    prune_every: int = PRUNE_EVERY
    prune_share: float = PRUNE_SHARE
    _lines: dict[str, Counter[str]] = field(default_factory=dict, repr=False)
    _documents: Counter[str] = field(default_factory=Counter, repr=False)

    def add(self, outlet_id: str, lines: Sequence[str]) -> None:
        """Count one dump of ``outlet_id`` (each distinct line once)."""
        seen = {normalise_line(line) for line in lines if len(line) <= MAX_COUNTED_CHARS}
        seen.discard("")
        counts = self._lines.setdefault(outlet_id, Counter())
        counts.update(seen)
        self._documents[outlet_id] += 1
        documents = self._documents[outlet_id]
        if self.prune_every and documents % self.prune_every == 0:
            # Lossy counting (Manku & Motwani 2002): lines in fewer than prune_share of the dumps are story
            # text, or at best far from the boilerplate share; forgetting them keeps the counts in step
            # with the site's template instead of the number of stories.
            floor = self.prune_share * documents
            for line in [line for line, n in counts.items() if n < floor]:
                del counts[line]

    def add_many(self, dumps: Iterable[tuple[str, Sequence[str]]]) -> None:
        """Count ``(outlet_id, lines)`` pairs, one per dump."""
        for outlet_id, lines in dumps:
            self.add(outlet_id, lines)

    def documents(self, outlet_id: str) -> int:
        """How many dumps of ``outlet_id`` have been counted."""
        return self._documents[outlet_id]

    def boilerplate(self, outlet_id: str) -> frozenset[str]:
        """Normalised lines that recur across the outlet's dumps, for ``clean_dump(boilerplate=...)``."""
        total = self._documents[outlet_id]
        counts = self._lines.get(outlet_id)
        if not counts or total < self.min_documents:
            return frozenset()
        short_floor = max(self.min_documents, self.min_share * total)
        sentence_floor = max(self.min_documents, self.sentence_share * total)
        return frozenset(
            line
            for line, n in counts.items()
            if n >= short_floor and (n >= sentence_floor or not is_sentence_like(line))
        )

    def to_frame(self) -> pd.DataFrame:
        """Counts as rows of (outlet_id, line_normalised, document_count, outlet_document_count)."""
        rows = [
            (outlet, line, n, self._documents[outlet])
            for outlet, counts in self._lines.items()
            for line, n in counts.items()
        ]
        frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
        return frame.astype(
            {
                "outlet_id": "string",
                "line_normalised": "string",
                "document_count": "int64",
                "outlet_document_count": "int64",
            }
        )

    @classmethod
    def from_frame(
        cls,
        frame: pd.DataFrame,
        *,
        min_documents: int = 3,
        min_share: float = 0.2,
        sentence_share: float = 0.5,
        prune_every: int = PRUNE_EVERY,
        prune_share: float = PRUNE_SHARE,
    ) -> RepeatedLines:
        """Counts read back from :meth:`to_frame`'s layout; raises ValueError naming missing columns."""
        missing = [c for c in FRAME_COLUMNS if c not in frame.columns]
        if missing:
            raise ValueError(
                f"repeated-lines frame lacks column(s) {missing}; expected {list(FRAME_COLUMNS)}"
            )
        counts = cls(
            min_documents=min_documents,
            min_share=min_share,
            sentence_share=sentence_share,
            prune_every=prune_every,
            prune_share=prune_share,
        )
        for outlet, group in frame.groupby("outlet_id", sort=False):
            key = str(outlet)
            counts._lines[key] = Counter(
                dict(
                    zip(
                        group["line_normalised"].astype(str), group["document_count"].astype(int), strict=True
                    )
                )
            )
            counts._documents[key] = int(group["outlet_document_count"].max())
        return counts
