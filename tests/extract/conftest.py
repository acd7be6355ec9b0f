"""Shared by the extraction tests: the bundled sample's article texts, on which the fast-path tests hold each
faster form of a pattern or function to its plain one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SAMPLE_ARTICLES = Path(__file__).resolve().parent.parent.parent / "data" / "sample" / "demo_articles.jsonl"


@pytest.fixture(scope="session")
def sample_texts() -> list[str]:
    """The texts of the sample's articles, in file order (tests take the first few dozen they need)."""
    with SAMPLE_ARTICLES.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]
