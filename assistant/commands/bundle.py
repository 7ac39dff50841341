"""`python main.py bundle CASE DOC... -o bundle.pdf [--max-mb 10] [--lang uk] [--force]`.

Joins the person's scanned documents (PDF, JPEG, PNG) into one PDF after an index page that lists
them against the case's checklist. `DOC=ITEM` says which checklist item a document is for
(`passport.jpg=doc.passport`; the ids are those of `check --json`); without it the document is
listed as a further one. Only the bundle is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..atomic import atomic_write_bytes
from ..bundle import DEFAULT_MAX_MB, MB, build_bundle, parse_document
from ..engine import assess
from ..errors import UserError
from ..packet import PACKET_LANGUAGES
from ._passphrase import add_passphrase_source, check_output, open_case_arg
from .check import parse_today
from .packet import packet_language


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bundle",
        allow_abbrev=False,
        help="join scanned documents (PDF, JPEG, PNG) into one PDF with an index against the "
        "checklist",
        description="Join the scanned documents into one PDF: an index page (which checklist "
        "items are covered, which are missing), page numbers and an outline. Write DOC=ITEM to "
        "say which checklist item a document is for (ids as in `check --json`, e.g. "
        "scan.pdf=doc.passport).",
    )
    p.add_argument("case", help="case file (.json or .permitcase)")
    p.add_argument("documents", nargs="+", metavar="DOC",
                   help="a PDF, JPEG or PNG file, optionally =ITEM (a checklist item id)")
    p.add_argument("-o", "--output", required=True, help="the PDF to write")
    p.add_argument("--max-mb", type=float, default=DEFAULT_MAX_MB,
                   help=f"the largest the bundle may be, in MB (default {DEFAULT_MAX_MB:g}; an "
                   "e-mail attachment grows by about a third when sent)")
    p.add_argument("--lang", choices=PACKET_LANGUAGES,
                   help="the index's language beside German (default: the case file's)")
    p.add_argument("--today", help="the date to assess the checklist on, YYYY-MM-DD")
    p.add_argument("-f", "--force", action="store_true", help="replace the output file")
    add_passphrase_source(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.max_mb <= 0:
        raise UserError("--max-mb: give a size above 0, for example 10")
    today = parse_today(args.today)
    source, output = Path(args.case), Path(args.output)
    check_output(source, output, args.force)
    case = open_case_arg(source, args)
    assessment = assess(case, today)
    item_ids = [item.id for item in assessment.checklist]
    specs = [parse_document(arg, item_ids) for arg in args.documents]
    for spec in specs:
        if spec.path.exists() and spec.path.resolve() == output.resolve():
            raise UserError(f"{output}: the output must be a different file from the documents")
    bundle = build_bundle(case, assessment, specs, packet_language(case, args.lang),
                          round(args.max_mb * MB))
    atomic_write_bytes(output, bundle.pdf)
    print(f"bundle written: {output} ({bundle.page_count} pages, {bundle.size / MB:.1f} MB, "
          f"{len(bundle.documents)} documents; checklist: {len(bundle.covered)} covered, "
          f"{len(bundle.missing)} missing)", file=sys.stderr)
    return 0
