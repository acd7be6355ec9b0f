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


def _speaker_frame(attributions: pd.DataFrame) -> pd.DataFrame:
    frame = attributions.copy()
    name = (
        frame["speaker_resolved"].fillna(frame["speaker"])
        if "speaker_resolved" in frame
        else frame["speaker"]
    )
    # Spacing tidied and case folded once per distinct name: speakers recur across thousands of rows.
    codes, names = pd.factorize(name.astype("string"))
    tidy = pd.array([SPACE_RE.sub(" ", n).strip() for n in names], dtype="string")
    keys = pd.array([n.casefold() for n in tidy], dtype="string")
    frame["speaker_name"] = pd.Series(tidy.take(codes, allow_fill=True), index=frame.index)
    frame["speaker_key"] = pd.Series(keys.take(codes, allow_fill=True), index=frame.index)
    frame = frame[frame["speaker_name"].fillna("") != ""]
    # Display the most frequent spelling of each speaker.
    spelling = (
        frame.groupby(["speaker_key", "speaker_name"])
        .size()
        .reset_index(name="n")
        .sort_values(["speaker_key", "n", "speaker_name"], ascending=[True, False, True])
        .drop_duplicates("speaker_key")
        .set_index("speaker_key")["speaker_name"]
    )
    frame["speaker_name"] = frame["speaker_key"].map(spelling)
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
    frame = _speaker_frame(attributions) if not attributions.empty else attributions
    if frame.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(
                    cols, ["string", "string", "int64", "float64", "int64", "string"], strict=True
                )
            }
        )
    total = attributions["outlet_id"].nunique()
    g = frame.groupby("speaker_name")
    # Outlets per speaker: distinct pairs sorted once, then each speaker's run of outlet ids joined, rather
    # than a set sorted, or a join called through pandas, per group.
    pairs = frame[["speaker_name", "outlet_id"]].dropna().drop_duplicates()
    pairs = pairs.sort_values(["speaker_name", "outlet_id"], kind="stable")
    names = pairs["speaker_name"].to_numpy()
    starts = np.flatnonzero(np.r_[True, names[1:] != names[:-1]]) if len(names) else np.array([], int)
    ends = np.r_[starts[1:], len(names)]
    outlet_ids = pairs["outlet_id"].tolist()
    outlets = pd.Series(
        [", ".join(outlet_ids[a:b]) for a, b in zip(starts, ends, strict=True)],
        index=pd.Index(names[starts], name="speaker_name"),
        dtype=pairs["outlet_id"].dtype,  # as pandas gives joined strings back
    )
    out = (
        pd.DataFrame(
            {
                "speaker_type": _main_type(frame, ["speaker_name"]),
                "outlet_count": g["outlet_id"].nunique().astype("int64"),
                "attribution_count": g.size().astype("int64"),
                "outlets": outlets,
            }
        )
        .reset_index()
        .rename(columns={"speaker_name": "speaker"})
    )
    out["outlet_share"] = out["outlet_count"] / total
    return out.sort_values(["attribution_count", "speaker"], ascending=[False, True], ignore_index=True)[cols]
