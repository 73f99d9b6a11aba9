"""Benchmark the start-up cost of the command line.

What it does: times, as wall time of a subprocess, ``python -m glossary show
000`` (output thrown away) against ``python -c pass``, the bare interpreter
start, alternating the two so that noise on the machine hits both alike, and
prints the median of each and their ratio.

Why: a handout of one short seed is mostly start-up (imports, reading the
built-in gloss files, compiling them); the target is that it takes no more
than twice as long as starting Python at all.

    python benchmarks/startup.py            # 7 runs of each
    python benchmarks/startup.py --runs 21
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

# Both commands run from the repository root, so ``-m glossary`` is the
# checkout's package (the current directory comes first on sys.path).
ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 2.0


def wall_time(command: list[str]) -> float:
    """Seconds from start to exit of ``command``, run from the repository
    root with its output thrown away; a failure stops the benchmark."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode:
        sys.exit(f"{' '.join(command[1:])} failed (exit {done.returncode}):\n{done.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each command; medians are printed (default 7)")
    args = parser.parse_args()

    show = [sys.executable, "-m", "glossary", "show", "000"]
    bare = [sys.executable, "-c", "pass"]
    wall_time(show)  # once untimed: the first run compiles the .pyc files and warms the disk cache
    wall_time(bare)
    show_times, bare_times = [], []
    for _ in range(args.runs):
        bare_times.append(wall_time(bare))
        show_times.append(wall_time(show))

    show_median, bare_median = statistics.median(show_times), statistics.median(bare_times)
    ratio = show_median / bare_median
    print(f"python -c pass:                {bare_median * 1000:7.1f} ms  (median of {args.runs}; "
          f"min {min(bare_times) * 1000:.1f}, max {max(bare_times) * 1000:.1f})")
    print(f"python -m glossary show 000:   {show_median * 1000:7.1f} ms  (median of {args.runs}; "
          f"min {min(show_times) * 1000:.1f}, max {max(show_times) * 1000:.1f})")
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print(f"ratio: {ratio:.2f}  (target: <= {TARGET_RATIO:.0f}: {verdict})")


if __name__ == "__main__":
    main()
