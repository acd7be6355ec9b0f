"""The records that flow between stages.

Readers produce `Article`s, extractors produce `CasualtyClaim`s and `Attribution`s. Each field carries the
same name and meaning as its column in `workbench.schema`, where the columns are described.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

NOT_WORDS = re.compile(r"\W+")


@dataclass(slots=True)
class Article:
    """One article as read from a file, a URL or a table row, before extraction."""

    text: str
    title: str | None = None
    byline: str | None = None
    outlet_id: str | None = None
    outlet_name: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    published_date: date | None = None
    wire_agency: str | None = None
    is_wire_copy: bool = False
    source_path: str | None = None
    source_format: str | None = None
    standfirst: str | None = None
    article_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class CasualtyClaim:
    """A statement that some number of people were killed, injured, detained, missing or displaced.

    `start` and `end` are the offsets of `number_text` in the article text, `sentence_start` those of the
    sentence, so a figure in a chart can always be traced back to its words.
    """

    sentence: str
    start: int
    end: int
    number_text: str
    value: int | None
    value_low: int | None
    category: str
    qualifier: str
    who: str | None
    source: str | None
    disputed: bool
    about_other_event: bool = False
    sentence_start: int = 0


@dataclass(frozen=True, slots=True)
class Attribution:
    """A communicative act by an identifiable source whose content the article reports.

    `start` and `end` are the offsets of `content` in the article text.
    """

    speaker: str | None
    speaker_resolved: str | None
    speaker_type: str
    cue: str | None
    kind: str
    medium: str | None
    content: str
    start: int
    end: int


def make_article_id(outlet_id: str | None, text: str) -> str:
    """Stable id from the outlet and the normalised body: the same story from one outlet, one id."""
    # (the runs of other characters made single spaces: the words joined by spaces, in one pass)
    normalised = NOT_WORDS.sub(" ", text.lower()).strip(" ")
    digest = hashlib.sha1(f"{outlet_id or 'unknown'}\n{normalised}".encode()).hexdigest()
    return digest[:16]
