"""Shingle-overlap scoring of extracted article bodies, as in the article-extraction benchmark.

The metric is the one the extraction-dev set (scrapinghub/article-extraction-benchmark) was scored with, so
the benchmark and the tests' F1 floors speak the same language: tokens are ``\\w+`` runs, texts are
compared as multisets of 4-token shingles (a text of 1-3 tokens is a single shingle), precision is averaged
over pages with a non-empty prediction, recall over all pages, and F1 is the harmonic mean of the averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

TOKEN = re.compile(r"\w+")
# Shingle width used by the benchmark's own evaluation script.
SHINGLE_SIZE = 4


@dataclass(frozen=True, slots=True)
class Score:
    f1: float
    precision: float
    recall: float
    pages: int


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles of ``text``; a shorter text is one shingle, empty is none."""
    tokens = TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def page_overlap(prediction: str, truth: str) -> tuple[float | None, float]:
    """Precision (None when the prediction is empty) and recall of one page."""
    predicted = shingles(prediction)
    expected = shingles(truth)
    common = sum((predicted & expected).values())
    precision = common / sum(predicted.values()) if predicted else None
    if expected:
        recall = common / sum(expected.values())
    else:
        recall = 1.0 if not predicted else 0.0
    return precision, recall


def score(pairs: Iterable[tuple[str, str]]) -> Score:
    """Corpus score of ``(prediction, truth)`` pairs with the benchmark's averaging."""
    precisions: list[float] = []
    recalls: list[float] = []
    for prediction, truth in pairs:
        precision, recall = page_overlap(prediction, truth)
        if precision is not None:
            precisions.append(precision)
        recalls.append(recall)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Score(f1=f1, precision=p, recall=r, pages=len(recalls))
