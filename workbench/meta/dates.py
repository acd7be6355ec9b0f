"""Publication dates from the places pages state them: datelines, meta tags, URLs, the page text."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from dateutil import parser as dateutil_parser

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
# "JANUARY 10, 2022 09:41", "Jan. 10, 2022, 9:41 a.m. ET", "10 January 2022 09:41", "2022-01-10T09:41:00Z"
DATE_PHRASE = re.compile(
    rf"(?<![\w])(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
    rf"(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*(?:UTC|GMT|[+-]\d{{2}}:?\d{{2}}))?)?",
    re.IGNORECASE,
)
DATED_LINE = re.compile(r"\b(published|posted|updated|last updated|first published|date)\b", re.IGNORECASE)
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|\b)")
DUMP_DATE_LINE = re.compile(r"^\ufeff?date (\d{4}-\d{2}-\d{2}) ?")
EARLIEST_YEAR = 1990
# The forms datelines take most often, read without dateutil (which takes most of the time of a dump's
# metadata): "January 10, 2022", "10th Jan. 2022", "2022-01-10", each with a time or not ("16:10",
# "9:41 a.m.", "2022-01-10T09:41:07"), no zone. Anything else, or a figure out of range, goes to dateutil, and
# tests/meta compare the two on many phrases.
MONTH_NUMBERS = {
    **{name: number for number, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                  "august", "september", "october", "november", "december"), 1)},
    **{name: number for number, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                                  "oct", "nov", "dec"), 1)},
    "sept": 9,
}
PLAIN_TIME = r"(?:,? *(?P<hour>\d{1,2}):(?P<minute>\d{2})(?: *(?P<ampm>[ap])\.?m\.?)?)?"
PLAIN_YEAR = r"(?P<year>(?:19|20)\d{2})"
PLAIN_MONTH_FIRST = re.compile(
    rf"(?P<month>[a-z]+)\.? +(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? +{PLAIN_YEAR}{PLAIN_TIME}", re.IGNORECASE
)
PLAIN_DAY_FIRST = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? +(?P<month>[a-z]+)\.?,? +{PLAIN_YEAR}{PLAIN_TIME}", re.IGNORECASE
)
PLAIN_ISO = re.compile(
    rf"{PLAIN_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?:[T ](?P<hour>\d{{2}}):(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?)?"
)


def parse_date_phrase(text: str | None) -> datetime | None:
    """The first date (with its time when given) stated in a short text such as a dateline."""
    if not text:
        return None
    match = DATE_PHRASE.search(text)
    if not match:
        return None
    phrase = match.group(0).replace(" at ", " ")
    value = _plain_date(phrase)
    if value is None:
        try:
            value = dateutil_parser.parse(phrase, fuzzy=True, default=datetime(2000, 1, 1))
        except (ValueError, OverflowError):
            return None
    return value if EARLIEST_YEAR <= value.year <= datetime.now().year + 1 else None


def _plain_date(phrase: str) -> datetime | None:
    """The date (and time) of a phrase in one of the common plain forms, as dateutil reads it; None for any
    other phrase (other scripts' digits and letters included), or a day or hour out of range, which dateutil
    is left to judge."""
    if not phrase.isascii():
        return None
    match = PLAIN_MONTH_FIRST.fullmatch(phrase) or PLAIN_DAY_FIRST.fullmatch(phrase)
    if match:
        month = MONTH_NUMBERS.get(match.group("month").lower())
        if month is None:
            return None
        second = 0
    else:
        match = PLAIN_ISO.fullmatch(phrase)
        if not match:
            return None
        month = int(match.group("month"))
        second = int(match.group("second") or 0)
    hour = minute = 0
    if match.group("hour"):
        hour, minute = int(match.group("hour")), int(match.group("minute"))
        ampm = match.groupdict().get("ampm")
        if ampm and hour <= 12:  # dateutil reads a.m./p.m. after hours 0 to 12 only
            if ampm in "pP" and hour < 12:
                hour += 12
            elif ampm in "aA" and hour == 12:
                hour = 0
    try:
        return datetime(int(match.group("year")), month, int(match.group("day")), hour, minute, second)
    except ValueError:
        return None


def date_from_lines(lines: list[str], limit: int = 60) -> datetime | None:
    """A publication date stated in the first lines of a page: lines saying 'Published' first."""
    head = lines[:limit]
    for line in head:
        if DATED_LINE.search(line) and len(line) < 160:
            found = parse_date_phrase(line)
            if found:
                return found
    for line in head:
        if len(line) < 100:
            found = parse_date_phrase(line)
            if found:
                return found
    return None


def date_from_url(url: str | None) -> datetime | None:
    match = URL_DATE.search(url or "")
    if not match:
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def split_instant(value: datetime | date | None) -> tuple[datetime | None, date | None]:
    """(published_at in UTC, published_date as stated): a time without a zone is taken as UTC."""
    if value is None:
        return None, None
    if not isinstance(value, datetime):
        return None, value
    stated_day = value.date()
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC), stated_day
