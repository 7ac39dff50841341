"""`python main.py packet CASE.json -o packet.pdf [--lang uk] [--ics deadlines.ics]
[--today YYYY-MM-DD] [--editable] [--form ID|PROFILE] [--template PDF]` and
`python main.py packet --batch DIR -o OUTDIR [--jobs N]`.

The batch form writes `<stem>.pdf` and `<stem>.ics` for every case file (`*.json`, `*.permitcase`)
in DIR (the names come from the input files, which the counselling centre named; where two files
share a stem, `anna.json` and `anna.permitcase`, the second keeps its whole name:
`anna.permitcase.pdf`), goes on after a bad file, and prints and writes a summary
(`batch-summary.txt`, in the order of the file names) of which files failed and why.

It runs one worker process per core (`--jobs N`; `--jobs 1` works in this process). The packets
are the same as one process writes. Ctrl+C stops it: the packets being made are finished (a packet
and its .ics are written whole or not at all), no further one is begun, and the summary tells what
was written. Encrypted case files ask for the passphrase once (or read `--passphrase-file`); each
worker derives the keys of the files it opens.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..atomic import atomic_write_bytes, atomic_write_text
from ..casefile import ENCRYPTED_SUFFIX
from ..crypto import is_encrypted
from ..engine import assess
from ..errors import UserError
from ..loading import long_lived
from ..model import Case
from ..outputs import add_force_option, check_outputs
from ..packet import PACKET_LANGUAGES, Packet, build_packet
from ..paths import OUR_FORM
from ._passphrase import add_passphrase_source, existing_passphrase, open_case_arg
from .check import parse_today

SUMMARY_NAME = "batch-summary.txt"
CASE_SUFFIXES = (".json", ENCRYPTED_SUFFIX)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "packet",
        allow_abbrev=False,
        help="print the packet (cover, form, checklist, fees, deadlines) as one PDF",
        description="Build the printable packet for a case file: German for the authority beside "
        "the applicant's language. With --batch, one packet per case file in a folder.",
    )
    p.add_argument("case", nargs="?", help="case file (.json or .permitcase); not with --batch")
    p.add_argument("-o", "--output", required=True,
                   help="the PDF to write; with --batch the folder to write the packets into")
    p.add_argument("--lang", choices=PACKET_LANGUAGES,
                   help="the applicant's language beside German (default: the case file's)")
    p.add_argument("--ics", metavar="FILE",
                   help="also write the deadlines as an iCalendar file (not with --batch, which "
                   "always writes one beside each packet)")
    p.add_argument("--today", help="the date to assess on, YYYY-MM-DD (default: today)")
    p.add_argument("--editable", action="store_true",
                   help="keep the application form's fields editable instead of flattening them")
    p.add_argument("--form", default=OUR_FORM,
                   help="the application form in the packet: a form id (see `forms list`) or "
                   f"the path of a form's profile.toml; default: {OUR_FORM}")
    p.add_argument("--template", type=Path, default=None,
                   help="the official form's PDF, for a form whose folder does not hold it")
    p.add_argument("--batch", metavar="DIR",
                   help="make a packet for every case file (.json, .permitcase) in DIR")
    p.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                   help="with --batch: how many packets to make at once, each in a process of "
                   "its own (default: one per core; 1: in this process)")
    add_passphrase_source(p)
    add_force_option(p)
    p.set_defaults(func=run)


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def packet_language(case: Case, requested: str | None) -> str:
    if requested:
        return requested
    return case.language if case.language in PACKET_LANGUAGES else "en"


def make_packet(case: Case, lang: str | None, today: date, editable: bool,
                form: str = OUR_FORM, template: Path | None = None) -> Packet:
    """The packet the window would print for this case: the one to hand in when nothing blocks
    and nothing essential is missing, else the copy for counselling (no form), or, where no
    permit is needed, the packet that says so."""
    from ..packet import Readiness
    from ..wizard_state import state_for_case

    lang = packet_language(case, lang)
    readiness = Readiness.of(state_for_case(case, today, lang))
    return build_packet(case, assess(case, today), lang, editable_form=editable, form=form,
                        template=template, readiness=readiness)


def describe(packet: Packet) -> str:
    """What was written, in a few words: the page count and, unless it is the packet to hand
    in, what it is."""
    what = {"counselling": f"a copy for counselling, not ready to hand in: "
                           f"{packet.problems} open point(s), no application form",
            "no_permit": "no permit is needed: no application form"}.get(packet.kind, "")
    return f"{packet.page_count} pages" + (f"; {what}" if what else "")


def load_shared(form: str = OUR_FORM, template: Path | None = None) -> None:
    """What every packet reads, loaded once and kept: the rules, the packet's texts and styles,
    our form and its fonts, and the chosen form (its profile and template checked before any
    case is read)."""
    from ..catalogue import catalogue
    from ..forms.engine import load_form
    from ..packet.i18n import packet_texts
    from ..packet.styles import styles

    catalogue()
    packet_texts()
    styles()
    load_form(OUR_FORM)
    if form != OUR_FORM or template is not None:
        from ..forms.engine import template_for, template_problems
        from ..forms.profile import ProfileProblems

        chosen = load_form(form)
        if chosen.profile.form.template is not None or template is not None:
            reader, _ = template_for(chosen, template)
            problems = template_problems(chosen.profile, reader)
            if problems:
                raise ProfileProblems(chosen.directory / "profile.toml", problems)


def run(args: argparse.Namespace) -> int:
    today = parse_today(args.today)
    if args.batch:
        if args.case:
            raise UserError("give either a case file or --batch DIR, not both")
        if args.ics:
            raise UserError("--ics is for a single case; --batch writes a .ics beside each packet")
        with long_lived():
            load_shared(args.form, args.template)
        return run_batch(Path(args.batch), Path(args.output), args, today)
    if not args.case:
        raise UserError("name a case file (python main.py packet CASE.json -o packet.pdf) or use "
                        "--batch DIR")
    from .fill import form_inputs

    with long_lived():
        load_shared(args.form, args.template)
        check_outputs([args.output, args.ics],
                      [args.case, *form_inputs(args.form, args.template)], force=args.force)
        case = open_case_arg(Path(args.case), args)
    packet = make_packet(case, args.lang, today, args.editable, args.form, args.template)
    atomic_write_bytes(args.output, packet.pdf)
    print(f"packet written: {args.output} ({describe(packet)})", file=sys.stderr)
    if args.ics:
        atomic_write_bytes(args.ics, packet.ics)
        print(f"deadlines written: {args.ics}", file=sys.stderr)
    return 0


@dataclass(frozen=True)
class BatchResult:
    case_file: str
    ok: bool
    message: str


@dataclass(frozen=True)
class BatchOptions:
    """What every packet of a batch is made with (sent to each worker process)."""

    lang: str | None
    editable: bool
    form: str
    template: Path | None
    today: date
    passphrase: str | None = None  # the batch's passphrase for encrypted case files, if any


def output_names(cases: list[Path]) -> dict[Path, str | None]:
    """The name (without .pdf/.ics) of each case's packet: the file's stem, or its whole name
    where an earlier file has that stem already (anna.json, anna.permitcase); None where both are
    taken. Names are compared without case: on some disks Anna.pdf is anna.pdf."""
    taken: set[str] = set()
    names: dict[Path, str | None] = {}
    for path in cases:
        name = next((n for n in (path.stem, path.name) if n.casefold() not in taken), None)
        if name is not None:
            taken.add(name.casefold())
        names[path] = name
    return names


def run_batch(folder: Path, out: Path, args: argparse.Namespace, today: date) -> int:
    """One packet per case file; returns 0 if all were written, 1 if any failed, 130 if stopped
    with Ctrl+C."""
    if not folder.is_dir():
        raise UserError(f"--batch {folder}: no such folder")
    cases = sorted(
        p for p in folder.iterdir() if p.suffix.lower() in CASE_SUFFIXES and p.is_file()
    )
    if not cases:
        raise UserError(f"--batch {folder}: the folder holds no case files (.json, .permitcase)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"-o {out}: cannot create the folder ({exc.strerror})") from None
    options = BatchOptions(lang=args.lang, editable=args.editable, form=args.form,
                           template=args.template, today=today,
                           passphrase=_batch_passphrase(cases, args))
    names = output_names(cases)
    jobs = min(args.jobs or cores(), len(cases))
    results: dict[Path, BatchResult] = {}
    stopped = False
    try:
        if jobs == 1:
            for path in cases:
                results[path] = _one(path, out, names[path], options)
        else:
            stopped = _in_workers(cases, out, names, options, jobs, results)
    except KeyboardInterrupt:
        stopped = True
    done = [_on_disk(results[p], out / f"{names[p]}.pdf") for p in cases if p in results]
    failed = [r for r in done if not r.ok]
    lines = [f"{len(done) - len(failed)} of {len(cases)} packets written to {out}"]
    if stopped:
        lines.append(f"  stopped: {len(cases) - len(done)} case file(s) not begun")
    lines += [f"  ok      {r.case_file}: {r.message}" for r in done if r.ok]
    lines += [f"  FAILED  {r.case_file}: {r.message}" for r in failed]
    summary = "\n".join(lines) + "\n"
    atomic_write_text(out / SUMMARY_NAME, summary)
    print(summary, end="")
    if stopped:
        return 130
    return 1 if failed else 0


def _on_disk(result: BatchResult, pdf: Path) -> BatchResult:
    """What is on disk counts: a packet reported as written must be in the folder."""
    if result.ok and not pdf.is_file():
        return BatchResult(result.case_file, False, f"{pdf.name} is not in the folder after it "
                           "was written; check the disk")
    return result


def _batch_passphrase(cases: list[Path], args: argparse.Namespace) -> str | None:
    """The passphrase, asked once, if any of the case files is encrypted."""
    for path in cases:
        try:
            with path.open("rb") as f:
                head = f.read(64)
        except OSError:
            continue  # reported for that file when it is opened
        if is_encrypted(head):
            return existing_passphrase(args)
    return None


def _in_workers(cases: list[Path], out: Path, names: dict[Path, str | None],
                options: BatchOptions, jobs: int, results: dict[Path, BatchResult]) -> bool:
    """The packets made by `jobs` worker processes; True if Ctrl+C stopped the batch (the
    packets being made are finished, no further one is begun)."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")  # the same on every system, no forked state
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_start,
                               initargs=(options,))
    futures: dict[Future[BatchResult], Path] = {}
    try:
        for path in cases:
            futures[pool.submit(_worker_one, path, out, names[path])] = path
        for future, path in futures.items():
            results[path] = _result_of(future, path)
    except KeyboardInterrupt:
        for future in futures:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        for future, path in futures.items():
            # a worker that Ctrl+C reached while it was starting made nothing: not begun
            if future.done() and not future.cancelled() and \
                    not isinstance(future.exception(), BrokenProcessPool):
                results[path] = _result_of(future, path)
        return True
    pool.shutdown(wait=True)
    return False


def _result_of(future: object, path: Path) -> BatchResult:
    try:
        return future.result()  # type: ignore[attr-defined, no-any-return]
    except Exception as exc:  # noqa: BLE001 - a worker that died must not stop the batch
        return BatchResult(path.name, False, f"unexpected error ({type(exc).__name__}); please "
                           "report it with this case file")


_worker_options: BatchOptions | None = None


def _worker_start(options: BatchOptions) -> None:
    """In each worker process: Ctrl+C is the batch's to handle (the worker finishes the packet it
    is making); the shared resources are loaded once."""
    global _worker_options
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ..loading import long_lived, one_command_process

    one_command_process()
    with long_lived():
        load_shared(options.form, options.template)
    _worker_options = options


def _worker_one(path: Path, out: Path, name: str | None) -> BatchResult:
    assert _worker_options is not None
    return _one(path, out, name, _worker_options)


def _one(path: Path, out: Path, name: str | None, options: BatchOptions) -> BatchResult:
    if name is None:
        return BatchResult(path.name, False, "its packet's name is taken by another case file's "
                           "packet; rename the file")
    pdf, ics = out / f"{name}.pdf", out / f"{name}.ics"
    written: list[Path] = []
    try:
        case = _open_case(path, options.passphrase)
        packet = make_packet(case, options.lang, options.today, options.editable, options.form,
                             options.template)
        atomic_write_bytes(ics, packet.ics)
        written.append(ics)
        atomic_write_bytes(pdf, packet.pdf)
        written.append(pdf)
    except UserError as exc:
        # The message names the file already, or not: keep only what follows the path.
        message = str(exc).removeprefix(f"{path}: ").replace("\n", "\n          ")
        return BatchResult(path.name, False, message)
    except KeyboardInterrupt:
        for done in written:  # a packet is written whole or not at all
            done.unlink(missing_ok=True)
        raise
    except Exception as exc:  # noqa: BLE001 - one broken case must not stop the batch
        return BatchResult(path.name, False, f"unexpected error ({type(exc).__name__}); please "
                           "report it with this case file")
    return BatchResult(path.name, True, f"{pdf.name} ({describe(packet)}), {ics.name}")


def _open_case(path: Path, passphrase: str | None) -> Case:
    """A case file of the batch, with the batch's passphrase (asked once, before the batch)."""
    from ..casefile import open_case_file

    def ask() -> str:
        if passphrase is None:  # the file's start did not look encrypted when it was checked
            raise UserError("is encrypted; give the passphrase with --passphrase-file FILE")
        return passphrase

    return open_case_file(path, ask)
