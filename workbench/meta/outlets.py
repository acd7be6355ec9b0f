"""Which outlet published an article: from its URL's domain, else from the masthead and footer lines.

The registry is package data (`workbench/data/outlets.csv`); outlets not in it still get a readable id made
from the domain or the masthead, so no article is dropped for want of an outlet.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import tldextract

from workbench.data import read_text

# tldextract with its bundled public-suffix snapshot: never fetches the list at run time.
EXTRACT_DOMAIN = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
COPYRIGHT_HOLDER = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*[-–]\s*)?\d{4}?\s*,?\s*(?:by\s+)?"
    r"([A-Z][\w&.'’ -]{2,60}?)(?:\s*[.,|•]|\s+all rights|\s*$)",
    re.IGNORECASE,
)
NON_ID = re.compile(r"[^a-z0-9]+")
# Masthead and footer lines sit in the first and last lines of a page.
MASTHEAD_LINES = 5
FOOTER_LINES = 40


@dataclass(frozen=True, slots=True)
class Outlet:
    outlet_id: str
    name: str
    domains: tuple[str, ...] = ()
    mastheads: tuple[str, ...] = ()
    country: str | None = None
    kind: str = "unknown"


class OutletRegistry:
    """Outlets by domain and by masthead, with lookups that always return an outlet."""

    def __init__(self, outlets: list[Outlet]) -> None:
        self.outlets = {o.outlet_id: o for o in outlets}
        self.by_domain = {d.lower(): o for o in outlets for d in o.domains}
        self.by_masthead = {m.lower(): o for o in outlets for m in o.mastheads}
        self._folded: dict[str, Outlet] | None = None
        self.masthead_pattern = _masthead_pattern({m for o in outlets for m in o.mastheads})

    @classmethod
    def from_csv(cls, *paths: str | Path) -> OutletRegistry:
        rows: list[Outlet] = []
        texts = [read_text("outlets.csv")]
        texts += [Path(p).read_text("utf-8") for p in paths]
        for text in texts:
            for row in csv.DictReader(text.splitlines()):
                rows.append(Outlet(
                    outlet_id=row["outlet_id"].strip(),
                    name=row["name"].strip(),
                    domains=_split(row.get("domains")),
                    mastheads=_split(row.get("mastheads")),
                    country=(row.get("country") or "").strip() or None,
                    kind=(row.get("kind") or "unknown").strip() or "unknown",
                ))
        return cls(rows)

    def from_url(self, url: str | None) -> Outlet | None:
        """The outlet owning a URL's domain; an unregistered domain becomes an outlet of its own."""
        if not url:
            return None
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        if not host:
            return None
        parts = host.split(".")
        for i in range(len(parts) - 1):
            hit = self.by_domain.get(".".join(parts[i:]))
            if hit:
                return hit
        domain = EXTRACT_DOMAIN(host).top_domain_under_public_suffix or host.removeprefix("www.")
        return Outlet(outlet_id=slug(domain), name=domain)

    def from_domain_name(self, name: str | None) -> Outlet | None:
        """A bare host or outlet name as tables give it ('cleveland19.com', 'Reuters')."""
        if not name or not name.strip():
            return None
        name = name.strip()
        if "." in name and " " not in name:
            return self.from_url(name)
        hit = self.by_masthead.get(name.lower()) or self.outlets.get(name.lower())
        return hit or Outlet(outlet_id=slug(name), name=name)

    def from_page_lines(self, lines: list[str]) -> Outlet | None:
        """The outlet named in a dump's masthead or footer (copyright line first, then masthead)."""
        head = lines[:MASTHEAD_LINES]
        tail = lines[-FOOTER_LINES:]
        last_holder = None  # the copyright holder nearest the end of the page
        for line in reversed(tail):
            holder = COPYRIGHT_HOLDER.search(line)
            if holder:
                hit = self._registered(line) or self._registered(holder.group(1))
                if hit:
                    return hit
                last_holder = last_holder or holder
        # The first of these lines naming a masthead, found by one search (a masthead never spans lines).
        hit = self._registered("\n".join(head + tail))
        if hit:
            return hit
        if last_holder:
            name = last_holder.group(1).strip(" .,")
            return Outlet(outlet_id=slug(name), name=name)
        return None

    def _registered(self, line: str) -> Outlet | None:
        if not self.masthead_pattern:
            return None
        match = self.masthead_pattern.search(line)
        return self.outlet_for_masthead(match.group(1)) if match else None

    def outlet_for_masthead(self, written: str) -> Outlet | None:
        """The outlet of a masthead as a page writes it. The pattern ignores case the way the regex engine
        does, so "Auſtralian" or "Kelvın" (the long s, the dotless i) match a masthead whose lowercase they
        are not: those are looked up by their case-folded form, so the page is not lost to a KeyError."""
        outlet = self.by_masthead.get(written.lower())
        if outlet is None:
            outlet = self._folded_mastheads().get(_fold(written))
        return outlet

    def _folded_mastheads(self) -> dict[str, Outlet]:
        if self._folded is None:
            self._folded = {_fold(m): o for m, o in self.by_masthead.items()}
        return self._folded


def _fold(text: str) -> str:
    """Case folded the way a case-ignoring match equates letters: "ſ" is "s", "ı" and "İ" are "i", "K" (Kelvin) "k"."""
    return text.casefold().replace("ı", "i").replace("i\u0307", "i")


def _masthead_pattern(mastheads: set[str]) -> re.Pattern | None:
    """Any of the mastheads as a whole word or words, case ignored, the longest where several start at one place.

    ASCII mastheads are written as a trie (alternatives sharing their first letters are tried once, and a
    lookahead on the first letter leaves other places at once), many times faster than one alternative per
    masthead; other scripts keep that plain form, since case folding could merge two branches of a trie.
    """
    if not mastheads:
        return None
    if all(m.isascii() for m in mastheads):
        phrases = {m.lower() for m in mastheads}
        firsts = "".join(sorted({re.escape(p[0]) for p in phrases}))
        body = f"(?=[{firsts}])({_trie(phrases)})"
    else:
        body = "(" + "|".join(re.escape(p) for p in sorted(mastheads, key=len, reverse=True)) + ")"
    return re.compile(r"(?<![\w])" + body + r"(?![\w])", re.IGNORECASE)


def _trie(phrases: set[str]) -> str:
    """A regular expression matching any of `phrases`, the longest first where one is the start of another."""
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def alternatives(node: dict) -> str:
        # Longer phrases before one ending here, so the match is the longest, as in a list sorted by length.
        options = [re.escape(char) + alternatives(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            options.append("")
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return alternatives(tree)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(";") if v.strip())


def slug(name: str) -> str:
    """A readable id: 'cleveland19.com' -> 'cleveland19-com', 'The Daily Star' -> 'the-daily-star'."""
    return NON_ID.sub("-", name.lower()).strip("-") or "unknown"


@lru_cache(maxsize=1)
def default_registry() -> OutletRegistry:
    """The registry shipped with the package, read once on first use."""
    return OutletRegistry.from_csv()
