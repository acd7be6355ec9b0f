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


def parse_date_phrase(text: str | None) -> datetime | None:
    """The first date (with its time when given) stated in a short text such as a dateline."""
    if not text:
        return None
    match = DATE_PHRASE.search(text)
    if not match:
        return None
    phrase = match.group(0).replace(" at ", " ")
    try:
        value = dateutil_parser.parse(phrase, fuzzy=True, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    return value if EARLIEST_YEAR <= value.year <= datetime.now().year + 1 else None


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
