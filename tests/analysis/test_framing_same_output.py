"""Framing-term counts from one pass over each body give the table the term-by-term count gave. The
reference below is the earlier implementation (each term's own pattern on the bodies holding its stem),
kept as the oracle."""

import duckdb
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from workbench.analysis import timelines
from workbench.analysis.selection import OTHER_OUTLETS, Selection, where_clause


def reference_framing_term_counts(con, terms, selection=None, *, freq="D", top=None):
    period = timelines._period_sql(freq)
    terms = [t for t in dict.fromkeys(t.strip() for t in terms) if t]
    where, params = where_clause(con, selection, alias="a")
    values = ", ".join("(?, ?, ?)" for _ in terms)
    term_params = [x for t in terms for x in (t, timelines.term_pattern(t), timelines.term_literal(t))]
    sql = f"""
        WITH base AS (
            SELECT a.article_id, a.outlet_id, {period} AS period, lower(coalesce(a.text, '')) AS body
            FROM articles a WHERE {where}
        ),
        ranked AS (
            SELECT outlet_id, row_number() OVER (ORDER BY count(*) DESC, outlet_id) AS outlet_rank
            FROM base WHERE period IS NOT NULL GROUP BY outlet_id
        ),
        sel AS (
            SELECT b.article_id, b.period, b.body,
                   CASE WHEN CAST(? AS BIGINT) IS NULL OR r.outlet_rank <= CAST(? AS BIGINT) THEN b.outlet_id
                        ELSE '{OTHER_OUTLETS}' END AS outlet_id
            FROM base b JOIN ranked r USING (outlet_id)
        ),
        per_outlet AS (
            SELECT period, outlet_id, count(*) AS outlet_article_count FROM sel GROUP BY ALL
        ),
        hits AS (
            SELECT s.period, s.outlet_id, t.term, len(regexp_extract_all(s.body, t.pattern)) AS n
            FROM sel s JOIN (VALUES {values}) AS t(term, pattern, literal) ON contains(s.body, t.literal)
        )
        SELECT h.period, h.outlet_id, h.term, CAST(sum(h.n) AS BIGINT) AS mention_count,
               CAST(count(*) FILTER (WHERE h.n > 0) AS BIGINT) AS article_count,
               CAST(any_value(p.outlet_article_count) AS BIGINT) AS outlet_article_count
        FROM hits h JOIN per_outlet p USING (period, outlet_id)
        WHERE h.period IS NOT NULL
        GROUP BY h.period, h.outlet_id, h.term
        HAVING sum(h.n) > 0
        ORDER BY h.period, h.outlet_id, h.term
    """
    out = con.execute(sql, params + [top, top] + term_params).df()
    out["period"] = out["period"].astype("datetime64[ns]")
    for c in ("outlet_id", "term"):
        out[c] = out[c].astype("string")
    return out.reset_index(drop=True)


TEXTS = [
    "Suspects, the suspect's lawyer; suspect_1, suspect1, _suspect, nonsuspect and suspect-suspect.",
    "SUSPECTS\nSuspect\tsuspects\r\nsuspectss suspec suspect",
    "“Gunman” — the gunmen; 2gunman gunman2 gunmans gunman’s Gunman.",
    "İsuspect, \u212asuspect, \u017fuspect, suspect\u0301, e\u0301suspect, é-suspect, straße victim",
    "A police  officer and police officers;\npolice\nofficer. Policeofficer.",
    "The rioter's U.S. response: rioters, u.s. troops; réfugié, réfugiés, REFUGIÉ",
    "bus buss buses, Bus. Victims victim victims' victimless co-victim",
    "",
    "Terrorist terrorists counterterrorist terror-ist; shooter shooters; protester protesters' thug",
]


@pytest.fixture
def con():
    rows = []
    for i in range(60):
        rows.append(
            {
                "article_id": f"a{i:02d}",
                "outlet_id": ["alpha", "beta", "gamma", "delta", None][i % 5],
                "published_at": None if i % 11 == 0 else f"2024-03-{1 + i % 4:02d}T{i % 24:02d}:00:00Z",
                "text": None if i % 13 == 0 else TEXTS[i % len(TEXTS)] + " " + TEXTS[(i * 7) % len(TEXTS)],
                "title": f"title {i}",
            }
        )
    frame = pd.DataFrame(rows).astype({"outlet_id": "string", "text": "string", "title": "string"})
    frame["published_at"] = pd.to_datetime(frame["published_at"], utc=True)
    frame["published_date"] = frame["published_at"].dt.tz_localize(None).dt.normalize()
    frame.loc[frame.index % 17 == 0, "published_date"] = pd.NaT
    connection = duckdb.connect()
    connection.register("articles", frame)  # nulls where the schema allows none, too
    return connection


TERM_SETS = [
    ["terrorist", "gunman", "shooter", "suspect", "victim", "protester", "thug"],
    ["suspect", "Suspects", "suspects ", "SUSPECT"],  # the same forms under several terms
    ["police officer", "gunman", "u.s.", "rioter's", "réfugié", "bus", "victims", "ſuspect", "k"],
    ["police officers"],
    ["nothing like it"],
]


@pytest.mark.parametrize("terms", TERM_SETS)
@pytest.mark.parametrize("freq, top", [("D", None), ("W", 2), ("h", 1)])
def test_framing_term_counts_same_as_term_by_term(con, terms, freq, top):
    got = timelines.framing_term_counts(con, terms, freq=freq, top=top)
    want = reference_framing_term_counts(con, terms, freq=freq, top=top)
    if want.empty:
        assert got.empty
    else:
        assert_frame_equal(got, want)
        assert want["mention_count"].sum() > 0


@pytest.mark.parametrize(
    "selection",
    [
        Selection(outlets=("beta", "gamma")),
        Selection(event="gunman"),
        Selection(start="2024-03-02", end="2024-03-03"),
    ],
)
def test_framing_term_counts_same_as_term_by_term_on_a_selection(con, selection):
    terms = TERM_SETS[0] + ["police officer"]
    got = timelines.framing_term_counts(con, terms, selection, top=2)
    assert_frame_equal(got, reference_framing_term_counts(con, terms, selection, top=2))


def test_term_forms_only_for_one_plain_word():
    assert timelines.term_forms("Protesters") == ("protesters", "protester")
    assert timelines.term_forms("gunman") == ("gunman", "gunmans")
    assert timelines.term_forms("bus") == ("bus", "buss")
    for term in ("police officer", "u.s.", "rioter's", "réfugié"):
        assert timelines.term_forms(term) is None
