"""Speaker tables built from each distinct name once give what the row-by-row versions gave. The references
below are the earlier implementations, kept as the oracle."""

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from workbench.analysis import sources


def reference_speaker_frame(attributions):
    frame = attributions.copy()
    name = frame["speaker_resolved"].fillna(frame["speaker"])
    frame["speaker_name"] = name.astype("string").str.replace(sources.SPACE_RE, " ", regex=True).str.strip()
    frame = frame[frame["speaker_name"].fillna("") != ""]
    frame["speaker_key"] = frame["speaker_name"].str.casefold()
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


def reference_speaker_reach(attributions):
    cols = ["speaker", "speaker_type", "outlet_count", "outlet_share", "attribution_count", "outlets"]
    frame = reference_speaker_frame(attributions)
    total = attributions["outlet_id"].nunique()
    g = frame.groupby("speaker_name")
    pairs = frame[["speaker_name", "outlet_id"]].dropna().drop_duplicates()
    pairs = pairs.sort_values(["speaker_name", "outlet_id"], kind="stable")
    out = (
        pd.DataFrame(
            {
                "speaker_type": sources._main_type(frame, ["speaker_name"]),
                "outlet_count": g["outlet_id"].nunique().astype("int64"),
                "attribution_count": g.size().astype("int64"),
                "outlets": pairs.groupby("speaker_name")["outlet_id"].agg(", ".join),
            }
        )
        .reset_index()
        .rename(columns={"speaker_name": "speaker"})
    )
    out["outlet_share"] = out["outlet_count"] / total
    return out.sort_values(["attribution_count", "speaker"], ascending=[False, True], ignore_index=True)[cols]


NAMES = [
    "police",
    "Police",
    " police ",
    "POLICE",
    "Mayor  Jane Doe",
    "mayor jane\tdoe",
    "Mayor Jane Doe",
    "Straße Amt",
    "STRASSE AMT",
    "İstanbul police",
    "i̇stanbul police",
    "Dr. Lee",
    "dr.\nlee",
    "",
    "   ",
    None,
    "a witness",
    "ǅemal",
    "ǆemal",
]


def many_attributions(n: int = 600, seed: int = 5) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    pick = lambda values: [values[i] for i in rng.integers(0, len(values), n)]  # noqa: E731
    frame = pd.DataFrame(
        {
            "article_id": [f"a{i % 97}" for i in range(n)],
            "speaker": pick(NAMES),
            "speaker_resolved": pick([None, None, None, *NAMES]),
            "speaker_type": pick(["government", "security forces", "expert", "other", None]),
            "content": pick(["quote one", "quote two", None]),
            "outlet_id": pick(["alpha", "beta", "gamma", "delta", "beta-2", None]),
        }
    )
    return frame.astype(
        {c: "string" for c in ("speaker", "speaker_resolved", "speaker_type", "content", "outlet_id")}
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_speaker_reach_same_as_before(seed):
    frame = many_attributions(seed=seed)
    assert_frame_equal(sources.speaker_reach(frame), reference_speaker_reach(frame))


def test_speaker_frame_same_as_before():
    frame = many_attributions()
    assert_frame_equal(sources._speaker_frame(frame), reference_speaker_frame(frame))


def test_speaker_reach_without_a_named_speaker_is_empty():
    frame = many_attributions().assign(
        speaker=pd.array([None, " ", ""] * 200, dtype="string"), speaker_resolved=None
    )
    got = sources.speaker_reach(frame)
    assert got.empty and list(got.columns) == [
        "speaker",
        "speaker_type",
        "outlet_count",
        "outlet_share",
        "attribution_count",
        "outlets",
    ]


def test_speaker_reach_same_as_before_when_types_and_outlets_are_missing():
    frame = many_attributions(seed=9)
    frame.loc[frame["speaker"].fillna("").str.startswith("P"), ["speaker_type", "outlet_id"]] = None
    assert_frame_equal(sources.speaker_reach(frame), reference_speaker_reach(frame))
