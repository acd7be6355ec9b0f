"""The `workbench` command: ingest, extract, status, report, update. It calls what the notebooks call."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workbench.store import DEFAULT_STORE

RAW_DIR = Path("data/raw")
REPORTS_DIR = Path("reports")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workbench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="add new articles from files, folders or URLs to the store")
    p.add_argument("paths", nargs="*", help="files or folders (dumps, HTML, URL lists, CSV/JSONL/Parquet)")
    p.add_argument("--url", action="append", default=[], help="an article URL (repeatable)")
    _store_option(p)
    p.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    p.add_argument("--scheduler", default=None, help="address of a Dask scheduler to run on (tcp://host:port)")
    p.add_argument("--timeout", type=float, default=15.0, help="seconds to wait for a URL (default 15)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")

    p = sub.add_parser("extract", help="print one JSON object per article, without touching a store")
    p.add_argument("paths", nargs="+")

    p = sub.add_parser("status", help="summarise the store: articles per outlet, dates, the ingest log")
    _store_option(p)
    p.add_argument("--top", type=int, default=25, help="outlets to list, most articles first (0: all)")

    p = sub.add_parser("report", help="execute the notebooks and render offline HTML reports")
    _store_option(p)
    p.add_argument("--event", default=None, help="keyword or incident id to filter articles")
    p.add_argument("--out", type=Path, default=REPORTS_DIR)

    p = sub.add_parser("update", help="ingest what is new in data/raw (and more paths), then rebuild reports")
    p.add_argument("paths", nargs="*")
    _store_option(p)
    p.add_argument("--event", default=None)
    p.add_argument("--out", type=Path, default=REPORTS_DIR)

    args = parser.parse_args(argv)
    return COMMANDS[args.command](args)


def _store_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=Path, default=DEFAULT_STORE, help=f"store folder (default {DEFAULT_STORE})")


def cmd_ingest(args) -> int:
    from workbench.pipeline import ingest

    if not args.paths and not args.url:
        print("workbench ingest: give files, folders or --url", file=sys.stderr)
        return 2
    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"workbench ingest: {path}: no such file or folder", file=sys.stderr)
    if args.scheduler:
        from workbench.distributed import ingest_on_dask

        result = ingest_on_dask(args.paths, args.store, scheduler=args.scheduler, urls=args.url)
    else:
        result = ingest(args.paths, args.store, workers=args.workers, progress=not args.no_progress,
                        urls=args.url, url_timeout=args.timeout)
    _print_result(result)
    return 1 if missing else 0


def _print_result(result) -> None:
    counts = result.counts()
    print(f"run {result.run_id} into {result.store}: {counts['loaded']} loaded, {counts['duplicate']} duplicate, "
          f"{counts['rejected']} rejected, {counts['unchanged_files']} unchanged files skipped "
          f"in {result.seconds:.1f} s")
    rejected = result.log[result.log["status"] == "rejected"]
    for row in rejected.itertuples():
        where = row.source_path + (f" [{row.item}]" if isinstance(row.item, str) and row.item else "")
        print(f"  rejected {where}: {row.reason}")


def cmd_extract(args) -> int:
    from workbench.pipeline import iter_articles

    failures = 0
    for outcome in iter_articles(args.paths, extract=True):
        if outcome.article is None:
            if outcome.log["status"] == "rejected":
                failures += 1
            print(f"{outcome.log['status']} {outcome.log['source_path']}: {outcome.log['reason']}", file=sys.stderr)
            continue
        print(json.dumps(outcome.article, ensure_ascii=False, default=_json_default))
    return 1 if failures else 0


def _json_default(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def cmd_status(args) -> int:
    from workbench.status import store_summary

    if not (Path(args.store) / "manifest.json").exists():
        print(f"no store at {args.store}: run `workbench ingest PATH` first", file=sys.stderr)
        return 1
    print(store_summary(args.store, top=args.top))
    return 0


def cmd_report(args) -> int:
    from workbench.reports import build_reports

    paths = build_reports(args.store, args.out, event=args.event)
    for path in paths:
        print(path)
    return 0


def cmd_update(args) -> int:
    from workbench.pipeline import ingest

    paths = [RAW_DIR, *args.paths]
    result = ingest([p for p in paths if Path(p).exists()], args.store, progress=True)
    _print_result(result)
    return cmd_report(args)


COMMANDS = {
    "ingest": cmd_ingest,
    "extract": cmd_extract,
    "status": cmd_status,
    "report": cmd_report,
    "update": cmd_update,
}

if __name__ == "__main__":
    sys.exit(main())
