"""Source mix per outlet, most attributed speakers, speakers only some outlets quote."""

import pandas as pd

from workbench import schema
from workbench.analysis import sources


def attributions(rows):
    """From (outlet_id, speaker, speaker_resolved, speaker_type) rows."""
    frame = pd.DataFrame(
        [
            {
                "article_id": f"{r[0]}-{i}",
                "attribution_index": 0,
                "speaker": r[1],
                "speaker_resolved": r[2],
                "speaker_type": r[3],
                "kind": "direct",
                "content": f"quote {i}",
                "start": 0,
                "end": 1,
                "outlet_id": r[0],
            }
            for i, r in enumerate(rows)
        ]
    )
    return schema.validate("attributions", frame)


ROWS = [
    ("one", "police", None, "security forces"),
    ("one", "Police", None, "security forces"),
    ("one", "he", "Mayor  Jane Doe", "government"),
    ("one", "a witness", None, "witness or resident"),
    ("two", "police", None, "security forces"),
    ("two", "Dr. Lee", None, "expert"),
    ("two", "Dr. Lee", None, "expert"),
]


def test_speaker_type_shares_per_outlet():
    got = sources.speaker_type_shares(attributions(ROWS))
    shares = {
        (r.outlet_id, r.speaker_type): (r.attribution_count, round(r.share, 3)) for r in got.itertuples()
    }
    assert shares == {
        ("one", "security forces"): (2, 0.5),
        ("one", "government"): (1, 0.25),
        ("one", "witness or resident"): (1, 0.25),
        ("two", "expert"): (2, 0.667),
        ("two", "security forces"): (1, 0.333),
    }
    assert got.groupby("outlet_id")["share"].sum().round(9).eq(1).all()


def test_top_speakers_merge_spellings_and_use_resolved_names():
    got = sources.top_speakers(attributions(ROWS), n=2)
    # "police" and "Police" are one speaker; "he" is named by its resolved name; ties go by name
    assert list(
        zip(got["outlet_id"], got["rank"], got["speaker"], got["attribution_count"], strict=True)
    ) == [
        ("one", 1, "police", 2),
        ("one", 2, "Mayor Jane Doe", 1),
        ("two", 1, "Dr. Lee", 2),
        ("two", 2, "police", 1),
    ]
    assert got.loc[got["speaker"] == "Mayor Jane Doe", "speaker_type"].item() == "government"


def test_speaker_reach_finds_speakers_only_some_outlets_quote():
    got = sources.speaker_reach(attributions(ROWS)).set_index("speaker")
    assert got.loc["police", "outlet_count"] == 2 and got.loc["police", "outlet_share"] == 1.0
    assert got.loc["Dr. Lee", "outlets"] == "two" and got.loc["Dr. Lee", "outlet_share"] == 0.5


def test_empty_attributions():
    empty = schema.empty("attributions").assign(outlet_id=pd.Series(dtype="string"))
    assert sources.speaker_type_shares(empty).empty
    assert sources.top_speakers(empty).empty
    assert sources.speaker_reach(empty).empty
