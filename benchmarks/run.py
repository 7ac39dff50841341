"""Measure start-up, the live check, packets, form filling, size and memory; print one table.

    python benchmarks/run.py [--runs N] [--quick] [--json PATH]
    python main.py bench     [--runs N] [--quick] [--json PATH]

Every figure is the median of several runs, all taken in this one invocation; the two sides of a
ratio are measured alternately (A B, B A, A B, ...) so that a noisy machine slows both alike. The
batch of 100 cases runs up to 3 times (20 cases once with --quick); the times between two packets
are noted beside it.
Wall-clock time is the figure; CPU time is noted beside it, which helps on a shared machine.
Timings are measured here, never asserted in tests. The budgets are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import selectors
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.report import (  # noqa: E402
    Budget,
    Figure,
    measured,
    median,
    table,
    unavailable,
    write_json,
)

BENCH = ROOT / "benchmarks"
EXAMPLE = ROOT / "examples" / "student-first-permit.json"
PACKET_LANG = "uk"  # a second script (Cyrillic) beside German: the common case in Saxony
TODAY = date(2026, 11, 22)
SHOWN, READY, MEMORY = "BENCH-SHOWN", "BENCH-READY", "BENCH-MEMORY"
DEFAULT_JSON = BENCH / "last-run.json"

LABELS = {
    "assess_ms": "Assess a case (engine)",
    "live_check_ms": "Live check after a keystroke",
}

BUDGETS = {
    "startup_ratio": Budget(1.5, "<=", "≤ 1.5× empty QWizard"),
    "assess_ms": Budget(5.0, "<", "< 5 ms"),
    "packet_warm_ms": Budget(300.0, "<", "< 300 ms"),
    "batch_per_case_ms": Budget(300.0, "<", "< 300 ms"),
    "fill_ratio": Budget(1.0, "<", "< 1 (faster than pdftk)"),
    "packet_kb": Budget(500.0, "<", "< 500 KB"),
    "batch_max_kb": Budget(500.0, "<", "< 500 KB"),
    "gui_peak_mb": Budget(250.0, "<", "< 250 MB"),
}


class BenchError(Exception):
    """A measurement could not be taken; the message says why (it becomes the table's note)."""


@dataclass(frozen=True)
class Settings:
    runs: int
    quick: bool
    batch_cases: int
    batch_runs: int
    assess_cases: int
    work: Path  # scratch directory; also HOME and XDG dirs of the child processes

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(self.work / "home"),
            XDG_CONFIG_HOME=str(self.work / "home" / ".config"),
            XDG_DATA_HOME=str(self.work / "home" / ".local" / "share"),
            XDG_CACHE_HOME=str(self.work / "home" / ".cache"),
            XDG_RUNTIME_DIR=str(self.work / "runtime"),
            PYTHONPATH=str(ROOT),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return env


# --- running child processes -------------------------------------------------------------------


def _tail(text: str, lines: int = 3) -> str:
    return " / ".join(text.strip().splitlines()[-lines:]) or "no output"


def time_markers(cmd: Sequence[str], settings: Settings, markers: Sequence[str],
                 timeout: float = 60.0) -> dict[str, tuple[float, str]]:
    """Seconds from spawning `cmd` until it prints each of the marker lines (`NAME rest`), and the
    rest of each line. BenchError if a marker does not come, or on a `BENCH-ERROR` line."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=settings.env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    name = Path(cmd[1]).name
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    buffer = b""
    seen: dict[str, tuple[float, str]] = {}
    try:
        while len(seen) < len(markers):
            left = timeout - (time.perf_counter() - start)
            if left <= 0 or not sel.select(left):
                raise BenchError(f"{name}: no {markers[len(seen)]} within {timeout:.0f} s")
            chunk = os.read(proc.stdout.fileno(), 65536)
            now = time.perf_counter() - start
            if not chunk:
                proc.wait(timeout=10)
                raise BenchError(f"{name} exited ({proc.returncode}) before "
                                 f"{markers[len(seen)]}: {_tail(proc.stderr.read().decode())}")
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for raw in lines:
                head, _, rest = raw.decode("utf-8", "replace").partition(" ")
                if head == "BENCH-ERROR":
                    raise BenchError(f"{name}: {rest}")
                if head in markers and head not in seen:
                    seen[head] = (now, rest)
        proc.wait(timeout=30)
    finally:
        sel.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    return seen


CHILD_CPU: list[float] = []  # CPU seconds (user + system) of each finished time_process child


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_process(cmd: Sequence[str], settings: Settings, timeout: float = 600.0,
                 ok_codes: Sequence[int] = (0,)) -> float:
    """Wall-clock seconds of `cmd` from spawn to exit; BenchError if it fails. Its CPU seconds
    are appended to CHILD_CPU."""
    cpu = _children_cpu()
    start = time.perf_counter()
    try:
        result = subprocess.run(cmd, cwd=ROOT, env=settings.env, capture_output=True,
                                text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise BenchError(f"{' '.join(cmd[:3])} ...: did not finish in {timeout:.0f} s") from None
    elapsed = time.perf_counter() - start
    CHILD_CPU.append(_children_cpu() - cpu)
    if result.returncode not in ok_codes:
        raise BenchError(f"{' '.join(Path(c).name for c in cmd[:4])} ... exited "
                         f"{result.returncode}: {_tail(result.stderr or result.stdout)}")
    return elapsed


def alternate(runs: int, a: Callable[[], float], b: Callable[[], float]) -> tuple[list[float],
                                                                                  list[float]]:
    """Run a and b `runs` times each, alternating which goes first; one untimed warm-up each
    (it compiles byte code and fills the disk cache)."""
    a()
    b()
    xs: list[float] = []
    ys: list[float] = []
    for i in range(runs):
        if i % 2 == 0:
            xs.append(a())
            ys.append(b())
        else:
            ys.append(b())
            xs.append(a())
    return xs, ys


def timed_calls(call: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each of `runs` calls."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def _cpu_note() -> str:
    """The median CPU seconds of the child processes timed since the last call."""
    note = f"CPU {median(CHILD_CPU):.2f} s" if CHILD_CPU else ""
    CHILD_CPU.clear()
    return note


def _cli_has(command: str) -> bool:
    from assistant.cli import command_names

    return command in command_names()


# --- the figures ----------------------------------------------------------------------------


def startup(settings: Settings) -> list[Figure]:
    labels = {
        "startup_baseline_s": "Start-up: empty QWizard shown (baseline)",
        "startup_app_s": "Start-up: our first page shown",
        "startup_ratio": "Start-up ratio (ours / baseline)",
        "startup_ready_s": "Start-up: our window ready for input",
    }
    baseline_cmd = [sys.executable, str(BENCH / "baseline_qwizard.py")]
    app_cmd = [sys.executable, str(BENCH / "startup_driver.py")]
    shown: list[str] = []
    ready: list[float] = []

    def base() -> float:
        return time_markers(baseline_cmd, settings, [SHOWN])[SHOWN][0]

    def app() -> float:
        seen = time_markers(app_cmd, settings, [SHOWN, READY])
        shown.append(seen[SHOWN][1])
        ready.append(seen[READY][0])
        return seen[SHOWN][0]

    def without_app(why: str) -> list[Figure]:
        samples = [base() for _ in range(settings.runs + 1)][1:]
        return [measured("startup_baseline_s", labels["startup_baseline_s"], "s", samples),
                unavailable("startup_app_s", labels["startup_app_s"], "s", why),
                unavailable("startup_ratio", labels["startup_ratio"], "×", why,
                            BUDGETS["startup_ratio"])]

    if not (ROOT / "ui" / "app.py").is_file():
        return without_app("ui/app.py (the wizard) is not there yet")
    try:
        ours, baseline = alternate(settings.runs, app, base)
    except BenchError as exc:
        return without_app(str(exc))
    paired = [o / b for o, b in zip(ours, baseline, strict=True)]
    ready = ready[1:]  # without the warm-up
    return [
        measured("startup_baseline_s", labels["startup_baseline_s"], "s", baseline,
                 note="spawn until its first frame is painted"),
        measured("startup_app_s", labels["startup_app_s"], "s", ours,
                 note=f"`main.py` (no arguments), spawn until the first frame is painted: "
                      f"{shown[-1]}"),
        Figure("startup_ratio", labels["startup_ratio"], "×", median(ours) / median(baseline),
               [round(p, 3) for p in paired], BUDGETS["startup_ratio"],
               note="ratio of the medians; the samples are the ratios of the run pairs"),
        measured("startup_ready_s", labels["startup_ready_s"], "s", ready,
                 note="first frame painted and the start-up work queued for the event loop "
                      "done"),
    ]


def assessment(settings: Settings) -> list[Figure]:
    from assistant.engine import assess
    from benchmarks.casegen import generate_cases

    cases = generate_cases(settings.assess_cases)

    def timed(name: str, call: Callable[[int], object], unit_note: str) -> Figure:
        for i in range(len(cases)):  # loads and caches the catalogue, as a running program has
            call(i)
        run_medians: list[float] = []
        every: list[float] = []
        cpu_ms: list[float] = []
        for _ in range(settings.runs):
            times = []
            cpu = time.process_time()
            for i in range(len(cases)):
                start = time.perf_counter_ns()
                call(i)
                times.append((time.perf_counter_ns() - start) / 1e6)
            cpu_ms.append((time.process_time() - cpu) * 1000 / len(cases))
            run_medians.append(median(times))
            every.extend(times)
        every.sort()
        p95, worst = every[int(len(every) * 0.95)], every[-1]
        return measured(name, LABELS[name], "ms", run_medians, BUDGETS["assess_ms"],
                        note=f"{unit_note}; {len(cases)} generated cases a run; p95 "
                             f"{p95:.2f} ms, max {worst:.2f} ms; CPU {median(cpu_ms):.2f} ms "
                             "a case", p95_ms=p95, max_ms=worst, cases=len(cases),
                        cpu_ms=median(cpu_ms))

    figures = [timed("assess_ms", lambda i: assess(cases[i], TODAY), "assess(case, today)")]
    try:
        from assistant.interview import answers_from_case, interview
    except ImportError as exc:
        return figures + [unavailable("live_check_ms", LABELS["live_check_ms"], "ms",
                                      f"assistant.interview is not there yet ({exc})",
                                      BUDGETS["assess_ms"])]
    wizard = interview()
    fields = wizard.all_fields()
    inputs = [(answers_from_case(c, fields), c.model_dump(mode="python"), c.language)
              for c in cases]
    figures.append(timed(
        "live_check_ms",
        lambda i: wizard.evaluate(inputs[i][0], TODAY, inputs[i][1], inputs[i][2]),
        "Interview.evaluate(answers, ...), what the window runs after each change: case from "
        "the answers, which pages apply, assess"))
    return figures


def packets(settings: Settings) -> list[Figure]:
    labels = {
        "packet_warm_ms": "Packet, warm (in process)",
        "packet_cold_s": "Packet, cold (new process)",
        "packet_kb": f"Packet size (example case, {PACKET_LANG})",
        "batch_per_case_ms": "Batch packets, per case",
        "batch_max_kb": "Packet size (largest of the batch)",
    }
    units = {"packet_warm_ms": "ms", "packet_cold_s": "s", "packet_kb": "KB",
             "batch_per_case_ms": "ms", "batch_max_kb": "KB"}

    def missing(reason: str, keys: Sequence[str]) -> list[Figure]:
        return [unavailable(k, labels[k], units[k], reason, BUDGETS.get(k)) for k in keys]

    try:
        from assistant.packet import build_packet
    except ImportError as exc:
        return missing(f"assistant.packet.build_packet is not there yet ({exc})", list(labels))
    from assistant.casefile import load_case
    from assistant.engine import assess

    figures: list[Figure] = []
    case = load_case(EXAMPLE)
    first_start = time.perf_counter()
    packet = build_packet(case, assess(case, TODAY), PACKET_LANG)
    first_ms = (time.perf_counter() - first_start) * 1000
    warm, cpu = timed_calls(lambda: build_packet(case, assess(case, TODAY), PACKET_LANG),
                            max(settings.runs, 5))
    figures.append(measured("packet_warm_ms", labels["packet_warm_ms"], "ms", warm,
                            BUDGETS["packet_warm_ms"],
                            note=f"assess + build_packet, example case; CPU {median(cpu):.0f} "
                                 f"ms; first call in the process {first_ms:.0f} ms",
                            first_call_ms=first_ms, cpu_ms=median(cpu)))
    figures.append(measured("packet_kb", labels["packet_kb"], "KB", [len(packet.pdf) / 1024],
                            BUDGETS["packet_kb"]))

    if not _cli_has("packet"):
        return figures + missing("`python main.py packet` is not there yet",
                                 ["packet_cold_s", "batch_per_case_ms", "batch_max_kb"])
    out = settings.work / "cold.pdf"
    cold_cmd = [sys.executable, str(ROOT / "main.py"), "packet", str(EXAMPLE), "-o", str(out),
                "--lang", PACKET_LANG, "--today", TODAY.isoformat()]
    try:
        time_process(cold_cmd, settings)  # warm-up: byte code, disk cache
        CHILD_CPU.clear()
        cold = [time_process(cold_cmd, settings) for _ in range(settings.runs)]
        figures.append(measured("packet_cold_s", labels["packet_cold_s"], "s", cold,
                                note=f"`python main.py packet` from spawn to exit; "
                                     f"{_cpu_note()}"))
    except BenchError as exc:
        figures += missing(str(exc), ["packet_cold_s"])

    from benchmarks.casegen import write_cases

    cases_dir = settings.work / "batch-cases"
    if not cases_dir.is_dir():
        write_cases(cases_dir, settings.batch_cases)
    outdir = settings.work / "batch-out"
    batch_cmd = [sys.executable, str(ROOT / "main.py"), "packet", "--batch", str(cases_dir),
                 "-o", str(outdir), "--today", TODAY.isoformat()]
    per_case_runs: list[float] = []
    cpu_runs: list[float] = []
    intervals: list[float] = []
    firsts: list[float] = []
    pdfs: list[Path] = []
    for _ in range(settings.batch_runs):
        shutil.rmtree(outdir, ignore_errors=True)
        spawned = time.time_ns()
        try:
            total = time_process(batch_cmd, settings, ok_codes=(0, 1))  # 1: some cases failed
        except BenchError as exc:
            return figures + missing(str(exc), ["batch_per_case_ms", "batch_max_kb"])
        cpu_runs.append(CHILD_CPU.pop() * 1000 / settings.batch_cases if CHILD_CPU else 0.0)
        pdfs = sorted(outdir.glob("*.pdf"))  # the batch works through the cases in name order
        failed = settings.batch_cases - len(pdfs)
        if failed:
            summary = outdir / "batch-summary.txt"
            lines = summary.read_text(encoding="utf-8").splitlines() if summary.is_file() else []
            first = next((ln.strip() for ln in lines if "FAILED" in ln), "no batch-summary.txt")
            return figures + missing(f"{failed} of {settings.batch_cases} generated cases "
                                     f"failed in the batch, e.g. {first}",
                                     ["batch_per_case_ms", "batch_max_kb"])
        written = [p.stat().st_mtime_ns for p in pdfs]
        intervals += [(b - a) / 1e6 for a, b in zip(written, written[1:], strict=False)]
        firsts.append((written[0] - spawned) / 1e9)
        per_case_runs.append(total * 1000 / settings.batch_cases)
    figures.append(measured(
        "batch_per_case_ms", labels["batch_per_case_ms"], "ms", per_case_runs,
        BUDGETS["batch_per_case_ms"],
        note=f"{settings.batch_cases} generated cases in one `main.py packet --batch`, whole "
             f"process / cases (CPU {median(cpu_runs):.0f} ms a case); between two packets "
             f"median {median(intervals):.0f} ms, max {max(intervals):.0f} ms; first packet "
             f"{median(firsts):.1f} s after spawn",
        intervals_ms_median=median(intervals), first_packet_s=median(firsts),
        cpu_ms=median(cpu_runs)))
    if pdfs:
        sizes = sorted(p.stat().st_size / 1024 for p in pdfs)
        figures.append(measured("batch_max_kb", labels["batch_max_kb"], "KB", [sizes[-1]],
                                BUDGETS["batch_max_kb"],
                                note=f"median of the batch {sizes[len(sizes) // 2]:.0f} KB"))
    else:
        figures += missing("the batch wrote no PDF", ["batch_max_kb"])
    return figures


def filling(settings: Settings, log: list[str]) -> list[Figure]:
    label_ours = "Fill our form: ours (new process)"
    label_pdftk = "Fill our form: pdftk (new process)"
    label_ratio = "Fill ratio (ours / pdftk)"
    label_warm = "Fill our form: ours, warm (in process)"
    budget = BUDGETS["fill_ratio"]

    try:
        from assistant.forms import fill_form
        from assistant.forms.engine import load_form
    except ImportError as exc:
        why = f"assistant.forms is not there yet ({exc})"
        return [unavailable("fill_ours_s", label_ours, "s", why),
                unavailable("fill_pdftk_s", label_pdftk, "s", why),
                unavailable("fill_ratio", label_ratio, "×", why, budget)]
    from assistant.casefile import load_case
    from benchmarks.pdftk import PdftkUnavailable, ensure_pdftk, field_values, write_xfdf

    case = load_case(EXAMPLE)
    filled = fill_form(case, editable=True)
    warm, cpu = timed_calls(lambda: fill_form(case, editable=True), max(settings.runs, 5))
    warm_fig = measured("fill_ours_warm_ms", label_warm, "ms", warm,
                        note=f"fill_form(editable=True) in the running program; CPU "
                             f"{median(cpu):.0f} ms", cpu_ms=median(cpu))
    try:
        pdftk = ensure_pdftk(log)
    except PdftkUnavailable as exc:
        return [warm_fig, unavailable("fill_pdftk_s", label_pdftk, "s", str(exc)),
                unavailable("fill_ratio", label_ratio, "×", str(exc), budget)]

    ours_pdf = settings.work / "fill-ours.pdf"
    ours_pdf.write_bytes(filled.pdf)
    template = settings.work / "fill-template.pdf"
    template.write_bytes(load_form("antrag-aufenthaltstitel").template())
    values = field_values(ours_pdf)
    xfdf = settings.work / "fill-values.xfdf"
    write_xfdf(values, xfdf)
    pdftk_out = settings.work / "fill-pdftk.pdf"
    pdftk_cmd = [pdftk, str(template), "fill_form", str(xfdf), "output", str(pdftk_out)]
    ours_cmd = [sys.executable, str(ROOT / "main.py"), "fill", str(EXAMPLE), "--editable",
                "-o", str(settings.work / "fill-once.pdf")]
    ours_cpu: list[float] = []
    theirs_cpu: list[float] = []

    def run_ours() -> float:
        elapsed = time_process(ours_cmd, settings)
        ours_cpu.append(CHILD_CPU.pop())
        return elapsed

    def run_theirs() -> float:
        elapsed = time_process(pdftk_cmd, settings)
        theirs_cpu.append(CHILD_CPU.pop())
        return elapsed

    try:
        ours, theirs = alternate(settings.runs, run_ours, run_theirs)
    except BenchError as exc:
        return [warm_fig, unavailable("fill_pdftk_s", label_pdftk, "s", str(exc)),
                unavailable("fill_ratio", label_ratio, "×", str(exc), budget)]
    same = field_values(pdftk_out) == values
    how = (f"same template, same {len(values)} values (XFDF); both keep the fields and draw "
           f"their appearances{'' if same else '; WARNING: pdftk output differs in values'}")
    return [
        measured("fill_ours_s", label_ours, "s", ours,
                 note=f"python main.py fill CASE --editable -o OUT: start Python, load the case, "
                      f"fill, write; CPU {median(ours_cpu[1:]):.2f} s"),
        measured("fill_pdftk_s", label_pdftk, "s", theirs,
                 note=f"pdftk TEMPLATE fill_form XFDF output OUT; CPU "
                      f"{median(theirs_cpu[1:]):.2f} s (the JVM uses several threads)"),
        Figure("fill_ratio", label_ratio, "×", median(ours) / median(theirs),
               [round(o / t, 3) for o, t in zip(ours, theirs, strict=True)], budget, note=how),
        warm_fig,
    ]


def gui_memory(settings: Settings) -> list[Figure]:
    label = "Peak memory of the GUI after a packet"
    budget = BUDGETS["gui_peak_mb"]
    if not (ROOT / "ui" / "app.py").is_file():
        return [unavailable("gui_peak_mb", label, "MB", "ui/app.py (the wizard) is not there yet",
                            budget)]
    cmd = [sys.executable, str(BENCH / "gui_memory.py"), str(EXAMPLE), PACKET_LANG]
    samples = []
    fields: dict[str, str] = {}
    try:
        for _ in range(max(1, min(settings.runs, 3))):
            line = time_markers(cmd, settings, [MEMORY], timeout=150)[MEMORY][1]
            fields = dict(part.split("=", 1) for part in line.split() if "=" in part)
            samples.append(int(fields["maxrss_kb"]) / 1024)
    except (BenchError, KeyError, ValueError) as exc:
        return [unavailable("gui_peak_mb", label, "MB", str(exc), budget)]
    before = int(fields.get("before_packet_kb", 0)) / 1024
    return [measured("gui_peak_mb", label, "MB", samples, budget,
                     note=f"ru_maxrss of the window process after loading the example case, "
                          f"building the packet ({PACKET_LANG}) on the packet page and "
                          f"previewing it; {before:.0f} MB before the packet",
                     before_packet_mb=before)]


# --- the command -------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python benchmarks/run.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=None,
                        help="timed runs per figure (default 5; 3 with --quick)")
    parser.add_argument("--quick", action="store_true",
                        help="fewer runs and a batch of 20 cases instead of 100")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON,
                        help=f"where to write the figures as JSON (default: "
                             f"{DEFAULT_JSON.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    if args.runs is not None and args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    runs = args.runs or (3 if args.quick else 5)
    log: list[str] = []
    with tempfile.TemporaryDirectory(prefix="permit-bench-") as tmp:
        work = Path(tmp)
        (work / "runtime").mkdir(mode=0o700)
        settings = Settings(runs=runs, quick=args.quick,
                            batch_cases=20 if args.quick else 100,
                            batch_runs=1 if args.quick else min(runs, 3),
                            assess_cases=20 if args.quick else 100, work=work)
        started = time.perf_counter()
        figures: list[Figure] = []
        for step in (startup, assessment, packets, lambda s: filling(s, log), gui_memory):
            figures.extend(step(settings))
        total = time.perf_counter() - started
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(table(figures))
    print()
    for line in log:
        print(f"note: {line}")
    print(f"{runs} runs per figure, measured in {total:.0f} s; this process peaked at "
          f"{peak_self:.0f} MB")
    write_json(args.json, figures, {"runs": runs, "quick": args.quick,
                                    "batch_cases": settings.batch_cases,
                                    "batch_runs": settings.batch_runs,
                                    "assess_cases": settings.assess_cases,
                                    "packet_lang": PACKET_LANG, "today": TODAY.isoformat(),
                                    "seconds": round(total, 1)})
    print(f"JSON: {args.json}")
    return 0 if all(f.ok is not False and not f.unavailable for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
