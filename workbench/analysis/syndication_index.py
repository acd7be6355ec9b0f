"""Syndication groups kept up to date as articles arrive, without reading the store's bodies again.

Every stored article keeps its MinHash signature (`syndication.minhash_signatures`) and the keys of its
locality-sensitive-hashing bands in the store's `minhash` table. A run then compares only its new articles:
with each other, and with stored articles that share a band key (DuckDB finds those by the keys alone).
Pairs are confirmed exactly as `syndication.groups_from_signatures` confirms them, and groups are merged
as connected components, so the groups equal a recomputation over the whole store, at a cost that follows
the new articles instead of the store.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from datasketch.lsh import _optimal_param

from workbench.analysis.selection import article_instant
from workbench.analysis.syndication import NUM_PERM, THRESHOLD, groups_from_signatures, minhash_signatures

# The bands and rows per band datasketch's MinHashLSH picks for this threshold (equal weight on false
# positives and negatives): two articles are candidates when every row of one band agrees.
BANDS, ROWS = _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)
# Constants of the band hash (splitmix64's): a band key stands for the band's values and its position.
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _mix(h: np.ndarray) -> np.ndarray:
    h = (h ^ (h >> np.uint64(30))) * _MIX_1
    h = (h ^ (h >> np.uint64(27))) * _MIX_2
    return h ^ (h >> np.uint64(31))


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """One 64-bit key per LSH band of each signature (rows x `BANDS`, int64).

    Equal bands give equal keys; a collision of unequal bands only adds a candidate, which the signature
    comparison then rejects.
    """
    sig = np.asarray(signatures, dtype=np.uint64)
    keys = np.empty((sig.shape[0], BANDS), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for band in range(BANDS):
            h = np.full(sig.shape[0], np.uint64(band + 1) * _GOLDEN, dtype=np.uint64)
            for col in range(band * ROWS, (band + 1) * ROWS):
                h = _mix(h ^ sig[:, col])
            keys[:, band] = h
    return keys.view(np.int64)


def minhash_frame(article_ids: Sequence[str], signatures: np.ndarray) -> pd.DataFrame:
    """Rows of the `minhash` table: article_id, signature (little-endian uint32 bytes), band_keys.

    Bodies too short to hash (a signature of zeros) get no band keys, so they are never candidates.
    """
    keys = band_keys(signatures)
    usable = signatures.any(axis=1)
    sig = np.ascontiguousarray(signatures, dtype="<u4")
    return pd.DataFrame({
        "article_id": pd.array([str(i) for i in article_ids], dtype="string"),
        "signature": [row.tobytes() for row in sig],
        "band_keys": [keys[i] if usable[i] else keys[i][:0] for i in range(len(keys))],
    })


def _signatures(blobs: Sequence[bytes]) -> np.ndarray:
    if not len(blobs):
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    return np.frombuffer(b"".join(blobs), dtype="<u4").reshape(len(blobs), -1).astype(np.uint32)


def _similar(a: np.ndarray, b: np.ndarray, threshold: float) -> np.ndarray:
    """Row-wise: the share of equal MinHash values reaches the threshold (as in groups_from_signatures)."""
    return (a == b).mean(axis=1) >= threshold


class GroupUpdate:
    """The links a run adds between articles, gathered batch by batch and merged into the groups at the end.

    Nodes are this run's articles and the stored groups they touch (a stored group is represented by its
    first member's id, its `syndication_group_id`). Only linked articles are kept, so memory follows the
    links, not the run.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.parent: dict[str, str] = {}

    def _find(self, x: str) -> str:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def _link(self, a: str, b: str, sig_a: np.ndarray, sig_b: np.ndarray) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb and (sig_a == sig_b).mean() >= self.threshold:
            self.parent.setdefault(ra, ra)
            self.parent[rb] = ra

    def add_batch(self, minhash: pd.DataFrame, stored_parts: Sequence[str], groups_path: str | None) -> None:
        """Link a batch's new articles to each other and to stored articles sharing one of their bands.

        `minhash` is `minhash_frame` of the batch; `stored_parts` are the committed `minhash` files (earlier
        runs and earlier batches of this one); `groups_path` the committed syndication file, if any.
        """
        if minhash.empty:
            return
        ids = minhash["article_id"].astype(str).tolist()
        sigs = _signatures(minhash["signature"].tolist())
        lengths = minhash["band_keys"].map(len).to_numpy()
        if not lengths.sum():
            return
        owner = np.repeat(np.arange(len(ids)), lengths)
        keys = np.concatenate([np.asarray(k, dtype=np.int64) for k in minhash["band_keys"]])
        buckets: dict[int, list[int]] = {}
        for key, i in zip(keys.tolist(), owner.tolist(), strict=True):
            buckets.setdefault(key, []).append(i)
        for members in buckets.values():
            for n, i in enumerate(members):
                for j in members[n + 1:]:
                    self._link(ids[i], ids[j], sigs[i], sigs[j])
        stored = self._stored_candidates(keys, owner, stored_parts, groups_path)
        if stored is None:
            return
        pairs, signatures = stored
        for i, node, article_id in zip(pairs["i"].tolist(), pairs["node"].tolist(), pairs["article_id"].tolist(),
                                       strict=True):
            self._link(ids[i], node, sigs[i], signatures[article_id])

    @staticmethod
    def _stored_candidates(keys: np.ndarray, owner: np.ndarray, parts: Sequence[str], groups_path: str | None
                           ) -> tuple[pd.DataFrame, dict[str, np.ndarray]] | None:
        """(i, node, article_id) for each stored article sharing a band key with the batch's article i, and
        the signature of each such stored article (once, however many new articles it pairs with)."""
        if not parts:
            return None
        import duckdb
        import pyarrow as pa

        con = duckdb.connect()
        con.register("new_keys", pa.table({"band_key": keys, "i": owner}))
        listing = ", ".join(_quote(p) for p in parts)
        group = "h.article_id"
        join = ""
        if groups_path:
            join = f"LEFT JOIN read_parquet({_quote(groups_path)}) g USING (article_id)"
            group = "coalesce(g.syndication_group_id, h.article_id)"
        con.execute(
            f"""
            CREATE TEMP TABLE hits AS
            SELECT DISTINCT n.i, m.article_id
            FROM (SELECT article_id, unnest(band_keys) AS band_key FROM read_parquet([{listing}])) m
            JOIN new_keys n USING (band_key)
            """
        )
        pairs = con.execute(f"SELECT h.i, {group} AS node, h.article_id FROM hits h {join} "
                            "ORDER BY h.i, node, h.article_id").df()
        if pairs.empty:
            return None
        rows = con.execute(f"SELECT article_id, signature FROM read_parquet([{listing}]) "
                           "SEMI JOIN (SELECT DISTINCT article_id FROM hits) USING (article_id)").fetchall()
        con.close()
        ids, blobs = zip(*rows, strict=True)
        return pairs, dict(zip(ids, _signatures(blobs), strict=True))

    def linked(self) -> list[str]:
        """Nodes in groups this run formed or grew: their publication times decide the groups' names."""
        return sorted(self.parent)

    def merged(self, article_ids: Sequence[str], groups: pd.DataFrame, instants: pd.DataFrame) -> pd.DataFrame:
        """The syndication table after the run, for every article of the store.

        `groups` is the table before the run (article_id, syndication_group_id); `instants` the publication
        columns (article_id, published_at, published_date) of the `linked()` nodes.
        """
        when = dict(zip(instants["article_id"].astype(str), article_instant(instants), strict=True))
        best: dict[str, str] = {}
        for node in self.parent:
            root = self._find(node)
            if root not in best or _earlier(node, best[root], when):
                best[root] = node
        name = {node: best[self._find(node)] for node in self.parent}
        old = dict(zip(groups["article_id"].tolist(), groups["syndication_group_id"].tolist(), strict=True))
        ids = [str(i) for i in article_ids]
        # A stored article follows its old group's node; a new one is its own node.
        final = [name.get(g, g) for g in (old.get(i, i) for i in ids)]
        return pd.DataFrame({"article_id": ids, "syndication_group_id": final}, dtype="string")


def _quote(path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _earlier(a: str, b: str, when: dict) -> bool:
    """Whether article `a` names its group before `b`: earlier publication, unknown times last, then id."""
    ta, tb = when.get(a, pd.NaT), when.get(b, pd.NaT)
    ka = (pd.isna(ta), ta if not pd.isna(ta) else pd.Timestamp.min, a)
    kb = (pd.isna(tb), tb if not pd.isna(tb) else pd.Timestamp.min, b)
    return ka < kb


def rebuild(article_ids: Sequence[str], signatures: np.ndarray, instants: Sequence) -> pd.DataFrame:
    """The whole syndication table from stored signatures (for stores written before signatures were kept)."""
    groups = groups_from_signatures(list(article_ids), signatures, order=list(instants))
    return pd.DataFrame({"article_id": groups.index.astype(str), "syndication_group_id": groups.to_numpy()}
                        ).astype("string")


__all__ = ["BANDS", "ROWS", "GroupUpdate", "band_keys", "minhash_frame", "minhash_signatures", "rebuild"]
