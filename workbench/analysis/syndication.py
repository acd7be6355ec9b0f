"""Wire copies and near-duplicates across outlets, grouped so a story reprinted by twenty outlets counts once.

Each body is cut into word shingles (runs of `SHINGLE_WORDS` words), summarised by a MinHash signature, and
candidate pairs come from locality-sensitive hashing (datasketch's `MinHashLSH`); a pair joins a group only
when its estimated Jaccard similarity reaches the threshold. Groups are the connected components.

The two steps are separate so the pipeline can compute signatures once per article (`minhash_signatures`),
store them, and recompute groups cheaply for the whole table (`groups_from_signatures`) when articles
arrive: hashing bodies is the expensive part, and it is linear in the number of articles.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from workbench.analysis.selection import article_instant

# 5-word shingles: long enough that shared stock phrases ("police said the") rarely match, short enough
# that an edited reprint keeps most of its shingles (the usual choice for news near-duplicates).
SHINGLE_WORDS = 5
# 128 permutations keep the Jaccard estimate within about +-0.09 (1/sqrt(128)) at a few KB per article.
NUM_PERM = 128
SEED = 1
# datasketch's default permutation scheme since 2.0; signatures are uint32 rows. Stored signatures are only
# comparable with ones made with the same scheme, seed and num_perm.
SCHEME = "affine32"
# Measured on the sample (226 articles, 30 incidents): the five reprint pairs score 0.57-1.0 (true Jaccard of
# shingle sets) and every other pair of articles about the same incident 0.19 or less.
THRESHOLD = 0.5
# Bodies with fewer shingles than this (teasers, captions) are too short to call duplicates.
MIN_SHINGLES = 10

WORD_RE = re.compile(r"\w+", re.UNICODE)


# Multiplier that folds a window of word hashes into one shingle hash (the 64-bit FNV prime).
FOLD_PRIME = np.uint64(0x100000001B3)


def shingle_hashes(text: str | None, k: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the distinct k-word shingles of a text (case-folded, punctuation dropped).

    Each word is hashed once, in C (pandas' keyed SipHash: stable across processes, unlike `hash`), and
    each window of k word hashes is folded into one value with numpy: several times faster than hashing
    every shingle string, and the same sets up to rare 32-bit collisions.
    """
    words = WORD_RE.findall((text or "").lower())
    if not words:
        return np.zeros(0, dtype=np.uint32)
    wh = pd.util.hash_array(np.asarray(words, dtype=object), categorize=False)
    k = min(k, len(words))
    n = len(words) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        for j in range(k):
            acc = acc * FOLD_PRIME + wh[j : j + n]
    return np.unique(((acc >> np.uint64(32)) ^ acc).astype(np.uint32))


def minhash_signatures(
    texts: Iterable[str | None], *, num_perm: int = NUM_PERM, k: int = SHINGLE_WORDS, seed: int = SEED
) -> np.ndarray:
    """MinHash signatures of texts, one row of `num_perm` uint32 values per text, in input order.

    Texts with fewer than `MIN_SHINGLES` distinct shingles get a row of zeros, which
    `groups_from_signatures` leaves ungrouped. The rows are plain arrays so they can be stored next to the
    articles.

    The permutations are datasketch's (its "affine32" scheme, this seed and num_perm), applied here with
    numpy: the MurmurHash3 finalizer, then a*h + b modulo 2**32, then the minimum. datasketch does the same
    through a Python list of the hashes and a MinHash object per text; a test holds the two equal.
    """
    a, b = _permutations(num_perm, seed)
    per_text = [shingle_hashes(text, k) for text in texts]
    rows = np.zeros((len(per_text), num_perm), dtype=np.uint32)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**32 is the point
        for i, hashes in enumerate(per_text):
            if len(hashes) >= MIN_SHINGLES:  # (one text at a time: its matrix stays in the CPU's caches)
                rows[i] = (_fmix32(hashes).reshape(-1, 1) * a + b).min(axis=0)
    return rows


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutation parameters (a, b) for this number and seed."""
    from datasketch import MinHash  # imported here: it pulls in scipy, which most notebooks never need

    a, b = MinHash(num_perm=num_perm, seed=seed, hashfunc=int, scheme=SCHEME).permutations
    return np.asarray(a, dtype=np.uint32), np.asarray(b, dtype=np.uint32)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """The 32-bit MurmurHash3 finalizer, as datasketch applies it before its affine permutations."""
    h = h.astype(np.uint32, copy=True)
    with np.errstate(over="ignore"):
        h ^= h >> np.uint32(16)
        h *= np.uint32(0x85EBCA6B)
        h ^= h >> np.uint32(13)
        h *= np.uint32(0xC2B2AE35)
        h ^= h >> np.uint32(16)
    return h


def groups_from_signatures(
    article_ids: Sequence[str],
    signatures: np.ndarray,
    *,
    order: Sequence | None = None,
    threshold: float = THRESHOLD,
    seed: int = SEED,
) -> pd.Series:
    """Syndication group of each article from its MinHash signature.

    `order` (publication instants, same length) decides which member names the group: the group id is the
    article_id of the earliest member (ties broken by article_id), so an ungrouped article is its own group.
    Returns a Series indexed by article_id named `syndication_group_id`.
    """
    ids = [str(i) for i in article_ids]
    n = len(ids)
    if signatures.shape[0] != n:
        raise ValueError(f"{signatures.shape[0]} signatures for {n} articles: they must be aligned")
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    usable = [i for i in range(n) if signatures[i].any()]
    if usable:
        from datasketch import LeanMinHash, MinHashLSH

        num_perm = signatures.shape[1]
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        with lsh.insertion_session() as session:
            for i in usable:
                session.insert(
                    i,
                    LeanMinHash(seed=seed, hashvalues=signatures[i], scheme=SCHEME),
                    check_duplication=False,
                )
        for i in usable:
            for j in lsh.query(LeanMinHash(seed=seed, hashvalues=signatures[i], scheme=SCHEME)):
                if j <= i:
                    continue
                if np.mean(signatures[i] == signatures[j]) >= threshold:
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[rj] = ri
    roots = [find(i) for i in range(n)]
    rank = pd.DataFrame(
        {
            "article_id": ids,
            "order": pd.to_datetime(pd.Series(list(order) if order is not None else [pd.NaT] * n)),
            "root": roots,
        }
    )
    rank = rank.sort_values(["order", "article_id"], na_position="last", kind="stable")
    leader = rank.groupby("root", sort=False)["article_id"].first()
    return pd.Series(
        [leader[r] for r in roots],
        index=pd.Index(ids, name="article_id"),
        dtype="string",
        name="syndication_group_id",
    )


def syndication_groups(
    articles: pd.DataFrame,
    *,
    threshold: float = THRESHOLD,
    signatures: np.ndarray | None = None,
    num_perm: int = NUM_PERM,
) -> pd.Series:
    """article_id -> syndication group id for an articles table (needs article_id and text).

    Pass `signatures` (rows aligned with `articles`) to skip hashing. The group id is the article_id of the
    group's earliest-published member.
    """
    if signatures is None:
        signatures = minhash_signatures(articles["text"].tolist(), num_perm=num_perm)
    order = (
        article_instant(articles) if ("published_at" in articles or "published_date" in articles) else None
    )
    return groups_from_signatures(
        articles["article_id"].tolist(),
        signatures,
        order=None if order is None else order.tolist(),
        threshold=threshold,
    )


def syndication_summary(articles: pd.DataFrame, groups: pd.Series) -> pd.DataFrame:
    """One row per group with more than one article: the first member's title and outlet, how many
    articles and outlets carried it, and when. Largest groups first.

    Columns: syndication_group_id, title, first_outlet_id, article_count, outlet_count, outlets,
    first_published_at, last_published_at.
    """
    cols = [
        "syndication_group_id",
        "title",
        "first_outlet_id",
        "article_count",
        "outlet_count",
        "outlets",
        "first_published_at",
        "last_published_at",
    ]
    groups = groups[~groups.index.duplicated()]
    frame = articles.assign(
        syndication_group_id=articles["article_id"].map(groups).fillna(articles["article_id"]),
        _at=article_instant(articles),
    )
    sizes = frame.groupby("syndication_group_id")["article_id"].transform("size")
    frame = frame[sizes > 1].sort_values(["_at", "article_id"], kind="stable")
    if frame.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(
                    cols,
                    [
                        "string",
                        "string",
                        "string",
                        "int64",
                        "int64",
                        "string",
                        "datetime64[ns]",
                        "datetime64[ns]",
                    ],
                    strict=True,
                )
            }
        )
    g = frame.groupby("syndication_group_id", sort=False)
    out = pd.DataFrame(
        {
            "title": g["title"].first() if "title" in frame else pd.NA,
            "first_outlet_id": g["outlet_id"].first(),
            "article_count": g.size().astype("int64"),
            "outlet_count": g["outlet_id"].nunique().astype("int64"),
            "outlets": g["outlet_id"].agg(lambda s: ", ".join(sorted(set(s)))),
            "first_published_at": g["_at"].min(),
            "last_published_at": g["_at"].max(),
        }
    ).reset_index()
    return out.sort_values(
        ["article_count", "first_published_at"], ascending=[False, True], ignore_index=True
    )[cols]


def store_syndication_groups(
    con, selection=None, *, batch_size: int = 2000, threshold: float = THRESHOLD
) -> pd.Series:
    """Syndication groups for the selected articles of a store.

    Uses the groups the pipeline stored (the articles view's `syndication_group_id`, computed over the whole
    store) when there are any; otherwise hashes the selected bodies in batches, so only one batch of bodies
    is in memory at a time.
    """
    from workbench.analysis.selection import table_columns, where_clause

    if "syndication_group_id" in table_columns(con, "articles"):
        where, params = where_clause(con, selection)
        meta = con.execute(
            f"SELECT article_id, syndication_group_id FROM articles WHERE {where} ORDER BY article_id", params
        ).df()
        if meta.empty or meta["syndication_group_id"].notna().any():
            return pd.Series(
                meta["syndication_group_id"].fillna(meta["article_id"]).astype("string").to_numpy(),
                index=pd.Index(meta["article_id"], name="article_id"),
                name="syndication_group_id",
            )
    where, params = where_clause(con, selection)
    cur = con.execute(
        f"SELECT article_id, published_at, published_date, text FROM articles WHERE {where} "
        "ORDER BY article_id",
        params,
    )
    ids, order, sigs = [], [], []
    while rows := cur.fetchmany(batch_size):
        batch = pd.DataFrame(rows, columns=["article_id", "published_at", "published_date", "text"])
        ids += batch["article_id"].tolist()
        order += article_instant(batch).tolist()
        sigs.append(minhash_signatures(batch["text"].tolist()))
    signatures = np.vstack(sigs) if sigs else np.zeros((0, NUM_PERM), dtype=np.uint32)
    return groups_from_signatures(ids, signatures, order=order, threshold=threshold)
