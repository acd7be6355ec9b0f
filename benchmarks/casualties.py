"""Casualty extraction: scores on the hand-annotated gold set, agreement with dataset counts, and speed.

Usage:
    python benchmarks/casualties.py [GOLD_DIR]
    python benchmarks/casualties.py --gvdb /path/to/gvdb-dev [--gva /path/to/gva-incidents]
    python benchmarks/casualties.py --speed /path/to/articles.jsonl
    python benchmarks/casualties.py --heldout ../shared/datasets

Prints figures and asserts nothing; the floors live in tests/extract/test_casualties.py.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from shared import first_sight_rate, heldout_texts

from workbench.extract.casualties import extract_casualties, summarise_casualties
from workbench.extract.numbers import find_numbers
from workbench.extract.scoring import load_gold, score_casualties

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "gold" / "casualties"
# Per-article (category, value) pairs annotated by hand for articles of the shared datasets, in batches, each
# batch scored before any rule was changed for it (benchmarks/data/casualties_heldout.md).
HELDOUT = ROOT / "benchmarks" / "data" / "casualties_heldout.jsonl"

# The baseline: the largest number within three words of a killed / injured word.
BASELINE_TERMS = {
    "killed": re.compile(r"\b(?:killed|dead|died|deaths?|killing)\b", re.I),
    "injured": re.compile(r"\b(?:injured|wounded|hurt|injuring|wounding|injuries)\b", re.I),
}
WORD = re.compile(r"\S+")


def baseline_counts(text: str) -> dict[str, int | None]:
    """Largest number next to "killed" or "injured" (within three words either side)."""
    numbers = [(m.start, m.end, m.value) for m in find_numbers(text) if m.value is not None]
    words = [m.start() for m in WORD.finditer(text)]
    best: dict[str, int | None] = {"killed_count": None, "injured_count": None}
    if not numbers:
        return best
    import bisect

    for category, pattern in BASELINE_TERMS.items():
        for term in pattern.finditer(text):
            i = bisect.bisect_right(words, term.start()) - 1
            lo = words[max(0, i - 3)]
            hi = words[i + 4] if i + 4 < len(words) else len(text)
            for start, end, value in numbers:
                if lo <= start and end <= hi and not 1900 <= value <= 2100:
                    key = f"{category}_count"
                    if best[key] is None or value > best[key]:
                        best[key] = value
    return best


def heldout_report(datasets: Path) -> None:
    """Precision and recall of (category, value) pairs per held-out batch and overall, as the guidelines score:
    derived pairs count when found and are never missed; optional ones (ambiguous under the guidelines) are
    neither; claims about other events are left out."""
    texts = heldout_texts(datasets)
    totals: dict[str, list[int]] = {}
    for row in _read_jsonl(HELDOUT):
        gold = {tuple(p) for p in row["gold"]}
        allowed = gold | {tuple(p) for p in row["derived"]} | {tuple(p) for p in row["optional"]}
        predicted = {
            (c.category, c.value if c.value is not None else c.value_low)
            for c in extract_casualties(texts[row["dataset"], row["doc_id"]])
            if not c.about_other_event and (c.value is not None or c.value_low is not None)
        }
        found = len(predicted & gold)
        wrong = len(predicted - allowed)
        for key in (f"batch {row['batch']}", "all"):
            tally = totals.setdefault(key, [0, 0, 0, 0])
            tally[0] += 1
            tally[1] += found
            tally[2] += wrong
            tally[3] += len(gold)
    print(f"held-out pairs ({HELDOUT.relative_to(ROOT)}):")
    for key, (articles, found, wrong, gold) in sorted(totals.items(), key=lambda item: item[0] == "all"):
        precision = found / (found + wrong) if found + wrong else 1.0
        print(f"  {key:8} {articles:3} articles  precision {precision:.3f} ({found}/{found + wrong})   "
              f"recall {found / gold:.3f} ({found}/{gold})")


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_report(gold_dir: Path) -> None:
    articles, gold = load_gold(gold_dir)
    predicted = {key: extract_casualties(row["text"]) for key, row in articles.items()}
    score = score_casualties(gold, predicted)
    n_claims = sum(len(v) for v in gold.values())
    print(f"hand-annotated gold ({gold_dir}): {len(articles)} articles, {n_claims} claims, "
          f"{score.gold} scored gold pairs")
    print(f"  precision {score.precision:.3f} ({score.true_positives}/{score.predicted})   "
          f"recall {score.recall:.3f} ({score.gold_found}/{score.gold})")
    same_source = same_disputed = matched = 0
    for key, rows in gold.items():
        by_start = {c.start: c for c in predicted[key]}
        for row in rows:
            claim = by_start.get(row["start"])
            if claim is not None:
                matched += 1
                same_source += (claim.source or None) == (row["source"] or None)
                same_disputed += claim.disputed == row["disputed"]
    if matched:
        print(f"  on the {matched} gold claims found at their offsets: source as annotated "
              f"{same_source / matched:.3f}, disputed as annotated {same_disputed / matched:.3f}")
    for key, pairs in score.false_positives.items():
        print(f"  false positive {key}: {pairs}")
    for key, pairs in score.missed.items():
        print(f"  missed {key}: {pairs}")


def _match_share(
    rows: Iterable[dict], counts: Callable[[str], dict[str, int | None]], killed: str, injured: str
) -> tuple[float, float, float, int]:
    k = i = both = n = 0
    for row in rows:
        got = counts(row["text"])
        ok_k = (got["killed_count"] or 0) == (row[killed] or 0)
        ok_i = (got["injured_count"] or 0) == (row[injured] or 0)
        k += ok_k
        i += ok_i
        both += ok_k and ok_i
        n += 1
    return k / n, i / n, both / n, n


def _with_incident_counts(gva: Path) -> list[dict]:
    """Every gva-incidents article with its incident's Gun Violence Archive counts: a silver comparison thousands of
    articles strong, where the demo slice and the hand-annotated sets are a few hundred. The counts are the
    incident's final ones, shooter included, so an article written before a death or counting victims only
    disagrees without being wrong: the share is for comparing rule sets, not a precision."""
    incidents = {r["incident_id"]: r for r in _read_jsonl(gva / "incidents.jsonl")}
    return [{**row, "num_killed": incidents[row["incident_id"]]["num_killed"],
             "num_injured": incidents[row["incident_id"]]["num_injured"]}
            for row in _read_jsonl(gva / "articles.jsonl") if row["incident_id"] in incidents]


def _extractor_counts(text: str) -> dict[str, int | None]:
    return summarise_casualties(extract_casualties(text))


def counts_report(name: str, rows: list[dict], killed: str, injured: str) -> None:
    print(f"{name}: {len(rows)} articles; share whose largest figure equals the gold count (none = 0)")
    print(f"  {'':22}{'killed':>8}{'injured':>9}{'both':>7}")
    for label, fn in (("extractor", _extractor_counts), ("baseline", baseline_counts)):
        k, i, both, _ = _match_share(rows, fn, killed, injured)
        print(f"  {label:22}{k:8.3f}{i:9.3f}{both:7.3f}")


def speed_report(texts: list[str], *, min_seconds: float = 2.0) -> None:
    """Articles and claims per second in this process, by wall clock and by CPU time (steadier on a busy
    machine, where the wall clock also counts time spent waiting for a core)."""
    rounds = 0
    n_claims = 0
    began, began_cpu = time.perf_counter(), time.process_time()
    while True:
        for text in texts:
            n_claims += len(extract_casualties(text))
        rounds += 1
        elapsed = time.perf_counter() - began
        if elapsed >= min_seconds:
            break
    cpu = time.process_time() - began_cpu
    n = rounds * len(texts)
    print(f"speed: {n / elapsed:,.0f} articles/s, {n_claims / elapsed:,.0f} claims/s by wall clock; "
          f"{n / cpu:,.0f} articles/s by CPU time ({len(texts)} articles x {rounds} rounds, one process)")
    warm = [row["text"] for row in load_gold(DEFAULT_GOLD)[0].values()]
    wall, cpu = first_sight_rate("workbench.extract.casualties", "extract_casualties", warm, texts)
    print(f"  on first sight (fresh processes warmed on the gold set's articles, one pass over these): "
          f"best {wall:,.0f} articles/s wall clock, {cpu:,.0f} of CPU time")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--gvdb", type=Path, help="gvdb-dev folder (articles.jsonl with n_victims_killed)")
    parser.add_argument("--gva", type=Path, help="gva-incidents folder (demo and all articles, with their incidents' counts)")
    parser.add_argument("--speed", type=Path, help="a JSONL file of articles with a text field to time")
    parser.add_argument("--heldout", type=Path, help="the shared datasets folder, to score the held-out pairs")
    args = parser.parse_args(argv)

    if args.gold_dir.exists():
        gold_report(args.gold_dir)
        articles, _ = load_gold(args.gold_dir)
        if not args.speed:
            speed_report([row["text"] for row in articles.values()])
    else:
        print(f"no gold set at {args.gold_dir}", file=sys.stderr)
    if args.gvdb:
        rows = _read_jsonl(args.gvdb / "articles.jsonl")
        counts_report("gvdb-dev", rows, "n_victims_killed", "n_victims_injured")
    if args.gva:
        incidents = {r["incident_id"]: r for r in _read_jsonl(args.gva / "demo_incidents.jsonl")}
        rows = []
        for row in _read_jsonl(args.gva / "demo_articles.jsonl"):
            incident = incidents.get(row["incident_id"])
            if incident:
                rows.append({**row, "num_killed": incident["num_killed"], "num_injured": incident["num_injured"]})
        counts_report("gva-incidents demo", rows, "num_killed", "num_injured")
        counts_report("gva-incidents, all articles", _with_incident_counts(args.gva), "num_killed", "num_injured")
        if not args.speed:
            speed_report([row["text"] for row in rows])
    if args.heldout:
        heldout_report(args.heldout)
    if args.speed:
        speed_report([row["text"] for row in _read_jsonl(args.speed)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
