"""Ingest on a Dask cluster: the same units of work and per-unit function, run by Dask workers.

`pipeline.ingest` takes any `concurrent.futures.Executor`; a Dask client offers one, so planning, corpus-aware
cleaning, deduplication and the store's commits stay in this process exactly as in a local run, and only
`pipeline.process_unit` runs on the workers. The store is therefore the same whichever way it was written.
Workers need the `workbench` package installed, and for HTML files and dumps the same paths mounted.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from workbench.pipeline import IngestResult, ingest
from workbench.store import DEFAULT_STORE


def ingest_on_dask(
    paths: Iterable[str | Path],
    store_dir: str | Path = DEFAULT_STORE,
    *,
    scheduler,
    urls: Iterable[str] = (),
    progress: bool = False,
) -> IngestResult:
    """`pipeline.ingest` with the units processed by the Dask cluster at `scheduler`.

    `scheduler` is a scheduler address (`tcp://host:8786`) or a `distributed.Client` already connected; a
    client made here is closed afterwards, one passed in is left open.
    """
    from distributed import Client

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        # pure=False: units are new work each time; hashing them to find equal tasks would only cost time.
        with client.get_executor(pure=False) as executor:
            return ingest(paths, store_dir, executor=executor, urls=urls, progress=progress)
    finally:
        if client is not scheduler:
            client.close()
