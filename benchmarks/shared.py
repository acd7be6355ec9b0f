"""What the extraction benchmarks share: the held-out articles' texts and the first-sight speed measure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# The shared datasets the held-out batches draw on: (folder, file, id field, text field).
HELDOUT_SOURCES = (
    ("ecbplus", "documents.jsonl", "doc_id"),
    ("gva-incidents", "articles.jsonl", "doc_id"),
    ("basil", "articles.jsonl", "article_id"),
    ("gvdb-dev", "articles.jsonl", "article_id"),
)


def heldout_texts(datasets: Path) -> dict[tuple[str, str], str]:
    """Texts of the articles the held-out batches annotate, by (dataset, doc_id as text), read from the shared
    datasets folder (the batches keep ids, not texts)."""
    texts: dict[tuple[str, str], str] = {}
    for name, file, key in HELDOUT_SOURCES:
        with (datasets / name / file).open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    texts[name, str(row[key])] = row["text"]
    truth = json.loads((datasets / "extraction-dev" / "ground-truth.json").read_text("utf-8"))
    texts.update({("extraction-dev", key): row["articleBody"] for key, row in truth.items()})
    return texts


# One timed pass over texts a fresh process has not seen, after a warm-up on other texts: rounds repeated over
# the same articles meet every phrase again and so find the per-phrase caches full, which new articles do not.
FIRST_SIGHT = """
import importlib, json, sys, time
extract = getattr(importlib.import_module(sys.argv[1]), sys.argv[2])
warm, texts = json.loads(sys.stdin.readline()), json.loads(sys.stdin.readline())
for text in warm:
    extract(text)
wall, cpu = time.perf_counter(), time.process_time()
for text in texts:
    extract(text)
print(len(texts) / (time.perf_counter() - wall), len(texts) / (time.process_time() - cpu))
"""


def first_sight_rate(module: str, function: str, warm: list[str], texts: list[str],
                     rounds: int = 3) -> tuple[float, float]:
    """Best articles per second (wall clock, CPU) of one pass over texts in fresh processes warmed on others."""
    feed = json.dumps(warm) + "\n" + json.dumps(texts) + "\n"
    runs = []
    for _ in range(rounds):
        done = subprocess.run([sys.executable, "-c", FIRST_SIGHT, module, function], input=feed, text=True,
                              capture_output=True, check=True)
        runs.append(tuple(map(float, done.stdout.split())))
    return max(r[0] for r in runs), max(r[1] for r in runs)
