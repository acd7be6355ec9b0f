"""Ingest on a Dask cluster writes the same store as a local run."""

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from workbench.store import read_table

distributed = pytest.importorskip("distributed")

SAMPLE = Path(__file__).parents[1] / "data" / "sample"
DUMP = SAMPLE / "000_267d55ba590001b3.txt"
KEYS = {
    "articles": ["article_id"],
    "casualty_claims": ["article_id", "claim_index"],
    "attributions": ["article_id", "attribution_index"],
    "ingest_log": ["source_path", "item"],
    "syndication": ["article_id"],
}
RUN_COLUMNS = ["ingested_at", "run_id"]


def make_inputs(folder: Path) -> Path:
    """The sample, plus the sample dump as four other outlets printed it, and an empty file."""
    shutil.copytree(SAMPLE, folder / "sample")
    page = DUMP.read_text("utf-8")
    more = folder / "more"
    more.mkdir()
    for i, (masthead, figure) in enumerate([("The Guardian", "almost 8,000"), ("Al Jazeera", "almost 7,939"),
                                            ("BBC News", "almost 8,000"), ("The Moscow Times", "nearly 10,000")]):
        text = re.sub(r"(?:The )?Jerusalem (?:Post|Report)|JPost", masthead, page, flags=re.IGNORECASE)
        (more / f"page_{i}.txt").write_text(text.replace("almost 8,000", figure), "utf-8")
    (more / "empty.txt").write_text("", "utf-8")
    return folder


def comparable(store: Path, table: str) -> pd.DataFrame:
    frame = read_table(store, table)
    frame = frame.drop(columns=[c for c in RUN_COLUMNS if c in frame.columns])
    return frame.sort_values(KEYS[table], ignore_index=True)


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def test_dask_store_equals_local_store(tmp_path, cluster):
    from workbench.distributed import ingest_on_dask
    from workbench.pipeline import ingest

    inputs = make_inputs(tmp_path / "in")
    local = ingest([inputs], tmp_path / "local", workers=2)
    on_dask = ingest_on_dask([inputs], tmp_path / "dask", scheduler=cluster)
    assert local.counts() == on_dask.counts()
    assert on_dask.counts()["loaded"] == 226 + 4 and on_dask.counts()["rejected"] == 1
    for table in KEYS:
        pd.testing.assert_frame_equal(comparable(tmp_path / "local", table), comparable(tmp_path / "dask", table))
    groups = read_table(tmp_path / "dask", "syndication")
    reprints = groups[groups["article_id"].isin(read_table(tmp_path / "dask", "articles")
                                                .query("source_format == 'dump'")["article_id"])]
    assert reprints["syndication_group_id"].nunique() == 1, "the five copies of the dump are one story"


def test_dask_by_scheduler_address_adds_only_new_files(tmp_path, cluster):
    from workbench.distributed import ingest_on_dask

    inputs = make_inputs(tmp_path / "in")
    address = cluster.scheduler.address
    first = ingest_on_dask([inputs / "more"], tmp_path / "store", scheduler=address)
    again = ingest_on_dask([inputs], tmp_path / "store", scheduler=address)
    assert first.counts()["loaded"] == 4
    assert again.counts()["loaded"] == 226 and again.counts()["unchanged_files"] == 5
    assert read_table(tmp_path / "store", "articles")["article_id"].is_unique
