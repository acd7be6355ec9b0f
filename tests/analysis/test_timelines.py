"""Coverage timelines: counts per outlet and period, first reports, originals vs reprints, framing terms."""

import duckdb
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from workbench import schema
from workbench.analysis import timelines
from workbench.analysis.selection import OTHER_OUTLETS, Selection


def articles(rows):
    """A validated articles frame from (article_id, outlet_id, published_at, text[, is_wire_copy]) rows."""
    frame = pd.DataFrame(
        [
            {
                "article_id": r[0],
                "outlet_id": r[1],
                "published_at": r[2],
                "text": r[3],
                "is_wire_copy": r[4] if len(r) > 4 else False,
                "title": f"title {r[0]}",
                "word_count": len(r[3].split()),
                "source_path": "inline",
                "source_format": "table",
                "ingested_at": "2024-01-01T00:00:00Z",
            }
            for r in rows
        ]
    )
    frame["published_date"] = (
        pd.to_datetime(frame["published_at"], utc=True).dt.tz_localize(None).dt.normalize()
    )
    return schema.validate("articles", frame)


@pytest.fixture
def three_outlets():
    return articles(
        [
            ("a1", "alpha", "2024-03-01T08:00:00Z", "Police said a gunman opened fire."),
            ("a2", "alpha", "2024-03-01T15:00:00Z", "Protesters gathered; a protester was detained."),
            ("b1", "beta", "2024-03-01T10:30:00Z", "The shooter was a terrorist, officials said."),
            ("b2", "beta", "2024-03-02T09:00:00Z", "Terrorists? No: protesters, said a witness."),
            ("c1", "gamma", "2024-03-03T12:00:00Z", "Nothing about framing here."),
        ]
    )


def test_articles_per_day_counts_each_outlet_and_day(three_outlets):
    got = timelines.articles_per_period(three_outlets)
    want = pd.DataFrame(
        {
            "period": pd.to_datetime(["2024-03-01", "2024-03-01", "2024-03-02", "2024-03-03"]).astype(
                "datetime64[ns]"
            ),
            "outlet_id": pd.Series(["alpha", "beta", "beta", "gamma"], dtype="string"),
            "article_count": pd.Series([2, 1, 1, 1], dtype="int64"),
        }
    )
    assert_frame_equal(got, want)


def test_articles_per_hour_uses_publication_time(three_outlets):
    got = timelines.articles_per_period(three_outlets, freq="h")
    assert list(got["period"].dt.hour) == [8, 10, 15, 9, 12]
    assert got["article_count"].sum() == len(three_outlets)


def test_top_outlets_lumps_the_rest(three_outlets):
    got = timelines.articles_per_period(three_outlets, top=1)
    # alpha and beta have two articles each: the tie goes to the first id
    assert set(got["outlet_id"]) == {"alpha", OTHER_OUTLETS}
    assert got.loc[got["outlet_id"] == OTHER_OUTLETS, "article_count"].sum() == 3


def test_empty_articles_give_empty_typed_counts():
    got = timelines.articles_per_period(schema.empty("articles"))
    assert got.empty and list(got.columns) == ["period", "outlet_id", "article_count"]


def test_first_reports_lag_behind_first_outlet(three_outlets):
    got = timelines.first_reports(three_outlets)
    assert list(got["outlet_id"]) == ["alpha", "beta", "gamma"]
    assert list(got["article_id"]) == ["a1", "b1", "c1"]
    assert list(got["lag_hours"]) == [0.0, 2.5, 52.0]
    assert list(got["article_count"]) == [2, 2, 1]


def test_first_reports_fall_back_to_stated_day():
    frame = articles([("x", "one", "2024-01-02T00:00:00Z", "t"), ("y", "two", "2024-01-05T00:00:00Z", "t")])
    frame["published_at"] = pd.NaT
    got = timelines.first_reports(frame)
    assert list(got["lag_hours"]) == [0.0, 72.0]


def test_coverage_kinds_count_a_reprinted_story_once():
    frame = articles(
        [
            ("w1", "wire", "2024-01-01T06:00:00Z", "agency story", True),
            ("r1", "paper1", "2024-01-01T09:00:00Z", "agency story", True),
            ("r2", "paper2", "2024-01-01T07:00:00Z", "agency story"),
            ("o1", "paper1", "2024-01-02T09:00:00Z", "own story"),
        ]
    )
    groups = pd.Series({"w1": "w1", "r1": "w1", "r2": "w1", "o1": "o1"})
    got = timelines.coverage_kinds(frame, groups).set_index("article_id")["coverage_kind"]
    assert got.to_dict() == {"w1": "wire story", "r1": "reprint", "r2": "reprint", "o1": "original"}
    counts = timelines.coverage_kind_counts(timelines.coverage_kinds(frame, groups))
    assert counts.groupby("coverage_kind")["article_count"].sum().to_dict() == {
        "original": 1,
        "reprint": 2,
        "wire story": 1,
    }


def test_coverage_kinds_without_groups_are_all_first_appearances(three_outlets):
    got = timelines.coverage_kinds(three_outlets)
    assert set(got["coverage_kind"]) == {"original"}


@pytest.mark.parametrize(
    "term, text, hits",
    [
        ("protesters", "A protester and two Protesters.", 2),
        ("terrorist", "terrorists, terrorist; counterterrorist", 2),
        ("gunman", "gunmen gunman", 1),
        ("police officer", "a police  officer and police officers", 2),
    ],
)
def test_term_pattern_whole_words_singular_and_plural(term, text, hits):
    import re

    assert len(re.findall(timelines.term_pattern(term), text.lower())) == hits


def test_framing_term_counts_aggregate_in_duckdb(three_outlets):
    con = duckdb.connect()
    con.register("articles", three_outlets)
    got = timelines.framing_term_counts(con, ["protesters", "terrorist", "rioter"])
    rows = {
        (r.outlet_id, str(r.period.date()), r.term): (
            r.mention_count,
            r.article_count,
            r.outlet_article_count,
        )
        for r in got.itertuples()
    }
    assert rows == {
        ("alpha", "2024-03-01", "protesters"): (2, 1, 2),
        ("beta", "2024-03-01", "terrorist"): (1, 1, 1),
        ("beta", "2024-03-02", "protesters"): (1, 1, 1),
        ("beta", "2024-03-02", "terrorist"): (1, 1, 1),
    }
    only_beta = timelines.framing_term_counts(con, ["protesters"], Selection(outlets=("beta",)))
    assert list(only_beta["outlet_id"]) == ["beta"]


def test_framing_term_counts_empty_store():
    con = duckdb.connect()
    con.register("articles", schema.empty("articles"))
    assert timelines.framing_term_counts(con, ["terrorist"]).empty


@pytest.mark.parametrize("freq", ["D", "h", "W"])
@pytest.mark.parametrize("top", [None, 1, 2])
def test_duckdb_counts_match_pandas_counts(three_outlets, freq, top):
    con = duckdb.connect()
    con.register("articles", three_outlets)
    assert_frame_equal(
        timelines.coverage_counts(con, freq=freq, top=top),
        timelines.articles_per_period(three_outlets, freq=freq, top=top),
    )
    beta = timelines.coverage_counts(con, Selection(outlets=("beta",)), freq=freq)
    assert set(beta["outlet_id"]) == {"beta"} and beta["article_count"].sum() == 2


def test_framing_term_counts_lump_outlets_like_coverage_counts(three_outlets):
    con = duckdb.connect()
    con.register("articles", three_outlets)
    got = timelines.framing_term_counts(con, ["protesters", "terrorist"], top=1)
    # alpha and beta tie on two articles; alpha (first by id) keeps its name, beta joins the others
    assert set(got["outlet_id"]) == {"alpha", OTHER_OUTLETS}
    other = got[got["outlet_id"] == OTHER_OUTLETS]
    assert other["mention_count"].sum() == 3
    day2 = other[other["period"] == pd.Timestamp("2024-03-02")]
    assert set(day2["outlet_article_count"]) == {1}
    kept = set(timelines.coverage_counts(con, top=1)["outlet_id"])
    assert set(got["outlet_id"]) <= kept
