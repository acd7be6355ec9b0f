"""Saved HTML pages: body from the extractor ensemble, metadata from the page's own tags.

The publication time comes from `article:published_time` (and its kin) before any date in the URL, because
the meta tag carries the time and zone and the URL at most a day.
"""

from __future__ import annotations

import gzip
import zlib
from datetime import datetime

import lxml.html
from dateutil import parser as dateutil_parser

from workbench.clean.html import extract_html_body
from workbench.load.article import make_article
from workbench.load.decode import decode_text
from workbench.load.errors import RejectedInput
from workbench.meta.bylines import clean_byline
from workbench.meta.dates import DATED_LINE, date_from_url, parse_date_phrase
from workbench.meta.outlets import OutletRegistry, default_registry
from workbench.records import Article

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
    "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
)
TITLE_META = ("og:title", "twitter:title")
AUTHOR_META = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")
URL_META = ("og:url",)
SITE_META = ("og:site_name", "application-name")


def decompress(data: bytes, path: str) -> bytes:
    """Unzip a `.html.gz`, rejecting a truncated or corrupt archive by name."""
    try:
        return gzip.decompress(data)
    except (EOFError, OSError, zlib.error) as exc:
        raise RejectedInput(path, f"truncated or corrupt gzip file ({exc}); re-download or re-save it") from exc


def read_html(
    html: str, path: str, *, url: str | None = None, registry: OutletRegistry | None = None,
    source_format: str = "html",
) -> Article:
    """An Article from one page's HTML; `url` is where it was fetched from, when known."""
    registry = registry or default_registry()
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise RejectedInput(path, f"not parseable as HTML ({exc})") from exc
    meta = _meta_tags(tree)
    canonical = _canonical(tree) or _first(meta, URL_META)
    page_url = url or canonical
    body = extract_html_body(html, url=page_url).strip()
    if not body:
        raise RejectedInput(path, "no article body found in the HTML page")
    outlet = registry.from_url(page_url or canonical)
    if outlet is None:
        site = _first(meta, SITE_META)
        outlet = registry.from_domain_name(site) if site else None
    title = _first(meta, TITLE_META) or _text(tree.find(".//title"))
    body = _without_headline(body, title, _text(tree.find(".//h1")))
    body, dateline = _without_dateline(body)
    byline = _first(meta, AUTHOR_META) or _byline_element(tree)
    published = _parse_time(_first(meta, PUBLISHED_META)) or _time_element(tree) or parse_date_phrase(dateline)
    if published is None or byline is None:
        found = _trafilatura_metadata(html, page_url)
        byline = byline or found.get("author")
        published = published or _parse_time(found.get("date"))
    return make_article(
        text=body,
        outlet=outlet,
        byline=clean_byline(byline),
        published=published or date_from_url(page_url),
        source_path=path,
        source_format=source_format,
        title=title,
        url=page_url,
    )


def read_html_bytes(data: bytes, path: str, **kwargs) -> Article:
    if path.lower().endswith(".gz"):
        data = decompress(data, path)
    return read_html(decode_text(data, path), path, **kwargs)


def _without_headline(body: str, *headlines: str | None) -> str:
    """Extractors often keep the <h1>; the headline is metadata, not body."""
    first, _, rest = body.partition("\n")
    if rest and any(h and " ".join(first.split()).lower() == " ".join(h.split()).lower() for h in headlines):
        return rest.lstrip()
    return body


def _without_dateline(body: str) -> tuple[str, str | None]:
    """A leading 'Posted on March 3, 2020' line is the page's dateline, not body."""
    first, _, rest = body.partition("\n")
    if rest and len(first) < 80 and DATED_LINE.search(first) and parse_date_phrase(first):
        return rest.lstrip(), first
    return body, None


def _trafilatura_metadata(html: str, url: str | None) -> dict:
    """trafilatura's reading of the page (htmldate's date heuristics, bylines in the markup).

    Only asked when the page's own tags lack a time or an author: it parses the page again.
    """
    from trafilatura.metadata import extract_metadata

    try:
        found = extract_metadata(html, default_url=url)
    except Exception:  # a metadata failure must not lose an article whose body was found
        return {}
    return {"author": found.author, "date": found.date} if found else {}


def _meta_tags(tree) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        value = (node.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if meta.get(key.lower()):
            return meta[key.lower()]
    return None


def _canonical(tree) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href", "").startswith("http"):
            return link.get("href")
    return None


def _time_element(tree) -> datetime | None:
    for node in tree.iter("time"):
        found = _parse_time(node.get("datetime"))
        if found:
            return found
    return None


def _byline_element(tree) -> str | None:
    for node in tree.xpath('//*[@rel="author" or contains(@class, "byline") or contains(@class, "author")]')[:3]:
        text = _text(node)
        if text and len(text) < 80:
            return text
    return None


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return dateutil_parser.isoparse(value)
    except (ValueError, OverflowError):
        try:
            return dateutil_parser.parse(value)
        except (ValueError, OverflowError):
            return None


def _text(node) -> str | None:
    if node is None:
        return None
    text = " ".join(node.text_content().split())
    return text or None
