"""Bylines and wire agencies: who wrote a story, and whether it is an agency's copy.

An outlet that prints an agency's story credits it in the byline ("By REUTERS"), in a dateline
("ALMATY (Reuters) -") or in a closing credit ("Reporting by ...; Editing by ..."); any of these marks the
article as wire copy, unless the outlet is the agency itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.data import read_rows

BYLINE_PREFIX = re.compile(r"^\s*(?:by|from|written by|posted by)\s*[:\-]?\s+", re.IGNORECASE)
# "ALMATY (Reuters) -", "WASHINGTON (AP) —" at the start of the body.
DATELINE_CREDIT = re.compile(r"^[A-Z][A-Za-z .,'-]{1,60}\(([A-Za-z .-]{2,30})\)\s*[-–—]")
REUTERS_CLOSING = re.compile(r"(Reporting by|Editing by|Writing by)\s+[A-Z]", re.IGNORECASE)


@lru_cache(maxsize=1)
def _agency_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for row in read_rows("wire_agencies.csv"):
        names = sorted((p.strip() for p in row["patterns"].split(";") if p.strip()), key=len, reverse=True)
        out.append((row["agency"], re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")))
    return tuple(out)


def clean_byline(line: str | None) -> str | None:
    """The byline without 'By' and surrounding punctuation."""
    if not line:
        return None
    text = BYLINE_PREFIX.sub("", line.strip()).strip(" ,;|-")
    if text.isupper() and len(text) > 3:  # "By REUTERS" is house style, not the agency's name
        text = text.title()
    return text or None


def agency_in(text: str | None) -> str | None:
    """The wire agency a byline or credit names, case-sensitively ('AP' but not 'ap')."""
    if not text:
        return None
    for agency, pattern in _agency_patterns():
        if pattern.search(text):
            return agency
    return None


def wire_agency(byline: str | None, body: str) -> str | None:
    """The agency credited for a story by its byline, its dateline or its closing credit."""
    agency = agency_in(byline) or agency_in(byline.title() if byline and byline.isupper() else None)
    if agency:
        return agency
    first = body.lstrip()[:120]
    dateline = DATELINE_CREDIT.match(first)
    if dateline:
        agency = agency_in(dateline.group(1))
        if agency:
            return agency
    tail = body[-400:]
    if "Reuters" in tail and REUTERS_CLOSING.search(tail):  # the name first: the pattern searches at length
        return "Reuters"
    return None


def is_wire_copy(agency: str | None, outlet_id: str | None, outlet_kind: str | None = None) -> bool:
    """A credited agency's story printed by some other outlet."""
    if not agency:
        return False
    own = (outlet_id or "").lower()
    return not (outlet_kind == "wire" and own and agency.lower().startswith(own[:3]))
