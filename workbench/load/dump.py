"""Flat page-text dumps: a first line `date YYYY-MM-DD ` then the page's visible text.

The cleaner decides which lines are title, byline, dateline, body or boilerplate; this reader adds what the
page says about itself: outlet from the masthead and footer, publication time, wire agency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from workbench.clean.lines import clean_dump
from workbench.load.article import make_article
from workbench.load.errors import RejectedInput
from workbench.meta.bylines import clean_byline
from workbench.meta.dates import DUMP_DATE_LINE, date_from_lines, parse_date_phrase
from workbench.meta.outlets import OutletRegistry, default_registry
from workbench.records import Article


@dataclass(frozen=True, slots=True)
class DumpPage:
    """A dump split into lines, with the day its first line states (if it has the date line)."""

    lines: tuple[str, ...]
    stated_date: date | None


def split_dump(text: str) -> DumpPage:
    """Lines of the page text, the leading `date YYYY-MM-DD ` taken off the first one."""
    stated = None
    match = DUMP_DATE_LINE.match(text)
    if match:
        try:
            stated = date.fromisoformat(match.group(1))
        except ValueError:
            stated = None
        text = text[match.end():]
    lines = tuple(line.replace("\u00a0", " ").rstrip() for line in text.splitlines())
    return DumpPage(lines, stated)


def article_from_dump(
    page: DumpPage,
    path: str,
    *,
    boilerplate: frozenset[str] = frozenset(),
    registry: OutletRegistry | None = None,
) -> Article:
    """An Article from a split dump; `boilerplate` holds lines known to recur across the outlet's pages."""
    registry = registry or default_registry()
    parts = clean_dump(list(page.lines), boilerplate=boilerplate)
    body = parts.body.strip()
    if not body:
        raise RejectedInput(path, "no article body found in the page text (only menus, links or short lines)")
    outlet = registry.from_page_lines(list(page.lines))
    return make_article(
        text=body,
        outlet=outlet,
        byline=clean_byline(parts.byline),
        published=_published(parts.dateline, page),
        source_path=path,
        source_format="dump",
        title=parts.title,
        standfirst=parts.standfirst,
    )


def _published(dateline: str | None, page: DumpPage) -> datetime | date | None:
    """The dateline's time when it agrees with the date line's day; the date line's day otherwise."""
    stated = parse_date_phrase(dateline) if dateline else None
    if page.stated_date is None:
        return stated or date_from_lines(list(page.lines))
    if stated and stated.date() == page.stated_date:
        return stated
    return page.stated_date


def read_dump(text: str, path: str, *, registry: OutletRegistry | None = None) -> Article:
    return article_from_dump(split_dump(text), path, registry=registry)
