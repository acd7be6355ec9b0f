"""The store: partitioned Parquet tables on disk, appended atomically, read by pandas or DuckDB.

Each ingest batch adds one part file per table; a part is only part of the store once `manifest.json` lists
it, and the manifest is replaced in one `os.replace`. A run killed mid-way therefore leaves the previous
store readable: its half-written parts are not in the manifest and are swept away by the next write.
Appends never rewrite earlier parts.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from workbench import schema

DEFAULT_STORE = Path("data/processed")
MANIFEST = "manifest.json"
# Tables appended part by part, and small derived tables replaced whole on each run.
APPENDED_TABLES = ("articles", "casualty_claims", "attributions", "ingest_log", "files", "minhash")
REPLACED_TABLES = ("line_counts", "syndication")


class StoreError(Exception):
    """The store cannot be read or written, with the path and what to do."""


class Store:
    """A folder of Parquet parts with a manifest naming the committed ones."""

    def __init__(self, root: str | Path = DEFAULT_STORE) -> None:
        self.root = Path(root)

    # -- reading -------------------------------------------------------------------------------------------
    def manifest(self) -> dict:
        path = self.root / MANIFEST
        if not path.exists():
            return {"version": 1, "parts": {}, "replaced": {}, "runs": []}
        try:
            return json.loads(path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise StoreError(f"{path}: unreadable store manifest ({exc}); restore it from a backup or "
                             "ingest into a new store") from exc

    def exists(self) -> bool:
        return (self.root / MANIFEST).exists()

    def part_paths(self, table: str) -> list[Path]:
        """The committed files of a table, oldest first."""
        manifest = self.manifest()
        if table in REPLACED_TABLES:
            name = manifest.get("replaced", {}).get(table)
            return [self.root / name] if name else []
        return [self.root / name for name in manifest.get("parts", {}).get(table, [])]

    def read(self, table: str, columns: list[str] | None = None) -> pd.DataFrame:
        """A whole table as a typed pandas frame (only the given columns when named)."""
        paths = self.part_paths(table)
        if not paths:
            frame = schema.empty(table) if table in schema.TABLES else pd.DataFrame()
            return frame[columns] if columns else frame
        frames = [pq.read_table(p, columns=columns).to_pandas() for p in paths]
        frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        if table in schema.TABLES and columns is None:
            frame = schema.coerce(table, frame)
        if table == "articles" and columns is None:
            frame = self._with_syndication(frame)
        return frame

    def _with_syndication(self, articles: pd.DataFrame) -> pd.DataFrame:
        groups = self.read("syndication")
        if groups.empty:
            articles["syndication_group_id"] = pd.Series(pd.NA, index=articles.index, dtype="string")
            return articles
        return articles.merge(groups[["article_id", "syndication_group_id"]], on="article_id", how="left")

    def column(self, table: str, name: str) -> pa.ChunkedArray:
        """One column of a table as Arrow, read from the committed parts without pandas."""
        paths = self.part_paths(table)
        if not paths:
            return pa.chunked_array([], type=pa.string())
        return pa.chunked_array([c for p in paths for c in pq.read_table(p, columns=[name]).column(0).chunks])

    def article_ids(self) -> set[str]:
        return set(self.column("articles", "article_id").to_pylist())

    def connect(self):
        """A DuckDB connection with one view per table over the committed Parquet parts.

        The articles view carries each article's `syndication_group_id` from the syndication table.
        """
        import duckdb

        con = duckdb.connect()
        for table in APPENDED_TABLES + REPLACED_TABLES:
            paths = [str(p) for p in self.part_paths(table)]
            name = "articles_parts" if table == "articles" else table
            if paths:
                listing = ", ".join("'" + p.replace("'", "''") + "'" for p in paths)
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet([{listing}], union_by_name=true)")
            elif table in schema.TABLES:
                con.register(f"{table}_empty", schema.empty(table))
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM {table}_empty")
        con.execute("CREATE VIEW articles AS SELECT a.*, s.syndication_group_id FROM articles_parts a "
                    "LEFT JOIN syndication s ON a.article_id = s.article_id")
        return con

    # -- writing -------------------------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[Store]:
        """Hold the store's write lock; sweep parts left by a killed run."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise StoreError(f"{self.root}: another ingest is writing to this store; wait for it") from exc
            self._sweep()
            yield self

    def append(self, tables: dict[str, pd.DataFrame], run_id: str) -> None:
        """Add one part per non-empty table and commit them together."""
        manifest = self.manifest()
        new: dict[str, str] = {}
        for table, frame in tables.items():
            if frame is None or frame.empty:
                continue
            name = f"{table}/part-{run_id}-{uuid.uuid4().hex[:8]}.parquet"
            self._write_parquet(frame, self.root / name)
            new[table] = name
        if not new:
            return
        for table, name in new.items():
            manifest.setdefault("parts", {}).setdefault(table, []).append(name)
        self._commit(manifest)

    def replace(self, table: str, frame: pd.DataFrame, run_id: str) -> None:
        """Replace a small derived table whole."""
        manifest = self.manifest()
        name = f"{table}/{table}-{run_id}-{uuid.uuid4().hex[:8]}.parquet"
        self._write_parquet(frame, self.root / name)
        old = manifest.setdefault("replaced", {}).get(table)
        manifest["replaced"][table] = name
        self._commit(manifest)
        if old and old != name:
            (self.root / old).unlink(missing_ok=True)

    def clear(self, table: str) -> None:
        """Drop every part of an appended table, in one commit (for derived tables to be made again)."""
        manifest = self.manifest()
        old = manifest.get("parts", {}).pop(table, [])
        if old:
            self._commit(manifest)
            for name in old:
                (self.root / name).unlink(missing_ok=True)

    def meta(self, key: str, default=None):
        """A value the pipeline keeps in the manifest (how derived tables were made)."""
        return self.manifest().get("meta", {}).get(key, default)

    def set_meta(self, key: str, value) -> None:
        manifest = self.manifest()
        manifest.setdefault("meta", {})[key] = value
        self._commit(manifest)

    def record_run(self, run: dict) -> None:
        manifest = self.manifest()
        manifest.setdefault("runs", []).append(run)
        self._commit(manifest)

    def _write_parquet(self, frame: pd.DataFrame, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pandas(frame, preserve_index=False)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(fd)
        pq.write_table(table, tmp, compression="zstd")
        _fsync(tmp)
        os.replace(tmp, path)

    def _commit(self, manifest: dict) -> None:
        data = json.dumps(manifest, indent=1).encode()
        fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".manifest.tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.root / MANIFEST)

    def _sweep(self) -> None:
        """Delete part files and temporaries that no committed manifest names."""
        manifest = self.manifest()
        named = {n for parts in manifest.get("parts", {}).values() for n in parts}
        named |= set(manifest.get("replaced", {}).values())
        for table in APPENDED_TABLES + REPLACED_TABLES:
            folder = self.root / table
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if f"{table}/{path.name}" not in named:
                    path.unlink(missing_ok=True)
        for tmp in self.root.glob("*.manifest.tmp"):
            tmp.unlink(missing_ok=True)


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_table(store_dir: str | Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """A table of the store at `store_dir` as a pandas frame."""
    return Store(store_dir).read(table, columns)


def connect(store_dir: str | Path):
    """DuckDB over the store at `store_dir`: views articles, casualty_claims, attributions, ingest_log..."""
    return Store(store_dir).connect()
