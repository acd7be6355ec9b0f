"""What is in a store, as text a person reads at the terminal."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from workbench.store import Store


def outlet_summary(store_dir: str | Path) -> pd.DataFrame:
    """Articles per outlet: count, first and last publication day, wire copies, words, casualty figures."""
    con = Store(store_dir).connect()
    return con.execute("""
        SELECT outlet_id, any_value(outlet_name) AS outlet_name, count(*) AS articles,
               min(published_date)::DATE AS first_date, max(published_date)::DATE AS last_date,
               CAST(sum(CASE WHEN is_wire_copy THEN 1 ELSE 0 END) AS BIGINT) AS wire_copies,
               CAST(median(word_count) AS BIGINT) AS median_words,
               max(killed_count) AS max_killed, max(injured_count) AS max_injured
        FROM articles GROUP BY outlet_id ORDER BY articles DESC, outlet_id
    """).df()


def store_summary(store_dir: str | Path, *, top: int = 25) -> str:
    """Articles, outlets, dates, the per-outlet table and the fate of every input."""
    store = Store(store_dir)
    con = store.connect()
    totals = con.execute("""
        SELECT count(*), count(DISTINCT outlet_id), min(published_date)::DATE, max(published_date)::DATE,
               sum(CASE WHEN published_date IS NULL THEN 1 ELSE 0 END)
        FROM articles""").fetchone()
    log = con.execute("SELECT status, count(*) FROM ingest_log GROUP BY status ORDER BY status").fetchall()
    claims = con.execute("SELECT count(*) FROM casualty_claims").fetchone()[0]
    quotes = con.execute("SELECT count(*) FROM attributions").fetchone()[0]
    per_outlet = outlet_summary(store_dir)
    top = top or len(per_outlet)
    lines = [
        f"store {store.root}: {totals[0]} articles from {totals[1]} outlets, "
        f"published {totals[2]} to {totals[3]} ({totals[4]} without a date)",
        f"casualty claims: {claims}, attributions: {quotes}",
        "inputs: " + ", ".join(f"{n} {s}" for s, n in log),
        "",
        f"top {min(top, len(per_outlet))} outlets of {len(per_outlet)}:",
        per_outlet.head(top).to_string(index=False),
    ]
    rejected = con.execute("SELECT source_path, item, reason FROM ingest_log WHERE status = 'rejected' "
                           "ORDER BY source_path LIMIT 20").fetchall()
    if rejected:
        lines += ["", "rejected inputs:"]
        lines += [f"  {p}{f' [{i}]' if i else ''}: {r}" for p, i, r in rejected]
    return "\n".join(lines)
