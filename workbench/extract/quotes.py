"""Quotation marks: where direct quotes open and close, in any of the styles news copy uses.

Attribution cues inside a quotation are the speaker's words, not the article's attribution, so the
extractor looks for cues in a *masked* copy of the text where quoted words are blanked out. The mask keeps
every offset, so spans found in it point straight back into the original text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Opening mark -> the marks that may close it. Straight double quotes close themselves; typographic
# quotes may be closed by a straight one in copy that mixes styles.
DOUBLE_QUOTES = {
    '"': ('"', "”"),
    "“": ("”", '"', "“"),
    "«": ("»",),
    "„": ("“", "”"),
    "``": ("''", '"'),
    "”": ("”", '"'),
}
# A paragraph worth scanning contains at least one of these.
QUOTE_CHARS = re.compile(r"[\"“”«»„‘’']|``")
DOUBLE_OPEN = re.compile(r'``|["“«„”]')
# British copy quotes with single marks: an opening mark starts a word, a closing mark ends one.
SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[\w\"“])")
SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?\"”—–-])[’'](?=[\s.,;:!?)\]—–-]|$)")
SENTENCE_FINAL = ".!?,"
# The filler for masked quote content: a word character, so no cue pattern can match across it.
MASK_CHAR = "_"
MASK_RUN = re.compile(r"[^\n]")


class QuoteSpan(NamedTuple):
    """One quotation: `start`/`end` delimit the quoted words, `open`/`close` include the marks."""

    open: int
    start: int
    end: int
    close: int
    closed: bool


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quotations in text, paragraph by paragraph; an unclosed quote runs to the end of its paragraph.

    News style leaves a quotation open at the end of a paragraph when the same speaker goes on in the
    next one, which opens with a fresh mark; so an unmatched mark never swallows the following paragraphs.
    """
    spans: list[QuoteSpan] = []
    pos = 0
    for line in text.split("\n"):
        if line and QUOTE_CHARS.search(line):
            found = _double_quotes(line, pos)
            if not found and not DOUBLE_OPEN.search(line):
                found = _single_quotes(line, pos)
            spans.extend(found)
        pos += len(line) + 1
    return spans


def _double_quotes(line: str, base: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    i = 0
    while True:
        m = DOUBLE_OPEN.search(line, i)
        if not m:
            break
        mark = m.group()
        closers = DOUBLE_QUOTES[mark]
        start = m.end()
        end = -1
        close_len = 0
        for c in closers:
            k = line.find(c, start)
            if k >= 0 and (end < 0 or k < end):
                end, close_len = k, len(c)
        if end < 0:
            if line[start:].strip():
                spans.append(QuoteSpan(base + m.start(), base + start, base + len(line), base + len(line), False))
            break
        if end > start:
            spans.append(QuoteSpan(base + m.start(), base + start, base + end, base + end + close_len, True))
        i = end + close_len
    return spans


def _single_quotes(line: str, base: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    i = 0
    while True:
        m = SINGLE_OPEN.search(line, i)
        if not m:
            break
        c = SINGLE_CLOSE.search(line, m.end())
        if not c:
            break
        inner = line[m.end():c.start()]
        # Three words or more: shorter single-quoted strings are mostly scare quotes or titles.
        if len(inner.split()) >= 3:
            spans.append(QuoteSpan(base + m.start(), base + m.end(), base + c.start(), base + c.end(), True))
        i = c.end()
    return spans


def mask_quotes(text: str, quotes: list[QuoteSpan]) -> str:
    """Text with quoted words blanked (offsets kept); the first letter and a final . ! ? or , stay, so the
    sentence splitter still sees where sentences start and end."""
    if not quotes:
        return text
    parts: list[str] = []
    pos = 0
    for q in quotes:
        parts.append(text[pos:q.start])
        inner = text[q.start:q.end]
        keep = len(inner) - len(inner.rstrip(SENTENCE_FINAL))
        body = inner[: len(inner) - keep] if keep else inner
        # the first character stays, so a capital after the mark still starts a new sentence
        parts.append(body[:1] + MASK_RUN.sub(MASK_CHAR, body[1:]) if body[:1].isalnum() else
                     MASK_RUN.sub(MASK_CHAR, body))
        if keep:
            parts.append(inner[len(inner) - keep:])
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)
