"""The reference dump loads with the metadata and the exact body a reader of the page would see."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from workbench import read_article
from workbench.load.dump import split_dump

EXAMPLE = Path(__file__).parents[2] / "data" / "sample" / "000_267d55ba590001b3.txt"

BOILERPLATE_LINES = [
    "Tags islamic movement Kazakhstan Attack",
    "Subscribe for our daily newsletter",
    "By subscribing I accept the terms of use and privacy policy",
    "Hot Opinion",
    "Most Read",
    "Israel must make COVID-19 antigen tests accessible to all - editorial",
    "Coronavirus: 'Deltacron' variant discovered in Cyprus",
    "(photo credit: REUTERS/PAVEL MIKHEYEV)",
    "Reporters' Tweets",
    "Terms Of Service",
    "The Jerusalem Post Customer Service Center can be contacted with any questions or requests:",
    "Copyright",
    "Jerusalem Post World News Islamic Terrorism",
]


@pytest.fixture(scope="module")
def article():
    return read_article(EXAMPLE)


def test_metadata(article):
    assert article.title == "Kazakhstan says Islamist radicals played role in attacks"
    assert article.published_at == datetime(2022, 1, 10, 9, 41, tzinfo=UTC)
    assert article.published_date == date(2022, 1, 10)
    assert article.outlet_id == "jpost"
    assert article.outlet_name == "The Jerusalem Post"
    assert article.byline == "Reuters"
    assert article.wire_agency == "Reuters"
    assert article.is_wire_copy is True
    assert article.source_format == "dump"


def test_body_runs_from_first_to_last_sentence(article):
    assert article.text.startswith("Kazakhstan said on Monday that foreign-trained")
    assert article.text.endswith("his powerful predecessor.")


def test_body_has_no_caption_or_boilerplate(article):
    lines = article.text.splitlines()
    assert not any("burned car is seen" in line or "Troops are seen" in line for line in lines), "caption kept"
    for junk in BOILERPLATE_LINES:
        assert not any(junk in line for line in lines), f"boilerplate kept: {junk!r}"
    assert len(lines) == 13


def test_dump_without_date_line_takes_the_date_from_the_page(tmp_path):
    text = EXAMPLE.read_text("utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text(text.split(" ", 2)[2], encoding="utf-8")  # drop "date 2022-01-10 "
    article = read_article(undated)
    assert article.published_date == date(2022, 1, 10)
    assert article.text.endswith("his powerful predecessor.")


def test_split_dump_reads_the_date_line():
    page = split_dump("date 2021-03-04 Masthead\nLine two\n")
    assert page.stated_date == date(2021, 3, 4)
    assert page.lines == ("Masthead", "Line two")
