"""Source attributions: placeholder until the attribution extractor lands (issue 5)."""

from __future__ import annotations

from workbench.records import Attribution


def extract_attributions(text: str) -> list[Attribution]:
    """Who is quoted or cited in text, how, and what kind of source."""
    return []
