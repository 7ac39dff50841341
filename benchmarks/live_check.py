"""The live check of a big family: what the window works out after each keystroke.

    python -m benchmarks.live_check [--children 30] [--stays 40] [--runs 200] [--instructions]

The case is examples/family-five-children.json with its children repeated to `--children` and its
earlier stays to `--stays` (each with its own name and dates). A keystroke's check, as
`ui.window.MainWindow.reevaluate` and the autosave run it without Qt: `Interview.evaluate`
(the case from the answers, which pages apply, assess), `wizard_state` (which problem belongs
where, what blocks) and `logsetup.watch_case` (the session's registration of the case for the
log's redaction). The typed answer changes on every run (a child's first name gets one letter
more), so nothing is served from a cache of the same answers. Prints the median and p95 of each
part and of the whole, in ms. The budget (benchmarks/README.md): under 5 ms for the whole.

`--instructions` counts instead of timing (for a machine shared with others, where times vary
twofold from one run to the next): the keystrokes run under valgrind's callgrind, once 10 and once
60 of them, and the difference of the two totals over 50 is a keystroke's machine instructions,
the same on every run of the same code (the start of Python and the imports cancel out). It needs
valgrind and takes a few minutes.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "family-five-children.json"
TODAY = date(2026, 11, 22)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def family(children: int, stays: int) -> Any:
    """The example family with `children` children and `stays` earlier stays."""
    from assistant.casefile import case_from_json_text

    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    kids = doc["children"]
    doc["children"] = []
    for i in range(children):
        child = copy.deepcopy(kids[i % len(kids)])
        child["first_names"] = f"{child['first_names']} {LETTERS[i % 26]}{LETTERS[i // 26]}"
        doc["children"].append(child)
    stay = doc["previous_stays"][0]
    start = date.fromisoformat(stay["from_date"]) - timedelta(days=60 * stays)
    doc["previous_stays"] = []
    for i in range(stays):
        begin = start + timedelta(days=60 * i)
        doc["previous_stays"].append({**stay, "from_date": begin.isoformat(),
                                      "to_date": (begin + timedelta(days=30)).isoformat()})
    return case_from_json_text(json.dumps(doc))


def measure(children: int, stays: int, runs: int, lang: str = "de",
            loaded: bool = False) -> dict[str, dict[str, float]]:
    """Each part's median and p95 over `runs` keystrokes. `loaded`: the case was opened from a
    case file (its data is the base the answers are laid over), else typed in."""
    from assistant import logsetup
    from assistant.interview import answers_from_case, interview
    from assistant.wizard_state import wizard_state

    case = family(children, stays)
    wizard = interview()
    answers = answers_from_case(case, wizard.all_fields())
    base = case.model_dump(mode="python") if loaded else None
    parts: dict[str, list[float]] = {"evaluate": [], "wizard_state": [], "watch_case": [],
                                     "keystroke": [], "keystroke_cpu": []}
    name = answers["children"][0]["first_names"]

    def timed(key: str, call: Callable[[], Any]) -> Any:
        start = time.perf_counter_ns()
        result = call()
        parts[key].append((time.perf_counter_ns() - start) / 1e6)
        return result

    for run in range(runs + 5):  # the first five warm the caches of the rules, as a window has
        answers["children"][0]["first_names"] = name + LETTERS[run % 26] * (1 + run % 3)
        start, cpu = time.perf_counter_ns(), time.process_time_ns()
        ev = timed("evaluate", lambda: wizard.evaluate(answers, TODAY, base, lang))
        timed("wizard_state", lambda ev=ev: wizard_state(wizard, ev, {}, answers, lang=lang))
        timed("watch_case", lambda ev=ev: logsetup.watch_case(ev.case))
        parts["keystroke"].append((time.perf_counter_ns() - start) / 1e6)
        parts["keystroke_cpu"].append((time.process_time_ns() - cpu) / 1e6)
    logsetup.watch_case(None)
    out: dict[str, dict[str, float]] = {}
    for key, times in parts.items():
        kept = sorted(times[5:])
        out[key] = {"median_ms": round(median(kept), 3),
                    "p95_ms": round(kept[int(len(kept) * 0.95)], 3)}
    return out


def instructions(children: int, stays: int, loaded: bool = False) -> float:
    """A keystroke's machine instructions (callgrind), in millions: see the module's text."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind (Debian: apt-get install valgrind)")
    totals = {}
    with tempfile.TemporaryDirectory() as tmp:
        for runs in (10, 60):
            code = (f"from benchmarks import live_check; "
                    f"live_check.measure({children}, {stays}, {runs}, loaded={loaded})")
            out = Path(tmp) / f"callgrind.{runs}"
            done = subprocess.run(
                [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}",
                 sys.executable, "-c", code],
                cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                capture_output=True, text=True, check=False)
            found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
            if done.returncode != 0 or found is None:
                raise SystemExit(f"callgrind run failed:\n{done.stderr[-2000:]}")
            totals[runs] = int(found.group(1))
    return (totals[60] - totals[10]) / 50 / 1e6


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.live_check", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--children", type=int, default=30)
    parser.add_argument("--stays", type=int, default=40)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--loaded", action="store_true",
                        help="as after opening the case from a file (else typed in)")
    parser.add_argument("--instructions", action="store_true",
                        help="count a keystroke's machine instructions under callgrind instead "
                             "of timing (repeatable on a busy machine; a few minutes)")
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args(argv)
    if args.instructions:
        count = instructions(args.children, args.stays, args.loaded)
        print(f"live check, {args.children} children, {args.stays} stays: "
              f"{count:.2f} M instructions a keystroke (callgrind)")
        if args.json:
            Path(args.json).write_text(json.dumps({"instructions_m": round(count, 3)}, indent=2)
                                       + "\n", encoding="utf-8")
        return 0
    result = measure(args.children, args.stays, args.runs, loaded=args.loaded)
    print(f"live check, {args.children} children, {args.stays} stays, {args.runs} keystrokes:")
    for key, figures in result.items():
        print(f"  {key:13s} median {figures['median_ms']:7.3f} ms   "
              f"p95 {figures['p95_ms']:7.3f} ms")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
