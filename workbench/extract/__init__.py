"""Pure functions over article text: casualty figures and source attributions."""

from workbench.extract.attributions import extract_attributions
from workbench.extract.casualties import extract_casualties

__all__ = ["extract_attributions", "extract_casualties"]
