"""Quotation marks: where direct quotes open and close, in any of the styles news copy uses.

Attribution cues inside a quotation are the speaker's words, not the article's attribution, so the
extractor looks for cues in a *masked* copy of the text where quoted words are blanked out. The mask keeps
every offset, so spans found in it point straight back into the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
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
    "''": ("''",),
}
# Two apostrophes quote too (''The fall was unsurvivable,'' he said): a pair opens a quotation where it starts
# a word (after a space, a line start or a bracket, before a letter or digit) and closes it where it ends one.
PAIR = "''"
PAIR_OPEN_BEFORE = "([\u201c\"—–-"
PAIR_CLOSE_BEFORE = '.,!?;:)"\u201d—–-'
PAIR_CLOSE_AFTER = ".,;:!?)]—–-"
# Copy that quotes with pairs marks titles with them too (according to ''The Hollywood Reporter''): capitalised
# words without sentence punctuation, small words aside, are a title and stay unmasked.
PAIR_TITLE_PUNCT = re.compile(r"[.,;:!?]")
PAIR_TITLE_SMALL = 3  # (the longest lowercase word a title keeps: 'of', 'the', 'and')
# A paragraph worth scanning contains at least one of these (a lone backtick too: a paragraph with nothing
# more is scanned for nothing, and a set of characters, unlike an alternation, lets the engine skip ahead).
QUOTE_CHARS = re.compile(r"[\"“”«»„‘’'`]")
DOUBLE_OPEN = re.compile(r'``|["“«„”]')
# DOUBLE_OPEN's marks past ASCII, which with '"' are all it finds in a line without a backtick.
DOUBLE_MARKS = "“«„”"
# British copy quotes with single marks: an opening mark starts a word, a closing mark ends one.
SINGLE_MARKS = "‘’'"
SENTENCE_FINAL = ".!?,"
# A closing mark on a line that goes on with an open quotation: ', " the source told us'.
CARRY_CLOSE = re.compile(r'(?:[,.!?]?\s*["”]|\'\')(?=\s|$|[,.;:])')
# A straight mark after sentence punctuation and before a space closes a quotation that was never opened
# on this line (', " Gaskin told'); it does not open one.
STRAY_CLOSER = re.compile(r'(?<=[,.!?] )"(?= )|(?<=[,.!?])"(?= [a-z])')
MAX_CARRIED_LINES = 4
# The attribution left inside an unclosed quotation: ', Osama noted.' at the end of its line.
ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*|he|she|they)\s+(?:said|says|noted|added|told|explained|wrote)"
    r"\b[^\"“”\n]*$"
)
# The filler for masked quote content: a word character, so no cue pattern can match across it.
MASK_CHAR = "_"


# Windows-1252 punctuation read as Latin-1 comes through as C1 control characters, which no text means as such:
# \x91-\x94 are the curly quotes and \x96/\x97 the dashes they stand for (one character each, so offsets hold).
C1_PUNCTUATION = str.maketrans("\x91\x92\x93\x94\x96\x97", "\u2018\u2019\u201c\u201d\u2013\u2014")


def read_c1_punctuation(text: str) -> str:
    """text with Windows-1252 quotation marks and dashes that came through as C1 control characters read as
    the marks they stand for, so that their quotations are found and no speaker starts with a stray mark."""
    if text.isascii() or not ("\x93" in text or "\x92" in text or "\x94" in text or "\x91" in text
                              or "\x96" in text or "\x97" in text):
        return text
    return text.translate(C1_PUNCTUATION)


class QuoteSpan(NamedTuple):
    """One quotation: `start`/`end` delimit the quoted words, `open`/`close` include the marks.

    `carried` marks a quotation that goes on from the line before without a new opening mark (copy that
    breaks one paragraph into a line per sentence).
    """

    open: int
    start: int
    end: int
    close: int
    closed: bool
    carried: bool = False


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quotations in text, paragraph by paragraph; an unclosed quote runs to the end of its paragraph.

    News style leaves a quotation open at the end of a paragraph when the same speaker goes on in the
    next one, which opens with a fresh mark; so an unmatched mark never swallows the following paragraphs.
    """
    spans: list[QuoteSpan] = []
    lines = text.split("\n")
    # where each line starts (one more offset than lines: where a line after the last would), summed in C
    starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
    # the lines with a mark: only these, and a line that goes on with a quotation open at the end of the line
    # before, need a look (most lines of an article are blank or hold no mark); _has_quote_char, written out
    marked = [
        i
        for i, line in enumerate(lines)
        if line and ('"' in line or "'" in line or "`" in line or not line.isascii() and _has_unicode_quote(line))
    ]
    i = 0
    while i < len(lines):
        in_marked = False  # (whether line i is known to hold a mark, as the lines reached through `marked` do)
        if not (spans and not spans[-1].closed and spans[-1].end == starts[i] - 1):
            # (no quotation goes on into line i, so none goes on into a later line before one has a mark)
            k = bisect_left(marked, i)
            if k == len(marked):
                break
            i = marked[k]
            in_marked = True
        line, base = lines[i], starts[i]
        skip = 0
        if spans and not spans[-1].closed and spans[-1].end == base - 1:
            carried = _carry(lines, starts, i)
            if carried:
                spans.extend(carried)
                last = carried[-1]
                i += len(carried) - 1
                line, base = lines[i], starts[i]
                skip = last.close - base
            else:
                spans[-1] = _close_malformed(text, spans[-1])
        if line and (QUOTE_CHARS.search(line, skip) if skip else in_marked or _has_quote_char(line)):
            rest = line[skip:]
            pairs = "'" in rest and "''" in rest  # (PAIR, once a line; the first test is a memchr)
            # double marks first; single ones only in a line without any opening double mark
            if _next_double(rest, 0, pairs) is not None:
                spans.extend(_double_quotes(rest, base + skip, pairs))
            else:
                spans.extend(_single_quotes(rest, base + skip))
        i += 1
    if spans and not spans[-1].closed:
        spans[-1] = _close_malformed(text, spans[-1])
    return spans


def _carry(lines: list[str], starts: list[int], i: int) -> list[QuoteSpan]:
    """Lines that go on with an open quotation up to its closing mark (within MAX_CARRIED_LINES), or []."""
    out: list[QuoteSpan] = []
    for k in range(i, min(len(lines), i + MAX_CARRIED_LINES)):
        line, base = lines[k], starts[k]
        stripped = line.lstrip()
        lead = len(line) - len(stripped)
        if not stripped or DOUBLE_OPEN.match(stripped) or _pair_opens(stripped, 0):
            return []
        m = CARRY_CLOSE.search(line)
        if m:
            opener = DOUBLE_OPEN.search(line, 0, m.start())
            if opener and opener.group() not in ('"', "”"):
                return []
            mark = 2 if m.group().endswith("''") else 1
            out.append(QuoteSpan(base + lead, base + lead, base + m.end() - mark, base + m.end(), True, True))
            return out
        out.append(QuoteSpan(base + lead, base + lead, base + len(line), base + len(line), False, True))
    return []


def _close_malformed(text: str, span: QuoteSpan) -> QuoteSpan:
    """An opening mark never closed before its attribution ("...services, Osama noted."): close it there."""
    m = ATTRIBUTION_TAIL.search(text, span.start, span.end)
    if m:
        return QuoteSpan(span.open, span.start, m.start(), m.start(), True, span.carried)
    return span


def _has_quote_char(line: str) -> bool:
    """Whether line holds one of QUOTE_CHARS, found with str.find ('"', "'" and "`" are its only ASCII ones)."""
    return '"' in line or "'" in line or "`" in line or not line.isascii() and _has_unicode_quote(line)


def _has_unicode_quote(line: str) -> bool:
    """Whether line holds one of the marks of QUOTE_CHARS past ASCII (each looked for with str.find: a search
    for the set tests every character against it)."""
    return "“" in line or "”" in line or "‘" in line or "’" in line or "«" in line or "»" in line or "„" in line


def _next_double(line: str, pos: int, pairs: bool = False) -> tuple[int, str] | None:
    """(offset, mark) of DOUBLE_OPEN's first match in line from pos on, or None; found with str.find, mark by
    mark, in a line without a backtick (and so without "``"); an opening pair of '' too where `pairs` says the
    line has one."""
    if "`" in line:
        m = DOUBLE_OPEN.search(line, pos)
        found = (m.start(), m.group()) if m else None
        return _pair_before(line, pos, found) if pairs else found
    first = line.find('"', pos)
    if not line.isascii():
        end = first if first >= 0 else len(line)
        for mark in DOUBLE_MARKS:
            # (only before the first found so far; a mark the line lacks, most, is ruled out without the bounds,
            # which cost more to read than the search)
            k = line.find(mark, pos, end) if mark in line else -1
            if k >= 0:
                first = end = k
    found = (first, line[first]) if first >= 0 else None
    return _pair_before(line, pos, found) if pairs else found


def _pair_before(line: str, pos: int, found: tuple[int, str] | None) -> tuple[int, str] | None:
    """The first opening pair of '' from pos on if it comes before found (the first other opening mark)."""
    end = found[0] if found else len(line)
    k = line.find(PAIR, pos, end)
    while k >= 0:
        if _pair_opens(line, k):
            return k, PAIR
        k = line.find(PAIR, k + 2, end)
    return found


def _pair_opens(line: str, k: int) -> bool:
    """Whether the '' at k opens a quotation: it starts a word (so "the players'' " and a bold ''' do not)."""
    if not line.startswith(PAIR, k):
        return False
    before = line[k - 1] if k else " "
    after = line[k + 2 : k + 3]
    return (before.isspace() or before in PAIR_OPEN_BEFORE) and after.isalnum()


def _pair_title(inner: str) -> bool:
    """Whether the words between a pair of '' are a title: capitalised (a small word aside), no punctuation."""
    words = inner.split()
    if not words or PAIR_TITLE_PUNCT.search(inner) or not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or len(w) <= PAIR_TITLE_SMALL for w in words)


def _pair_close(line: str, start: int) -> int:
    """The offset of the first '' from start that ends a word (closing a quotation opened by ''), or -1."""
    k = line.find(PAIR, start)
    while k >= 0:
        before = line[k - 1] if k > start else " "
        after = line[k + 2 : k + 3] or " "
        if (before.isalnum() or before in PAIR_CLOSE_BEFORE) and (after.isspace() or after in PAIR_CLOSE_AFTER):
            return k
        k = line.find(PAIR, k + 1)
    return -1


def _double_quotes(line: str, base: int, pairs: bool) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    i = 0
    while True:
        found = _next_double(line, i, pairs)
        if found is None:
            break
        at, mark = found
        if mark == '"' and STRAY_CLOSER.match(line, at):
            i = at + 1
            continue
        closers = DOUBLE_QUOTES[mark]
        start = at + len(mark)
        end = -1
        close_len = 0
        if mark == "''":  # (PAIR; a literal is cheaper)
            end = _pair_close(line, start)
            close_len = 2
        else:
            for c in closers:
                k = line.find(c, start)
                if k >= 0 and (end < 0 or k < end):
                    end, close_len = k, len(c)
            if end < 0 and pairs and mark == '"':
                # ("Our teams are struggling,'' said Subhan Sahara: copy that opens with a straight mark and closes
                # with a pair of apostrophes, left open by the mark alone)
                end = _pair_close(line, start)
                close_len = 2
        if end < 0:
            if line[start:].strip():
                spans.append(QuoteSpan(base + at, base + start, base + len(line), base + len(line), False))
            break
        if end > start and not (mark == "''" and _pair_title(line[start:end])):
            spans.append(QuoteSpan(base + at, base + start, base + end, base + end + close_len, True))
        i = end + close_len
    return spans


def _single_quotes(line: str, base: int) -> list[QuoteSpan]:
    """Single-mark quotations: an opening mark starts a word, a closing mark ends one (so "it's" and
    "officers' union" are apostrophes). Marks are classified by their neighbours in one pass."""
    spans: list[QuoteSpan] = []
    if "'" not in line and "‘" not in line:
        return spans  # only ’ marks, which never open a quotation
    opened = -1
    n = len(line)
    for k in _single_marks(line):
        before = line[k - 1] if k else " "
        after = line[k + 1] if k + 1 < n else " "
        if opened < 0:
            if (
                line[k] != "’"
                and (before.isspace() or before in "([—–-")
                and (after.isalnum() or after in '"“')
            ):
                opened = k
            continue
        if (before.isalnum() or before in '.,!?"”—–-') and (after.isspace() or after in ".,;:!?)]—–-"):
            inner = line[opened + 1 : k]
            # Three words or more: shorter single-quoted strings are mostly scare quotes or titles.
            if len(inner.split()) >= 3:
                spans.append(QuoteSpan(base + opened, base + opened + 1, base + k, base + k + 1, True))
            opened = -1
    return spans


def _single_marks(line: str) -> list[int]:
    """The offsets of the single marks in line, in order: each mark found with str.find (a search for the set
    of marks tests every character against it)."""
    marks = []
    for mark in SINGLE_MARKS if not line.isascii() else "'":
        k = line.find(mark)
        while k >= 0:
            marks.append(k)
            k = line.find(mark, k + 1)
    marks.sort()
    return marks


def mask_quotes(text: str, quotes: list[QuoteSpan]) -> str:
    """Text with quoted words blanked (offsets kept); the first letter and a final . ! ? or , stay, so the
    sentence splitter still sees where sentences start and end."""
    if not quotes:
        return text
    parts: list[str] = []
    pos = 0
    for q in quotes:
        parts.append(text[pos : q.start])
        inner = text[q.start : q.end]
        keep = len(inner) - len(inner.rstrip(SENTENCE_FINAL))
        body = inner[: len(inner) - keep] if keep else inner
        # the first character stays, so a capital after the mark still starts a new sentence
        parts.append(body[:1] + _blank(body[1:]) if body[:1].isalnum() else _blank(body))
        if keep:
            parts.append(inner[len(inner) - keep :])
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)


def _blank(s: str) -> str:
    """Every character of s but line breaks replaced by MASK_CHAR, built line by line (a regex substitution
    pays for a match per character)."""
    if "\n" not in s:
        return MASK_CHAR * len(s)
    return "\n".join(MASK_CHAR * len(line) for line in s.split("\n"))
