"""`python main.py forms list|inspect|check`: help for writing and checking form profiles."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..atomic import atomic_write_bytes
from ..errors import FormError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("forms", help="list forms, inspect a PDF form, check a profile")
    sub = p.add_subparsers(dest="forms_command", metavar="SUBCOMMAND", required=True)
    sub.add_parser("list", help="the forms this program can fill").set_defaults(func=run_list)
    i = sub.add_parser("inspect", help="list an AcroForm's fields, or draw a coordinate grid "
                       "on a flat PDF")
    i.add_argument("pdf", type=Path)
    i.add_argument("-o", "--output", type=Path, default=None,
                   help="where to write the grid copy of a flat PDF (default: FILE-grid.pdf)")
    i.set_defaults(func=run_inspect)
    c = sub.add_parser("check", help="load a form's profile and template and report problems")
    c.add_argument("form")
    c.add_argument("--template", type=Path, default=None)
    c.set_defaults(func=run_check)


def run_list(args: argparse.Namespace) -> int:
    from ..forms import list_forms
    from ..forms.engine import load_form

    for form_id in list_forms():
        print(f"{form_id}\t{load_form(form_id).profile.form.title_de}")
    return 0


def run_inspect(args: argparse.Namespace) -> int:
    from ..forms.inspect import field_table, grid_copy, read_pdf

    reader = read_pdf(args.pdf)
    lines = field_table(reader)
    if lines:
        print("name\ttype\tpage\trectangle [x1 y1 x2 y2] (points from the bottom-left corner)")
        print("\n".join(lines))
        return 0
    out = args.output or args.pdf.with_name(args.pdf.stem + "-grid.pdf")
    try:
        atomic_write_bytes(out, grid_copy(reader))
    except OSError as exc:
        raise FormError(f"{out}: cannot be written ({exc.strerror})") from None
    print(f"{args.pdf} has no form fields (a flat PDF); wrote {out} with a coordinate grid "
          f"({len(reader.pages)} page(s), lines every 10 pt, labelled every 50 pt)")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from ..forms.engine import load_form, template_for

    form = load_form(args.form)
    template_for(form, args.template)
    print(f"{args.form}: profile and template are usable")
    return 0
