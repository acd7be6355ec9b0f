import random
from datetime import UTC, date, datetime

import pytest
from dateutil import parser as dateutil_parser

from workbench.meta.bylines import (
    DATELINE_CREDIT,
    REUTERS_CLOSING,
    agency_in,
    clean_byline,
    is_wire_copy,
    wire_agency,
)
from workbench.meta.dates import (
    DATE_PHRASE,
    EARLIEST_YEAR,
    _plain_date,
    date_from_lines,
    date_from_url,
    parse_date_phrase,
    split_instant,
)


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


# -- the plain-form reader against dateutil -------------------------------------------------------------

MONTH_WORDS = ("January", "february", "MARCH", "Apr", "apr.", "May", "JUNE", "Jun", "July", "jul.", "August",
               "Sept", "sept.", "Sep", "September", "Oct", "November", "Dec.", "Dec", "Mai", "Juno", "ſept", "İan")
DAY_WORDS = ("0", "00", "1", "01", "1st", "2nd", "3rd", "3th", "4TH", "9", "10", "12", "13", "28", "29", "30", "31",
             "32", "99", "1ſt", "３", "٣")
YEAR_WORDS = ("1899", "1989", "1990", "2000", "2016", "2020", "2021", "2022", "2023", "2099", "0000", "3000")
TIME_WORDS = ("", " 16:10", ", 9:41", " 9:41 a.m.", " 9:41am", " 9:41 A.M", " 12:30 am", " 12:30 pm", " 0:30 am",
              " 0:30 pm", " 13:30 pm", " 9:41p.m.", " 24:00", " 23:59", " 9:60", " 09:41", " 9.41",
              " 9:41 UTC", " 9:41 GMT", " 9:41 +05:00", ",  7:05 PM", "  11:00")
ISO_WORDS = ("2022-01-10", "2020-02-29", "2021-02-29", "2022-13-01", "2022-00-10", "2022-01-32", "2016-07-08")
ISO_TIMES = ("", "T09:41", " 09:41", "T09:41:07", "T09:41:07.5", "T09:41:07Z", " 09:41:00+0100", "T24:00",
             "T23:59:60", "t09:41", "T9:41")


def _phrases(count: int, seed: int = 2) -> list[str]:
    rng = random.Random(seed)
    made = [f"{iso}{time}" for iso in ISO_WORDS for time in ISO_TIMES]
    for _ in range(count):
        month, day, year, time = (rng.choice(MONTH_WORDS), rng.choice(DAY_WORDS), rng.choice(YEAR_WORDS),
                                  rng.choice(TIME_WORDS))
        comma, space = rng.choice(("", ",")), rng.choice((" ", " ", "  "))
        made.append(f"{month}{space}{day}{comma} {year}{time}" if rng.random() < 0.6
                    else f"{day}{space}{month}{comma} {year}{time}")
    return made


def _by_dateutil(phrase: str):
    try:
        return dateutil_parser.parse(phrase, fuzzy=True, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return ValueError


@pytest.mark.filterwarnings("ignore::dateutil.parser.UnknownTimezoneWarning")
def test_plain_dates_read_as_dateutil_reads_them():
    read = 0
    for phrase in _phrases(20_000):
        value = _plain_date(phrase)
        if value is not None:
            assert value == _by_dateutil(phrase) and value.tzinfo is None, phrase
            read += 1
    assert read > 5_000  # the plain path is taken (a third of the phrases are out of range or in other forms)


@pytest.mark.filterwarnings("ignore::dateutil.parser.UnknownTimezoneWarning")
def test_parse_date_phrase_as_with_dateutil_alone():
    now = datetime.now().year
    for phrase in _phrases(5_000, seed=4):
        for text in (phrase, f"Published: {phrase} | 3 min read", f"Updated at {phrase}"):
            match = DATE_PHRASE.search(text)
            expected = _by_dateutil(match.group(0).replace(" at ", " ")) if match else None
            if expected is ValueError or (expected and not EARLIEST_YEAR <= expected.year <= now + 1):
                expected = None
            assert parse_date_phrase(text) == expected, text


def _wire_agency_plain(byline, body):
    """wire_agency with the closing credit's pattern searched before the agency's name."""
    agency = agency_in(byline) or agency_in(byline.title() if byline and byline.isupper() else None)
    if agency:
        return agency
    dateline = DATELINE_CREDIT.match(body.lstrip()[:120])
    if dateline and agency_in(dateline.group(1)):
        return agency_in(dateline.group(1))
    tail = body[-400:]
    return "Reuters" if REUTERS_CLOSING.search(tail) and "Reuters" in tail else None


def test_wire_agency_as_with_the_closing_pattern_first():
    rng = random.Random(12)
    pieces = ["Police said.", "Reporting by Jane Roe", "editing by", "Writing by x", "Reuters", "REUTERS",
              "(Reuters) -", "ALMATY (AP) —", "AFP", "Associated Press", "said", "\n", " " * 400]
    bylines = [None, "", "Jane Roe", "REUTERS", "By AP", "Staff"]
    for _ in range(3000):
        body = " ".join(rng.choices(pieces, k=rng.randint(1, 30)))
        byline = rng.choice(bylines)
        assert wire_agency(byline, body) == _wire_agency_plain(byline, body), (byline, body)
