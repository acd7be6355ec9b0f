"""Casualty figures: placeholder until the casualty extractor lands (issue 4)."""

from __future__ import annotations

from workbench.records import CasualtyClaim


def extract_casualties(text: str) -> list[CasualtyClaim]:
    """Every count of killed, injured, detained, missing or displaced people in text."""
    return []
