"""Article body from an HTML page: three extractors vote.

trafilatura, readability-lxml and the flat-dump cleaner (run on the page's visible text) fail differently:
one keeps a block of teasers or an author box, another a whole column, another drops a paragraph. The
extraction that agrees best with the other two is kept. On extraction-dev this beats each extractor alone
(see ``benchmarks/extraction.py``). Nothing here touches the network.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import lxml.etree
import lxml.html
import trafilatura
from readability import Document

from workbench.clean.lines import clean_dump
from workbench.clean.scoring import shingles

# Nodes dropped before readability scores the page, as its own cleaner would (it also drops <link>).
DROP_XPATH = "//script|//style|//link|//noscript|//template|//comment()|//processing-instruction()"
HIDDEN_XPATH = "//*[@hidden]"
DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li blockquote pre td th dd dt figcaption div section article tr br ul ol table"
    " figure header footer aside main".split()
)
SPACES = re.compile(r"\s+")
# When trafilatura and the flat cleaner agree this well (shingle F1), the third opinion is not needed.
# Chosen on extraction-dev: readability then runs on about a third of the pages, with the same F1 as
# always running it.
AGREEMENT_ENOUGH = 0.9


class _Readability(Document):
    """readability-lxml's Document on a tree this module has already cleaned.

    The stock parser runs lxml's generic HTML cleaner and rewrites every link, which is half of
    readability's time and changes nothing in the text it returns.
    """

    def _parse(self, input):  # noqa: A002 - the name is readability's
        self.encoding = "utf-8"
        return input


def _parse(html: str) -> lxml.html.HtmlElement | None:
    """The page as an lxml tree without scripts, styles, forms and hidden elements; None if unparsable."""
    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    for element in root.xpath(DROP_XPATH):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.xpath(HIDDEN_XPATH):
        element.drop_tree()
    for element in root.xpath("//*[@style]"):
        if DISPLAY_NONE.search(element.get("style", "")):
            element.drop_tree()
    return root


def _block_text(root: lxml.html.HtmlElement) -> str:
    """Text under ``root``, one line per block element, whitespace collapsed (like a browser's innerText)."""
    parts: list[str] = []

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        if tag and element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if block:
            parts.append("\n")
        if element.tail:
            parts.append(element.tail)

    walk(root)
    lines = (SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_paragraphs(fragment: str) -> str:
    """Text of an HTML fragment, one line per block element, whitespace collapsed."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    return _block_text(root)


def _readability(root: lxml.html.HtmlElement) -> str:
    try:
        summary = _Readability(root).summary(html_partial=True)
    except Exception:  # readability raises its own Unparseable and assorted lxml errors
        return ""
    return html_to_paragraphs(summary)


def readability_body(html: str) -> str:
    """readability-lxml's main-content text, paragraphs joined by newlines ("" when it finds nothing)."""
    root = _parse(html)
    return "" if root is None else _readability(root)


def flat_body(root: lxml.html.HtmlElement) -> str:
    """The flat-dump cleaner's body for the page's visible text."""
    body = root.find("body")
    text = _block_text(body if body is not None else root)
    return clean_dump(text.split("\n")).body


def trafilatura_body(html: str, *, url: str | None = None) -> str:
    """trafilatura's main text without comments, in its fast mode (the second opinion replaces its
    internal fallbacks)."""
    text = trafilatura.extract(html, url=url, include_comments=False, fast=True)
    return "\n".join(line.strip() for line in (text or "").split("\n") if line.strip())


def _agreement(a: Counter[tuple[str, ...]], b: Counter[tuple[str, ...]]) -> float:
    """Shingle F1 of two texts: how much two extractions of one page say the same thing."""
    common = sum((a & b).values())
    if not common:
        return 0.0
    return 2 * common / (sum(a.values()) + sum(b.values()))


def choose_body(candidates: Sequence[str]) -> str:
    """The candidate that agrees best with the others (the medoid); ties go to the earlier candidate.

    Each extractor errs in its own direction (one keeps teasers, another a sidebar, another drops a
    paragraph), so the text closest to the rest is the one whose errors the others do not share.
    """
    shingled = [shingles(c) for c in candidates]
    best, best_score = "", -1.0
    for i, text in enumerate(candidates):
        if not shingled[i]:
            continue
        total = sum(_agreement(shingled[i], shingled[j]) for j in range(len(candidates)) if j != i)
        if total > best_score:
            best, best_score = text, total
    return best


def _without_headline(body: str, headlines: set[str]) -> str:
    """The body without a leading line that is the page's headline (an <h1>): the headline is not body."""
    first, _, rest = body.partition("\n")
    return rest if first.strip() in headlines else body


def extract_html_body(html: str, *, url: str | None = None) -> str:
    """The article body of an HTML page, paragraphs joined by "\\n" ("" when nothing is found).

    trafilatura and the flat-dump cleaner (on the page's visible text) run first; when they agree,
    trafilatura's text is returned, otherwise readability-lxml is asked too and the extraction agreeing
    best with the other two is returned.
    """
    primary = trafilatura_body(html, url=url)
    root = _parse(html)
    if root is None:
        return primary
    headlines = {SPACES.sub(" ", h.text_content()).strip() for h in root.iter("h1")}
    flat = flat_body(root)  # reads the tree; readability then rewrites it
    if _agreement(shingles(primary), shingles(flat)) >= AGREEMENT_ENOUGH:
        return _without_headline(primary, headlines)
    return _without_headline(choose_body([primary, _readability(root), flat]), headlines)
