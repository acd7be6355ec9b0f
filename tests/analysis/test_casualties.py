"""Casualty figures per article and outlet, the spread between outlets, reference counts."""

import json

import pandas as pd
from pandas.testing import assert_frame_equal

from workbench import schema
from workbench.analysis import casualties


def claims(rows):
    """Claims joined with article metadata from (article_id, outlet_id, day, category, value, value_low,
    disputed, about_other_event, source) rows."""
    frame = pd.DataFrame(
        [
            {
                "article_id": r[0],
                "outlet_id": r[1],
                "published_date": r[2],
                "category": r[3],
                "value": r[4],
                "value_low": r[5],
                "disputed": r[6],
                "about_other_event": r[7],
                "source": r[8],
                "claim_index": i,
                "sentence": f"sentence {i}",
                "sentence_start": 0,
                "start": 0,
                "end": 1,
                "number_text": str(r[4] or r[5]),
                "qualifier": "exact",
                "title": f"title {r[0]}",
            }
            for i, r in enumerate(rows)
        ]
    )
    out = schema.validate("casualty_claims", frame)
    out["published_date"] = pd.to_datetime(out["published_date"])
    return out


def test_article_figure_is_largest_undisputed_claim_about_its_event():
    frame = claims(
        [
            ("a", "one", "2024-01-01", "killed", 3, None, False, False, "police"),
            ("a", "one", "2024-01-01", "killed", 9, None, True, False, "rumour"),  # disputed
            ("a", "one", "2024-01-01", "killed", 40, None, False, True, None),  # another event
            ("a", "one", "2024-01-01", "killed", 5, None, False, False, "hospital"),
            ("a", "one", "2024-01-01", "injured", None, 24, False, False, None),  # 'dozens'
            ("b", "two", "2024-01-02", "killed", 4, None, False, False, None),
            ("b", "two", "2024-01-02", "missing", 2, None, False, False, None),  # not a charted category
        ]
    )
    got = casualties.casualty_figures(frame)
    assert list(
        zip(got["article_id"], got["category"], got["figure"], got["source"].fillna("-"), strict=True)
    ) == [("a", "injured", 24, "-"), ("a", "killed", 5, "hospital"), ("b", "killed", 4, "-")]
    assert got.loc[got["source"] == "hospital", "sentence"].item() == "sentence 3"


def test_no_claims_no_figures():
    got = casualties.casualty_figures(schema.empty("casualty_claims"))
    assert got.empty and list(got.columns) == casualties.FIGURE_COLUMNS


def test_spread_uses_each_outlets_largest_figure_that_day():
    frame = claims(
        [
            ("a", "one", "2024-01-01", "killed", 3, None, False, False, None),
            ("a2", "one", "2024-01-01", "killed", 6, None, False, False, None),
            ("b", "two", "2024-01-01", "killed", 4, None, False, False, None),
            ("c", "three", "2024-01-01", "injured", 10, None, False, False, None),
            ("d", "two", "2024-01-02", "killed", 7, None, False, False, None),
        ]
    )
    got = casualties.casualty_spread(casualties.casualty_figures(frame))
    want = pd.DataFrame(
        {
            "day": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-02"]).astype("datetime64[ns]"),
            "category": pd.Series(["injured", "killed", "killed"], dtype="string"),
            "outlet_count": [1, 2, 1],
            "min_figure": [10, 4, 7],
            "max_figure": [10, 6, 7],
            "spread": [0, 2, 0],
        }
    ).astype({"outlet_count": "int64", "min_figure": "int64", "max_figure": "int64", "spread": "int64"})
    assert_frame_equal(got, want)


def test_reference_counts_from_incident_records(tmp_path):
    path = tmp_path / "reference" / "demo_incidents.jsonl"
    path.parent.mkdir()
    path.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {"incident_id": "7", "num_killed": 50, "num_injured": 53, "num_arrested_participants": 0},
                {"incident_id": 8, "num_killed": 1, "num_injured": None, "num_arrested_participants": 2},
            ]
        )
    )
    ref = casualties.read_reference_counts(path)
    assert set(map(tuple, ref.itertuples(index=False))) == {
        ("7", "killed", 50),
        ("7", "injured", 53),
        ("7", "detained", 0),
        ("8", "killed", 1),
        ("8", "detained", 2),
    }
    assert casualties.reference_for(path, ["8", "8"]) == {"killed": 1, "detained": 2}
    assert casualties.reference_for(path, ["7", "8"]) == {}  # two incidents: no single reference
    assert casualties.reference_for(None, ["7"]) == {}
    # found next to the ingested file, in its reference/ folder
    assert casualties.find_reference_file([str(tmp_path / "articles.jsonl")]) == path


def test_spread_groups_outlets_by_the_day_whatever_the_hour():
    frame = claims(
        [
            ("a", "one", "2024-01-01", "killed", 3, None, False, False, None),
            ("b", "two", "2024-01-01", "killed", 5, None, False, False, None),
        ]
    )
    frame["published_at"] = pd.to_datetime(["2024-01-01T08:15:00Z", "2024-01-01T21:40:00Z"])
    got = casualties.casualty_spread(casualties.casualty_figures(frame))
    assert list(got["day"]) == [pd.Timestamp("2024-01-01")]
    assert (got["outlet_count"].iloc[0], got["spread"].iloc[0]) == (2, 2)
