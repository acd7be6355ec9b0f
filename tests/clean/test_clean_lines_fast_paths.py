"""The shortcuts in line description give what the plain formulations give, on many varied lines.

Each test holds the plain formulation (as the cleaner first computed it) and compares it with the cleaner's
on every line of the gold dumps and on generated lines mixing phrase words, figures, ellipses, brackets,
odd spacing and non-ASCII text.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from workbench.clean import lines as L
from workbench.clean.corpus import normalise_line

GOLD = Path(__file__).parents[1] / "gold" / "dumps"
ALL_PHRASES = L.BOILERPLATE_PHRASES | L.CREDIT_TERMS | L.PROMPT_PHRASES
PIECES = (
    *sorted(L.PHRASE_FIRST_WORDS)[:40], *sorted(ALL_PHRASES)[:60], *sorted(L.END_MARKERS)[:30],
    *sorted(L.END_PREFIXES), "Most", "Read", "The", "police", "said", "on", "Monday", "34", "2019", "0", "12:30",
    "...", "…", "[…]", "[...]", "more", "less", "(Getty Images)", "[Photo: AP]", "Reuters/", "via", "e",
    "I", "A", ":", ";", ".", "!", "?", "”", "»", ")", "]", "_", "x_", "café", "Über", "ſ", "İstanbul", "ı",
    "\u212a", "東京の", "ＡＢＣ", "①", "²", "١٢", "©", "-", "&", "/",
)
SPACES = (" ", " ", " ", "  ", "\t", "\u00a0", "\u2009", "\x1c", "")


def _generated(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        parts = [rng.choice(PIECES) for _ in range(rng.randint(1, 18))]
        text = parts[0]
        for part in parts[1:]:
            text += rng.choice(SPACES) + part
        made.append(text)
    return made


def _gold_lines() -> list[str]:
    return [line for path in sorted(GOLD.glob("*.txt")) for line in path.read_text("utf-8").split("\n")]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    found = _gold_lines() + _generated(20_000)
    assert len(found) > 20_000
    return found


def _ngrams_plain(tokens: list[str]) -> set[str]:
    max_words = max(len(p.split()) for p in ALL_PHRASES)
    grams: set[str] = set()
    for i, token in enumerate(tokens):
        if token in L.PHRASE_FIRST_WORDS:
            for j in range(i + 1, min(len(tokens), i + max_words) + 1):
                grams.add(" ".join(tokens[i:j]))
    return grams


def _is_end_marker_plain(tokens: list[str]) -> bool:
    words = [t for t in tokens if not t.isdigit()]
    if not words or len(words) > L.END_HEADING_MAX_WORDS:
        return False
    return " ".join(words) in L.END_MARKERS or words[0] in L.END_PREFIXES


def test_ngrams_find_the_same_listed_phrases(lines):
    for line in lines:
        tokens = L.TOKEN.findall(normalise_line(line))
        plain, fast = _ngrams_plain(tokens), L._ngrams(tokens)
        assert fast <= plain, line
        assert fast & ALL_PHRASES == plain & ALL_PHRASES, line
        for phrases in (L.BOILERPLATE_PHRASES, L.CREDIT_TERMS, L.PROMPT_PHRASES):
            assert fast.isdisjoint(phrases) == plain.isdisjoint(phrases), line


def test_end_markers_as_before(lines):
    hits = 0
    for line in lines:
        tokens = L.TOKEN.findall(normalise_line(line))
        expected = _is_end_marker_plain(tokens)
        assert L._is_end_marker(tokens) == expected, line
        hits += expected
    assert hits > 100  # the generated lines do reach the listed headings


def test_truncation_searched_at_the_end_only(lines):
    endings = ("[…]", "[...]", "word...", "word…", "....", "... more", "…more", "x …", "more", "_...")
    hits = 0
    for line in [*lines, *(line.strip() + end for line in lines[:3000] for end in endings)]:
        stripped = line.strip()
        expected = bool(L.TRUNCATED.search(stripped))
        assert bool(L.TRUNCATED.search(stripped[-L.TRUNCATED_TAIL_CHARS :])) == expected, stripped
        hits += expected
    assert hits > 1000


def test_word_count_of_ascii_lines_from_the_normalised_line(lines):
    for line in lines:
        stripped = line.strip()
        if stripped and line.isascii():
            assert normalise_line(line).count(" ") + 1 == L._word_count(stripped), line


def _describe_plain(text, norm, boilerplate, repeated):
    """_describe in one piece, every check made for every line in order (no memory across dumps)."""
    stripped = text.strip()
    if not stripped:
        return L._Line(stripped, 0, "empty", False)
    words = L._word_count(stripped)
    last = stripped.rstrip(L.CLOSERS)[-1:]
    ends, strong = last in L.SENTENCE_MARKS, last in L.STRONG_MARKS
    tokens = L.TOKEN.findall(norm) if words <= L.BOILERPLATE_MAX_WORDS else []
    grams = _ngrams_plain(tokens)
    if tokens and len(tokens) <= 2 * L.END_HEADING_MAX_WORDS and _is_end_marker_plain(tokens):
        kind = "end"
    elif norm in boilerplate:
        kind = "furniture"
    elif words <= 2 and (L.LIST_NUMBER.match(stripped) or L.TIMESTAMP_ONLY.match(stripped)):
        kind = "furniture"
    elif (
        last == ":"
        and L.COMMENT_HEADER.search(stripped)
        and words <= 16
        and (L.DATE.search(stripped) or repeated["says:"] > 1)
    ):
        kind = "comment"
    elif grams and not grams.isdisjoint(L.BOILERPLATE_PHRASES):
        kind = "furniture"
    elif L._is_caption_like(stripped, words, grams):
        kind = "caption"
    elif last in "….]e" and L.TRUNCATED.search(stripped):
        kind = "furniture"
    elif L._is_glued_teaser(stripped) or L._is_link_label(stripped):
        kind = "furniture"
    elif (words >= 10 and ends) or (words >= 25 and len(L.CLAUSE_MARK.findall(stripped)) * 30 >= words):
        kind = "prose"
    elif words >= 2 and strong and stripped[0].isupper():
        kind = "sentence"
    else:
        kind = "heading"
    if kind == "heading" and repeated[norm] > 1:
        kind = "repeated"
    return L._Line(stripped, words, kind, ends)


COMMENT_LINES = ("Jane on May 2, 2019 at 4:47 pm said:", "reader42 says:", "Bob wrote:", "Most Read",
                 "34 Comments", "1.", "12:30", "", "   ", "Share this story", "Getty Images")


def test_description_as_every_check_in_order(lines):
    rng = random.Random(8)
    pool = [*lines[:15_000], *COMMENT_LINES]
    kinds = set()
    for _ in range(2):  # the second time round, short lines come from memory
        for text in pool:
            norm = normalise_line(text)
            boilerplate = frozenset({norm}) if rng.random() < 0.2 else frozenset()
            repeated = Counter({norm: rng.choice((1, 1, 2, 3)), "says:": rng.choice((0, 1, 2))})
            expected = _describe_plain(text, norm, boilerplate, repeated)
            assert L._describe(text, norm, boilerplate, repeated) == expected, text
            kinds.add(expected.kind)
    assert kinds == {"empty", "prose", "sentence", "heading", "repeated", "furniture", "caption", "end", "comment"}


def test_stems_found_as_words_cut_short(lines):
    for text in [*lines, " ".join(lines[:400]), "ab abc abcd abcdef a_b_c_d 12 123 1234567 é東京ab"]:
        for form in (text, normalise_line(text)):
            expected = {t[: L.STEM_CHARS] for t in L.TOKEN.findall(form) if len(t) > 2}
            assert set(L.STEM.findall(form)) == expected, form


def _is_dateline_plain(d):
    if not 0 < d.words <= L.META_MAX_WORDS:
        return False
    if L.DATE_CUE.match(d.text) and any(c.isdigit() for c in d.text):
        return True
    match = L.DATE.search(d.text)
    return bool(match) and len((d.text[: match.start()] + d.text[match.end() :]).split()) <= L.DATELINE_OTHER_WORDS


DATE_LINES = ("Published: January 10, 2022 16:10", "Updated 3 hours ago", "10 March 2019", "Jan. 5", "2022-01-10",
              "Posted ² days", "Published: ²", "1/2/22 by the desk", "May 2 at the fair", "twelve minutes ago")


def test_datelines_as_with_the_long_search_on_every_line(lines):
    found = 0
    for text in [*lines, *DATE_LINES, *(f"{a} {b}" for a in DATE_LINES for b in lines[:200])]:
        d = L._Line(text.strip(), L._word_count(text.strip()), "heading", False)
        expected = _is_dateline_plain(d)
        assert L._is_dateline(d) == expected, text
        found += expected
    assert found > 200
