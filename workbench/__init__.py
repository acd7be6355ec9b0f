"""The media-coverage workbench: load news articles, extract casualty figures and sources, compare outlets.

The public API is re-exported here; heavy modules load on first use, so `import workbench` stays quick.
"""

from __future__ import annotations

from importlib import import_module

from workbench.records import Article, Attribution, CasualtyClaim

# name -> module that defines it
_LAZY = {
    "read_article": "workbench.load.read",
    "load_articles": "workbench.pipeline",
    "ingest": "workbench.pipeline",
    "extract_casualties": "workbench.extract.casualties",
    "extract_attributions": "workbench.extract.attributions",
    "read_table": "workbench.store",
    "read_store": "workbench.store",
    "connect": "workbench.store",
    "Store": "workbench.store",
}

__all__ = ["Article", "Attribution", "CasualtyClaim", *_LAZY]
__version__ = "0.1.0"


def __getattr__(name: str):
    if name in _LAZY:
        module = import_module(_LAZY[name])
        value = getattr(module, "read_table" if name == "read_store" else name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'workbench' has no attribute {name!r}")
