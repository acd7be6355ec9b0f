"""Number parsing: figures as news copy writes them, with their hedges and offsets."""

from __future__ import annotations

import pytest

from workbench.extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "value", "value_low", "qualifier"),
    [
        ("8,000", 8000, None, "exact"),
        ("almost 8,000", 8000, None, "approx"),
        ("nearly 200", 200, None, "approx"),
        ("some 8,000", 8000, None, "approx"),
        ("two hundred", 200, None, "exact"),
        ("two hundred and fifty", 250, None, "exact"),
        ("twenty-five", 25, None, "exact"),
        ("a dozen", 12, None, "exact"),
        ("two dozen", 24, None, "exact"),
        ("half a dozen", 6, None, "exact"),
        ("half a million", 500000, None, "exact"),
        ("nearly half a million", 500000, None, "approx"),
        ("a hundred", 100, None, "exact"),
        ("1.2 million", 1_200_000, None, "exact"),
        ("at least 5", 5, None, "at_least"),
        ("more than 100", 100, None, "more_than"),
        ("up to 30", 30, None, "at_most"),
        ("fewer than 10", 10, None, "fewer_than"),
        ("5 or more", 5, None, "at_least"),
        ("100-plus", 100, None, "more_than"),
        ("dozens", None, 24, "exact"),
        ("hundreds", None, 200, "exact"),
        ("thousands", None, 2000, "exact"),
        ("scores", None, 40, "exact"),
        ("tens of thousands", None, 20000, "exact"),
        ("several", None, None, "exact"),
        ("10 to 15", None, 10, "exact"),
        ("10-15", None, 10, "exact"),
        ("between 10 and 15", None, 10, "exact"),
        ("two or three", None, 2, "exact"),
    ],
)
def test_parse_number(text, value, value_low, qualifier):
    parsed = parse_number(text)
    assert parsed is not None, text
    assert (parsed.value, parsed.value_low, parsed.qualifier) == (value, value_low, qualifier)
    assert parsed.text == text


def test_vague_amounts_are_flagged():
    assert parse_number("dozens").is_vague
    assert not parse_number("a dozen").is_vague


@pytest.mark.parametrize("text", ["0700", "2.5", "", "people"])
def test_not_numbers(text):
    assert parse_number(text) is None


def test_find_numbers_offsets_point_at_the_text():
    text = "Police had detained almost 8,000 people and Two Hundred more; dozens fled."
    found = find_numbers(text)
    assert [m.text for m in found] == ["almost 8,000", "Two Hundred", "dozens"]
    for m in found:
        assert text[m.start : m.end] == m.text
    shifted = find_numbers(text, offset=100)
    assert [m.start for m in shifted] == [m.start + 100 for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "an 18-year-old man",  # an age glued to its unit
        "at 0700 GMT",  # a clock time with a leading zero
        "a 3.5% rise",  # a percentage
        "call 1-800-448-9291",  # a phone number
        "a 9mm pistol",  # a number glued to letters
        "the 1st floor",  # an ordinal
        "cost $5",  # money
    ],
)
def test_numbers_inside_other_tokens_are_not_counts(text):
    assert find_numbers(text) == [], text


def test_minutes_after_a_colon_are_not_a_separate_figure():
    assert [m.text for m in find_numbers("at 8:56 p.m.")] == ["8"]


def test_a_range_written_backwards_is_two_figures():
    found = find_numbers("1,200 or 5 or more")
    assert found[0].text == "1,200" and found[0].value == 1200


def test_capitalised_and_lowercase_read_the_same():
    assert parse_number("TWO HUNDRED").value == 200
    assert parse_number("Almost 8,000").qualifier == "approx"


@pytest.mark.parametrize(
    "text",
    [
        "About a dozen were hurt, at least two died and some 8,000 fled; between 10 and 15 vanished.",
        "No fewer than 30, as many as 5 or more, up to thirty-five, an estimated 1.2 million, close to 40%.",
        "a couple of men, half a dozen, dozens, tens of thousands, about some, over 100-plus, under 2,500.",
        "(12) [three] 4:30, 1st, 9mm, 0700, 2.5, $5, 10-15, two or three, one-year-old, a hundred.",
    ],
)
def test_figures_are_tried_wherever_a_word_starts(text):
    """find_numbers only tries places its OPENER picks out; trying every place not preceded by a letter must
    find the same figures."""
    from workbench.extract.numbers import NUMBER_PHRASE_LOWER, _mention

    lower = text.lower()
    expected = []
    done = 0
    for start in range(len(lower)):
        if start < done or (start and lower[start - 1].isalpha() and lower[start - 1].isascii()):
            continue
        match = NUMBER_PHRASE_LOWER.match(lower, start)
        mention = _mention(match, 0, text) if match else None
        if mention is not None:
            expected.append(mention)
            done = match.end()
    assert find_numbers(text) == expected


@pytest.mark.parametrize(("text", "value"), [("2 dozen", 24), ("about 3 dozen", 36), ("two dozen", 24)])
def test_a_numeral_dozen_is_a_multiple_of_twelve(text, value):
    """Found probing wire phrasings after casualty batch 12: "injured 2 dozen people" gave 2, though "two dozen" gave
    24."""
    mention = parse_number(text)
    assert mention is not None and mention.text == text and mention.value == value


# Cheaper figure openers: the opener's phrases are grouped by their second character as well.
def test_grouped_opener_opens_where_the_flat_one_does():
    import re

    from workbench.extract import numbers

    fragments = (
        [(w, numbers._rest(w) + r"(?![a-z])") for w in numbers._FIGURE_WORDS]
        + [("between", r"etween\s")]
        + [(q, numbers._rest(q) + rf"\s+(?:{numbers._FIGURE_START})")
           for q, (_, pos) in numbers.QUALIFIERS.items() if pos == "before"]
    )
    flat = re.compile(r"(?=\d|" + "|".join(re.escape(p[0]) + f for p, f in fragments) + ")")
    assert numbers.OPENER.pattern.endswith(numbers._OPENER)
    grouped = re.compile(numbers._OPENER)
    text = " ".join(p for p, _ in fragments) + " about 40, at least a dozen, more than 2, nearly all, a few, between 3"
    lower = text.lower()
    assert [m.start() for m in grouped.finditer(lower)] == [m.start() for m in flat.finditer(lower)]


def test_grouped_alternation_matches_as_the_flat_one():
    import re

    from workbench.extract import numbers

    lists = [numbers._COUNTING, numbers._FIXED, numbers._VAGUE, numbers._FIGURE_WORDS, list(numbers.QUALIFIERS)]
    text = " ".join(w for words in lists for w in words) + " seventeen seven sixty-six a hundred tens of thousands"
    for words in lists:
        flat = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
        for flags in (0, re.IGNORECASE):
            plain = re.compile(rf"(?:{flat})", flags)
            grouped = re.compile(rf"(?:{numbers._alternation(words)})", flags)
            for sample in (text, text.upper()):
                assert [m.span() for m in grouped.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


# Round 17: two counts side by side are no one number ("two eighteen years old, one nineteen"); compounds stay
def test_counts_side_by_side_are_not_one_number():
    assert [m.value for m in find_numbers("two eighteen years old, one nineteen")] == [18, 19]
    assert [m.value for m in find_numbers("twenty one")] == [21]
    assert [m.value for m in find_numbers("one hundred and five")] == [105]


# "Several" or "a few" before "dozen", "hundred" or "thousand" is the vague plural of the unit, with its lower bound
# ("several hundred" as "hundreds", 200), not "several" and a bare "hundred" (100)
def test_several_hundred_is_vague():
    mentions = find_numbers("Several hundred protesters were detained and several dozen people were wounded.")
    assert [(m.text, m.value, m.value_low) for m in mentions] == [("Several hundred", None, 200),
                                                                   ("several dozen", None, 24)]
    assert [(m.value, m.value_low) for m in find_numbers("a few thousand")] == [(None, 2000)]
