"""Scale: ingest an N-article corpus of flat page-text dumps, then an incremental run, then the notebooks' queries.

Usage:
    python benchmarks/scale.py N [--workdir DIR] [--workers W] [--keep]

The corpus is made from the bundled sample (`data/sample`): each dump wraps one sample story in the masthead,
menu, sidebar and footer of one of about a hundred outlets (the registry's and invented local papers), with a
date moved by up to a month, sentences shuffled into new paragraphs and every figure changed, so no two
dumps share a body and deduplication keeps them all. The ingest runs the CLI (`workbench ingest`) in a child
process; a thread samples the resident memory of that process and all its children.

Prints: articles per second, CPU per article, peak RSS of the process tree, store size on disk, the time of an
incremental run adding 1% new dumps, and the time of each notebook cell run over the store (the notebooks'
own code, so the timings follow the notebooks as they change). Asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
FILES_PER_FOLDER = 1000  # keeps folders small enough for any filesystem
SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")
NUMBER = re.compile(r"\d[\d,]*")
YEAR = re.compile(r"(?:19|20)\d\d")
SECTIONS = ("News", "World", "Local", "Politics", "Business", "Sports", "Opinion", "Weather", "Crime",
            "Health", "Education", "Entertainment", "Lifestyle", "Obituaries", "Video", "Photos", "Traffic",
            "Community", "Science", "Technology", "Podcasts", "Newsletters", "Events", "Classifieds")
FOOTER_LINKS = ("About Us", "Contact Us", "Advertise", "Careers", "Privacy Policy", "Terms of Use",
                "Cookie Settings", "Accessibility", "Sitemap", "RSS Feeds", "Corrections", "Help Center")
PROMPTS = ("Sign up for our daily newsletter", "Subscribe for unlimited access", "Download our app",
           "Follow us on Twitter", "Like us on Facebook", "Share this story", "Read more",
           "Most Read", "Trending Now", "Advertisement", "Comments", "Related Stories")
TOWNS = ("Millbrook", "Riverside", "Oak Harbor", "Fairview", "Clearwater", "Lakewood", "Pine Ridge",
         "Ashford", "Brookfield", "Cedar Falls", "Dunmore", "Easton", "Glenwood", "Hillsdale", "Kingsport",
         "Lancaster", "Marion", "Newport", "Oxford", "Preston", "Quincy", "Salem", "Trenton", "Union City",
         "Vernon", "Westfield", "Yorktown", "Zanesville", "Bristol", "Camden", "Dover", "Elgin", "Franklin",
         "Georgetown", "Hudson", "Jackson", "Kent", "Lebanon", "Madison", "Norwood")
PAPERS = ("Gazette", "Courier", "Herald", "Tribune", "Sentinel", "Chronicle", "Journal", "Observer")
FIRST = ("Anna", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hiro", "Irene", "Jamal", "Kate", "Luis")
LAST = ("Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ivanov", "Jones", "Khan")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


# -- the corpus ------------------------------------------------------------------------------------------

# Capitalised words inside a sentence (names, places) that a story variant renames; calendar words and
# institutions stay, so the extractors see the same cues as in the sample.
NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}")
KEEP_NAMES = frozenset({*MONTHS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                        "Police", "Sheriff", "Officer", "Officers", "Department", "County", "City", "State",
                        "President", "Governor", "Mayor", "Chief", "Court", "Judge", "Hospital", "Center"})
SHARE_KEPT = 0.7  # share of a source story's sentences a variant keeps; the rest come from another story
SHARE_SINGLE = 0.75  # stories only one outlet runs; the others are reprinted by 2-8 outlets


def sample_stories() -> list[dict]:
    """The sample's stories as incident, title, day and sentences."""
    stories = []
    for line in (SAMPLE / "demo_articles.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        sentences = [s.strip() for para in row["text"].split("\n") for s in SENTENCE_END.split(para) if s.strip()]
        if len(sentences) >= 3:
            stories.append({"incident": row["incident_id"], "title": row["title"].split(" - ")[0].strip(),
                            "day": date.fromisoformat(row["dct"]), "sentences": sentences})
    return stories


def outlet_templates(rng: random.Random) -> list[dict]:
    """Masthead, menu and footer lines for the registry's outlets and forty invented local papers."""
    from workbench.meta.outlets import default_registry

    names = [(o.mastheads[0] if o.mastheads else o.name, o.name) for o in default_registry().outlets.values()]
    names += [(f"The {town} {rng.choice(PAPERS)}",) * 2 for town in TOWNS]
    templates = []
    for masthead, name in names:
        menu = rng.sample(SECTIONS, rng.randint(6, 14))
        templates.append({
            "head": [masthead, " ".join(menu[: len(menu) // 2]), " ".join(menu[len(menu) // 2:])],
            "sidebar": rng.sample(PROMPTS, 4),
            "foot": [*rng.sample(FOOTER_LINKS, rng.randint(4, 8)),
                     f"© {rng.randint(2015, 2022)} {name}. All rights reserved."],
        })
    return templates


def _new_number(match: re.Match, rng: random.Random) -> str:
    digits = match.group(0)
    if YEAR.fullmatch(digits):
        return digits
    plain = digits.replace(",", "")
    value = rng.randint(10 ** (len(plain) - 1) if len(plain) > 1 else 1, 10 ** len(plain) - 1)
    return f"{value:,}" if "," in digits else str(value)


def make_story(stories: list[dict], by_incident: dict[str, list[dict]], rng: random.Random) -> dict:
    """A new story from a sample story: most of its sentences shuffled with some from another story of the
    same incident, names and figures changed, regrouped into paragraphs."""
    source = rng.choice(stories)
    other = rng.choice(by_incident[source["incident"]])
    lead, rest = source["sentences"][0], source["sentences"][1:]
    kept = rng.sample(rest, max(2, int(len(rest) * SHARE_KEPT)))
    borrowed = other["sentences"][1:]
    kept += rng.sample(borrowed, min(len(borrowed), max(1, len(rest) - len(kept))))
    rng.shuffle(kept)
    paragraphs, i = [lead], 0
    while i < len(kept):
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(kept[i : i + take]))
        i += take
    names: dict[str, str] = {}

    def rename(match: re.Match) -> str:
        word = match.group(0)
        if word in KEEP_NAMES:
            return word
        if word not in names:
            names[word] = word if rng.random() < 0.3 else rng.choice(LAST + TOWNS)
        return names[word]

    body = NUMBER.sub(lambda m: _new_number(m, rng), NAME.sub(rename, "\n".join(paragraphs)))
    title = NUMBER.sub(lambda m: _new_number(m, rng), NAME.sub(rename, source["title"]))
    return {"title": title, "body": body, "day": source["day"] + timedelta(days=rng.randint(-3, 30))}


def make_dump(story: dict, outlet: dict, rng: random.Random) -> str:
    """One page-text dump: date line, masthead and menu, headline, byline, dateline, body, sidebar, footer."""
    day = story["day"] + timedelta(days=rng.randint(0, 2))
    lines = [
        f"date {day.isoformat()} " + outlet["head"][0], *outlet["head"][1:], "",
        story["title"], "",
        f"By {rng.choice(FIRST)} {rng.choice(LAST)}",
        f"Published: {MONTHS[day.month - 1]} {day.day}, {day.year} {rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}",
        story["body"], "",
        *outlet["sidebar"], *outlet["foot"],
    ]
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, *, start: int = 0, seed: int = 7) -> float:
    """Write `count` dumps numbered from `start` under `folder`; returns the seconds it took.

    Most stories run in one outlet; a quarter are reprinted, whole, by two to eight outlets (the copies
    syndication groups should find)."""
    began = time.perf_counter()
    rng = random.Random(seed)
    stories, outlets = sample_stories(), outlet_templates(rng)
    by_incident: dict[str, list[dict]] = {}
    for story in stories:
        by_incident.setdefault(story["incident"], []).append(story)
    rng = random.Random(seed * 1_000_003 + start)
    i = start
    while i < start + count:
        story = make_story(stories, by_incident, rng)
        copies = 1 if rng.random() < SHARE_SINGLE else rng.randint(2, 8)
        for outlet in rng.sample(outlets, copies):
            if i >= start + count:
                break
            sub = folder / f"{i // FILES_PER_FOLDER:04d}"
            if i % FILES_PER_FOLDER == 0 or i == start:
                sub.mkdir(parents=True, exist_ok=True)
            (sub / f"{i:07d}.txt").write_text(make_dump(story, outlet, rng), "utf-8")
            i += 1
    return time.perf_counter() - began


def generate(folder: Path, count: int, *, start: int = 0, chunk: int = 10_000) -> float:
    """`write_corpus` in chunks over all cores; returns the seconds it took."""
    from concurrent.futures import ProcessPoolExecutor

    began = time.perf_counter()
    starts = range(start, start + count, chunk)
    with ProcessPoolExecutor() as pool:
        for future in [pool.submit(write_corpus, folder, min(chunk, start + count - s), start=s) for s in starts]:
            future.result()
    return time.perf_counter() - began


# -- measuring -------------------------------------------------------------------------------------------

class TreeMonitor:
    """Samples a process and all its descendants in a thread: peak total resident memory, CPU seconds."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        self.process, self.every, self.peak = psutil.Process(pid), every, 0
        self.cpu: dict[int, float] = {}  # pid -> user + system seconds when last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                procs = [self.process, *self.process.children(recursive=True)]
            except psutil.Error:
                break
            for proc in procs:
                try:
                    with proc.oneshot():
                        total += proc.memory_info().rss
                        times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    def stop(self) -> tuple[int, float]:
        """Peak RSS in bytes and CPU seconds of the tree (as last sampled)."""
        self._stop.set()
        self._thread.join()
        return self.peak, sum(self.cpu.values())


def run_ingest(corpus: Path, store: Path, workers: int | None) -> dict:
    """`workbench ingest` in a child process: wall seconds, CPU seconds of the tree, peak RSS, its output."""
    cmd = [sys.executable, "-m", "workbench.cli", "ingest", str(corpus), "--store", str(store), "--no-progress"]
    if workers:
        cmd += ["--workers", str(workers)]
    began = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    monitor = TreeMonitor(proc.pid)
    out, err = proc.communicate()
    seconds = time.perf_counter() - began
    peak, cpu = monitor.stop()
    if proc.returncode:
        print(err, file=sys.stderr)
        raise SystemExit(f"ingest failed ({proc.returncode}): {' '.join(cmd)}")
    loaded = int(re.search(r"(\d+) loaded", out).group(1))
    return {"seconds": seconds, "loaded": loaded, "peak_rss": peak, "cpu": cpu, "output": out.strip()}


def size_on_disk(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


@contextlib.contextmanager
def _quiet():
    """Standard output to /dev/null at the descriptor level: cells' prints and DuckDB's progress bar."""
    sys.stdout.flush()
    saved = os.dup(1)
    with open(os.devnull, "w") as null:
        os.dup2(null.fileno(), 1)
        try:
            yield
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)


def notebook_cells(store: Path) -> list[tuple[str, float, str | None]]:
    """Run each notebook's code cells in this process over the store (its parameters cell pointed at it,
    figures built but not shown) and time every cell: (notebook and cell, seconds, error or None)."""
    import plotly.graph_objects as go

    go.Figure.show = lambda self, *args, **kwargs: None  # build every figure, display none
    timings = []
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = [c for c in json.loads(notebook.read_text("utf-8"))["cells"] if c["cell_type"] == "code"]
        namespace: dict = {}
        failed = None
        for number, cell in enumerate(cells, 1):
            source = "".join(cell["source"])
            if "parameters" in cell.get("metadata", {}).get("tags", []):
                source += f"\nstore_dir = {str(store)!r}\n"
            label = next((line.strip() for line in source.splitlines() if line.strip() and not line.lstrip()
                          .startswith(("#", "import ", "from ", "pd.set_option"))), "")
            began = time.perf_counter()
            error = None
            if failed is None:
                try:
                    with _quiet():
                        exec(compile(source, f"{notebook.name}[{number}]", "exec"), namespace)
                except Exception as exc:  # a broken cell should not hide the other notebooks' timings
                    error = failed = f"{type(exc).__name__}: {exc}"
            else:
                error = "skipped after an earlier cell failed"
            timings.append((f"{notebook.stem} [{number}] {label[:60]}", time.perf_counter() - began, error))
    return timings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="articles in the corpus")
    parser.add_argument("--workdir", type=Path, default=None, help="where the corpus and store go (a temp dir)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and store afterwards")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="workbench-scale-"))
    corpus, store = workdir / "corpus", workdir / "store"
    shutil.rmtree(store, ignore_errors=True)
    shutil.rmtree(corpus, ignore_errors=True)
    extra = max(1, args.n // 100)
    try:
        made = generate(corpus, args.n)
        print(f"corpus: {args.n} dumps, {size_on_disk(corpus) / 1e6:.0f} MB, written in {made:.1f} s ({workdir})")
        print(f"cores: {psutil.cpu_count()}, workers: {args.workers or 'all cores'}")

        first = run_ingest(corpus, store, args.workers)
        print(f"\ningest: {first['output'].splitlines()[0]}")
        cpu_ms = first["cpu"] / max(first["loaded"], 1) * 1000
        print(f"  {first['loaded'] / first['seconds']:.0f} articles/s end to end ({first['seconds']:.1f} s wall; "
              f"load average {os.getloadavg()[0]:.1f} on {psutil.cpu_count()} cores at the end)")
        print(f"  {cpu_ms:.1f} ms CPU per article over the process tree: {2000 / cpu_ms:.0f} articles/s "
              f"on two cores' worth of CPU")
        print(f"  peak RSS of the process tree: {first['peak_rss'] / 2**20:.0f} MB")
        print(f"  store on disk: {size_on_disk(store) / 1e6:.0f} MB")

        generate(corpus, extra, start=args.n)
        second = run_ingest(corpus, store, args.workers)
        print(f"\nincremental run adding {extra} dumps ({extra / args.n:.0%}): {second['seconds']:.1f} s wall, "
              f"peak RSS {second['peak_rss'] / 2**20:.0f} MB")
        print(f"  {second['output'].splitlines()[0]}")
        print(f"  store on disk: {size_on_disk(store) / 1e6:.0f} MB")

        print("\nnotebook cells over the store (each notebook's code, in order, figures built not shown):")
        for label, seconds, error in notebook_cells(store):
            print(f"  {label:80s} {seconds:7.2f} s" + (f"  {error}" if error else ""))
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
