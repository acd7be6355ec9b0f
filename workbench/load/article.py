"""The Article every reader builds: the fields all readers derive the same way, derived in one place."""

from __future__ import annotations

from datetime import date, datetime

from workbench.meta.bylines import is_wire_copy, wire_agency
from workbench.meta.dates import split_instant
from workbench.meta.outlets import Outlet
from workbench.records import Article


def make_article(
    *,
    text: str,
    outlet: Outlet | None,
    byline: str | None,
    published: datetime | date | None,
    source_path: str,
    source_format: str,
    **fields,
) -> Article:
    """An Article with its outlet, its publication instant and day, and its wire credit filled in."""
    published_at, published_date = split_instant(published)
    agency = wire_agency(byline, text)
    outlet_id = outlet.outlet_id if outlet else "unknown"
    return Article(
        text=text,
        byline=byline,
        outlet_id=outlet_id,
        outlet_name=outlet.name if outlet else None,
        published_at=published_at,
        published_date=published_date,
        wire_agency=agency,
        is_wire_copy=is_wire_copy(agency, outlet_id, outlet.kind if outlet else None),
        source_path=source_path,
        source_format=source_format,
        **fields,
    )
