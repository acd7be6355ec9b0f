"""The held-out files under benchmarks/data are the only honest estimate of how the extractors do on text they were
not written against, so their shape is checked here: each article listed once, well-formed records, and none of
their articles in the hand-annotated gold sets the rules were developed on (one such overlap once slipped in)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
HELDOUT = ROOT / "benchmarks" / "data"
GOLD = ROOT / "tests" / "gold"
CATEGORIES = {"killed", "injured", "detained", "missing", "displaced"}
SPEAKER_TYPES = {"government", "security forces", "state media", "wire agency", "other media", "international body",
                 "foreign government", "party or politician", "NGO or rights group", "expert", "witness or resident",
                 "protester", "anonymous", "other"}


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _keys(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["dataset"], str(r["doc_id"])) for r in rows]


def _casualty_gold_keys() -> set[tuple[str, str]]:
    """The casualty gold set names its article in `source`: 'ecbplus 12_18ecb' or 'gva-incidents doc_id <id> ...'."""
    keys = set()
    for r in _rows(GOLD / "casualties" / "articles.jsonl"):
        words = r["source"].split()
        keys.add((words[0], words[2] if len(words) > 2 and words[1] == "doc_id" else words[1]))
    return keys


def _in_attribution_gold(key: tuple[str, str], gold: list[tuple[str, str]]) -> bool:
    """The attribution gold set keeps Gun Violence Corpus articles as ('gva', a prefix of the doc_id)."""
    dataset, doc_id = key
    return any((source == dataset and source_id == doc_id)
               or (source == "gva" and dataset == "gva-incidents" and doc_id.startswith(source_id))
               for source, source_id in gold)


def _batched_once(name: str) -> list[dict]:
    """A held-out file's records, after checking each names its batch and each article is listed once."""
    rows = _rows(HELDOUT / name)
    keys = _keys(rows)
    assert len(keys) == len(set(keys))
    assert all(isinstance(r["batch"], int) for r in rows)
    return rows


def test_casualty_heldout_records_are_well_formed_and_listed_once():
    for r in _batched_once("casualties_heldout.jsonl"):
        pairs = [tuple(p) for field in ("gold", "derived", "optional") for p in r[field]]
        assert len(pairs) == len(set(pairs)), r["doc_id"]
        assert all(c in CATEGORIES and isinstance(v, int) and v > 0 for c, v in pairs), r["doc_id"]


def test_attribution_heldout_records_are_well_formed_and_listed_once():
    for r in _batched_once("attributions_heldout.jsonl"):
        assert all(kind in SPEAKER_TYPES for _, kind in r["speakers"]), r["doc_id"]


def test_no_heldout_article_is_in_the_gold_sets():
    casualty_gold = _casualty_gold_keys()
    assert ("ecbplus", "12_18ecb") in casualty_gold  # the parser reads the gold set's own naming
    assert not [k for k in _keys(_rows(HELDOUT / "casualties_heldout.jsonl")) if k in casualty_gold]
    attribution_gold = [(r["source"], str(r["source_id"])) for r in _rows(GOLD / "attributions" / "articles.jsonl")]
    assert _in_attribution_gold(("ecbplus", "35_7ecbplus"), attribution_gold)  # the check reads the gold set's naming
    assert not [k for k in _keys(_rows(HELDOUT / "attributions_heldout.jsonl"))
                if _in_attribution_gold(k, attribution_gold)]
