"""`python main.py packet CASE.json -o packet.pdf [--lang uk] [--ics deadlines.ics]
[--today YYYY-MM-DD] [--editable] [--form ID|PROFILE] [--template PDF]` and
`python main.py packet --batch DIR -o OUTDIR`.

The batch form writes `<stem>.pdf` and `<stem>.ics` for every `*.json` case file in DIR (the names
come from the input files, which the counselling centre named), goes on after a bad file, and
prints and writes a summary (`batch-summary.txt`) of which files failed and why.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..atomic import atomic_write_bytes, atomic_write_text
from ..casefile import ENCRYPTED_SUFFIX
from ..engine import assess
from ..errors import UserError
from ..loading import long_lived
from ..model import Case
from ..outputs import add_force_option, check_outputs
from ..packet import PACKET_LANGUAGES, Packet, build_packet
from ..paths import OUR_FORM
from ._passphrase import add_passphrase_source, open_case_arg
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
    add_passphrase_source(p)
    add_force_option(p)
    p.set_defaults(func=run)


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


def run_batch(folder: Path, out: Path, args: argparse.Namespace, today: date) -> int:
    """One packet per case file; returns 0 if all were written, 1 if any failed."""
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
    results = [_one(path, out, args, today) for path in cases]
    failed = [r for r in results if not r.ok]
    lines = [f"{len(results) - len(failed)} of {len(results)} packets written to {out}"]
    lines += [f"  ok      {r.case_file}: {r.message}" for r in results if r.ok]
    lines += [f"  FAILED  {r.case_file}: {r.message}" for r in failed]
    summary = "\n".join(lines) + "\n"
    atomic_write_text(out / SUMMARY_NAME, summary)
    print(summary, end="")
    return 1 if failed else 0


def _one(path: Path, out: Path, args: argparse.Namespace, today: date) -> BatchResult:
    try:
        case = open_case_arg(path, args)
        packet = make_packet(case, args.lang, today, args.editable, args.form, args.template)
        pdf, ics = out / f"{path.stem}.pdf", out / f"{path.stem}.ics"
        atomic_write_bytes(pdf, packet.pdf)
        atomic_write_bytes(ics, packet.ics)
    except UserError as exc:
        # The message names the file already, or not: keep only what follows the path.
        message = str(exc).removeprefix(f"{path}: ").replace("\n", "\n          ")
        return BatchResult(path.name, False, message)
    except Exception as exc:  # noqa: BLE001 - one broken case must not stop the batch
        return BatchResult(path.name, False, f"unexpected error ({type(exc).__name__}); please "
                           "report it with this case file")
    return BatchResult(path.name, True, f"{pdf.name} ({describe(packet)}), {ics.name}")
