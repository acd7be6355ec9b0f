"""Casualty figures per outlet over time, against a reference count, and how far outlets disagree.

Input is the casualty_claims table joined with each article's outlet and publication time (see
`load_claims`). An article's figure for a category is its largest undisputed claim about its own
event, the same rule as the articles table's `killed_count` / `injured_count` / `detained_count`; the claim
behind it is kept so a chart can show the sentence and the cited source.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import duckdb
import pandas as pd

from workbench.analysis.selection import Selection, article_instant, load_related, table_columns

CATEGORIES = ("killed", "injured", "detained")
# Reference columns in the sample's incident records (Gun Violence Archive counts, see the sample's
# PROVENANCE): arrested participants stand in for "detained".
REFERENCE_COLUMNS = {
    "killed": "num_killed",
    "injured": "num_injured",
    "detained": "num_arrested_participants",
}

FIGURE_COLUMNS = [
    "article_id",
    "outlet_id",
    "published_at",
    "category",
    "figure",
    "number_text",
    "qualifier",
    "source",
    "sentence",
    "title",
]

# What `casualty_figures` reads of a claim, and of the claim's article.
CLAIM_COLUMNS = (
    "claim_index",
    "sentence",
    "number_text",
    "value",
    "value_low",
    "category",
    "qualifier",
    "source",
    "disputed",
    "about_other_event",
)
CLAIM_ARTICLE_COLUMNS = ("published_at", "published_date", "title")


def load_claims(con: duckdb.DuckDBPyConnection, selection: Selection | None = None) -> pd.DataFrame:
    """The casualty claims of the selected articles with what `casualty_figures` needs of them and of their
    articles (`selection.load_related` with fewer columns: the rest cost time on a large store)."""
    present = table_columns(con, "casualty_claims")
    return load_related(
        con,
        "casualty_claims",
        selection,
        columns=[c for c in CLAIM_COLUMNS if c in present],
        article_columns=CLAIM_ARTICLE_COLUMNS,
    )


def _empty_figures() -> pd.DataFrame:
    types = [
        "string",
        "string",
        "datetime64[ns]",
        "string",
        "int64",
        "string",
        "string",
        "string",
        "string",
        "string",
    ]
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(FIGURE_COLUMNS, types, strict=True)})


def casualty_figures(claims: pd.DataFrame, *, categories: Sequence[str] = CATEGORIES) -> pd.DataFrame:
    """Each article's figure per category, with the claim it comes from.

    Disputed claims and claims about another event are left out; a vague amount counts by its lower bound
    ('dozens' as 24). Columns: article_id, outlet_id, published_at (UTC instant, or the stated day),
    category, figure, number_text, qualifier, source, sentence, title. Sorted by outlet and time.
    """
    if claims.empty:
        return _empty_figures()
    # Rows are chosen and ordered on the few columns that decide, and the text columns are taken once for
    # the chosen rows: copying every column at each step dominated the time on large stores.
    claims = claims.reset_index(drop=True)  # rows are found again by position
    keep = claims["category"].isin(categories) & ~claims["disputed"].fillna(False).astype(bool)
    if "about_other_event" in claims:
        keep &= ~claims["about_other_event"].fillna(False).astype(bool)
    figure = claims["value"].fillna(claims["value_low"]) if "value_low" in claims else claims["value"]
    keep &= figure.notna()
    if not keep.any():
        return _empty_figures()
    when = [c for c in ("published_at", "published_date") if c in claims]
    frame = claims.loc[keep, ["article_id", "category", "claim_index", *when]].assign(figure=figure[keep])
    frame["published_at"] = article_instant(frame)
    frame = frame.sort_values(
        ["article_id", "category", "figure", "claim_index"],
        ascending=[True, True, False, True],
        kind="stable",
    )
    best = frame.groupby(["article_id", "category"], sort=False).head(1)
    best = pd.DataFrame(
        {
            c: best[c]
            if c in best
            else (claims[c].reindex(best.index) if c in claims else pd.Series(pd.NA, index=best.index))
            for c in FIGURE_COLUMNS
        }
    )
    best["figure"] = best["figure"].astype("int64")
    return best.sort_values(["outlet_id", "published_at", "article_id", "category"], ignore_index=True)


def casualty_spread(figures: pd.DataFrame) -> pd.DataFrame:
    """How far outlets disagree on the same day: per day and category, the smallest and largest of the
    outlets' figures (each outlet's largest that day) and their difference.

    Columns: day, category, outlet_count, min_figure, max_figure, spread.
    """
    cols = ["day", "category", "outlet_count", "min_figure", "max_figure", "spread"]
    if figures.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(
                    cols, ["datetime64[ns]", "string", "int64", "int64", "int64", "int64"], strict=True
                )
            }
        )
    # (figures carry the publication instant; its calendar day groups the outlets of one day together)
    frame = figures.assign(day=pd.to_datetime(figures["published_at"]).dt.normalize().astype("datetime64[ns]"))
    per_outlet = frame.groupby(["day", "category", "outlet_id"])["figure"].max().reset_index()
    out = (
        per_outlet.groupby(["day", "category"])
        .agg(
            outlet_count=("outlet_id", "nunique"), min_figure=("figure", "min"), max_figure=("figure", "max")
        )
        .reset_index()
    )
    out["spread"] = out["max_figure"] - out["min_figure"]
    for c in ("outlet_count", "min_figure", "max_figure", "spread"):
        out[c] = out[c].astype("int64")
    return out.sort_values(["day", "category"], ignore_index=True)[cols]


def read_reference_counts(path: str | Path) -> pd.DataFrame:
    """Incident records with reference counts (JSON lines or CSV with `incident_id` and the
    `REFERENCE_COLUMNS`), as a tidy frame: incident_id, category, reference_count."""
    path = Path(path)
    if path.suffix == ".csv":
        incidents = pd.read_csv(path, dtype={"incident_id": str})
    else:
        with path.open(encoding="utf-8") as fh:
            incidents = pd.DataFrame([json.loads(line) for line in fh if line.strip()])
    return reference_counts(incidents)


def reference_counts(incidents: pd.DataFrame, incident_ids: Iterable | None = None) -> pd.DataFrame:
    """Tidy reference counts per incident and category from incident records."""
    rows = []
    wanted = None if incident_ids is None else {str(i) for i in incident_ids}
    for rec in incidents.to_dict("records"):
        iid = str(rec["incident_id"])
        if wanted is not None and iid not in wanted:
            continue
        for category, col in REFERENCE_COLUMNS.items():
            value = rec.get(col)
            if value is not None and not pd.isna(value):
                rows.append((iid, category, int(value)))
    out = pd.DataFrame(rows, columns=["incident_id", "category", "reference_count"])
    out["incident_id"] = out["incident_id"].astype("string")
    out["category"] = out["category"].astype("string")
    out["reference_count"] = out["reference_count"].astype("int64")
    return out


def reference_for(reference_path: str | Path | None, incident_ids: Iterable) -> dict[str, int]:
    """Reference count per category for a selection, when it holds exactly one incident that the
    incidents file at `reference_path` knows; else an empty dict (no reference line is drawn)."""
    ids = {str(i) for i in incident_ids if i is not None and not pd.isna(i)}
    if not reference_path or len(ids) != 1:
        return {}
    ref = read_reference_counts(reference_path)
    ref = ref[ref["incident_id"] == ids.pop()]
    return {str(c): int(n) for c, n in zip(ref["category"], ref["reference_count"], strict=True)}


def find_reference_file(source_paths: Iterable[str]) -> Path | None:
    """An incidents file (demo_incidents.jsonl, incidents.jsonl or incidents.csv) next to the ingested
    files or in a `reference/` folder beside them (as in data/sample), so reports built from the sample
    show its reference counts without extra arguments."""
    names = ("demo_incidents.jsonl", "incidents.jsonl", "incidents.csv")
    seen = set()
    for src in source_paths:
        if not src:
            continue
        path = Path(src)
        for folder in (path if path.is_dir() else path.parent, path.parent):
            for candidate in (folder, folder / "reference"):
                if candidate in seen:
                    continue
                seen.add(candidate)
                for name in names:
                    if (candidate / name).is_file():
                        return candidate / name
    return None
