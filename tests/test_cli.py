"""The `workbench` command as a user runs it."""

import json
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).parents[1] / "data" / "sample"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench.cli", *args], capture_output=True, text=True)


def test_ingest_then_status(tmp_path):
    store = str(tmp_path / "store")
    first = run("ingest", str(SAMPLE), "--store", store, "--no-progress")
    assert first.returncode == 0, first.stderr
    assert "226 loaded, 1 duplicate, 0 rejected" in first.stdout
    second = run("ingest", str(SAMPLE), "--store", store, "--no-progress")
    assert "0 loaded, 0 duplicate, 0 rejected, 2 unchanged files skipped" in second.stdout
    status = run("status", "--store", store, "--top", "0")
    assert status.returncode == 0, status.stderr
    assert "226 articles from 139 outlets" in status.stdout
    assert "outlets of 139" in status.stdout
    assert "jpost" in status.stdout and "cleveland19-com" in status.stdout


def test_extract_prints_one_json_object_per_article_without_a_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("extract", str(SAMPLE / "000_267d55ba590001b3.txt"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["title"] == "Kazakhstan says Islamist radicals played role in attacks"
    assert record["text"].endswith("his powerful predecessor.")
    assert record["outlet_id"] == "jpost" and record["wire_agency"] == "Reuters"
    assert not (tmp_path / "data").exists(), "extract writes no store"


def test_bad_path_is_named(tmp_path):
    result = run("ingest", str(tmp_path / "nope"), "--store", str(tmp_path / "s"), "--no-progress")
    assert result.returncode == 1
    assert "nope: no such file or folder" in result.stderr


def test_update_ingests_what_is_new_in_raw_and_rebuilds_the_reports(tmp_path):
    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    lines = (SAMPLE / "demo_articles.jsonl").read_text("utf-8").splitlines()
    (raw / "first.jsonl").write_text("\n".join(lines[:40]) + "\n", encoding="utf-8")
    store, out = str(tmp_path / "store"), str(tmp_path / "reports")
    first = run_in(tmp_path, "ingest", "data/raw", "--store", store, "--no-progress")
    assert "40 loaded" in first.stdout, first.stderr
    (raw / "second.jsonl").write_text("\n".join(lines[40:60]) + "\n", encoding="utf-8")
    update = run_in(tmp_path, "update", "--store", store, "--out", out)
    assert update.returncode == 0, update.stderr
    assert "20 loaded, 0 duplicate, 0 rejected, 1 unchanged files skipped" in update.stdout
    index = (tmp_path / "reports" / "index.html").read_text("utf-8")
    assert "60 articles" in index
    assert len(list((tmp_path / "reports").glob("0*.html"))) == 4


def run_in(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench.cli", *args], capture_output=True, text=True, cwd=cwd)
