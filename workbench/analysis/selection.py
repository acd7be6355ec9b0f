"""Which articles an analysis looks at: an event, a date range, a set of outlets.

The same selection is applied in two places. `select_articles` filters a frame already in memory (pure, for
tests and small inputs); `where_clause` turns it into SQL so the store's DuckDB views do the filtering and
only the selected rows (without their bodies, unless asked) ever reach pandas.

An event is either an incident id (matched exactly against an `incident_id` column when the articles table
has one, as the sample does) or a keyword matched case-insensitively in the title or the text.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import duckdb
import pandas as pd
import pyarrow as pa

# Article columns analyses need; the body (`text`) is left out unless a function asks for it.
META_COLUMNS = (
    "article_id",
    "outlet_id",
    "outlet_name",
    "published_at",
    "published_date",
    "title",
    "url",
    "wire_agency",
    "is_wire_copy",
    "word_count",
)
# Columns kept when the store has them (loaded from a table: the sample's incident ids) or adds them later.
OPTIONAL_COLUMNS = (
    "incident_id",
    "doc_id",
    "syndication_group_id",
    "killed_count",
    "injured_count",
    "detained_count",
)

# Label for outlets counted together (beyond a chart's busiest outlets, or all but the one in focus).
OTHER_OUTLETS = "other outlets"

DateLike = str | dt.date | dt.datetime | pd.Timestamp | None


@dataclass(frozen=True)
class Selection:
    """An event (incident id or keyword), an inclusive date range and an optional list of outlet ids."""

    event: str | None = None
    start: DateLike = None
    end: DateLike = None
    outlets: tuple[str, ...] | None = field(default=None)

    @classmethod
    def of(cls, event=None, start=None, end=None, outlets=None) -> Selection:
        """Build a selection from notebook parameters: empty strings and empty lists mean 'no filter'."""
        event = None if event in (None, "") else str(event).strip()
        start = None if start in (None, "") else start
        end = None if end in (None, "") else end
        if isinstance(outlets, str):
            outlets = [o.strip() for o in outlets.split(",") if o.strip()]
        outlets = tuple(outlets) if outlets else None
        return cls(event=event, start=start, end=end, outlets=outlets)

    def describe(self) -> str:
        """One line for a report header."""
        parts = []
        if self.event:
            parts.append(f"event {self.event!r}")
        if self.start or self.end:
            parts.append(f"from {self.start or '…'} to {self.end or '…'}")
        if self.outlets:
            parts.append(f"outlets {', '.join(self.outlets)}")
        return "; ".join(parts) if parts else "all articles"


def _day(value: DateLike) -> pd.Timestamp | None:
    if value is None:
        return None
    ts = pd.Timestamp(value)
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts.normalize()


def article_day(articles: pd.DataFrame) -> pd.Series:
    """Publication day of each article: the stated day, else the UTC day of the publication instant."""
    day = pd.to_datetime(articles["published_date"]) if "published_date" in articles else None
    if "published_at" in articles:
        at = pd.to_datetime(articles["published_at"], utc=True).dt.tz_localize(None).dt.normalize()
        day = at if day is None else day.fillna(at)
    if day is None:
        return pd.Series(pd.NaT, index=articles.index, dtype="datetime64[ns]")
    return day.astype("datetime64[ns]")


def article_instant(articles: pd.DataFrame) -> pd.Series:
    """Publication instant (UTC, no zone) of each article, falling back to midnight of its stated day."""
    day = article_day(articles)
    if "published_at" not in articles:
        return day
    at = pd.to_datetime(articles["published_at"], utc=True).dt.tz_localize(None).astype("datetime64[ns]")
    return at.fillna(day)


def is_incident_id(event: str | None, incident_ids: Iterable) -> bool:
    """True when `event` names one of the given incident ids (compared as text)."""
    if not event:
        return False
    return str(event) in {str(i) for i in incident_ids if i is not None and not pd.isna(i)}


def select_articles(articles: pd.DataFrame, selection: Selection | None = None) -> pd.DataFrame:
    """The rows of `articles` inside the selection (pure pandas)."""
    sel = selection or Selection()
    mask = pd.Series(True, index=articles.index)
    if sel.event:
        if "incident_id" in articles and is_incident_id(sel.event, articles["incident_id"].unique()):
            mask &= articles["incident_id"].astype("string") == str(sel.event)
        else:
            needle = sel.event.lower()
            found = pd.Series(False, index=articles.index)
            for col in ("title", "text"):  # as the SQL: the keyword inside the title or inside the text
                if col in articles:
                    found |= (
                        articles[col].fillna("").astype(str).str.lower().str.contains(needle, regex=False)
                    )
            mask &= found
    day = article_day(articles)
    if sel.start is not None:
        mask &= day >= _day(sel.start)
    if sel.end is not None:
        mask &= day <= _day(sel.end)
    if sel.outlets:
        mask &= articles["outlet_id"].isin(sel.outlets)
    return articles[mask.fillna(False)]


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    """Column names of a view or table on the connection."""
    return [d[0] for d in con.execute(f'SELECT * FROM "{table}" LIMIT 0').description]


DAY_SQL = "coalesce(CAST({a}published_date AS DATE), CAST({a}published_at AT TIME ZONE 'UTC' AS DATE))"


def where_clause(
    con: duckdb.DuckDBPyConnection, selection: Selection | None = None, *, alias: str = ""
) -> tuple[str, list]:
    """SQL condition and parameters selecting articles (columns prefixed with `alias.` when given)."""
    sel = selection or Selection()
    a = f"{alias}." if alias else ""
    conds: list[str] = []
    params: list = []
    if sel.event:
        cols = table_columns(con, "articles")
        matched = False
        if "incident_id" in cols:
            hit = con.execute(
                "SELECT count(*) FROM articles WHERE CAST(incident_id AS VARCHAR) = ?", [str(sel.event)]
            ).fetchone()[0]
            if hit:
                conds.append(f"CAST({a}incident_id AS VARCHAR) = ?")
                params.append(str(sel.event))
                matched = True
        if not matched:
            esc = "ESCAPE '\\'"
            conds.append(f"(coalesce({a}title, '') ILIKE ? {esc} OR coalesce({a}text, '') ILIKE ? {esc})")
            like = "%" + sel.event.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params += [like, like]
    day = DAY_SQL.format(a=a)
    if sel.start is not None:
        conds.append(f"{day} >= ?")
        params.append(_day(sel.start).date())
    if sel.end is not None:
        conds.append(f"{day} <= ?")
        params.append(_day(sel.end).date())
    if sel.outlets:
        conds.append(f"{a}outlet_id IN ({', '.join('?' for _ in sel.outlets)})")
        params += list(sel.outlets)
    return (" AND ".join(conds) if conds else "TRUE"), params


def fetch_frame(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence = ()) -> pd.DataFrame:
    """The result of a query as `.df()` gives it, with text columns carried through Arrow.

    `.df()` makes a Python string of every value and pandas then packs them back into Arrow; on a large
    store that was most of the time spent loading claims and attributions. Text columns become pandas
    strings straight from Arrow (a column with no value at all stays `object`, as `.df()` leaves it);
    every other column takes DuckDB's own conversion.
    """
    with warnings.catch_warnings():
        # DuckDB warns that Arrow from `execute` copies the rows once more; a copy of Arrow buffers is cheap
        # beside Python strings, and `execute` works whatever results the connection still holds.
        warnings.filterwarnings("ignore", "Arrow output on a DB-API result", UserWarning)
        table = con.execute(sql, list(params)).to_arrow_table()
    if table.num_rows == 0:
        return con.from_arrow(table).df()
    text = {f.name for f in table.schema if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)}
    rest = [name for name in table.column_names if name not in text]
    converted = con.from_arrow(table.select(rest)).df() if rest else None
    columns = {}
    for name in table.column_names:
        if name not in text:
            columns[name] = converted[name]
        elif table.column(name).null_count < table.num_rows:
            columns[name] = table.column(name).to_pandas()
        else:
            columns[name] = pd.Series([None] * table.num_rows, dtype=object)
    return pd.DataFrame(columns)


def load_articles(
    con: duckdb.DuckDBPyConnection,
    selection: Selection | None = None,
    *,
    with_text: bool = False,
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Metadata of the selected articles, read through DuckDB; bodies only when `with_text` is set."""
    available = table_columns(con, "articles")
    wanted = list(columns) if columns else [*META_COLUMNS, *OPTIONAL_COLUMNS]
    if with_text and "text" not in wanted:
        wanted.append("text")
    cols = [c for c in wanted if c in available]
    where, params = where_clause(con, selection)
    sql = f"SELECT {', '.join(cols)} FROM articles WHERE {where} ORDER BY article_id"
    return fetch_frame(con, sql, params)


def count_articles(con: duckdb.DuckDBPyConnection, selection: Selection | None = None) -> int:
    """How many articles the selection holds."""
    where, params = where_clause(con, selection)
    return int(con.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0])


# Article columns `load_related` joins onto each row unless told which.
RELATED_ARTICLE_COLUMNS = (
    "outlet_id",
    "outlet_name",
    "published_at",
    "published_date",
    "title",
    "url",
    "incident_id",
)


def load_related(
    con: duckdb.DuckDBPyConnection,
    table: str,
    selection: Selection | None = None,
    *,
    columns: Sequence[str] | None = None,
    article_columns: Sequence[str] | None = None,
    top_outlets: int | None = None,
) -> pd.DataFrame:
    """Rows of a per-article table (casualty_claims, attributions) for the selected articles, with the
    article's outlet, publication time and title joined on.

    `columns` limits the table's columns fetched (article_id always comes) and `article_columns` the
    article columns joined (outlet_id always comes; by default `RELATED_ARTICLE_COLUMNS`): on a large
    store, every column turned into pandas strings costs. `top_outlets` keeps only the outlets with most
    rows in that table (ties by outlet id), so a chart of the busiest outlets never loads the rest.
    """
    wanted = RELATED_ARTICLE_COLUMNS if article_columns is None else ("outlet_id", *article_columns)
    available = table_columns(con, "articles")
    meta = [c for c in dict.fromkeys(wanted) if c in available]
    picked = (
        "r.*" if columns is None else ", ".join("r." + c for c in dict.fromkeys(["article_id", *columns]))
    )
    where, params = where_clause(con, selection, alias="a")
    # Rows come in article and record order, so what is picked from them (a speaker's example quote) is the
    # same on every run: DuckDB reads Parquet in parallel and returns rows in no fixed order otherwise.
    index = next((c for c in ("claim_index", "attribution_index") if c in table_columns(con, table)), None)
    order_key = f", r.{index} AS _row_order" if index else ""
    order = " ORDER BY article_id" + (", _row_order" if index else "")
    drop = " EXCLUDE (_row_order)" if index else ""
    sql = (
        f"WITH rows AS (SELECT {picked}, {', '.join('a.' + c for c in meta)}{order_key} FROM {table} r "
        f"JOIN articles a USING (article_id) WHERE {where})"
    )
    if top_outlets is None:
        return fetch_frame(con, sql + f" SELECT *{drop} FROM rows{order}", params)
    sql += (
        ", busiest AS (SELECT outlet_id FROM rows GROUP BY outlet_id ORDER BY count(*) DESC, outlet_id LIMIT ?)"
        f" SELECT *{drop} FROM rows WHERE outlet_id IN (SELECT outlet_id FROM busiest){order}"
    )
    return fetch_frame(con, sql, [*params, int(top_outlets)])


def busiest_incident(
    con: duckdb.DuckDBPyConnection, selection: Selection | None = None, *, covered_by: str | None = None
) -> str | None:
    """The incident id covered by most outlets among the selected articles (only incidents the outlet
    `covered_by` reported, when given), or None when the store has no incident ids. Per-event views (first
    reports, casualty figures) use it when no event was chosen."""
    if "incident_id" not in table_columns(con, "articles"):
        return None
    where, params = where_clause(con, selection)
    having, extra = "", []
    if covered_by is not None:
        having, extra = "HAVING bool_or(outlet_id = ?)", [covered_by]
    row = con.execute(
        f"SELECT CAST(incident_id AS VARCHAR) AS i, count(DISTINCT outlet_id) AS n, count(*) AS a "
        f"FROM articles WHERE {where} AND incident_id IS NOT NULL GROUP BY 1 {having} "
        "ORDER BY n DESC, a DESC, i LIMIT 1",
        params + extra,
    ).fetchone()
    return row[0] if row else None


def focus(
    con: duckdb.DuckDBPyConnection, selection: Selection, *, covered_by: str | None = None
) -> Selection:
    """The selection narrowed to one event: itself when it names one, else the busiest incident (among
    those the outlet `covered_by` reported, when given), else itself when the store has no incident ids."""
    if selection.event:
        return selection
    incident = busiest_incident(con, selection, covered_by=covered_by)
    if incident is None:
        return selection
    return Selection(event=incident, start=selection.start, end=selection.end, outlets=selection.outlets)


def focus_outlet(frame: pd.DataFrame, outlet_id: str, *, other: str = OTHER_OUTLETS) -> pd.DataFrame:
    """The frame with every outlet but `outlet_id` relabelled `other`, to compare one outlet with the rest."""
    out = frame.copy()
    out["outlet_id"] = out["outlet_id"].where(out["outlet_id"] == outlet_id, other)
    return out
