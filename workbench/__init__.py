"""The media-coverage workbench: load news articles, extract casualty figures and sources, compare outlets."""

from workbench.extract import extract_attributions, extract_casualties
from workbench.records import Article, Attribution, CasualtyClaim

__all__ = [
    "Article",
    "Attribution",
    "CasualtyClaim",
    "extract_attributions",
    "extract_casualties",
]
__version__ = "0.1.0"
