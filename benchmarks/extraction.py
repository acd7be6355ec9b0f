"""Body-extraction benchmark: flat page-text dumps and HTML pages against hand-annotated bodies.

Usage: python benchmarks/extraction.py DATASET_DIR

DATASET_DIR holds ``ground-truth.json`` ({id: {"articleBody", "url"}}), ``flat-text/<id>.txt`` and
``html/<id>.html.gz`` (the layout of the extraction-dev set). Scores use the article-extraction benchmark's
own metric (``workbench.clean.scoring``). Speeds are pages per second in this one process, the best of
REPEATS timed passes, by CPU time and by wall-clock time. Prints figures and asserts nothing.

The ground truth has bodies only, so headlines are scored against the page itself: its ``<h1>`` (see
``reference_headline``), compared with ``clean_dump``'s title after normalising case, spaces and quotes,
as an exact match and as a token-overlap F1.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import lxml.etree
import lxml.html
import trafilatura

from workbench.clean.corpus import RepeatedLines
from workbench.clean.html import extract_html_body, readability_body, trafilatura_body
from workbench.clean.lines import clean_dump
from workbench.clean.scoring import Score, score, shingles

# The dump format's first-line prefix, removed by the loader before cleaning.
DATE_PREFIX = re.compile(r"^date \d{4}-\d{2}-\d{2} ")
REPEATS = 3
# Synthetic outlets for the corpus-aware comparison, and the share of a line's shingles that must be in
# the ground truth for the line to count as body when a page's own furniture is cut out.
SYNTHETIC_OUTLETS = 6
BODY_LINE_SHARE = 0.5
# Headline comparison: typographic quotes and apostrophes count as plain ones.
QUOTE_FOLD = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}
)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# The site's name after the last separator of a document title: "Story | Site", "Story - Site".
SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+([^|]{1,60})$")


def read_dataset(root: Path) -> tuple[dict[str, str], dict[str, list[str]], dict[str, str], dict[str, str]]:
    """Ground-truth bodies, flat dumps (prefix removed), raw HTML and URLs, keyed by page id."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = {k: v["articleBody"] for k, v in truth.items()}
    urls = {k: v.get("url") for k, v in truth.items()}
    flats: dict[str, list[str]] = {}
    pages: dict[str, str] = {}
    for k in truth:
        flat = root / "flat-text" / f"{k}.txt"
        if flat.exists():
            lines = flat.read_text(encoding="utf-8").split("\n")
            lines[0] = DATE_PREFIX.sub("", lines[0])
            flats[k] = lines
        page = root / "html" / f"{k}.html.gz"
        if page.exists():
            with gzip.open(page, "rt", encoding="utf-8", errors="replace") as handle:
                pages[k] = handle.read()
    return bodies, flats, pages, urls


def reference_headline(page: str) -> str | None:
    """The page's headline as the page marks it: its ``<h1>`` text, or ``og:title`` without a trailing
    " | Site" / " - Site" when it has no h1.

    Pages with several h1 elements (a logo, a section name, the story) count the one sharing most words
    with ``og:title`` (or ``<title>``); an h1 that is only the site's name (``og:site_name``, or what follows
    the last separator of ``<title>``) is skipped.
    """
    try:
        doc = lxml.html.document_fromstring(XML_DECLARATION.sub("", page, count=1))
    except (ValueError, lxml.etree.ParserError):
        return None
    meta = {
        m.get("property") or m.get("name"): m.get("content") or ""
        for m in doc.iter("meta")
        if m.get("property") in ("og:title", "og:site_name")
    }
    title = " ".join((doc.findtext(".//title") or "").split())
    og_title = " ".join(meta.get("og:title", "").split())
    sites = {normalise_headline(meta.get("og:site_name", ""))}
    suffix = SITE_SUFFIX.search(title)
    if suffix:
        sites.add(normalise_headline(suffix.group(1)))
    h1s = []
    for element in doc.iter("h1"):
        text = " ".join(element.text_content().split())
        if text and text not in h1s and normalise_headline(text) not in sites:
            h1s.append(text)
    if not h1s:
        return SITE_SUFFIX.sub("", og_title) or None
    named = set(headline_tokens(og_title or title))
    return max(h1s, key=lambda h: len(named.intersection(headline_tokens(h))))


def normalise_headline(text: str) -> str:
    """Casefolded, NFKC, quotes folded to ASCII, single spaces, no surrounding quotes or spaces."""
    folded = unicodedata.normalize("NFKC", text).translate(QUOTE_FOLD).casefold()
    return " ".join(folded.split()).strip("\"' ")


def headline_tokens(text: str) -> list[str]:
    return re.findall(r"\w+", normalise_headline(text))


def headline_scores(predicted: dict[str, str | None], reference: dict[str, str]) -> tuple[int, int, float]:
    """Exact matches, pages without a prediction and mean token-overlap F1, over the pages in ``reference``
    (a missing headline scores 0)."""
    exact = missing = 0
    overlap = 0.0
    for k, ref in reference.items():
        guess = predicted.get(k)
        if guess is None:
            missing += 1
            continue
        exact += normalise_headline(guess) == normalise_headline(ref)
        a, b = Counter(headline_tokens(guess)), Counter(headline_tokens(ref))
        common = sum((a & b).values())
        if common:
            p, r = common / sum(a.values()), common / sum(b.values())
            overlap += 2 * p * r / (p + r)
    return exact, missing, overlap / max(len(reference), 1)


def timed(
    fn: Callable[[str], str], ids: Sequence[str], repeats: int = REPEATS
) -> tuple[dict[str, str], tuple[float, float]]:
    """Outputs of ``fn`` per id and the best pages per second over ``repeats`` passes, by this process's
    CPU time and by wall-clock time (the first is not slowed by other work on the machine)."""
    best_cpu = best_wall = float("inf")
    outputs: dict[str, str] = {}
    for _ in range(repeats):
        cpu, wall = time.process_time(), time.perf_counter()
        outputs = {k: fn(k) for k in ids}
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return outputs, (len(ids) / max(best_cpu, 1e-9), len(ids) / max(best_wall, 1e-9))


def row(name: str, result: Score, speed: tuple[float, float] | None) -> str:
    pace = f"{speed[0]:8.1f} {speed[1]:8.1f}" if speed is not None else " " * 17
    return f"  {name:<46} F1 {result.f1:.3f}  P {result.precision:.3f}  R {result.recall:.3f}  {pace}"


def evaluate(outputs: dict[str, str], bodies: dict[str, str]) -> Score:
    return score((outputs[k], bodies[k]) for k in outputs)


def synthetic_outlets(
    bodies: dict[str, str], flats: dict[str, list[str]]
) -> list[tuple[str, str, list[str], str]]:
    """Same-outlet dumps built from the set: (outlet, page id, dump lines, true body).

    extraction-dev has one page per site, so no site repeats. Here SYNTHETIC_OUTLETS pages lend their own
    furniture (their dump's lines before the first and after the last ground-truth line) as an outlet
    template, and every other page's true body paragraphs are dressed in one template, in turn. Each
    cleaned body is scored against its true body, with and without the outlet's repeated lines.
    """
    ids = sorted(flats)
    templates: list[tuple[list[str], list[str]]] = []
    for k in ids:
        truth = shingles(bodies[k])
        marks = []
        for line in flats[k]:
            own = shingles(line)
            total = sum(own.values())
            marks.append(bool(total) and sum((own & truth).values()) >= BODY_LINE_SHARE * total)
        if sum(marks) < 3:
            continue
        first = marks.index(True)
        last = len(marks) - 1 - marks[::-1].index(True)
        head, tail = flats[k][:first], flats[k][last + 1 :]
        if len(head) + len(tail) >= 20:
            templates.append((head, tail))
        if len(templates) == SYNTHETIC_OUTLETS:
            break
    dumps = []
    for i, k in enumerate(ids):
        head, tail = templates[i % len(templates)]
        paragraphs = [p for p in bodies[k].split("\n") if p.strip()]
        dumps.append((f"outlet-{i % len(templates)}", k, [*head, *paragraphs, *tail], bodies[k]))
    return dumps


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset_dir", type=Path)
    args = parser.parse_args(argv)
    bodies, flats, pages, urls = read_dataset(args.dataset_dir)
    print(f"{args.dataset_dir}: {len(bodies)} pages, {len(flats)} flat dumps, {len(pages)} HTML pages")
    print(f"{'':80}pages/s:  cpu     wall")

    if flats:
        ids = sorted(flats)
        print(f"\nFlat dumps (flat-text/, {len(ids)} pages)")
        whole, _ = timed(lambda k: "\n".join(flats[k]), ids, repeats=1)
        print(row("whole dump (reference)", evaluate(whole, bodies), None))
        cleaned, speed = timed(lambda k: clean_dump(flats[k]).body, ids)
        print(row("workbench clean_dump", evaluate(cleaned, bodies), speed))
        reference = {k: h for k in ids if k in pages and (h := reference_headline(pages[k]))}
        if reference:
            titles = {k: clean_dump(flats[k]).title for k in reference}
            exact, missing, overlap = headline_scores(titles, reference)
            n = len(reference)
            print(
                f"\nHeadlines (clean_dump title against the page's <h1> / og:title, {n} pages)\n"
                f"  exact {exact}/{n} ({exact / n:.1%})  token F1 {overlap:.3f}  missing {missing}"
                f"  wrong {n - exact - missing}"
            )

    if pages:
        ids = sorted(pages)
        print(f"\nHTML (html/, {len(ids)} pages)")
        runs: list[tuple[str, Callable[[str], str]]] = [
            ("trafilatura extract() default", lambda k: trafilatura.extract(pages[k], url=urls[k]) or ""),
            (
                "trafilatura favor_precision",
                lambda k: trafilatura.extract(pages[k], url=urls[k], favor_precision=True) or "",
            ),
            (
                "trafilatura no comments, fast (1st opinion)",
                lambda k: trafilatura_body(pages[k], url=urls[k]),
            ),
            ("readability-lxml (2nd opinion)", lambda k: readability_body(pages[k])),
            ("workbench extract_html_body (vote)", lambda k: extract_html_body(pages[k], url=urls[k])),
        ]
        for name, fn in runs:
            outputs, speed = timed(fn, ids)
            print(row(name, evaluate(outputs, bodies), speed))

    if flats:
        dumps = synthetic_outlets(bodies, flats)
        outlets = sorted({d[0] for d in dumps})
        print(
            f"\nCorpus-aware cleaning ({len(dumps)} synthetic same-outlet dumps in {len(outlets)} outlets: the"
            f" true bodies of the pages, each wrapped in the menus and footers of one of {len(outlets)}"
            " pages of the set)"
        )
        corpus = RepeatedLines()
        corpus.add_many((outlet, lines) for outlet, _, lines, _ in dumps)
        known = {outlet: corpus.boilerplate(outlet) for outlet in outlets}
        alone = score((clean_dump(lines).body, truth) for _, _, lines, truth in dumps)
        aware = score((clean_dump(lines, boilerplate=known[o]).body, truth) for o, _, lines, truth in dumps)
        print(row("per-dump classifier alone", alone, None))
        print(row("with the outlet's repeated lines", aware, None))
        print(
            f"  gain: F1 {aware.f1 - alone.f1:+.3f}  P {aware.precision - alone.precision:+.3f}"
            f"  R {aware.recall - alone.recall:+.3f}"
        )


if __name__ == "__main__":
    main()
