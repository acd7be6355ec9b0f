"""Who speaks in each outlet: the mix of source types, the most quoted speakers, and speakers only some
outlets quote.

Input is the attributions table joined with each article's outlet (see `selection.load_related`). A speaker
is named by `speaker_resolved` when the extractor resolved it, else by `speaker` as written; spellings that
differ only in case or spacing count as one speaker.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

SPACE_RE = re.compile(r"\s+")


def _speakers(attributions: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Who each row's speaker is, as a number: (speaker of each row, -1 where it names none; each
    speaker's display name; each speaker's case-folded key).

    Names are tidied and case folded once per distinct name, and the most frequent spelling of each
    speaker is chosen from counts of (speaker, spelling) pairs: speakers recur across thousands of rows,
    and grouping numbers is much quicker than grouping their strings.
    """
    name = (
        attributions["speaker_resolved"].fillna(attributions["speaker"])
        if "speaker_resolved" in attributions
        else attributions["speaker"]
    )
    codes, names = pd.factorize(name.astype("string"))
    tidy_of_name, tidy = pd.factorize(np.array([SPACE_RE.sub(" ", n).strip() for n in names], dtype=object))
    speaker_of_tidy, keys = pd.factorize(np.array([t.casefold() for t in tidy], dtype=object))
    named = np.append(tidy != "", False)  # the last entry stands for a missing name (code -1)
    row_tidy = np.append(tidy_of_name, -1)[codes]
    kept = named[row_tidy]
    row_speaker = np.where(kept, np.append(speaker_of_tidy, -1)[row_tidy], -1)
    # Display the most frequent spelling of each speaker (ties: the first in string order).
    pairs, counts = np.unique(row_speaker[kept] * len(tidy) + row_tidy[kept], return_counts=True)
    speaker, spelling = pairs // len(tidy), pairs % len(tidy)
    rank = np.empty(len(tidy), dtype=np.int64)
    rank[sorted(range(len(tidy)), key=tidy.__getitem__)] = np.arange(len(tidy))
    order = np.lexsort((rank[spelling], -counts, speaker))
    first = order[np.r_[True, speaker[order][1:] != speaker[order][:-1]]] if len(order) else order
    display = np.empty(len(keys), dtype=object)
    display[speaker[first]] = tidy[spelling[first]]
    return row_speaker, display, keys


def _speaker_frame(attributions: pd.DataFrame) -> pd.DataFrame:
    row_speaker, display, keys = _speakers(attributions)
    kept = row_speaker >= 0
    frame = attributions[kept].copy()
    frame["speaker_name"] = pd.array(display[row_speaker[kept]], dtype="string")
    frame["speaker_key"] = pd.array(keys[row_speaker[kept]], dtype="string")
    return frame


def _main_type(frame: pd.DataFrame, keys: list[str]) -> pd.Series:
    """Each group's most frequent speaker type (ties go to the alphabetically first), indexed by `keys`.

    One grouped count and a sort instead of a Python function per group: with tens of thousands of
    speakers the per-group call dominated the notebooks' run time.
    """
    counts = frame.groupby([*keys, "speaker_type"]).size().reset_index(name="n")
    counts = counts.sort_values(
        [*keys, "n", "speaker_type"], ascending=[True] * len(keys) + [False, True], kind="stable"
    ).drop_duplicates(keys)
    return counts.set_index(keys)["speaker_type"]


def speaker_type_shares(attributions: pd.DataFrame) -> pd.DataFrame:
    """Share of each outlet's attributions by speaker type.

    Columns: outlet_id, speaker_type, attribution_count, share (of the outlet's attributions, 0-1).
    """
    cols = ["outlet_id", "speaker_type", "attribution_count", "share"]
    if attributions.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(cols, ["string", "string", "int64", "float64"], strict=True)
            }
        )
    counts = (
        attributions.groupby(["outlet_id", "speaker_type"]).size().rename("attribution_count").reset_index()
    )
    counts["attribution_count"] = counts["attribution_count"].astype("int64")
    counts["share"] = counts["attribution_count"] / counts.groupby("outlet_id")[
        "attribution_count"
    ].transform("sum")
    return counts.sort_values(
        ["outlet_id", "attribution_count", "speaker_type"], ascending=[True, False, True], ignore_index=True
    )[cols]


def top_speakers(attributions: pd.DataFrame, *, n: int = 5) -> pd.DataFrame:
    """Each outlet's `n` most attributed speakers.

    Columns: outlet_id, rank (1 = most attributed), speaker, speaker_type (the most frequent one given to
    that speaker), attribution_count, example (one quoted or reported passage).
    """
    cols = ["outlet_id", "rank", "speaker", "speaker_type", "attribution_count", "example"]
    frame = _speaker_frame(attributions) if not attributions.empty else attributions
    if frame.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(cols, ["string", "int64", "string", "string", "int64", "string"], strict=True)
            }
        )
    g = frame.groupby(["outlet_id", "speaker_name"])
    out = (
        pd.DataFrame(
            {
                "attribution_count": g.size().astype("int64"),
                "speaker_type": _main_type(frame, ["outlet_id", "speaker_name"]),
                "example": g["content"].first() if "content" in frame else pd.NA,
            }
        )
        .reset_index()
        .rename(columns={"speaker_name": "speaker"})
    )
    out = out.sort_values(["outlet_id", "attribution_count", "speaker"], ascending=[True, False, True])
    out["rank"] = out.groupby("outlet_id").cumcount().astype("int64") + 1
    return out[out["rank"] <= n].reset_index(drop=True)[cols]


def speaker_reach(attributions: pd.DataFrame) -> pd.DataFrame:
    """For each speaker, how many of the outlets (that attribute anything) quote them.

    A speaker with a low outlet_share speaks only in some outlets. Columns: speaker, speaker_type,
    outlet_count, outlet_share (0-1), attribution_count, outlets (comma-separated ids). Sorted by
    attribution_count, most attributed first.
    """
    cols = ["speaker", "speaker_type", "outlet_count", "outlet_share", "attribution_count", "outlets"]
    row_speaker, display, _ = (
        _speakers(attributions) if not attributions.empty else (np.array([], int), [], [])
    )
    kept = row_speaker >= 0
    if not kept.any():
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(
                    cols, ["string", "string", "int64", "float64", "int64", "string"], strict=True
                )
            }
        )
    total = attributions["outlet_id"].nunique()
    # Grouped by speaker number; names join at the end.
    frame = pd.DataFrame(
        {
            "speaker": row_speaker[kept],
            "outlet_id": attributions["outlet_id"][kept].reset_index(drop=True),
            "speaker_type": attributions["speaker_type"][kept].reset_index(drop=True),
        }
    )
    g = frame.groupby("speaker")
    # Outlets per speaker: distinct pairs sorted once, then each speaker's run of outlet ids joined, rather
    # than a set sorted, or a join called through pandas, per group.
    pairs = frame[["speaker", "outlet_id"]].dropna().drop_duplicates()
    pairs = pairs.sort_values(["speaker", "outlet_id"], kind="stable")
    speakers = pairs["speaker"].to_numpy()
    starts = (
        np.flatnonzero(np.r_[True, speakers[1:] != speakers[:-1]]) if len(speakers) else np.array([], int)
    )
    ends = np.r_[starts[1:], len(speakers)]
    outlet_ids = pairs["outlet_id"].tolist()
    outlets = pd.Series(
        [", ".join(outlet_ids[a:b]) for a, b in zip(starts, ends, strict=True)],
        index=pd.Index(speakers[starts], name="speaker"),
        dtype=pairs["outlet_id"].dtype,  # as pandas gives joined strings back
    )
    out = pd.DataFrame(
        {
            "speaker_type": _main_type(frame, ["speaker"]),
            "outlet_count": g["outlet_id"].nunique().astype("int64"),
            "attribution_count": g.size().astype("int64"),
            "outlets": outlets,
        }
    )
    out.insert(0, "speaker", pd.array(display[out.index.to_numpy()], dtype="string"))
    out = out.reset_index(drop=True)
    out["outlet_share"] = out["outlet_count"] / total
    return out.sort_values(["attribution_count", "speaker"], ascending=[False, True], ignore_index=True)[cols]
