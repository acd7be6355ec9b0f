"""Syndication groups: reprints and near-duplicates grouped, distinct stories kept apart."""

import random

import numpy as np
import pandas as pd
import pytest

from workbench.analysis import syndication

WORDS = (
    "police said the suspect fled north after shots were fired near the station on friday night "
    "witnesses described a chaotic scene as officers arrived and closed several streets downtown "
    "hospital officials confirmed that victims were treated for injuries and one remained in "
    "critical condition while investigators searched for a motive and asked the public for help"
).split()


def story(seed: int, n: int = 120) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(n))


def edited(text: str, seed: int, changes: int = 4) -> str:
    """A reprint: same body with a new first line and a few words changed."""
    rng = random.Random(seed)
    words = text.split()
    for _ in range(changes):
        words[rng.randrange(len(words))] = "EDITED"
    return "Reprinted from the wire. " + " ".join(words) + " Copyright the paper."


def test_reprints_group_and_distinct_stories_do_not():
    a, b = story(1), story(2)
    frame = pd.DataFrame(
        {
            "article_id": ["a-orig", "a-copy1", "a-copy2", "b-orig", "short1", "short2"],
            "outlet_id": ["wire", "p1", "p2", "p3", "p4", "p5"],
            "published_at": pd.to_datetime(
                [
                    "2024-01-01T09:00Z",
                    "2024-01-01T10:00Z",
                    "2024-01-01T08:00Z",
                    "2024-01-01T09:00Z",
                    "2024-01-02T00:00Z",
                    "2024-01-02T00:00Z",
                ]
            ),
            "text": [a, edited(a, 1), edited(a, 2), b, "Breaking: shots fired.", "Breaking: shots fired."],
        }
    )
    groups = syndication.syndication_groups(frame)
    assert groups.index.tolist() == frame["article_id"].tolist()
    # the group is named after its earliest member
    assert groups[["a-orig", "a-copy1", "a-copy2"]].tolist() == ["a-copy2"] * 3
    assert groups["b-orig"] == "b-orig"
    # teasers are too short to call duplicates
    assert groups["short1"] == "short1" and groups["short2"] == "short2"
    summary = syndication.syndication_summary(frame, groups)
    assert summary[
        ["syndication_group_id", "article_count", "outlet_count", "first_outlet_id"]
    ].values.tolist() == [["a-copy2", 3, 3, "p2"]]


def test_signatures_are_stable_and_groups_recompute_from_them():
    texts = [story(i) for i in range(5)] + [edited(story(0), 9)]
    sig = syndication.minhash_signatures(texts)
    assert sig.shape == (6, syndication.NUM_PERM) and sig.dtype == np.uint32
    assert np.array_equal(sig, syndication.minhash_signatures(texts))  # same in another run
    groups = syndication.groups_from_signatures([f"id{i}" for i in range(6)], sig)
    assert groups["id5"] == groups["id0"] and groups.nunique() == 5


def test_misaligned_signatures_are_an_error():
    with pytest.raises(ValueError, match="aligned"):
        syndication.groups_from_signatures(["a", "b"], np.zeros((1, syndication.NUM_PERM), dtype=np.uint32))


def test_empty_table():
    frame = pd.DataFrame({"article_id": pd.Series(dtype="string"), "text": pd.Series(dtype="string")})
    assert syndication.syndication_groups(frame).empty


def test_grouping_from_stored_signatures_finds_every_story_at_scale():
    """Groups recomputed from 20,000 stored signatures (2,000 stories reprinted up to ten times, each reprint
    differing in a tenth of its hashes) are the stories. (Its speed is part of benchmarks/scale.py's ingest.)"""
    rng = np.random.default_rng(0)
    n_stories, n = 2000, 20000
    base = rng.integers(0, 2**32, size=(n_stories, syndication.NUM_PERM), dtype=np.uint32)
    story_of = rng.integers(0, n_stories, size=n)
    sig = base[story_of].copy()
    noise = rng.random(sig.shape) < 0.1  # about 90% agreement between reprints of one story
    sig[noise] = rng.integers(0, 2**32, size=int(noise.sum()), dtype=np.uint32)
    ids = [f"a{i:05d}" for i in range(n)]
    groups = syndication.groups_from_signatures(ids, sig)
    assert groups.nunique() == len(set(story_of))
    # (and each group is one story: no story split, none merged with another)
    assert pd.Series(story_of).groupby(groups.to_numpy()).nunique().max() == 1


def test_store_groups_use_stored_ids_or_hash_in_batches():
    import duckdb

    a = story(7)
    frame = pd.DataFrame(
        {
            "article_id": ["x1", "x2", "y1"],
            "outlet_id": ["p1", "p2", "p3"],
            "published_at": pd.to_datetime(["2024-01-02", "2024-01-01", "2024-01-01"], utc=True),
            "published_date": pd.to_datetime(["2024-01-02", "2024-01-01", "2024-01-01"]),
            "title": ["t", "t", "u"],
            "text": [a, edited(a, 3), story(8)],
        }
    )
    con = duckdb.connect()
    con.register("articles", frame)
    hashed = syndication.store_syndication_groups(con, batch_size=2)  # batches smaller than the table
    assert hashed.to_dict() == {"x1": "x2", "x2": "x2", "y1": "y1"}
    stored = frame.assign(syndication_group_id=["g", "g", None])
    con.register("articles", stored)
    assert syndication.store_syndication_groups(con).to_dict() == {"x1": "g", "x2": "g", "y1": "y1"}


def test_signatures_are_datasketchs():
    """The numpy permutations give the signatures datasketch's MinHash gives for the same shingles."""
    import json
    from pathlib import Path

    import numpy as np
    from datasketch import MinHash

    from workbench.analysis.syndication import (
        MIN_SHINGLES,
        NUM_PERM,
        SCHEME,
        SEED,
        minhash_signatures,
        shingle_hashes,
    )

    sample = Path(__file__).resolve().parents[2] / "data" / "sample" / "demo_articles.jsonl"
    texts = [json.loads(line)["text"] for line in sample.read_text("utf-8").splitlines()][:60]
    texts += ["", None, "one two three", "word " * 40]
    template = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme=SCHEME)
    for text, row in zip(texts, minhash_signatures(texts), strict=True):
        hashes = shingle_hashes(text)
        if len(hashes) < MIN_SHINGLES:
            assert not row.any()
            continue
        m = template.copy()
        m.update_batch(hashes.tolist())
        assert np.array_equal(row, m.hashvalues.astype(np.uint32))
