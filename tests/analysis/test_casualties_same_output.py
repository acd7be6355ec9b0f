"""Casualty figures chosen on the deciding columns, with the text taken once, are the figures the
straightforward version chose. The reference below is the earlier implementation, kept as the oracle."""

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from workbench.analysis import casualties
from workbench.analysis.selection import article_instant


def reference_casualty_figures(claims, *, categories=casualties.CATEGORIES):
    if claims.empty:
        return casualties._empty_figures()
    frame = claims[claims["category"].isin(categories)].copy()
    frame = frame[~frame["disputed"].fillna(False).astype(bool)]
    if "about_other_event" in frame:
        frame = frame[~frame["about_other_event"].fillna(False).astype(bool)]
    frame["figure"] = frame["value"].fillna(frame["value_low"]) if "value_low" in frame else frame["value"]
    frame = frame.dropna(subset=["figure"])
    if frame.empty:
        return casualties._empty_figures()
    frame["published_at"] = article_instant(frame)
    frame = frame.sort_values(
        ["article_id", "category", "figure", "claim_index"],
        ascending=[True, True, False, True],
        kind="stable",
    )
    best = frame.groupby(["article_id", "category"], sort=False).head(1).copy()
    best["figure"] = best["figure"].astype("int64")
    for col in casualties.FIGURE_COLUMNS:
        if col not in best:
            best[col] = pd.NA
    best = best.sort_values(["outlet_id", "published_at", "article_id", "category"], ignore_index=True)
    return best[casualties.FIGURE_COLUMNS]


def many_claims(n: int = 500, seed: int = 11) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    pick = lambda values: [values[i] for i in rng.integers(0, len(values), n)]  # noqa: E731
    at = pd.Timestamp("2024-05-01", tz="UTC") + pd.to_timedelta(rng.integers(0, 30, n) * 8, unit="h")
    frame = pd.DataFrame(
        {
            "article_id": pick([f"a{i}" for i in range(40)]),
            "claim_index": rng.integers(0, 6, n),
            "sentence": pick(["Three died.", "At least 12 were hurt.", None, "<b>dozens</b> held"]),
            "number_text": pick(["three", "12", "dozens", None]),
            "value": pd.array(pick([1, 3, 12, None, None]), dtype="Int64"),
            "value_low": pd.array(pick([24, None, 2]), dtype="Int64"),
            "category": pick(["killed", "injured", "detained", "missing", None]),
            "qualifier": pick(["exact", "at_least", None]),
            "source": pick(["police", None, "the coroner"]),
            "disputed": pick([False, False, True, None]),
            "about_other_event": pick([False, False, False, True]),
            "outlet_id": pick(["alpha", "beta", "gamma", None]),
            "published_at": at.where(rng.random(n) > 0.1),
            "published_date": (at.tz_localize(None).normalize()).where(rng.random(n) > 0.2),
            "title": pick(["t1", "t2", None]),
        }
    )
    return frame.astype({"disputed": "object"})


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("categories", [casualties.CATEGORIES, ["killed"], ["missing", "injured"]])
def test_casualty_figures_same_as_before(seed, categories):
    claims = many_claims(seed=seed)
    assert_frame_equal(
        casualties.casualty_figures(claims, categories=categories),
        reference_casualty_figures(claims, categories=categories),
    )


def test_casualty_figures_same_as_before_with_columns_missing_and_labels_repeated():
    claims = many_claims().drop(columns=["about_other_event", "value_low", "published_date", "source"])
    claims.index = [i % 7 for i in range(len(claims))]
    assert_frame_equal(
        casualties.casualty_figures(claims), reference_casualty_figures(claims.reset_index(drop=True))
    )
    nothing = many_claims().assign(disputed=True)
    assert_frame_equal(casualties.casualty_figures(nothing), reference_casualty_figures(nothing))


def test_load_claims_gives_the_figures_all_columns_give():
    import duckdb

    from workbench.analysis.selection import load_related

    claims = many_claims()
    articles = (
        claims.drop_duplicates("article_id")[
            ["article_id", "outlet_id", "published_at", "published_date", "title"]
        ]
        .assign(url=None, outlet_name="An Outlet", text="body")
        .reset_index(drop=True)
    )
    con = duckdb.connect()
    con.register("articles", articles)
    con.register(
        "casualty_claims", claims.drop(columns=["outlet_id", "published_at", "published_date", "title"])
    )
    light = casualties.load_claims(con)
    assert set(light.columns) < set(load_related(con, "casualty_claims").columns)
    order = ["article_id", "claim_index", "category"]
    assert_frame_equal(
        casualties.casualty_figures(light.sort_values(order, ignore_index=True)),
        casualties.casualty_figures(
            load_related(con, "casualty_claims").sort_values(order, ignore_index=True)
        ),
    )
