"""Counts of people as news copy writes them: "8,000", "almost 8,000", "two hundred", "a dozen", "dozens".

Both extractors and the cleaner need to read a figure together with its hedge, so the parsing lives here,
once. Vague amounts ("dozens", "hundreds") carry no exact value but a lower bound (`value_low`), which is
what the annotation guidelines score; ranges ("10 to 15") carry their low end the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.data import read_rows

__all__ = [
    "NUMBER_WORDS",
    "QUALIFIERS",
    "NumberMention",
    "find_numbers",
    "parse_number",
]



def _load_number_words() -> dict[str, tuple[int | None, int | None, str]]:
    table: dict[str, tuple[int | None, int | None, str]] = {}
    for row in read_rows("number_words.csv"):
        value = int(row["value"]) if row["value"] else None
        low = int(row["value_low"]) if row["value_low"] else None
        table[row["word"].lower()] = (value, low, row["kind"])
    return table


def _load_qualifiers() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for row in read_rows("qualifiers.csv"):
        table[row["phrase"].lower()] = (row["qualifier"], row["position"])
    return table


# word -> (value, value_low, kind); kind is unit | tens | scale | dozen | fixed | vague (data/number_words.csv).
NUMBER_WORDS = _load_number_words()
# phrase -> (qualifier, before|after) (data/qualifiers.csv).
QUALIFIERS = _load_qualifiers()


def _alternation(words: list[str]) -> str:
    """Longest first, so "tens of thousands" wins over "thousands"; grouped by first character, in that order
    within a group, which matches as the flat alternation does (words that open on different characters never
    match at the same place) while the engine tries only the words of the character under the cursor. The
    words are lowercase, so the groups stay apart when case is ignored."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        assert word == word.lower(), word
        by_first.setdefault(re.escape(word[0]), []).append(re.escape(word[1:]).replace(r"\ ", r"\s+"))
    return "|".join(first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                    for first, rests in by_first.items())


_COUNTING = [w for w, (_, _, kind) in NUMBER_WORDS.items() if kind in ("unit", "tens", "scale")]
_FIXED = [w for w, (_, _, kind) in NUMBER_WORDS.items() if kind == "fixed"]
# Vague amounts that name no figure ("several") are not numbers on their own; they only count before a noun.
_VAGUE = [w for w, (_, _, kind) in NUMBER_WORDS.items() if kind == "vague"]

_WORD = rf"(?:{_alternation(_COUNTING)})"
# "twenty-five", "two hundred and fifty", "a hundred", "two dozen"
_WORD_NUMBER = (
    rf"(?:(?:a|one)\s+(?:hundred|thousand)(?:[\s-]+(?:and\s+)?{_WORD})*"
    rf"|{_WORD}(?:[\s-]+(?:and\s+)?{_WORD})*(?:\s+dozen)?)"
)
# "8,000", "1.2 million", "49", "2 dozen"; never glued to letters or to a further digit group ("9mm", "1st").
_DIGIT_NUMBER = r"(?!0\d)(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s+(?:million|billion|thousand|hundred|dozen)\b)?)"
_SINGLE = rf"(?:{_DIGIT_NUMBER}|{_WORD_NUMBER})"
_BEFORE_QUALIFIER = _alternation([p for p, (_, pos) in QUALIFIERS.items() if pos == "before"])
_AFTER_QUALIFIER = _alternation([p for p, (_, pos) in QUALIFIERS.items() if pos == "after" and p[0] != "-"])

_NUMBER_PHRASE = rf"""(?<![\w$£€,:/])(?:(?<!-)|(?<=[a-z]{{3}}-)(?<!ty-)(?=[a-z]))(?<!\d\.)
    (?:(?P<qual>{_BEFORE_QUALIFIER})\s+)?
    (?:
        between\s+(?P<blow>{_SINGLE})\s+and\s+(?P<bhigh>{_SINGLE})
      | (?P<low>{_DIGIT_NUMBER})\s*[-–]\s*(?P<high>{_DIGIT_NUMBER})
      | (?P<wlow>{_SINGLE})\s+(?:to|or)\s+(?P<whigh>{_SINGLE})
      | (?P<fixed>{_alternation(_FIXED)})
      | (?P<single>{_SINGLE})
      | (?P<vague>{_alternation(_VAGUE)})
    )
    (?P<plus>-?plus\b|\+)?
    (?:\s+(?P<after>{_AFTER_QUALIFIER})\b)?
    (?![.,]?\d)(?!\s*%)(?!-\w)(?=\W|$)"""
NUMBER_PHRASE = re.compile(_NUMBER_PHRASE, re.IGNORECASE | re.VERBOSE)
# The same pattern for lowercased text, matched only where a figure can start (see OPENER): one anchored
# match per such place is several times faster than scanning every character.
NUMBER_PHRASE_LOWER = re.compile(_NUMBER_PHRASE, re.VERBOSE)
# How a figure can open once its hedge is set aside: a number word or phrase ("a dozen", "tens of thousands"),
# "a hundred", or "between" (digits are handled apart).
_FIGURE_WORDS = [*NUMBER_WORDS, "a hundred", "a thousand"]
_FIGURE_START = rf"\d|between\s|(?:{_alternation(_FIGURE_WORDS)})(?![a-z])"


def _trie(fragments: list[tuple[str, str]]) -> str:
    """Alternation of (phrase, pattern) pairs grouped by the first letter of the phrase, longest phrase first,
    so the engine rejects most places on one character; within a letter, grouped again by the second (see
    _by_second)."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for phrase, pattern in sorted(fragments, key=lambda f: len(f[0]), reverse=True):
        by_first.setdefault(phrase[0], []).append((phrase[1:], pattern))
    return "|".join(re.escape(first) + "(?:" + _by_second(rest) + ")" for first, rest in sorted(by_first.items()))


def _by_second(fragments: list[tuple[str, str]]) -> str:
    """Alternation of (phrase, pattern) pairs, each pattern opening on the phrase's first character as `_rest`
    writes it, grouped by that character in their order (phrases too short to have one stay last), so the
    engine tries only the patterns of the character under the cursor. Patterns that open on different
    characters never match at the same place, so the grouped alternation matches where the flat one does."""
    groups: dict[str, list[str]] = {}
    short = []
    for phrase, pattern in fragments:
        head = (r"\s+" if phrase[0] == " " else re.escape(phrase[0])) if phrase else ""
        if head and pattern.startswith(head):
            groups.setdefault(head, []).append(pattern[len(head) :])
        else:
            short.append(pattern)
    grouped = [head + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for head, rests in groups.items()]
    return "|".join(grouped + short)


def _rest(phrase: str) -> str:
    """The pattern of a phrase after its first letter."""
    return re.escape(phrase[1:]).replace(r"\ ", r"\s+")


# Where a figure can start in lowercased text: a digit, a number word, "between", or a hedge right before a
# figure ("about 40", "at least a dozen"). It leaves out the common words that merely begin a hedge or a
# number phrase ("a", "about", "no" on their own), which used to cost a full match attempt each.
_OPENER = (
    r"(?=\d|"
    + _trie(
        [(w, _rest(w) + r"(?![a-z])") for w in _FIGURE_WORDS]
        + [("between", r"etween\s")]
        + [(q, _rest(q) + rf"\s+(?:{_FIGURE_START})") for q, (_, pos) in QUALIFIERS.items() if pos == "before"]
    )
    + ")"
)
# _OPENER where no letter precedes. Zero-width, so every such place is tried and a failed match never hides
# the next one.
OPENER = re.compile(r"(?<![a-z])" + _OPENER)
# OPENER past the start of the text, found from the character before the figure: a pattern that opens on a
# lookbehind is tried at every position, one that opens on a character class lets the engine skip ahead to
# the characters in it. Its matches end where OPENER's start.
OPENER_AFTER = re.compile(r"[^a-z]" + _OPENER)
_SPACES = re.compile(r"[\s-]+")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A count as written, with its offsets in the text it was found in."""

    start: int
    end: int
    text: str
    value: int | None
    value_low: int | None
    qualifier: str
    is_vague: bool = False


def _word_value(text: str) -> int | None:
    """Value of a spelled-out number: "two hundred and fifty" -> 250, "two dozen" -> 24."""
    words = [w for w in _SPACES.split(text.lower()) if w and w != "and"]
    if not words:
        return None
    total = 0
    current = 0
    for word in words:
        if word in ("a",):
            current = max(current, 1)
            continue
        entry = NUMBER_WORDS.get(word)
        if entry is None or entry[0] is None:
            return None
        value, _, kind = entry
        if kind in ("unit", "tens"):
            if current % 10 or (value >= 10 and current % 100):
                return None  # two counts side by side, not one number: "two eighteen years old, one nineteen"
            current += value
        elif kind == "dozen":
            current = max(current, 1) * 12
        elif value == 100:
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * value
            current = 0
    return total + current


DIGITS_VALUE = re.compile(r"([\d.,]+)(?:\s+(million|billion|thousand|hundred|dozen))?", re.IGNORECASE)


# Figures repeat ("two", "one", "a dozen"), so their values are kept; the cache is bounded.
@lru_cache(maxsize=4096)
def _single_value(text: str) -> int | None:
    text = text.strip()
    match = DIGITS_VALUE.fullmatch(text)
    if match:
        digits = match.group(1).replace(",", "")
        try:
            number = float(digits)
        except ValueError:
            return None
        if match.group(2):
            number *= NUMBER_WORDS[match.group(2).lower()][0]
        elif "." in digits:
            return None  # "2.5" people is not a count; a decimal only counts with a scale word
        return int(round(number))
    return _word_value(text)


# (length, value, value_low, qualifier, is_vague) of a figure as matched, or None when it is not one.
_Figure = tuple[int, int | None, int | None, str, bool]
# Parsed figures by their matched text: the groups of a match are fixed by its text, and figures repeat
# ("two", "one", "a dozen"). Bounded: emptied when full.
_FIGURES: dict[str, _Figure | None] = {}
_FIGURES_MAX = 4096


def _mention(match: re.Match[str], offset: int, text: str) -> NumberMention | None:
    key = match.group()
    if key in _FIGURES:
        figure = _FIGURES[key]
    else:
        figure = _figure(match)
        if len(_FIGURES) >= _FIGURES_MAX:
            _FIGURES.clear()
        _FIGURES[key] = figure
    if figure is None:
        return None
    length, value, low, qualifier, vague = figure
    start = match.start()
    return NumberMention(start + offset, start + length + offset, text[start : start + length], value, low,
                         qualifier, vague)


def _figure(match: re.Match[str]) -> _Figure | None:
    qualifier = "exact"
    if match.group("qual"):
        qualifier = QUALIFIERS[_SPACES.sub(" ", match.group("qual").lower())][0]
    if match.group("plus"):
        qualifier = "more_than"
    if match.group("after"):
        qualifier = QUALIFIERS[_SPACES.sub(" ", match.group("after").lower())][0]
    value: int | None
    low: int | None
    vague = False
    if match.group("blow") or match.group("low") or match.group("wlow"):
        low = _single_value(match.group("blow") or match.group("low") or match.group("wlow"))
        high = _single_value(match.group("bhigh") or match.group("high") or match.group("whigh"))
        if low is None or high is None:
            return None
        if high <= low:
            # "1,200 or 5 or more" is two figures, not a range: keep the first alone
            first = "blow" if match.group("blow") else "low" if match.group("low") else "wlow"
            return match.end(first) - match.start(), low, None, qualifier, False
        value = None
    elif match.group("fixed"):
        value, low, _ = NUMBER_WORDS[_SPACES.sub(" ", match.group("fixed").lower())]
        vague = value is None
    elif match.group("single"):
        value = _single_value(match.group("single"))
        if value is None:
            return None
        low = None
    else:
        if match.group("qual"):
            return None  # "about some" is not a figure
        value, low, _ = NUMBER_WORDS[_SPACES.sub(" ", match.group("vague").lower())]
        vague = True
    return match.end() - match.start(), value, low, qualifier, vague


def find_numbers(text: str, *, offset: int = 0, lower: str | None = None) -> list[NumberMention]:
    """Every count in text, with its hedge, in order; `offset` is added to the positions. `lower` is text.lower(),
    when the caller has it already (lowercasing a text with curly quotes or accents costs more than the search)."""
    found = []
    if lower is None:
        lower = text.lower()
    if len(lower) != len(text):
        # A character whose lowercase is longer ("İ") would shift offsets: scan the text as written.
        for match in NUMBER_PHRASE.finditer(text):
            mention = _mention(match, offset, text)
            if mention is not None:
                found.append(mention)
        return found
    done = 0
    starts = [opener.end() for opener in OPENER_AFTER.finditer(lower)]
    if OPENER.match(lower):
        starts.insert(0, 0)
    for start in starts:
        if start < done:
            continue
        match = NUMBER_PHRASE_LOWER.match(lower, start)
        if match is None:
            continue
        mention = _mention(match, offset, text)
        if mention is not None:
            found.append(mention)
            done = match.end()
    return found


def parse_number(text: str) -> NumberMention | None:
    """Parse one figure written on its own ("almost 8,000", "a dozen", "dozens", "10 to 15")."""
    text = text.strip()
    match = NUMBER_PHRASE.fullmatch(text)
    if match is None:
        return None
    return _mention(match, 0, text)
