from datetime import UTC, date, datetime

import pytest

from workbench.meta.bylines import clean_byline, is_wire_copy, wire_agency
from workbench.meta.dates import date_from_lines, date_from_url, parse_date_phrase, split_instant


@pytest.mark.parametrize(
    ("byline", "body", "agency"),
    [
        ("REUTERS", "Body.", "Reuters"),
        ("Jane Roe, Associated Press", "Body.", "AP"),
        (None, "ALMATY (Reuters) - Kazakhstan said on Monday ...", "Reuters"),
        (None, "WASHINGTON (AP) — The Senate voted ...", "AP"),
        ("Staff writer", "Body text.\nReporting by Olzhas Auyezov; Editing by Reuters desk", "Reuters"),
        ("Jane Roe", "A local story about a rapist who was caught.", None),
        (None, "Officials in Japan said ...", None),
    ],
)
def test_wire_agency(byline, body, agency):
    assert wire_agency(byline, body) == agency


def test_wire_copy_is_an_agency_story_printed_elsewhere():
    assert is_wire_copy("Reuters", "jpost", "private") is True
    assert is_wire_copy("Reuters", "reuters", "wire") is False
    assert is_wire_copy(None, "jpost") is False


def test_clean_byline():
    assert clean_byline("By REUTERS") == "Reuters"
    assert clean_byline("By Jane Roe |") == "Jane Roe"
    assert clean_byline("") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: JANUARY 10, 2022 09:41", datetime(2022, 1, 10, 9, 41)),
        ("Posted: Jul 08, 2016 5:17 AM CDT", datetime(2016, 7, 8, 5, 17)),
        ("Updated 3 March 2019", datetime(2019, 3, 3)),
        ("2020-02-29T10:00:00Z", datetime(2020, 2, 29, 10, 0, tzinfo=UTC)),
        ("no date here", None),
        ("In 19 million homes", None),
    ],
)
def test_parse_date_phrase(text, expected):
    assert parse_date_phrase(text) == expected


def test_dates_from_lines_and_urls():
    assert date_from_lines(["Menu", "Story title", "Published: JANUARY 10, 2022 09:41"]) == datetime(2022, 1, 10,
                                                                                                       9, 41)
    assert date_from_url("https://x.com/2016/07/08/story") == datetime(2016, 7, 8)
    assert date_from_url("https://x.com/story-12345") is None


def test_split_instant_keeps_the_stated_day():
    at, day = split_instant(datetime(2022, 1, 10, 23, 30, tzinfo=UTC))
    assert at == datetime(2022, 1, 10, 23, 30, tzinfo=UTC) and day == date(2022, 1, 10)
    assert split_instant(date(2020, 1, 1)) == (None, date(2020, 1, 1))
