"""Selections: the same event, dates and outlets picked in pandas and in DuckDB."""

import duckdb
import pandas as pd
import pytest

from workbench import schema
from workbench.analysis import selection
from workbench.analysis.selection import Selection


@pytest.fixture
def frame():
    rows = [
        ("a", "one", "2024-01-01", "Shooting at the mall", "Police said...", "11"),
        ("b", "two", "2024-01-02", "Vigil", "A vigil after the mall shooting.", "11"),
        ("c", "two", "2024-01-05", "Council meeting", "Budget talks.", "12"),
        ("d", "three", None, "Undated", "Mall 50% off_sale", "12"),
    ]
    out = pd.DataFrame(
        rows, columns=["article_id", "outlet_id", "published_date", "title", "text", "incident_id"]
    )
    out["source_path"], out["source_format"], out["ingested_at"] = "x", "table", "2024-01-01T00:00:00Z"
    out["word_count"], out["is_wire_copy"] = 1, False
    return schema.validate("articles", out)


@pytest.fixture
def con(frame):
    c = duckdb.connect()
    c.register("articles", frame)
    return c


@pytest.mark.parametrize(
    "sel, want",
    [
        (Selection(), ["a", "b", "c", "d"]),
        (Selection(event="11"), ["a", "b"]),  # an incident id
        (Selection(event="MALL"), ["a", "b", "d"]),  # a keyword, in title or text, any case
        (Selection(event="50%"), ["d"]),  # LIKE wildcards are taken literally
        (Selection(event="0%"), ["d"]),
        (Selection(event="_"), ["d"]),
        (Selection(start="2024-01-02"), ["b", "c"]),
        (Selection(start="2024-01-01", end="2024-01-02"), ["a", "b"]),
        (Selection(outlets=("two", "three")), ["b", "c", "d"]),
        (Selection(event="mall", outlets=("two",)), ["b"]),
    ],
)
def test_pandas_and_duckdb_select_the_same_articles(frame, con, sel, want):
    assert sorted(selection.select_articles(frame, sel)["article_id"]) == want
    assert sorted(selection.load_articles(con, sel)["article_id"]) == want
    assert selection.count_articles(con, sel) == len(want)


def test_load_articles_leaves_bodies_out_unless_asked(con):
    assert "text" not in selection.load_articles(con).columns
    assert "text" in selection.load_articles(con, with_text=True).columns


def test_selection_from_notebook_parameters():
    sel = Selection.of(event="", start=None, end="2024-02-01", outlets="one, two")
    assert sel == Selection(event=None, start=None, end="2024-02-01", outlets=("one", "two"))
    assert "outlets one, two" in sel.describe()


def test_focus_picks_the_incident_with_most_outlets(con):
    assert selection.busiest_incident(con) in {"11", "12"}
    assert selection.focus(con, Selection(outlets=("one",))).event == "11"
    assert selection.focus(con, Selection(event="mall")).event == "mall"
    # among the incidents outlet "three" reported: only 12
    assert selection.busiest_incident(con, covered_by="three") == "12"
    assert selection.focus(con, Selection(), covered_by="one").event == "11"
    assert selection.busiest_incident(con, covered_by="nobody") is None


def test_load_related_joins_outlet_and_time(con):
    claims = schema.validate(
        "casualty_claims",
        pd.DataFrame(
            [
                {
                    "article_id": "a",
                    "claim_index": 0,
                    "sentence": "s",
                    "sentence_start": 0,
                    "start": 0,
                    "end": 1,
                    "number_text": "3",
                    "value": 3,
                    "category": "killed",
                    "qualifier": "exact",
                    "disputed": False,
                    "about_other_event": False,
                },
                {
                    "article_id": "c",
                    "claim_index": 0,
                    "sentence": "s",
                    "sentence_start": 0,
                    "start": 0,
                    "end": 1,
                    "number_text": "4",
                    "value": 4,
                    "category": "killed",
                    "qualifier": "exact",
                    "disputed": False,
                    "about_other_event": False,
                },
            ]
        ),
    )
    con.register("casualty_claims", claims)
    got = selection.load_related(con, "casualty_claims", Selection(event="11"))
    assert list(got["article_id"]) == ["a"] and list(got["outlet_id"]) == ["one"]


def test_load_related_columns_and_busiest_outlets(con):
    rows = [
        ("a", 0, "police"),
        ("a", 1, "mayor"),
        ("b", 0, "police"),
        ("c", 0, "witness"),
        ("c", 1, "x"),
        ("d", 0, "y"),
    ]
    atts = schema.validate(
        "attributions",
        pd.DataFrame(
            [
                {
                    "article_id": a,
                    "attribution_index": i,
                    "speaker": sp,
                    "speaker_type": "other",
                    "kind": "direct",
                    "content": "words " * 50,
                    "start": 0,
                    "end": 1,
                }
                for a, i, sp in rows
            ]
        ),
    )
    con.register("attributions", atts)
    light = selection.load_related(con, "attributions", columns=["speaker"])
    assert "content" not in light.columns and {"article_id", "speaker", "outlet_id"} <= set(light.columns)
    # outlets one (2 rows) and two (3 rows, articles b and c) are the busiest two; three (1 row) is left out
    top = selection.load_related(con, "attributions", top_outlets=2)
    assert sorted(top["outlet_id"].unique()) == ["one", "two"] and len(top) == 5
    assert set(selection.load_related(con, "attributions", top_outlets=1)["outlet_id"]) == {"two"}
    # only the outlet joined when no article columns are asked for; the chosen ones otherwise
    bare = selection.load_related(con, "attributions", columns=["speaker"], article_columns=[])
    assert list(bare.columns) == ["article_id", "speaker", "outlet_id"]
    dated = selection.load_related(con, "attributions", columns=["speaker"], article_columns=["title"])
    assert list(dated.columns) == ["article_id", "speaker", "outlet_id", "title"]
    full = selection.load_related(con, "attributions")
    assert {"title", "published_date", "incident_id"} <= set(full.columns)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM kinds",
        "SELECT * FROM kinds WHERE i > 100",  # no rows
        "SELECT s, nothing FROM kinds WHERE i IS NULL",  # one row: text missing there
        "SELECT article_id, title, outlet_id, incident_id FROM articles ORDER BY article_id",  # registered pandas
    ],
)
def test_fetch_frame_gives_what_df_gives(con, sql):
    con.execute(
        """CREATE TEMP TABLE kinds AS SELECT * FROM (VALUES
            (1, 'a', NULL::VARCHAR, TIMESTAMPTZ '2024-01-01 10:00:00+00', DATE '2024-01-01', true, 1.5, [1, 2], 'é'),
            (NULL, NULL, NULL, NULL, NULL, NULL, 'NaN'::DOUBLE, NULL, NULL),
            (3, 'c', NULL, TIMESTAMPTZ '2024-01-03 23:59:59+00', DATE '2024-01-03', false, NULL, [], '')
        ) AS t(i, s, nothing, seen_at, day, flag, x, xs, u)"""
    )
    pd.testing.assert_frame_equal(selection.fetch_frame(con, sql), con.execute(sql).df())


def test_load_related_gives_rows_in_article_and_record_order(sample_store):
    """The same rows in the same order on every run, so what a chart picks from them does not change."""
    from workbench import store

    con = store.connect(sample_store)
    first = selection.load_related(con, "attributions", Selection(), columns=["attribution_index", "speaker"])
    keys = list(zip(first["article_id"], first["attribution_index"], strict=True))
    assert keys == sorted(keys)
    again = selection.load_related(con, "attributions", Selection(), columns=["attribution_index", "speaker"],
                                   top_outlets=3)
    assert list(again.columns) == list(first.columns)
    assert list(zip(again["article_id"], again["attribution_index"], strict=True)) == sorted(
        zip(again["article_id"], again["attribution_index"], strict=True))
