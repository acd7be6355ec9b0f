"""Syndication groups kept up to date run by run equal the groups recomputed over the whole store."""

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

from workbench import pipeline
from workbench.analysis import syndication, syndication_index
from workbench.store import read_table

SAMPLE = Path(__file__).parents[2] / "data" / "sample"
DUMP = SAMPLE / "000_267d55ba590001b3.txt"
MASTHEADS = ["The Guardian", "Al Jazeera", "BBC News", "The Moscow Times"]


def write_inputs(folder: Path, rows: list[str], mastheads: list[str]) -> Path:
    """Sample rows as a JSON-lines table, and the sample dump as the given outlets printed it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "rows.jsonl").write_text("".join(rows), "utf-8")
    page = DUMP.read_text("utf-8")
    for masthead in mastheads:
        text = re.sub(r"(?:The )?Jerusalem (?:Post|Report)|JPost", masthead, page, flags=re.IGNORECASE)
        (folder / f"{masthead.replace(' ', '_')}.txt").write_text(text, "utf-8")
    return folder


def recomputed(store: Path) -> pd.Series:
    return syndication.syndication_groups(read_table(store, "articles")).sort_index()


def stored(store: Path) -> pd.Series:
    groups = read_table(store, "syndication")
    return pd.Series(groups["syndication_group_id"].to_numpy(), index=groups["article_id"].to_numpy(),
                     dtype="string").sort_index()


def two_runs(tmp_path: Path) -> Path:
    rows = (SAMPLE / "demo_articles.jsonl").read_text("utf-8").splitlines(keepends=True)
    # Reprints of one story land in different runs, so the second run must join groups of the first.
    by_incident: dict[str, list[str]] = {}
    for row in rows:
        by_incident.setdefault(json.loads(row)["incident_id"], []).append(row)
    first = [r for group in by_incident.values() for r in group[::2]]
    second = [r for group in by_incident.values() for r in group[1::2]]
    store = tmp_path / "store"
    pipeline.ingest([write_inputs(tmp_path / "a", first, MASTHEADS[:2])], store, workers=1)
    pipeline.ingest([write_inputs(tmp_path / "a", first, MASTHEADS[:2]),
                     write_inputs(tmp_path / "b", second, MASTHEADS[2:])], store, workers=1)
    return store


def test_groups_after_two_runs_equal_a_recomputation(tmp_path):
    store = two_runs(tmp_path)
    assert len(read_table(store, "articles")) == 225 + 4  # two of the 226 rows are the same story
    pd.testing.assert_series_equal(stored(store), recomputed(store), check_names=False)
    articles = read_table(store, "articles")
    dumps = articles.loc[articles["source_format"] == "dump", "article_id"]
    assert stored(store)[sorted(dumps)].nunique() == 1, "the four printings, two per run, are one story"
    assert (stored(store).value_counts() > 1).sum() >= 3, "the sample's reprints are grouped too"


def test_signatures_made_another_way_are_made_again(tmp_path, monkeypatch):
    store = two_runs(tmp_path)
    before = stored(store)
    # As if the hashing had changed since the store's signatures were made: the next run re-signs and regroups.
    monkeypatch.setattr(pipeline, "SIGNATURE_PROBE", pipeline.SIGNATURE_PROBE + " Officials confirmed the toll.")
    result = pipeline.ingest([tmp_path / "a", tmp_path / "b"], store, workers=1)
    assert result.counts()["loaded"] == 0
    minhash = read_table(store, "minhash")
    assert sorted(minhash["article_id"]) == sorted(read_table(store, "articles")["article_id"])
    pd.testing.assert_series_equal(stored(store), before)


def test_band_keys_agree_exactly_when_bands_agree():
    rng = np.random.default_rng(0)
    a = rng.integers(0, 2**32, size=(1, syndication.NUM_PERM), dtype=np.uint64).astype(np.uint32)
    b = a.copy()
    b[0, syndication_index.ROWS * 2] += 1  # one value of the third band differs
    keys_a, keys_b = syndication_index.band_keys(a)[0], syndication_index.band_keys(b)[0]
    assert keys_a.shape == (syndication_index.BANDS,)
    assert [i for i in range(syndication_index.BANDS) if keys_a[i] != keys_b[i]] == [2]
    assert len(set(keys_a.tolist())) == syndication_index.BANDS, "equal values in another band give another key"
