"""`python main.py letter CASE --kind extension|appointment|continuation|address-change
-o letter.pdf [--lang uk] [--eml letter.eml] [--today YYYY-MM-DD] [--force]`.

Writes the letter to the responsible immigration office as a PDF: German, then its translation
in the applicant's language marked "do not send". With --eml also a ready e-mail (the German
text, the PDF attached, To = the office's address) to send from one's own mail program; the
program sends nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..atomic import atomic_write_bytes
from ..engine import assess
from ..errors import UserError
from ..letters import LETTER_KINDS, BuiltLetter, build_letter, email_message
from ..letters.texts import lt
from ..packet import PACKET_LANGUAGES
from ._passphrase import add_passphrase_source, check_output, open_case_arg
from .check import parse_today
from .packet import packet_language


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "letter",
        allow_abbrev=False,
        help="write a letter to the immigration office (extension, appointment, continuation, "
        "address change) as PDF, optionally as a ready e-mail",
        description="Write a letter to the responsible immigration office: German, with its "
        "translation marked 'do not send'. Nothing is sent by the program.",
    )
    p.add_argument("case", help="case file (.json or .permitcase)")
    p.add_argument("--kind", required=True, choices=LETTER_KINDS,
                   help="extension: apply in writing before the permit expires; appointment: "
                   "ask for an appointment; continuation: the permit has expired, ask the office "
                   "to order that it continues; address-change: report a new address")
    p.add_argument("-o", "--output", required=True, help="the PDF to write")
    p.add_argument("--lang", choices=PACKET_LANGUAGES,
                   help="the translation's language (default: the case file's; de: none)")
    p.add_argument("--eml", metavar="FILE",
                   help="also write the letter as an e-mail (.eml) with the PDF attached, to "
                   "the office's address, for you to send from your mail program")
    p.add_argument("--today", help="the letter's date, YYYY-MM-DD (default: today)")
    p.add_argument("-f", "--force", action="store_true",
                   help="replace the output files if they exist")
    add_passphrase_source(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    today = parse_today(args.today)
    source, output = Path(args.case), Path(args.output)
    check_output(source, output, args.force)
    eml = Path(args.eml) if args.eml else None
    if eml is not None:
        if eml.resolve() == output.resolve():
            raise UserError(f"--eml {eml}: must be another file than the PDF (-o)")
        check_output(source, eml, args.force)
    case = open_case_arg(source, args)
    lang = packet_language(case, args.lang)
    built = build_letter(case, assess(case, today), args.kind, lang, today)
    message = email_message(built, output.name) if eml is not None else None
    atomic_write_bytes(output, built.pdf)
    print(f"letter written: {output} (to {built.letter.recipient[0]})", file=sys.stderr)
    if built.german.notice:
        print(f"warning: {lt('continuation.warning', 'en')}", file=sys.stderr)
    if not built.letter.has_postal_address:
        print("note: the program knows no postal address of this office: write it on the letter "
              "by hand (check the office's page), or send the letter by e-mail", file=sys.stderr)
    if message is not None and eml is not None:
        atomic_write_bytes(eml, bytes(message))
        print(f"e-mail written: {eml} (to {built.office_email}, {_known_since(built)}; check "
              "the address on the office's page, open the e-mail in your mail program and send "
              "it yourself: the program sends nothing)", file=sys.stderr)
    return 0


def _known_since(built: BuiltLetter) -> str:
    """When the page giving the e-mail address was dated: "as of 2 Dec 2020" or "undated"."""
    from ..sources import as_of_text

    return as_of_text(built.letter.office_email_as_of, "en") or "undated"
