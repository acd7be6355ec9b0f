"""Attribution extraction's shortcuts find what the patterns they stand for would find.

Each shortcut (a cheaper first test, a pattern split or reopened for speed, the article's cue list instead of
a new search) is checked against the plain pattern on the bundled sample, its masked text and edge cases.
"""

from __future__ import annotations

import re

import pytest

from workbench.extract import attributions as a
from workbench.extract.quotes import find_quotes, mask_quotes

EDGE_CASES = [
    "said the man. (said) “said” —said /said ’said x-said said’s said_x \nsaid, said.",
    "He was not immediately said; she didn't say; they were also told; it went on to say; the photo said",
    "Police said on Monday's raid, in a statement Jan. 5 that , , the x, said Sept. 3 put out Monday",
    '... in his cell.Lincoln County Sheriff said."Nobody" knew; with some saying it, and many adding so',
    "Trump's statement  that he won, his claims\tthat x, the ministry's denial that it was, her remarks that",
    "U.S.\u00a0envoy said?”\tNo!x 3.5 x.) y $1.2 Hey!\u2003Then? ok.",
    "«said» \u00a0said ·said ésaid ×said ¡said ¿said ºsaid ªsaid ²said µsaid\tsaid\rsaid said’ said‘ said—x",
    "жsaid ſaid ►said …said •said ’said ‘said —said –said “said” said’s said–x",
    "’said ‘said —said –said “said” said’s said–x ×said ésaid",
]
REFERENCE_WITH = re.compile(
    r"(?=w)\bwith\s+((?:some|many|one|others?|several|most|critics|a|an|the)\b[^,;:_\"“”]{0,50}?)\s+"
    r"(saying|asking|adding|arguing|warning|noting|claiming|insisting|suggesting)\b"
)
REFERENCE_AND = re.compile(
    r"(?=a)\band\s+((?:some|many|one|others?|several|most|critics|a|an|the)\b[^,;:_\"“”]{0,50}?)\s+"
    r"(saying|asking|adding|arguing|warning|noting|claiming|insisting|suggesting)\b"
)


def _reference_blocked_before(masked: str, s: int, cue_at: int) -> bool:
    """The test for a blocking word before a cue as it was before its shortcuts."""
    lo = max(s, cue_at - 20)
    window = masked[lo:cue_at]
    stem = window.rstrip()
    if len(stem) == len(window) or not stem.lower().endswith(a.BLOCKED_ENDINGS):
        return False
    if a.WENT_ON_TAIL.search(masked, max(s, cue_at - a.WENT_ON_WINDOW), lo + len(stem)):
        return False
    return a.BLOCKED_BEFORE.search(masked, lo, cue_at) is not None


@pytest.fixture(scope="module")
def masked_texts(sample_texts) -> list[str]:
    texts = sample_texts[:80] + EDGE_CASES
    return [t for text in texts for t in (text, mask_quotes(text, find_quotes(text)))]


def test_cue_list_is_every_match_of_the_cue_pattern(masked_texts):
    for masked in masked_texts:
        found = [(c.start(), c.end(), c.group(1)) for c in a._Cues(masked).items]
        assert found == [
            (m.start(1), m.end(1), m.group(1))
            for m in a.CUE.finditer(masked)
            if not a._no_cue(masked, m.group(1), m.end(1))  # (no cue: "settling disputes", "We ask that")
        ]


def test_blocking_words_before_a_cue_as_the_pattern_says(masked_texts):
    for masked in masked_texts:
        for cue in a._Cues(masked).items:
            for back in (1, 5, 12, 30, 80):
                s = max(0, cue.start() - back)
                assert a._blocked_before(masked, s, cue.start()) == _reference_blocked_before(
                    masked, s, cue.start()
                )


def test_every_adjunct_opens_on_a_word_of_its_first_words(masked_texts):
    for masked in masked_texts:
        for pos in range(0, len(masked), 3):
            m = a.ADJUNCT.match(masked, pos)
            if m and m.end() > pos:
                assert a.LEAD_WORD.match(masked, pos).group(1) in a.ADJUNCT_FIRST


def test_stop_and_glue_shortcuts_agree_with_their_patterns(masked_texts):
    for masked in masked_texts:
        for line in masked.split("\n"):
            stem = line.rstrip()
            assert a._inner_stop(stem) == (a.INNER_STOP.search(stem) is not None)
        glued = any(stop in masked and rx.search(masked) is not None for stop, rx in a.GLUED_AT)
        assert glued == (a.GLUED_STOP.search(masked) is not None)


def test_participle_patterns_open_on_their_word_as_the_lookahead_did(masked_texts):
    for masked in masked_texts:
        for new, old in ((a.WITH_PARTICIPLE, REFERENCE_WITH), (a.AND_PARTICIPLE, REFERENCE_AND)):
            assert [m.regs for m in new.finditer(masked)] == [m.regs for m in old.finditer(masked)]


def test_statement_nouns_are_looked_for_wherever_the_pattern_matches(masked_texts):
    for masked in masked_texts:
        for line in masked.split("\n"):
            if a.NOUN_CUE.search(line):
                assert a._noun_before_that(line, 0, len(line), a._places(line, "that"))


def test_according_to_is_found_from_where_it_is_written(masked_texts):
    for masked in [*masked_texts, "according to x. According to y, (according to z) Xaccording to w"]:
        for a_ in range(0, len(masked), 37):
            for b in (a_ + 20, a_ + 200, len(masked)):
                expected = a.ACCORDING.search(masked, a_, b)
                found = a._according_search(masked, a_, b, a._places(masked, "ccording to"))
                assert (found and found.span()) == (expected and expected.span())


def test_participle_phrases_hold_one_of_their_participles(masked_texts):
    for masked in masked_texts:
        for m in a.WITH_PARTICIPLE.finditer(masked):
            assert m.group(2) in a.WITH_PARTICIPLE_WORDS


def test_citing_is_found_from_where_it_is_written(masked_texts):
    for masked in [*masked_texts, "citing x, Citing y; exciting, (citing z) reciting citing"]:
        for a_ in range(0, len(masked), 41):
            for b in (a_ + 30, a_ + 300, len(masked)):
                expected = [m.span() for m in a.CITING.finditer(masked, a_, b)]
                assert [m.span() for m in a._citings(masked, a_, b, a._places(masked, "iting"))] == expected


def test_last_word_is_the_one_the_pattern_finds(masked_texts):
    for masked in [*masked_texts, "a b\n", "x\n\n", "word", "été", "Smith-Jones"]:
        for end in range(0, len(masked) + 1, 7):
            pos = max(0, end - 30)
            m = a.LAST_WORD.search(masked, pos, end)
            assert a._last_word(masked, pos, end) == (m.group(1) if m else "")


def test_auxiliaries_end_only_text_whose_last_word_can_be_one(masked_texts):
    for masked in [
        *masked_texts,
        "police have also",
        "he was quoted as",
        "officials have repeatedly ",
        "the family",
    ]:
        for end in range(0, len(masked) + 1, 5):
            tail = masked[max(0, end - 90) : end]
            if a.AUX_TAIL.search(tail):
                assert a._may_end_on_aux(tail)


def test_statement_nouns_before_that_are_found_from_the_places_of_that(masked_texts):
    for masked in [*masked_texts, " that that that ", "statement that that claim that"]:
        expected = []
        k = masked.find(" that ")
        while k >= 0:
            word = masked[max(0, k - a.NOUN_CUE_LONGEST) : k].rsplit(None, 1)
            if word and word[-1] in a.NOUN_CUE_WORDS:
                expected.append(k)
            k = masked.find(" that ", k + 1)
        assert a._noun_cue_thats(masked, a._places(masked, "that")) == expected


REFERENCE_CLAUSE_BOUNDARY = re.compile(
    r"(?=[,;:(\[—–\"“”»’tbawishu])(?:[,;:(\[—–]|[\"“”»]|’(?!\s?s\b)(?!(?<=\b\w’)(?-i:[A-Z]))|(?<![\w])(?:that|because|after|before|when|"
    r"while|as|but|although|though|if|since|until|whether|what|which|who|whom|how|why|where|whose|and then|so|"
    r"than)(?![\w]))",
    re.IGNORECASE,
)


def test_clause_boundaries_open_on_their_first_character_as_the_lookahead_did(masked_texts):
    extra = ["Although THAT, whom. Also, As’s ’s ’t (x) “y” And Then sofa so, WHOSE, thanks than O’Brien d’Amato"]
    for masked in [*masked_texts, *extra]:
        assert [m.span() for m in a.CLAUSE_BOUNDARY.finditer(masked)] == [
            m.span() for m in REFERENCE_CLAUSE_BOUNDARY.finditer(masked)
        ]
        for pos in range(0, len(masked), 53):
            assert [m.span() for m in a.CLAUSE_BOUNDARY.finditer(masked, pos, pos + 60)] == [
                m.span() for m in REFERENCE_CLAUSE_BOUNDARY.finditer(masked, pos, pos + 60)
            ]


REFERENCE_MEDIUM = re.compile(
    r"(?=[ioadvt])(?<![\w])(?:in|on|at|during|via|through|over|to)\s+"
    r"((?:(?:a|an|the|his|her|their|its|our)\s+)?(?:[\w'’-]+\s+){0,3}?" + a.MEDIUM_NOUNS + r"s?"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)?)(?![\w])"
)


def test_medium_opens_on_its_preposition_as_the_lookahead_did(masked_texts):
    extra = [
        "said in a statement, on Twitter to the AP, during an interview with CNN, via email, over the radio"
    ]
    for masked in [*masked_texts, *extra]:
        assert [m.regs for m in a.MEDIUM.finditer(masked)] == [
            m.regs for m in REFERENCE_MEDIUM.finditer(masked)
        ]
        for pos in range(0, len(masked), 61):
            found = a.MEDIUM.search(masked, pos, pos + 90)
            expected = REFERENCE_MEDIUM.search(masked, pos, pos + 90)
            assert (found and found.regs) == (expected and expected.regs)


def _reference_last_boundary(left: str, lo: int = 0) -> int | None:
    """The last clause boundary as every match of the search from the window's start gives it."""
    last = None
    for m in a.CLAUSE_BOUNDARY.finditer(left, max(lo, len(left) - a.BOUNDARY_WINDOW)):
        last = m
    return last.end() if last else None


def test_last_clause_boundary_is_the_last_match_of_a_search(masked_texts):
    extra = ["Although THAT, whom. Also, As’s ’s ’t (x) “y” And Then sofa so, WHOSE, thanks than", "x and then",
             "ſo the İf", "said", ""]
    for masked in [*masked_texts, *extra]:
        for end in range(0, len(masked) + 1, 11):
            for lo in (0, max(0, end - 45), max(0, end - 3)):
                assert a._last_boundary(masked[:end], lo) == _reference_last_boundary(masked[:end], lo)


def test_skeleton_stand_ins_are_of_the_kind_of_their_marks():
    """A mark and its stand-in are alike to the cue patterns: a lead a cue may follow, and a character a cue may
    be followed by (or neither)."""
    lead = re.compile(a.CUE_OTHER_LEAD)
    after = re.compile(r"[\w'’-]")
    for mark, stand_in in a.SKELETON_MARKS:
        assert bool(lead.match(mark)) == (bool(lead.match(stand_in)) or stand_in == " ")
        assert bool(after.match(mark)) == bool(after.match(stand_in))


def test_single_marks_found_by_str_find_are_those_the_set_finds(masked_texts):
    from workbench.extract import quotes

    extra = ["‘single’ it’s 'x' ‘", "plain ' and '", "", "’", "é'’‘"]
    for text in [*masked_texts, *extra]:
        for line in text.split("\n"):
            assert quotes._single_marks(line) == [m.start() for m in re.finditer(r"[‘’']", line)]


def test_quotation_marks_found_by_str_find_are_those_the_patterns_find(masked_texts):
    from workbench.extract import quotes

    extra = ['``Yes,\'\' he said, "no" «oui» „ja“ ”x” ‘single’ it’s', 'plain \' ` "', "“", "", "»", "é„x“y"]
    for text in [*masked_texts, *extra]:
        for line in text.split("\n"):
            assert quotes._has_unicode_quote(line) == (re.search(r"[“”‘’«»„]", line) is not None)
            for pos in range(0, len(line) + 1, 7):
                m = quotes.DOUBLE_OPEN.search(line, pos)
                assert quotes._next_double(line, pos) == ((m.start(), m.group()) if m else None)
