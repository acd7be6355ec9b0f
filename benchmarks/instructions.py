"""CPU instructions per article of an extractor, counted by valgrind's callgrind: a speed figure that repeats.

    python benchmarks/instructions.py casualties [--texts FILE]
    python benchmarks/instructions.py attributions [--texts FILE]

Wall-clock and CPU-time speeds drift with the machine (on a shared virtual machine the same code measures up to
a third apart from one run to the next), so two versions of an extractor are best compared by the instructions
they execute, which callgrind counts the same on every run. Each count comes from a fresh Python process that
is warmed on the gold set's articles, as the first-sight speed figure is; the difference between a process
that then makes no pass, one pass, and two passes over the texts gives the instructions of a first pass
(articles never seen) and of a repeated one. Every process runs with the same string-hash seed: set and dict
orders, and so the work done, otherwise vary by some millions of instructions from run to run. Needs valgrind
(Debian's package). Prints only; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRACTORS = {
    "casualties": ("workbench.extract.casualties", "extract_casualties", ROOT / "tests/gold/casualties/articles.jsonl"),
    "attributions": (
        "workbench.extract.attributions",
        "extract_attributions",
        ROOT / "tests/gold/attributions/articles.jsonl",
    ),
}
RUN = """
import importlib, json, sys
module, function, warm_file, texts_file, passes = sys.argv[1:6]
extract = getattr(importlib.import_module(module), function)
def texts(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]
for text in texts(warm_file):
    extract(text)
batch = texts(texts_file)
for _ in range(int(passes)):
    for text in batch:
        extract(text)
"""
COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(extractor: str, texts: Path, passes: int) -> int:
    """Instructions a fresh process executes: warm-up on the gold articles, then `passes` passes over texts."""
    module, function, warm = EXTRACTORS[extractor]
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", RUN,
         module, function, str(warm), str(texts), str(passes)],
        capture_output=True, text=True, check=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    return int(COLLECTED.search(done.stderr).group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("extractor", choices=sorted(EXTRACTORS))
    parser.add_argument("--texts", type=Path, default=ROOT / "data/sample/demo_articles.jsonl",
                        help="a JSONL file of articles with a text field (default: the sample)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)")
        return 1
    with args.texts.open(encoding="utf-8") as handle:
        n = sum(1 for line in handle if line.strip())
    counts = [instructions(args.extractor, args.texts, passes) for passes in (0, 1, 2)]
    first, repeated = counts[1] - counts[0], counts[2] - counts[1]
    print(f"{args.extractor} on {args.texts.name} ({n} articles), instructions per pass:")
    print(f"  first sight  {first / 1e6:,.0f}M  ({first / n / 1e6:.2f}M per article)")
    print(f"  repeated     {repeated / 1e6:,.0f}M  ({repeated / n / 1e6:.2f}M per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
