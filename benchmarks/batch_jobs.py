"""A batch on one core against a batch on every core.

    python -m benchmarks.batch_jobs [--count 1000] [--jobs 2] [--rounds 1] [--json PATH]

Writes `--count` generated cases (`casegen.py`, the fixed seed) into a scratch folder, then runs
`python main.py packet --batch DIR -o OUT --jobs 1` and `--jobs N` alternately (`--rounds` pairs),
each a new process timed from spawn to exit, and prints the wall and CPU time (the children's) of
each and the speed-up (wall of --jobs 1 / wall of --jobs N). It also checks that both wrote the same
packets (byte for byte apart from creation dates). The target (benchmarks/README.md): 1,000 cases
on 2 cores at least 1.7x faster than --jobs 1.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent


def _without_dates(pdf: bytes) -> bytes:
    pdf = re.sub(rb"/(CreationDate|ModDate) *\(D:[^)]*\)", b"", pdf)
    return re.sub(rb"/ID *\[<[0-9a-fA-F]*> *<[0-9a-fA-F]*>\]", b"", pdf)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_batch(cases: Path, out: Path, jobs: int, home: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its workers) of one batch."""
    env = {**os.environ, "HOME": str(home), "PYTHONHASHSEED": "0"}
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "main.py", "packet", "--batch", str(cases), "-o",
                           str(out), "--today", "2026-11-22", "--jobs", str(jobs)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=7200)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"--jobs {jobs} failed ({done.returncode}): {done.stderr[-500:]}")
    return wall, _children_cpu() - cpu


def same_packets(a: Path, b: Path) -> list[str]:
    """The names of the packets that differ (or are missing) between two output folders."""
    differ = []
    for path in sorted(a.glob("*.pdf")):
        other = b / path.name
        if not other.is_file() or _without_dates(path.read_bytes()) != \
                _without_dates(other.read_bytes()):
            differ.append(path.name)
    differ += [p.name for p in b.glob("*.pdf") if not (a / p.name).exists()]
    return differ


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.batch_jobs", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args(argv)
    from benchmarks.casegen import write_cases

    with tempfile.TemporaryDirectory(prefix="batch-jobs-") as scratch:
        base = Path(scratch)
        cases = base / "cases"
        write_cases(cases, args.count)
        home = base / "home"
        home.mkdir()
        times: dict[int, list[tuple[float, float]]] = {1: [], args.jobs: []}
        differ: list[str] = []
        for round_ in range(args.rounds):
            order = (1, args.jobs) if round_ % 2 == 0 else (args.jobs, 1)
            for jobs in order:
                out = base / f"out-{jobs}"
                if out.exists():
                    for p in out.iterdir():
                        p.unlink()
                times[jobs].append(run_batch(cases, out, jobs, home))
                print(f"--jobs {jobs}: {times[jobs][-1][0]:.1f} s wall, "
                      f"{times[jobs][-1][1]:.1f} s CPU", flush=True)
            differ = same_packets(base / "out-1", base / f"out-{args.jobs}")
    one = median(w for w, _ in times[1])
    many = median(w for w, _ in times[args.jobs])
    result = {"cases": args.count, "jobs": args.jobs, "rounds": args.rounds,
              "cores": len(os.sched_getaffinity(0)), "load_average": os.getloadavg(),
              "jobs_1_wall_s": round(one, 2), f"jobs_{args.jobs}_wall_s": round(many, 2),
              "jobs_1_cpu_s": round(median(c for _, c in times[1]), 2),
              f"jobs_{args.jobs}_cpu_s": round(median(c for _, c in times[args.jobs]), 2),
              "speed_up": round(one / many, 2), "packets_differing": differ}
    print(f"{args.count} cases: --jobs 1 {one:.1f} s, --jobs {args.jobs} {many:.1f} s: "
          f"{one / many:.2f}x; packets differing: {len(differ)}; load average "
          f"{os.getloadavg()[0]:.1f} on {result['cores']} cores")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
