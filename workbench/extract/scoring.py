"""Scoring casualty claims against a hand-annotated gold set, as the annotation guidelines define it.

The same function serves the benchmark and the floor test, so a score printed by one is the score enforced
by the other. Per article, claims reduce to a set of (category, value) pairs, where value is `value`, or
`value_low` for vague amounts; figures about other events and figures without any value are left out.
Derived gold claims count when found and are never counted as missed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.extract.gold import load_gold as read_gold
from workbench.records import CasualtyClaim

__all__ = ["CasualtyScore", "claim_pairs", "load_gold", "score_casualties"]

Pair = tuple[str, int]


@dataclass(frozen=True, slots=True)
class CasualtyScore:
    """Micro-averaged over articles: pairs are counted per article, then summed."""

    true_positives: int
    predicted: int
    gold: int
    gold_found: int
    false_positives: dict[str, list[Pair]]
    missed: dict[str, list[Pair]]

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0


def _get(claim: CasualtyClaim | Mapping[str, Any], name: str) -> Any:
    if isinstance(claim, Mapping):
        return claim.get(name)
    return getattr(claim, name, None)


def claim_pairs(claims: Iterable[CasualtyClaim | Mapping[str, Any]], *, derived: bool | None = None) -> set[Pair]:
    """The scored (category, value) pairs of one article's claims; `derived` filters gold claims by that flag."""
    pairs: set[Pair] = set()
    for claim in claims:
        if _get(claim, "about_other_event"):
            continue
        if derived is not None and bool(_get(claim, "derived")) != derived:
            continue
        value = _get(claim, "value")
        if value is None:
            value = _get(claim, "value_low")
        if value is None:
            continue
        pairs.add((_get(claim, "category"), int(value)))
    return pairs


def score_casualties(
    gold: Mapping[str, Iterable[Mapping[str, Any]]],
    predicted: Mapping[str, Iterable[CasualtyClaim | Mapping[str, Any]]],
) -> CasualtyScore:
    """Precision and recall of (category, value) pairs per article; keys are article keys."""
    tp = n_pred = n_gold = found = 0
    false_positives: dict[str, list[Pair]] = {}
    missed: dict[str, list[Pair]] = {}
    for key in sorted(set(gold) | set(predicted)):
        gold_claims = list(gold.get(key, ()))
        stated = claim_pairs(gold_claims, derived=False)
        derived = claim_pairs(gold_claims, derived=True) - stated
        pred = claim_pairs(predicted.get(key, ()))
        n_pred += len(pred)
        n_gold += len(stated)
        tp += len(pred & (stated | derived))
        found += len(pred & stated)
        if pred - stated - derived:
            false_positives[key] = sorted(pred - stated - derived)
        if stated - pred:
            missed[key] = sorted(stated - pred)
    return CasualtyScore(tp, n_pred, n_gold, found, false_positives, missed)


def load_gold(directory: str | Path) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Articles by key and their gold claims, from `articles.jsonl` and `claims.jsonl`."""
    return read_gold(directory, "claims.jsonl", span_field="number_text")
