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
