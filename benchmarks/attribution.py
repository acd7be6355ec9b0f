"""Source attributions: scores on the hand-annotated gold set, speed, and a comparison with BASIL's speakers.

Usage: python benchmarks/attribution.py [GOLD_DIR] [--basil DIR] [--speed ARTICLES.jsonl] [--details]
       python benchmarks/attribution.py --heldout ../shared/datasets

Prints speaker (resolved) precision, recall and F1, speaker-type accuracy on matched speakers and content
overlap precision, recall and F1, scored as the attribution guidelines define it (the scorer is
`workbench.extract.attribution_scoring`, the one the floor test uses), and articles per second in one
process. With --basil, compares predicted speakers per article with the `speaker` fields of BASIL's
phrase annotations (named speakers only; BASIL marks the speakers of biased phrases, not every source, so its
precision figure is a lower bound). With --speed, times extraction over the `text` of every line of a JSON
lines file (`data/sample/demo_articles.jsonl`: local news, longer than the gold texts; the target is 1,000
articles per second of CPU time in one process). With --heldout, scores speakers and types on the held-out
batches of benchmarks/data/attributions_heldout.jsonl (see its .md). Prints only; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from shared import first_sight_rate, heldout_texts

from workbench.extract.attribution_scoring import load_gold, match_speakers, score_attributions, speaker_key
from workbench.extract.attributions import extract_attributions

DEFAULT_GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "attributions"
HELDOUT = Path(__file__).resolve().parent / "data" / "attributions_heldout.jsonl"
# Repeat the gold texts until the timing covers at least this many articles, for a steadier figure.
SPEED_ARTICLES = 2000
# Rounds of that timing for --speed, of which the best is reported.
SPEED_ROUNDS = 3


def articles_per_second(texts: list[str]) -> tuple[float, float]:
    """Articles per second of wall-clock time and of this process's CPU time (steadier on a busy machine)."""
    batch = texts * max(1, SPEED_ARTICLES // max(1, len(texts)))
    wall, cpu = time.perf_counter(), time.process_time()
    for text in batch:
        extract_attributions(text)
    return len(batch) / (time.perf_counter() - wall), len(batch) / (time.process_time() - cpu)


def gold_report(gold_dir: Path, details: bool) -> None:
    articles, gold = load_gold(gold_dir)
    predicted = {key: extract_attributions(row["text"]) for key, row in articles.items()}
    score = score_attributions(predicted, gold)
    n_gold = sum(len(v) for v in gold.values())
    print(f"gold set: {gold_dir} ({len(articles)} articles, {n_gold} attributions)")
    print(
        f"speaker (resolved)  P {score.speaker_precision:.3f}  R {score.speaker_recall:.3f}  "
        f"F1 {score.speaker_f1:.3f}  ({score.speakers_matched} matched of {score.speakers_gold} gold, "
        f"{score.speakers_predicted} predicted)"
    )
    print(
        f"speaker type        accuracy {score.type_accuracy:.3f} on {score.speakers_matched} matched speakers"
    )
    print(
        f"content overlap     P {score.content_precision:.3f}  R {score.content_recall:.3f}  "
        f"F1 {score.content_f1:.3f}  ({score.content_found}/{score.content_gold} gold found, "
        f"{score.content_right}/{score.content_predicted} predicted right)"
    )
    wall, cpu = articles_per_second([a["text"] for a in articles.values()])
    print(
        f"speed               {wall:.0f} articles/s wall clock, {cpu:.0f} articles/s of CPU time (one process)"
    )
    if details:
        for key, row in score.per_article.items():
            print(f"  {key}: gold {row['gold_speakers']} | predicted {row['predicted_speakers']}")


def basil_report(basil_dir: Path) -> None:
    """Recall and precision of BASIL's named quoted speakers among the predicted resolved speakers."""
    articles = {}
    with (basil_dir / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            articles[row["article_id"]] = row["text"]
    gold_total = predicted_total = matched = 0
    start = time.perf_counter()
    predictions = {key: extract_attributions(text) for key, text in articles.items()}
    elapsed = time.perf_counter() - start
    with (basil_dir / "annotations.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            names = {
                p["speaker"].replace("_", " ")
                for p in row.get("phrase-level-annotations", [])
                if p.get("speaker") and not p["speaker"].lower().startswith("other")
            }
            gold_keys = [k for k in (speaker_key(n) for n in sorted(names)) if k]
            pred_keys = sorted(
                {
                    k
                    for k in (speaker_key(a.speaker_resolved) for a in predictions.get(row["article_id"], []))
                    if k
                }
            )
            gold_total += len(gold_keys)
            predicted_total += len(pred_keys)
            matched += len(match_speakers(gold_keys, pred_keys))
    recall = matched / gold_total if gold_total else 0.0
    precision = matched / predicted_total if predicted_total else 0.0
    print(f"BASIL: {len(articles)} articles, {gold_total} named quoted speakers, {predicted_total} predicted")
    print(
        f"BASIL speakers      recall {recall:.3f}  precision {precision:.3f} (lower bound: BASIL names only "
        f"the speakers of biased phrases)  speed {len(articles) / elapsed:.0f} articles/s"
    )


def speed_report(path: Path) -> None:
    """Articles per second on the texts of a JSON lines file, best of a few rounds (a loaded machine slows
    some rounds down; the best one is closest to what the code costs)."""
    with path.open(encoding="utf-8") as f:
        texts = [t for t in (json.loads(line).get("text") for line in f if line.strip()) if t]
    for text in texts[:20]:
        extract_attributions(text)  # compile the patterns made on first use before timing
    rounds = [articles_per_second(texts) for _ in range(SPEED_ROUNDS)]
    wall, cpu = max(r[0] for r in rounds), max(r[1] for r in rounds)
    chars = sum(map(len, texts)) / len(texts)
    print(
        f"speed on {path.name} ({len(texts)} articles, {chars:,.0f} characters on average): best of "
        f"{SPEED_ROUNDS} rounds {wall:.0f} articles/s wall clock, {cpu:.0f} articles/s of CPU time (one process)"
    )
    warm = [row["text"] for row in load_gold(DEFAULT_GOLD)[0].values()]
    wall, cpu = first_sight_rate("workbench.extract.attributions", "extract_attributions", warm, texts, SPEED_ROUNDS)
    print(
        f"  on first sight (each round a fresh process, warmed on the gold set's articles, then one pass over "
        f"these): best of {SPEED_ROUNDS} rounds {wall:.0f} articles/s wall clock, {cpu:.0f} of CPU time"
    )


def heldout_report(datasets: Path) -> None:
    """Speaker F1 and type accuracy per held-out batch, matched as the gold-set scorer matches speakers."""
    texts = heldout_texts(datasets)
    totals: dict[str, list[int]] = {}
    with HELDOUT.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for row in rows:
        gold = {speaker_key(name): kind for name, kind in row["speakers"]}
        predicted: dict = {}
        unresolved = set()
        for record in extract_attributions(texts[row["dataset"], row["doc_id"]]):
            key = speaker_key(record.speaker_resolved)
            if key is None:
                unresolved.add((record.speaker_resolved or "").lower())
            else:
                predicted.setdefault(key, record.speaker_type)
        gold_keys, pred_keys = list(gold), list(predicted)
        pairs = match_speakers(gold_keys, pred_keys)
        typed = sum(gold[gold_keys[i]] == predicted[pred_keys[j]] for i, j in pairs)
        for key in (f"batch {row['batch']}", "all"):
            tally = totals.setdefault(key, [0, 0, 0, 0, 0])
            tally[0] += 1
            tally[1] += len(gold_keys)
            tally[2] += len(pred_keys) + len(unresolved - {""})
            tally[3] += len(pairs)
            tally[4] += typed
    print(f"held-out speakers ({HELDOUT.name}):")
    for key, (articles, n_gold, n_pred, matched, typed) in sorted(totals.items(), key=lambda i: i[0] == "all"):
        precision, recall = matched / max(n_pred, 1), matched / max(n_gold, 1)
        f1 = 2 * precision * recall / (precision + recall) if matched else 0.0
        print(f"  {key:8} {articles:3} articles  speaker P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
              f"({matched}/{n_gold} gold, {n_pred} predicted)  type accuracy {typed / max(matched, 1):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--basil", help="BASIL dataset folder (articles.jsonl, annotations.jsonl)")
    parser.add_argument("--speed", help="JSON lines file whose `text` fields are timed (articles per second)")
    parser.add_argument(
        "--details", action="store_true", help="print gold and predicted speakers per article"
    )
    parser.add_argument("--heldout", help="the shared datasets folder, to score the held-out speaker batches")
    args = parser.parse_args()
    gold_report(Path(args.gold_dir), args.details)
    if args.basil:
        basil_report(Path(args.basil))
    if args.heldout:
        heldout_report(Path(args.heldout))
    if args.speed:
        speed_report(Path(args.speed))


if __name__ == "__main__":
    main()
