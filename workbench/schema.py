"""Every table the workbench writes, declared once, with a description of each column.

Stages hand on validated frames (`validate`), so a column's name, dtype and meaning are the same in the
store, the notebooks and the reports. Naming: `_id` keys, `_date` calendar days, `_at` instants (UTC),
`_count` integers, `is_` booleans.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

try:  # pandera >= 0.24 moved the pandas API under pandera.pandas
    import pandera.pandas as pa
except ImportError:  # pragma: no cover - older pandera
    import pandera as pa

CASUALTY_CATEGORIES = ("killed", "injured", "detained", "missing", "displaced")
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "approx", "fewer_than")
SPEAKER_TYPES = (
    "government",
    "security forces",
    "state media",
    "wire agency",
    "other media",
    "international body",
    "foreign government",
    "party or politician",
    "NGO or rights group",
    "expert",
    "witness or resident",
    "protester",
    "anonymous",
    "other",
)
ATTRIBUTION_KINDS = ("direct", "indirect", "according_to", "citing")
SOURCE_FORMATS = ("dump", "html", "url", "table")
INGEST_STATUSES = ("loaded", "duplicate", "rejected")
OUTLET_KINDS = ("wire", "state", "public", "private", "unknown")


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    dtype: str
    description: str
    nullable: bool = False
    isin: tuple[str, ...] | None = None


UTC = "datetime64[ns, UTC]"

ARTICLES = (
    ColumnSpec("article_id", "string", "Stable hash of outlet_id and the normalised body: the same story "
               "from the same outlet gets the same id however it was loaded."),
    ColumnSpec("outlet_id", "string", "Registry id of the outlet (data/outlets.csv), or a readable id made "
               "from the domain or masthead when the outlet is not in the registry."),
    ColumnSpec("outlet_name", "string", "Display name of the outlet.", nullable=True),
    ColumnSpec("url", "string", "Address of the article when known.", nullable=True),
    ColumnSpec("published_at", UTC, "Publication instant in UTC; a time stated without a zone is taken "
               "as UTC.", nullable=True),
    ColumnSpec("published_date", "datetime64[ns]", "Publication day as the outlet stated it (midnight, "
               "no zone).", nullable=True),
    ColumnSpec("title", "string", "Headline.", nullable=True),
    ColumnSpec("byline", "string", "Byline as printed, without the leading 'By'.", nullable=True),
    ColumnSpec("wire_agency", "string", "Wire agency credited for the story (Reuters, AP, AFP, ...).",
               nullable=True),
    ColumnSpec("is_wire_copy", "bool", "True when the story is an agency's copy reprinted by the outlet."),
    ColumnSpec("text", "string", "Clean body text: paragraphs separated by newlines, no menus, captions "
               "or footers. Offsets of claims and attributions refer to it."),
    ColumnSpec("word_count", "int64", "Whitespace-separated words in text."),
    ColumnSpec("source_path", "string", "File (or URL list, or table) the article came from."),
    ColumnSpec("source_format", "string", "Reader that loaded it.", isin=SOURCE_FORMATS),
    ColumnSpec("ingested_at", UTC, "When this article entered the store (or was read)."),
)

ARTICLE_SUMMARY = (
    ColumnSpec("killed_count", "Int64", "Largest undisputed killed figure for the article's own event.",
               nullable=True),
    ColumnSpec("injured_count", "Int64", "Largest undisputed injured figure for the article's own event.",
               nullable=True),
    ColumnSpec("detained_count", "Int64", "Largest undisputed detained figure for the article's own "
               "event.", nullable=True),
)

CASUALTY_CLAIMS = (
    ColumnSpec("article_id", "string", "Article the claim was found in."),
    ColumnSpec("claim_index", "int64", "Order of the claim in the article."),
    ColumnSpec("sentence", "string", "The sentence holding the claim, as in the article text."),
    ColumnSpec("sentence_start", "int64", "Offset of the sentence in the article text."),
    ColumnSpec("start", "int64", "Offset of number_text in the article text."),
    ColumnSpec("end", "int64", "End offset of number_text in the article text."),
    ColumnSpec("number_text", "string", "The figure as written ('almost 8,000', 'a man', 'dozens')."),
    ColumnSpec("value", "Int64", "The figure as a number; empty for vague amounts.", nullable=True),
    ColumnSpec("value_low", "Int64", "Lower bound for vague amounts ('dozens' 24, 'hundreds' 200).",
               nullable=True),
    ColumnSpec("category", "string", "What happened to the people counted.", isin=CASUALTY_CATEGORIES),
    ColumnSpec("qualifier", "string", "How the figure is hedged.", isin=QUALIFIERS),
    ColumnSpec("who", "string", "Victim group ('people', 'police officers', 'protesters').", nullable=True),
    ColumnSpec("source", "string", "The cited source as written, when the figure is attributed.",
               nullable=True),
    ColumnSpec("disputed", "bool", "The text says the figure is unconfirmed, denied or contested."),
    ColumnSpec("about_other_event", "bool", "The figure is about another event (an earlier attack, a "
               "yearly statistic) and does not count for this article's event."),
)

ATTRIBUTIONS = (
    ColumnSpec("article_id", "string", "Article the attribution was found in."),
    ColumnSpec("attribution_index", "int64", "Order of the attribution in the article."),
    ColumnSpec("speaker", "string", "Speaker as written ('he', 'Karin', 'police').", nullable=True),
    ColumnSpec("speaker_resolved", "string", "Fullest name or title of that speaker in the article.",
               nullable=True),
    ColumnSpec("speaker_type", "string", "Kind of source, by the role the article gives it.",
               isin=SPEAKER_TYPES),
    ColumnSpec("cue", "string", "Cue as written (said, told, according to, citing...).", nullable=True),
    ColumnSpec("kind", "string", "direct quote, indirect (reported) speech, according to, or citing.",
               isin=ATTRIBUTION_KINDS),
    ColumnSpec("medium", "string", "Where it was said, when stated ('state television', 'a statement').",
               nullable=True),
    ColumnSpec("content", "string", "The quoted or reported words, as in the article text."),
    ColumnSpec("start", "int64", "Offset of content in the article text."),
    ColumnSpec("end", "int64", "End offset of content in the article text."),
)

INGEST_LOG = (
    ColumnSpec("run_id", "string", "Identifier of the ingest run."),
    ColumnSpec("source_path", "string", "The input: a file, a URL, or a table file."),
    ColumnSpec("item", "string", "Row number within a table or the URL within a URL list; empty for "
               "whole files.", nullable=True),
    ColumnSpec("source_format", "string", "Reader used, when one was chosen.", nullable=True),
    ColumnSpec("status", "string", "loaded, duplicate (already in the store or the batch) or rejected.",
               isin=INGEST_STATUSES),
    ColumnSpec("reason", "string", "Why the input was rejected or counted as a duplicate.", nullable=True),
    ColumnSpec("article_id", "string", "The article it became or duplicated.", nullable=True),
    ColumnSpec("file_size", "Int64", "Size in bytes of the file when read.", nullable=True),
    ColumnSpec("file_mtime_ns", "Int64", "Modification time of the file when read, so unchanged files "
               "are not parsed again.", nullable=True),
    ColumnSpec("ingested_at", UTC, "When the input was handled."),
)

FILES = (
    ColumnSpec("source_path", "string", "An input file whose every article has been handled."),
    ColumnSpec("source_format", "string", "Reader used.", nullable=True),
    ColumnSpec("file_size", "int64", "Size in bytes when read."),
    ColumnSpec("file_mtime_ns", "int64", "Modification time when read: an unchanged file is not parsed "
               "again."),
    ColumnSpec("item_count", "int64", "Articles (rows, URLs) the file held."),
    ColumnSpec("run_id", "string", "Run that handled it."),
)

SYNDICATION = (
    ColumnSpec("article_id", "string", "An article of the store."),
    ColumnSpec("syndication_group_id", "string", "Articles sharing a group carry the same story: one agency "
               "story reprinted, or near-duplicate copies across outlets. The id is the article_id of the "
               "group's earliest-published member, so an article no other resembles is its own group."),
)

MINHASH = (
    ColumnSpec("article_id", "string", "An article of the store."),
    ColumnSpec("signature", "object", "MinHash signature of the body's word shingles (analysis.syndication), "
               "as little-endian uint32 bytes: compared with new articles' signatures to find reprints."),
    ColumnSpec("band_keys", "object", "One int64 key per locality-sensitive-hashing band of the signature "
               "(analysis.syndication_index); articles sharing a key are candidate reprints. Empty for bodies "
               "too short to compare."),
)

TABLES: dict[str, tuple[ColumnSpec, ...]] = {
    "articles": ARTICLES + ARTICLE_SUMMARY,
    "casualty_claims": CASUALTY_CLAIMS,
    "attributions": ATTRIBUTIONS,
    "ingest_log": INGEST_LOG,
    "files": FILES,
    "syndication": SYNDICATION,
    "minhash": MINHASH,
}


def columns(table: str) -> list[str]:
    """Column names of a table, in order."""
    return [c.name for c in TABLES[table]]


def describe(table: str) -> pd.DataFrame:
    """The table's columns with dtype and description, for documentation and notebooks."""
    return pd.DataFrame(
        [(c.name, c.dtype, c.nullable, c.description) for c in TABLES[table]],
        columns=["column", "dtype", "nullable", "description"],
    )


def empty(table: str) -> pd.DataFrame:
    """A typed frame with no rows."""
    return pd.DataFrame({c.name: pd.Series(dtype=c.dtype) for c in TABLES[table]})


def coerce(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Cast the declared columns to their dtypes; extra columns are kept after them."""
    out = frame.copy()
    for spec in TABLES[table]:
        if spec.name not in out.columns:
            out[spec.name] = pd.Series(pd.NA, index=out.index, dtype=spec.dtype)
        elif str(out[spec.name].dtype) != spec.dtype:
            out[spec.name] = _cast(out[spec.name], spec.dtype)
    declared = columns(table)
    return out[declared + [c for c in out.columns if c not in declared]]


def _cast(series: pd.Series, dtype: str) -> pd.Series:
    if dtype == UTC:
        return pd.to_datetime(series, utc=True, errors="coerce", format="mixed").astype(dtype)
    if dtype == "datetime64[ns]":
        parsed = pd.to_datetime(series, errors="coerce", format="mixed")
        if getattr(parsed.dt, "tz", None) is not None:
            parsed = parsed.dt.tz_localize(None)
        return parsed.astype(dtype)
    return series.astype(dtype)


def _pandera_schema(table: str) -> pa.DataFrameSchema:
    cols = {}
    for spec in TABLES[table]:
        checks = [pa.Check.isin(list(spec.isin))] if spec.isin else None
        cols[spec.name] = pa.Column(
            spec.dtype, checks=checks, nullable=spec.nullable, description=spec.description
        )
    return pa.DataFrameSchema(cols, strict=False, name=table)


SCHEMAS = {name: _pandera_schema(name) for name in TABLES}


def validate(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Coerce and check a frame against its table's schema; raises pandera's SchemaError when it fails."""
    return SCHEMAS[table].validate(coerce(table, frame))
