"""`python main.py bench [--runs N] [--quick] [--json PATH]`: run benchmarks/run.py.

The benchmarks start Qt programs and measure whole processes, so this command only spawns
`benchmarks/run.py` in a new interpreter: nothing of Qt (or of the benchmarks) is imported into
the domain's process.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from ..errors import UserError
from ..paths import ROOT

RUNNER = ROOT / "benchmarks" / "run.py"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure start-up, assessment, packets, form filling, "
                       "size and memory (benchmarks/run.py)")
    p.add_argument("--runs", type=int, help="timed runs per figure (default 5; 3 with --quick)")
    p.add_argument("--quick", action="store_true",
                   help="fewer runs and a batch of 20 cases instead of 100")
    p.add_argument("--json", metavar="PATH", help="where to write the figures as JSON "
                   "(default: benchmarks/last-run.json)")
    p.set_defaults(func=run)


def runner_command(args: argparse.Namespace) -> list[str]:
    cmd = [sys.executable, str(RUNNER)]
    if args.runs is not None:
        if args.runs < 1:
            raise UserError("--runs must be at least 1")
        cmd += ["--runs", str(args.runs)]
    if args.quick:
        cmd.append("--quick")
    if args.json:
        cmd += ["--json", str(args.json)]
    return cmd


def run(args: argparse.Namespace) -> int:
    if not RUNNER.is_file():
        raise UserError("the benchmarks are not part of this installation "
                        f"({RUNNER} is missing); run them from a source checkout")
    return subprocess.call(runner_command(args), cwd=ROOT)
