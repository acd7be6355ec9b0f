"""When outlets covered an event: articles per outlet over time, who reported first, original stories
versus reprints, and the words outlets chose (framing terms) over time.

Counting functions are pure over an articles frame (metadata only, see `selection.load_articles`); the
framing-term count reads bodies, so it runs in DuckDB over the store and only the counts come back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import duckdb
import pandas as pd

from workbench.analysis.selection import (
    DAY_SQL,
    OTHER_OUTLETS,
    Selection,
    article_day,
    article_instant,
    where_clause,
)

FREQS = {"D": "day", "h": "hour", "W": "week"}
# Default framing vocabulary for shootings and unrest coverage; notebooks pass their own list.
DEFAULT_FRAMING_TERMS = ("terrorist", "gunman", "shooter", "suspect", "protester", "rioter", "thug")
COVERAGE_KINDS = ("original", "wire story", "reprint")


def _period(articles: pd.DataFrame, freq: str) -> pd.Series:
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {sorted(FREQS)}, got {freq!r}")
    if freq == "h":
        return article_instant(articles).dt.floor("h")
    day = article_day(articles)
    if freq == "W":
        return day.dt.to_period("W-SUN").dt.start_time
    return day


def lump_outlets(outlet_ids: pd.Series, top: int | None, weights: pd.Series | None = None) -> pd.Series:
    """Keep the `top` outlets with most rows (or weight) and call the rest `OTHER_OUTLETS`."""
    if top is None:
        return outlet_ids
    counts = (
        (weights if weights is not None else pd.Series(1, index=outlet_ids.index)).groupby(outlet_ids).sum()
    )
    keep = counts.sort_index().sort_values(ascending=False, kind="stable").index[:top]
    return outlet_ids.where(outlet_ids.isin(keep), OTHER_OUTLETS)


def _empty_counts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "period": pd.Series(dtype="datetime64[ns]"),
            "outlet_id": pd.Series(dtype="string"),
            "article_count": pd.Series(dtype="int64"),
        }
    )


def lump_counts(counts: pd.DataFrame, top: int | None) -> pd.DataFrame:
    """Per-period counts with outlets beyond the `top` busiest (most articles overall) added together as
    "other outlets". Columns: period, outlet_id, article_count."""
    if counts.empty:
        return _empty_counts()
    frame = counts.assign(
        outlet_id=lump_outlets(counts["outlet_id"].astype("string"), top, weights=counts["article_count"])
    )
    out = frame.groupby(["period", "outlet_id"], observed=True)["article_count"].sum().reset_index()
    out["period"] = out["period"].astype("datetime64[ns]")
    out["outlet_id"] = out["outlet_id"].astype("string")
    out["article_count"] = out["article_count"].astype("int64")
    return out.sort_values(["period", "outlet_id"], ignore_index=True)[
        ["period", "outlet_id", "article_count"]
    ]


def articles_per_period(articles: pd.DataFrame, *, freq: str = "D", top: int | None = None) -> pd.DataFrame:
    """Articles per outlet per day (`freq="D"`), hour (`"h"`) or week (`"W"`).

    With `top`, outlets beyond the `top` busiest are counted together as "other outlets", so a chart of
    a hundred outlets stays readable. Columns: period, outlet_id, article_count. `coverage_counts` gives
    the same table counted inside DuckDB.
    """
    if articles.empty:
        return _empty_counts()
    frame = pd.DataFrame({"period": _period(articles, freq), "outlet_id": articles["outlet_id"]})
    counts = frame.dropna(subset=["period"]).groupby(["period", "outlet_id"]).size()
    return lump_counts(counts.rename("article_count").reset_index(), top)


def _period_sql(freq: str, a: str = "a.") -> str:
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {sorted(FREQS)}, got {freq!r}")
    day = DAY_SQL.format(a=a)
    return {
        "D": f"CAST({day} AS TIMESTAMP)",
        "W": f"CAST(date_trunc('week', {day}) AS TIMESTAMP)",
        "h": f"coalesce(date_trunc('hour', {a}published_at AT TIME ZONE 'UTC'), CAST({day} AS TIMESTAMP))",
    }[freq]


def coverage_counts(
    con: duckdb.DuckDBPyConnection,
    selection: Selection | None = None,
    *,
    freq: str = "D",
    top: int | None = None,
) -> pd.DataFrame:
    """`articles_per_period` for the selected articles of a store, counted inside DuckDB so no article
    row reaches pandas: only one row per period and outlet."""
    where, params = where_clause(con, selection, alias="a")
    period = _period_sql(freq)
    counts = con.execute(
        f"SELECT {period} AS period, a.outlet_id, count(*) AS article_count FROM articles a "
        f"WHERE {where} AND {period} IS NOT NULL GROUP BY ALL",
        params,
    ).df()
    return lump_counts(counts, top)


def first_reports(articles: pd.DataFrame) -> pd.DataFrame:
    """Each outlet's first article and how long after the first outlet overall it appeared.

    Columns: outlet_id, article_id, title, first_published_at, lag_hours, article_count; earliest first.
    Lags are in hours; with day-only dates they are multiples of 24.
    """
    cols = ["outlet_id", "article_id", "title", "first_published_at", "lag_hours", "article_count"]
    frame = articles.assign(_at=article_instant(articles)).dropna(subset=["_at"])
    if frame.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(
                    cols, ["string", "string", "string", "datetime64[ns]", "float64", "int64"], strict=True
                )
            }
        )
    frame = frame.sort_values(["_at", "article_id"], kind="stable")
    first = frame.groupby("outlet_id", sort=False).head(1).copy()
    first["article_count"] = first["outlet_id"].map(frame.groupby("outlet_id").size()).astype("int64")
    first["first_published_at"] = first["_at"]
    first["lag_hours"] = (first["_at"] - first["_at"].min()).dt.total_seconds() / 3600.0
    if "title" not in first:
        first["title"] = pd.NA
    return first[cols].reset_index(drop=True)


def coverage_kinds(articles: pd.DataFrame, groups: pd.Series | None = None) -> pd.DataFrame:
    """Mark each article as an original story, the first appearance of a wire story, or a reprint.

    `groups` maps article_id to syndication group id (see `syndication.syndication_groups`); without it an
    article's own id is its group. The earliest member of a group is its first appearance: an "original"
    unless credited to a wire agency ("wire story"); every later member is a "reprint", so a story carried
    by twenty outlets counts once. Adds columns syndication_group_id and coverage_kind.
    """
    out = articles.copy()
    if groups is not None:
        groups = groups[~groups.index.duplicated()]
        out["syndication_group_id"] = out["article_id"].map(groups).fillna(out["article_id"])
    elif "syndication_group_id" in out:
        out["syndication_group_id"] = out["syndication_group_id"].fillna(out["article_id"])
    else:
        out["syndication_group_id"] = out["article_id"]
    out["_at"] = article_instant(out)
    order = out.sort_values(["_at", "article_id"], kind="stable", na_position="last")
    first_ids = set(order.groupby("syndication_group_id", sort=False).head(1)["article_id"])
    is_first = out["article_id"].isin(first_ids)
    wire = out["is_wire_copy"].fillna(False).astype(bool) if "is_wire_copy" in out else False
    out["coverage_kind"] = "reprint"
    out.loc[is_first & ~wire, "coverage_kind"] = "original"
    out.loc[is_first & wire, "coverage_kind"] = "wire story"
    return out.drop(columns="_at")


def coverage_kind_counts(kinds: pd.DataFrame, *, freq: str = "D") -> pd.DataFrame:
    """Articles per period and coverage kind, from `coverage_kinds`. Columns: period, coverage_kind,
    article_count."""
    if kinds.empty:
        return pd.DataFrame(
            {
                "period": pd.Series(dtype="datetime64[ns]"),
                "coverage_kind": pd.Series(dtype="string"),
                "article_count": pd.Series(dtype="int64"),
            }
        )
    frame = pd.DataFrame({"period": _period(kinds, freq), "coverage_kind": kinds["coverage_kind"]})
    out = frame.dropna().groupby(["period", "coverage_kind"]).size().rename("article_count").reset_index()
    out["article_count"] = out["article_count"].astype("int64")
    return out.sort_values(["period", "coverage_kind"], ignore_index=True)


def term_pattern(term: str) -> str:
    """Regular expression (RE2 and Python) for a framing term: whole words, case-folded, singular or
    plural ('protesters' also finds 'protester')."""
    words = term.strip().lower().split()
    if not words:
        raise ValueError("a framing term must not be empty")
    last = words[-1]
    forms = {last, last[:-1]} if last.endswith("s") and len(last) > 3 else {last, last + "s"}
    head = r"\s+".join(re.escape(w) for w in words[:-1])
    alt = "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
    return r"\b" + (head + r"\s+" if head else "") + f"(?:{alt})" + r"\b"


def term_literal(term: str) -> str:
    """A lower-case substring every match of `term_pattern(term)` contains: the first word, or for a
    one-word term its shorter form. A cheap `contains` on it skips the regular expression for the many
    bodies that cannot match."""
    words = term.strip().lower().split()
    if not words:
        raise ValueError("a framing term must not be empty")
    if len(words) > 1:
        return words[0]
    last = words[0]
    return last[:-1] if last.endswith("s") and len(last) > 3 else last


# A form made only of the characters RE2's `\b` counts as word characters.
WORD_FORM_RE = re.compile(r"[a-z0-9_]+", re.ASCII)


def term_forms(term: str) -> tuple[str, ...] | None:
    """The words `term_pattern(term)` matches, when it is one word of ASCII letters, digits or
    underscores (most framing terms); else None.

    For such a term a match is exactly a whole run of word characters equal to one of its forms, so one
    pass of a pattern naming every form of every such term finds the same matches as each term's own
    pattern, and the matched word says which terms it counts for.
    """
    words = term.strip().lower().split()
    if len(words) != 1:
        return None
    last = words[0]
    forms = (last, last[:-1]) if last.endswith("s") and len(last) > 3 else (last, last + "s")
    return forms if all(WORD_FORM_RE.fullmatch(f) for f in forms) else None


def framing_term_counts(
    con: duckdb.DuckDBPyConnection,
    terms: Sequence[str] = DEFAULT_FRAMING_TERMS,
    selection: Selection | None = None,
    *,
    freq: str = "D",
    top: int | None = None,
) -> pd.DataFrame:
    """How often each outlet used each framing term per period, counted inside DuckDB.

    Columns: period, outlet_id, term, mention_count (occurrences), article_count (articles using the term),
    outlet_article_count (the outlet's articles in that period, to turn counts into shares). Only
    (period, outlet, term) rows with at least one mention are returned. With `top`, outlets beyond the
    `top` with most articles (as in `coverage_counts`) are counted together as "other outlets".
    """
    period = _period_sql(freq)
    terms = [t for t in dict.fromkeys(t.strip() for t in terms) if t]
    empty = pd.DataFrame(
        {
            "period": pd.Series(dtype="datetime64[ns]"),
            "outlet_id": pd.Series(dtype="string"),
            "term": pd.Series(dtype="string"),
            "mention_count": pd.Series(dtype="int64"),
            "article_count": pd.Series(dtype="int64"),
            "outlet_article_count": pd.Series(dtype="int64"),
        }
    )
    if not terms:
        return empty
    where, params = where_clause(con, selection, alias="a")
    # Each body is read once and reduced to one mention count per term. Terms that are one plain word
    # are counted from the words one pattern naming all their forms finds; any other term (several words,
    # punctuation, letters beyond ASCII) runs its own pattern, only on bodies holding its stem.
    forms = {t: term_forms(t) for t in terms}
    every_form = sorted({f for t in terms for f in forms[t] or ()}, key=lambda f: (-len(f), f))
    per_term, term_params = [], []
    for t in terms:
        if forms[t]:  # forms are plain ASCII words (`term_forms`), safe inside quotes
            named = " OR ".join(f"w = '{f}'" for f in dict.fromkeys(forms[t]))
            per_term.append(f"len(list_filter(words, lambda w: {named}))")
        else:
            per_term.append("CASE WHEN contains(body, ?) THEN len(regexp_extract_all(body, ?)) ELSE 0 END")
            term_params += [term_literal(t), term_pattern(t)]
    words = "regexp_extract_all(body, ?)" if every_form else "[]"
    word_params = [r"\b(?:" + "|".join(every_form) + r")\b"] if every_form else []
    sql = f"""
        WITH counted AS (
            SELECT outlet_id, period, [{", ".join(per_term)}] AS n
            FROM (
                SELECT outlet_id, period, body, {words} AS words
                FROM (
                    SELECT a.outlet_id, {period} AS period, lower(coalesce(a.text, '')) AS body
                    FROM articles a WHERE {where}
                )
            )
        ),
        ranked AS (
            SELECT outlet_id, row_number() OVER (ORDER BY count(*) DESC, outlet_id) AS outlet_rank
            FROM counted WHERE period IS NOT NULL GROUP BY outlet_id
        ),
        sel AS (
            SELECT c.period, c.n,
                   CASE WHEN CAST(? AS BIGINT) IS NULL OR r.outlet_rank <= CAST(? AS BIGINT) THEN c.outlet_id
                        ELSE '{OTHER_OUTLETS}' END AS outlet_id
            FROM counted c JOIN ranked r USING (outlet_id)
        ),
        per_outlet AS (
            SELECT period, outlet_id, count(*) AS outlet_article_count FROM sel GROUP BY ALL
        ),
        hits AS (
            SELECT period, outlet_id, unnest(CAST(? AS VARCHAR[])) AS term, unnest(n) AS n FROM sel
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
    params = term_params + word_params + params + [top, top, terms]  # in the order they appear
    out = con.execute(sql, params).df()
    if out.empty:
        return empty
    out["period"] = out["period"].astype("datetime64[ns]")
    for c in ("outlet_id", "term"):
        out[c] = out[c].astype("string")
    return out[list(empty.columns)].reset_index(drop=True)
