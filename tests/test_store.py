"""The store: incremental by article_id and file, atomic batches, readable after a killed run."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from workbench import schema
from workbench.store import Store, StoreError, read_table

SAMPLE = Path(__file__).parents[1] / "data" / "sample"


def make_table(path: Path, n: int) -> Path:
    rows = [{"text": f"Report number {i}. Police said {i % 7 + 2} people were injured in district {i}.",
             "title": f"Story {i}", "url": f"https://news{i % 5}.example.com/story-{i}",
             "date": f"2020-01-{i % 28 + 1:02d}"} for i in range(n)]
    pd.DataFrame(rows).to_json(path, orient="records", lines=True)
    return path


def test_second_run_adds_nothing_and_parses_nothing(tmp_path):
    from workbench.pipeline import ingest

    store = tmp_path / "store"
    first = ingest([SAMPLE], store)
    second = ingest([SAMPLE], store)
    assert first.counts()["loaded"] == 226
    assert second.counts() == {"loaded": 0, "duplicate": 0, "rejected": 0, "unchanged_files": 2}
    assert len(read_table(store, "articles")) == 226
    assert len(read_table(store, "ingest_log")) == 227


def test_new_files_are_the_only_ones_parsed(tmp_path):
    from workbench.pipeline import ingest

    inputs = tmp_path / "in"
    inputs.mkdir()
    make_table(inputs / "a.jsonl", 30)
    store = tmp_path / "store"
    ingest([inputs], store, workers=1)
    make_table(inputs / "b.jsonl", 40)  # rows 0-29 repeat a.jsonl's stories: duplicates by article_id
    result = ingest([inputs], store, workers=1)
    assert set(result.log["source_path"]) == {str(inputs / "b.jsonl")}
    assert result.counts()["loaded"] == 10 and result.counts()["duplicate"] == 30
    assert result.counts()["unchanged_files"] == 1
    assert len(read_table(store, "articles")) == 40


def test_failed_commit_leaves_the_previous_store_readable(tmp_path, monkeypatch):
    from workbench.pipeline import ingest

    store = tmp_path / "store"
    make_table(tmp_path / "a.jsonl", 20)
    ingest([tmp_path / "a.jsonl"], store, workers=1)
    before = json.loads((store / "manifest.json").read_text())

    def crash(self, manifest):
        raise KeyboardInterrupt("killed before the manifest was replaced")

    make_table(tmp_path / "b.jsonl", 50)
    monkeypatch.setattr(Store, "_commit", crash)
    with pytest.raises(KeyboardInterrupt):
        ingest([tmp_path / "b.jsonl"], store, workers=1)
    monkeypatch.undo()
    assert json.loads((store / "manifest.json").read_text()) == before
    assert len(read_table(store, "articles")) == 20
    orphans = list((store / "articles").iterdir())
    assert len(orphans) == 2, "the uncommitted part is on disk but not in the store"
    again = ingest([tmp_path / "b.jsonl"], store, workers=1)
    assert again.counts()["loaded"] == 30
    assert len(read_table(store, "articles")) == 50
    assert len(list((store / "articles").iterdir())) == 2, "the orphan part was swept"


def test_killed_process_leaves_a_usable_store(tmp_path):
    data = make_table(tmp_path / "many.jsonl", 6000)
    store = tmp_path / "store"
    cmd = [sys.executable, "-m", "workbench.cli", "ingest", str(data), "--store", str(store), "--no-progress",
           "--workers", "2"]
    proc = subprocess.Popen(cmd, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and not (store / "articles").exists():
        time.sleep(0.05)
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    committed = len(read_table(store, "articles")) if (store / "manifest.json").exists() else 0
    assert committed < 6000, "the run was killed before it finished"
    subprocess.run(cmd, check=True, capture_output=True)
    articles = read_table(store, "articles")
    assert len(articles) == 6000
    assert articles["article_id"].is_unique


def test_writes_are_exclusive(tmp_path):
    store = Store(tmp_path / "store")
    with store.writing(), pytest.raises(StoreError, match="another ingest"), store.writing():
        pass


def test_duckdb_views_match_pandas(tmp_path):
    from workbench.pipeline import ingest

    ingest([SAMPLE], tmp_path / "store")
    con = Store(tmp_path / "store").connect()
    per_outlet = con.execute("SELECT outlet_id, count(*) AS n FROM articles GROUP BY 1").df()
    articles = read_table(tmp_path / "store", "articles")
    expected = articles.groupby("outlet_id").size()
    assert dict(zip(per_outlet["outlet_id"], per_outlet["n"], strict=True)) == expected.to_dict()
    assert list(read_table(tmp_path / "store", "articles").columns[:len(schema.columns("articles"))]) == \
        schema.columns("articles")
