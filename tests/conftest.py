"""Shared fixtures: the bundled sample ingested once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DIR = REPO / "data" / "sample"
SAMPLE_REFERENCE = SAMPLE_DIR / "reference" / "demo_incidents.jsonl"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A store holding data/sample, ingested once per session through the real pipeline.

    Shared by every test that asks for it: treat it as read-only (use `sample_store_copy` to write).
    """
    from workbench.pipeline import ingest

    store_dir = tmp_path_factory.mktemp("sample") / "store"
    result = ingest([SAMPLE_DIR], store_dir)
    loaded = (result.log["status"] == "loaded").sum()
    assert loaded > 0, f"ingesting {SAMPLE_DIR} loaded nothing:\n{result.log.to_string()}"
    return store_dir


@pytest.fixture(scope="session")
def sample_reference() -> Path:
    """The sample's incident records with reference casualty counts."""
    return SAMPLE_REFERENCE


@pytest.fixture
def sample_store_copy(sample_store, tmp_path) -> Path:
    """A private copy of the sample store that a test may ingest into or change."""
    target = tmp_path / "store"
    shutil.copytree(sample_store, target)
    return target
