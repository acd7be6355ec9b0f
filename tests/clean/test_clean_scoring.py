"""The article-extraction benchmark's metric, on texts small enough to count by hand."""

from __future__ import annotations

import pytest

from workbench.clean.scoring import page_overlap, score, shingles


def test_shingles():
    assert shingles("") == {}
    assert shingles("one two") == {("one", "two"): 1}
    assert sum(shingles("a b c d e").values()) == 2
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_page_overlap_counts_shared_shingles():
    truth = "a b c d e f"  # shingles abcd bcde cdef
    precision, recall = page_overlap("a b c d e x", truth)  # abcd bcde bcdx -> 2 of 3 shared
    assert precision == pytest.approx(2 / 3)
    assert recall == pytest.approx(2 / 3)
    assert page_overlap("", truth) == (None, 0.0)


def test_score_averages_precision_over_nonempty_predictions_only():
    result = score([("a b c d", "a b c d"), ("", "e f g h")])
    assert result.precision == pytest.approx(1.0)
    assert result.recall == pytest.approx(0.5)
    assert result.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert result.pages == 2
