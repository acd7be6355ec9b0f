"""Sentences with character offsets, shared by the casualty and attribution extractors.

Offsets always refer to the text passed in, so every extracted figure can point back to its sentence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Abbreviations that end with a period but rarely end a sentence in news copy.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen sens rep reps gov lt col gen sgt cpl capt maj cmdr adm st jr sr rev hon pres supt insp det
    snr comr brig dept univ inc ltd co corp bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd
    rd hwy approx est fig u.s u.k u.n a.m p.m e.g i.e atty dist""".split()
)

# Abbreviations of titles, written before a name: a stop glued to a capital after one still ends no sentence.
NAME_TITLES = frozenset(
    """mr mrs ms dr prof sen sens rep reps gov lt col gen sgt cpl capt maj cmdr adm st rev hon pres supt insp det snr
    comr brig""".split()
)

# A place's dotted abbreviation, which ends a sentence ("in Washington, D.C. Jackson's wife spent") unless one of
# PLACE_NAME_HEADS follows it, the place then naming a body or an office ("D.C. Police said", "D.C. Mayor Muriel
# Bowser").
PLACE_ABBREVIATIONS = frozenset({"d.c"})
PLACE_NAME_HEADS = frozenset(
    """Police Mayor Council Councilmember Councilwoman Councilman Fire Department Superior Court Public Metropolitan
    Attorney Housing Health Water Transit""".split()
)
NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")

# A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before whitespace, or at a
# blank line / line break (paragraphs in dumps and tables are one per line), or at a stop glued to the next
# sentence: a lowercase word's stop right before a capitalised word or the one-letter words "A" and "I" ("after
# the shooting.Anyone with information", "in stable condition.A family member said", from pages whose
# paragraphs were joined without a space; "Gov.Sarah Palin" is still an abbreviation's) or before a quotation
# that opens on one ("in his cell.“Nobody"). Both patterns open on a character class, which lets the regex
# engine skip ahead to candidate characters instead of trying a match at every position (several times faster
# than the equivalent `[.!?]+...|\n+`).
SENTENCE_END = re.compile(
    r"""[.!?\n](?:(?<=\n)\n*|[.!?]*["'”’)\]]*(?=\s|$)|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z]|[AI]\s)"""
    r"""|(?<=[a-z][.!?])(?=["“][A-Z]))"""
)
# SENTENCE_END's matches that open on a full stop, for a text whose only stops are full stops (before its
# trailing spaces, where a line break's match would only add a blank piece): a pattern that opens on one
# character is searched far faster than one that opens on a set.
FULL_STOP_END = re.compile(
    r"""\.(?:[.!?]*["'”’)\]]*(?=\s|$)|(?<=[a-z][a-z]\.)(?=[A-Z][a-z]|[AI]\s)|(?<=[a-z]\.)(?=["“][A-Z]))"""
)
WORD_BEFORE = re.compile(r"([A-Za-z.][A-Za-z.]*)$")
# The same, only where a run of letters and dots starts, so the look-back is linear in the window; WORD_BEFORE
# itself still reads a run that starts before the window.
WORD_START_BEFORE = re.compile(r"(?<![A-Za-z.])([A-Za-z.][A-Za-z.]*)$")
# Longest abbreviation or initial worth looking back for before a period.
WORD_WINDOW = 24
# The characters of those words, for str.rstrip.
WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."
NEXT_START = re.compile(r"""\s*["'“‘(\[]*([A-Z0-9])""")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with their offsets, treating each line break as a boundary."""
    sentences: list[Sentence] = []
    start = 0
    text_end = len(text.rstrip())
    other_stops = text.find("!", 0, text_end) >= 0 or text.find("?", 0, text_end) >= 0
    ends = SENTENCE_END if other_stops or text.find("\n", 0, text_end) >= 0 else FULL_STOP_END
    for match in ends.finditer(text):
        end = _past_closing_quote(text, match.end())
        # Only a period, "!" or "?" can fail to end a sentence; a line break always does.
        if text[match.start()] != "\n" and not _is_boundary(text, match.start(), end, text_end):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _past_closing_quote(text: str, end: int) -> int:
    """Where a sentence cut at end really ends: a straight quote glued after the stop closes the quotation its
    line has open ('crazy."Four people'), and so belongs to this sentence; with the quotes before it paired, it
    opens the next ('cell."Nobody')."""
    if text.startswith('"', end) and text.count('"', text.rfind("\n", 0, end) + 1, end) % 2:
        return end + 1
    return end


def _is_boundary(text: str, dot: int, end: int, text_end: int) -> bool:
    """A period ends a sentence unless it closes an abbreviation or an initial, or a lowercase word follows;
    `text_end` is where the text ends once trailing whitespace is set aside."""
    if text[dot] == ".":
        # Look back a bounded window only: searching from 0 made splitting quadratic in the text length.
        word = _word_before(text, max(0, dot - WORD_WINDOW), dot)
        if word:
            token = word.lower().strip(".")
            if (len(token) == 1 and token.isalpha()) or (
                token in ABBREVIATIONS and (token in NAME_TITLES or end >= len(text) or text[end].isspace())
            ):
                # (a stop glued to the next sentence ends it after any other abbreviation: "at 6
                # a.m."I heard", "Gary Police Dept.Police say"; "Gov.Sarah Palin" is one name)
                return False
            if token in PLACE_ABBREVIATIONS:
                after = NEXT_WORD.match(text, end)
                if after is not None and after.group(1) in PLACE_NAME_HEADS:
                    return False
    following = NEXT_START.match(text, end)
    return following is not None or end >= text_end


def _word_before(text: str, window: int, dot: int) -> str:
    """The letters and dots that run back from dot to window at most, as WORD_START_BEFORE, or else WORD_BEFORE,
    finds them (or ""): read by str.rstrip rather than by a search tried from each place in the window. (A line
    break right before dot lets the patterns' $ match before it, so there they are asked.)"""
    if dot > 0 and text[dot - 1] == "\n":
        word = WORD_START_BEFORE.search(text, window, dot) or WORD_BEFORE.match(text, window, dot)
        return word.group(1) if word else ""
    chunk = text[window:dot]
    return chunk[len(chunk.rstrip(WORD_CHARS)) :]


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    sentences.append(Sentence(s, s + len(stripped), stripped))
