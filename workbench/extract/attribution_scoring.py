"""Scoring source attributions against a hand-annotated gold set, as the annotation guidelines define it.

The benchmark and the floor test call the same functions, so the score one prints is the score the other
enforces. Per article, speakers are compared as sets of resolved names (lowercased words without articles
or honorifics), matched one to one when one's words contain the other's; pronoun-only speakers never match.
Speaker type is scored on the matched speakers. Content is scored span by span: a gold statement is found
when one predicted span covers at least half of it, and a predicted span is right when at least half of it
lies in one gold span.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.extract.gold import load_gold as read_gold
from workbench.extract.speakers import PRONOUNS, norm_words
from workbench.records import Attribution

__all__ = [
    "AttributionScore",
    "load_gold",
    "match_speakers",
    "score_attributions",
    "speaker_key",
]


@dataclass
class AttributionScore:
    """Counts and rates over a whole gold set (micro-averaged over articles)."""

    speakers_gold: int = 0
    speakers_predicted: int = 0
    speakers_matched: int = 0
    types_correct: int = 0
    content_gold: int = 0
    content_found: int = 0
    content_predicted: int = 0
    content_right: int = 0
    per_article: dict[str, dict[str, Any]] = field(default_factory=dict)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def speaker_precision(self) -> float:
        return self._ratio(self.speakers_matched, self.speakers_predicted)

    @property
    def speaker_recall(self) -> float:
        return self._ratio(self.speakers_matched, self.speakers_gold)

    @property
    def speaker_f1(self) -> float:
        p, r = self.speaker_precision, self.speaker_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def type_accuracy(self) -> float:
        return self._ratio(self.types_correct, self.speakers_matched)

    @property
    def content_precision(self) -> float:
        return self._ratio(self.content_right, self.content_predicted)

    @property
    def content_recall(self) -> float:
        return self._ratio(self.content_found, self.content_gold)

    @property
    def content_f1(self) -> float:
        p, r = self.content_precision, self.content_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(directory: str | Path) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Articles by key and their gold attributions, from `articles.jsonl` and `attributions.jsonl`."""
    return read_gold(directory, "attributions.jsonl", span_field="content")


def speaker_key(resolved: str | None) -> tuple[str, ...] | None:
    """A resolved speaker as the scoring compares it, or None for a missing or pronoun-only speaker."""
    words = norm_words(resolved)
    if not words or all(w in PRONOUNS for w in words):
        return None
    return tuple(words)


def _speaker_types(records: Iterable[Mapping[str, Any]]) -> dict[tuple[str, ...], str]:
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for r in records:
        key = speaker_key(r.get("speaker_resolved"))
        if key is not None:
            votes.setdefault(key, Counter())[r.get("speaker_type") or "other"] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def match_speakers(
    gold: Sequence[tuple[str, ...]], predicted: Sequence[tuple[str, ...]]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) whose words contain one another (maximum matching).

    Identical speakers pair first, so "officials" pairs with "officials" rather than "police officials".
    """
    owner: dict[int, int] = {}
    exact = {p: j for j, p in enumerate(predicted)}
    paired_gold: set[int] = set()
    for i, g in enumerate(gold):
        j = exact.get(g)
        if j is not None and j not in owner:
            owner[j] = i
            paired_gold.add(i)
    fits = [
        [j for j, p in enumerate(predicted) if j not in owner and (set(g) <= set(p) or set(p) <= set(g))]
        if i not in paired_gold
        else []
        for i, g in enumerate(gold)
    ]

    def assign(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        assign(i, set())
    return sorted((i, j) for j, i in owner.items())


def _as_dict(record: Attribution | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(record, Mapping):
        return record
    return {name: getattr(record, name) for name in record.__slots__}  # type: ignore[attr-defined]


def _covered(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    length = span[1] - span[0]
    if length <= 0:
        return False
    best = max((min(span[1], o[1]) - max(span[0], o[0]) for o in others), default=0)
    return best * 2 >= length


def score_attributions(
    predicted: Mapping[str, Sequence[Attribution | Mapping[str, Any]]],
    gold: Mapping[str, Sequence[Mapping[str, Any]]],
) -> AttributionScore:
    """Score predictions per article key against the gold records of the same keys."""
    score = AttributionScore()
    for key, gold_records in gold.items():
        preds = [_as_dict(r) for r in predicted.get(key, [])]
        gold_types = _speaker_types(gold_records)
        pred_types = _speaker_types(preds)
        gold_keys = list(gold_types)
        # pronoun-only speakers stay in the predicted set and never match
        pred_keys: list[tuple[str, ...]] = list(pred_types)
        unresolved = {
            (r.get("speaker_resolved") or "").lower()
            for r in preds
            if r.get("speaker_resolved") and speaker_key(r.get("speaker_resolved")) is None
        }
        pairs = match_speakers(gold_keys, pred_keys)
        types_ok = sum(gold_types[gold_keys[i]] == pred_types[pred_keys[j]] for i, j in pairs)
        gold_spans = [(r["start"], r["end"]) for r in gold_records]
        pred_spans = [(r["start"], r["end"]) for r in preds]
        found = sum(_covered(g, pred_spans) for g in gold_spans)
        right = sum(_covered(p, gold_spans) for p in pred_spans)
        score.speakers_gold += len(gold_keys)
        score.speakers_predicted += len(pred_keys) + len(unresolved)
        score.speakers_matched += len(pairs)
        score.types_correct += types_ok
        score.content_gold += len(gold_spans)
        score.content_found += found
        score.content_predicted += len(pred_spans)
        score.content_right += right
        score.per_article[key] = {
            "gold_speakers": [" ".join(k) for k in gold_keys],
            "predicted_speakers": [" ".join(k) for k in pred_keys] + sorted(unresolved),
            "matched": len(pairs),
            "types_correct": types_ok,
            "content_found": found,
            "content_gold": len(gold_spans),
            "content_right": right,
            "content_predicted": len(pred_spans),
        }
    return score
