"""Repeated lines across an outlet's dumps, and what they do to clean_dump."""

from __future__ import annotations

import random

import pandas as pd

from workbench.clean.corpus import ASCII_DIGITS_TO_ZERO, RepeatedLines, is_sentence_like, normalise_line
from workbench.clean.lines import clean_dump

MENU = ["Valley Courier", "Home", "News", "Sports", "Weather", "Opinion"]
# A promotional sentence the site prints under every story: alone it reads like a paragraph.
PROMO = "Local journalism needs your support, and a membership starts at just one dollar for the first month."
FOOTER = ["About Us", "Contact", "Privacy Policy", "© 2021 Valley Courier. All rights reserved."]
STORIES = [
    [
        "Bridge closes for repairs",
        "The Main Street bridge will close for three weeks starting Monday while crews replace its deck.",
        "Drivers are asked to use the river road, which adds about ten minutes to the commute downtown.",
    ],
    [
        "School board names new superintendent",
        "The school board on Tuesday named a longtime principal as the district's next superintendent.",
        "She will take over in July and said her first priority would be hiring more reading teachers.",
    ],
    [
        "Farmers market moves indoors",
        "The weekly farmers market will move into the old armory for the winter, organizers said Friday.",
        "Vendors said the move would let them sell through the cold months for the first time in years.",
    ],
    [
        "Library extends weekend hours",
        "The public library will stay open until eight on Saturdays starting next month, its director said.",
        "The change follows a survey in which most patrons asked for more evening hours on weekends.",
    ],
]


def dump(story: list[str]) -> list[str]:
    return [*MENU, story[0], *story[1:], PROMO, *FOOTER]


def test_normalise_line_folds_case_spacing_digits_and_width():
    assert normalise_line("  34  Comments ") == "00 comments"
    assert normalise_line("12 Comments") == normalise_line("34 comments")
    assert normalise_line("ＡＢＣ\u00a0News") == "abc news"
    assert normalise_line("") == ""


def test_sentence_like():
    assert is_sentence_like(normalise_line(PROMO))
    assert not is_sentence_like("privacy policy")
    assert not is_sentence_like("a headline of ten words or more but without a full stop")


def test_promo_kept_alone_removed_once_the_corpus_has_seen_it():
    first = dump(STORIES[0])
    assert PROMO in clean_dump(first).body  # the per-line classifier keeps it
    corpus = RepeatedLines(min_documents=3, min_share=0.2, sentence_share=0.5)
    for story in STORIES:
        corpus.add("valley-courier", dump(story))
    known = corpus.boilerplate("valley-courier")
    assert normalise_line(PROMO) in known
    assert normalise_line("Home") in known
    cleaned = clean_dump(first, boilerplate=known)
    assert PROMO not in cleaned.body
    assert cleaned.body.split("\n") == STORIES[0][1:]


def test_too_few_dumps_give_no_boilerplate():
    corpus = RepeatedLines(min_documents=3)
    for story in STORIES[:2]:
        corpus.add("valley-courier", dump(story))
    assert corpus.documents("valley-courier") == 2
    assert corpus.boilerplate("valley-courier") == frozenset()
    assert corpus.boilerplate("another-outlet") == frozenset()


def test_outlets_are_counted_apart():
    corpus = RepeatedLines(min_documents=3)
    for story in STORIES:
        corpus.add("valley-courier", dump(story))
    corpus.add("hill-herald", dump(STORIES[0]))
    assert corpus.boilerplate("hill-herald") == frozenset()
    assert corpus.documents("hill-herald") == 1


def test_a_reprinted_story_survives_where_menus_do_not():
    # The same wire paragraph appears in 3 of 10 dumps: often enough for a menu line, not for a sentence.
    wire = "The agency said on Monday that the storm had weakened as it moved inland over the northern coast."
    corpus = RepeatedLines(min_documents=3, min_share=0.2, sentence_share=0.5)
    for i in range(10):
        extra = [wire] if i < 3 else []
        corpus.add("valley-courier", [*MENU, f"Story number {i} has its own headline", *extra])
    known = corpus.boilerplate("valley-courier")
    assert normalise_line("Weather") in known
    assert normalise_line(wire) not in known


def test_each_dump_votes_once_per_line():
    corpus = RepeatedLines(min_documents=3)
    for _ in range(3):
        corpus.add("valley-courier", ["Share", "Share", "Share", "One line"])
    frame = corpus.to_frame()
    share = frame[frame["line_normalised"] == "share"]
    assert share["document_count"].tolist() == [3]


def test_frame_round_trip():
    corpus = RepeatedLines(min_documents=3)
    for story in STORIES:
        corpus.add("valley-courier", dump(story))
    corpus.add("hill-herald", ["Home", "Hill Herald"])
    frame = corpus.to_frame()
    assert list(frame.columns) == ["outlet_id", "line_normalised", "document_count", "outlet_document_count"]
    assert frame["document_count"].dtype == "int64"
    again = RepeatedLines.from_frame(frame, min_documents=3)
    assert again.boilerplate("valley-courier") == corpus.boilerplate("valley-courier")
    assert again.documents("valley-courier") == 4
    assert again.documents("hill-herald") == 1
    pd.testing.assert_frame_equal(
        again.to_frame().sort_values(["outlet_id", "line_normalised"]).reset_index(drop=True),
        frame.sort_values(["outlet_id", "line_normalised"]).reset_index(drop=True),
    )


def test_from_frame_names_missing_columns():
    try:
        RepeatedLines.from_frame(pd.DataFrame({"outlet_id": ["a"]}))
    except ValueError as error:
        assert "line_normalised" in str(error)
    else:
        raise AssertionError("a frame without counts was accepted")


def test_story_lines_are_forgotten_but_furniture_is_kept():
    corpus = RepeatedLines(min_documents=3, prune_every=10)
    for i in range(30):
        word = chr(97 + i // 26) + chr(97 + i % 26)  # digits would be folded together, letters are not
        corpus.add("valley-courier", [*MENU, f"Story {word} says something that no other story says.", PROMO])
    frame = corpus.to_frame()
    lines = set(frame["line_normalised"])
    assert normalise_line(PROMO) in lines
    assert normalise_line("Home") in lines
    assert sum(line.startswith("story") for line in lines) == 0  # the last prune came at dump 30
    assert corpus.boilerplate("valley-courier") >= {normalise_line(PROMO), normalise_line("Home")}


def test_ascii_lines_folded_in_one_pass_as_lowered_then_folded():
    rng = random.Random(1)
    ascii_chars = [chr(c) for c in range(128)]
    lines = ["".join(ascii_chars), *("".join(rng.choices(ascii_chars, k=rng.randint(0, 80))) for _ in range(5000))]
    for line in lines:
        plain = " ".join(line.lower().encode().translate(ASCII_DIGITS_TO_ZERO).decode().split())
        assert normalise_line(line) == plain, repr(line)
