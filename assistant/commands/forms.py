"""`python main.py forms list|inspect|check`: help for writing and checking form profiles."""

from __future__ import annotations

import argparse
import sys
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
    c = sub.add_parser("check", help="report every problem of a form's profile and template, "
                       "one line each (exit 1); exit 0 when the form is usable")
    c.add_argument("form", help="a form id (see `forms list`) or the path of a profile.toml")
    c.add_argument("--template", type=Path, default=None)
    c.set_defaults(func=run_check)


def run_list(args: argparse.Namespace) -> int:
    """One line per form: id, title, where it was found, and what keeps it from being filled
    as it is (then `fill --template` may still fill it)."""
    from ..forms.engine import form_folders, installed_forms

    for f in installed_forms():
        state = "ready" if f.problem is None else f"not ready: {f.problem}"
        print(f"{f.form_id}\t{f.title_de}\t{f.origin}: {f.directory}\t{state}")
    for origin, folder in form_folders():
        if origin == "centre" and not folder.is_dir():
            print(f"note: the centre's forms_dir {folder} (centre.toml) is not a folder",
                  file=sys.stderr)
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
    """Exit 0 when the form is usable; 1 with one line per problem; 2 when the check cannot
    run (no such form, its template missing or another version)."""
    from ..forms.engine import check_form

    problems = check_form(args.form, args.template)
    if problems:
        print("\n".join(problems))
        print(f"{args.form}: {len(problems)} problem{'s' if len(problems) != 1 else ''}; "
              "`fill` refuses this profile", file=sys.stderr)
        return 1
    print(f"{args.form}: profile and template are usable")
    return 0
