"""`python main.py forms list|inspect|check`: help for writing and checking form profiles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..atomic import atomic_write_bytes
from ..errors import FormError
from ..outputs import add_force_option, check_output


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("forms", help="list forms, inspect a PDF form, check a profile")
    sub = p.add_subparsers(dest="forms_command", metavar="SUBCOMMAND", required=True)
    sub.add_parser("list", help="the forms this program can fill").set_defaults(func=run_list)
    i = sub.add_parser("inspect", help="print a PDF form's SHA-256 checksum; list an AcroForm's "
                       "fields (tooltips, options, on-states) and write a copy with each "
                       "field's name in its box, or write a coordinate grid on a flat PDF")
    i.add_argument("pdf", type=Path)
    i.add_argument("-o", "--output", type=Path, default=None,
                   help="where to write the copy (default: FILE-fields.pdf for an AcroForm, "
                   "FILE-grid.pdf for a flat PDF)")
    add_force_option(i)
    i.set_defaults(func=run_inspect)
    f = sub.add_parser("fields", help="every case field a profile can read: its type, the "
                       "formats that suit it, its values with German and English labels, and an "
                       "example")
    f.add_argument("prefix", nargs="?", default="",
                   help="only the fields under this path, e.g. person or children")
    f.set_defaults(func=run_fields)
    c = sub.add_parser("check", help="report every problem of a form's profile and template, "
                       "one line each (exit 1); exit 0 when the form is usable")
    c.add_argument("form", help="a form id (see `forms list`) or the path of a profile.toml")
    c.add_argument("--template", type=Path, default=None)
    c.set_defaults(func=run_check)


def run_list(args: argparse.Namespace) -> int:
    """One line per form: id, title, where it was found, and what keeps it from being filled
    as it is (then `fill --template` may still fill it)."""
    from ..config import load_settings
    from ..forms.engine import form_folders, installed_forms

    problem = load_settings().problem
    if problem:  # the centre's forms_dir, if it names one, is not searched then
        print(f"note: {problem} A forms_dir it names is not searched.", file=sys.stderr)
    for f in installed_forms():
        state = "ready" if f.problem is None else f"not ready: {f.problem}"
        print(f"{f.form_id}\t{f.title_de}\t{f.origin}: {f.directory}\t{state}")
    used = {f.form_id: f.directory for f in installed_forms()}
    for origin, folder in form_folders():
        if origin == "centre" and not folder.is_dir():
            print(f"note: the centre's forms_dir {folder} (centre.toml) is not a folder",
                  file=sys.stderr)
            continue
        for profile in sorted(folder.glob("*/profile.toml")) if folder.is_dir() else []:
            if used.get(profile.parent.name, profile.parent) != profile.parent:
                print(f"note: {profile.parent} is hidden by {used[profile.parent.name]}, which "
                      "has the same id; give it a folder name of its own", file=sys.stderr)
    return 0


def _write(out: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(out, data)
    except OSError as exc:
        raise FormError(f"{out}: cannot be written ({exc.strerror})") from None


def run_inspect(args: argparse.Namespace) -> int:
    from ..forms.pdfguard import damaged_pdf

    with damaged_pdf(str(args.pdf)):
        return _inspect(args)


def _inspect(args: argparse.Namespace) -> int:
    from ..forms.inspect import field_table, fields_copy, file_sha256, grid_copy, read_pdf

    reader = read_pdf(args.pdf)
    print(f"sha256 = \"{file_sha256(args.pdf)}\"   (for [form.template] in the profile; "
          f"pages = {len(reader.pages)})")
    lines = field_table(reader)
    if lines:
        out = args.output or args.pdf.with_name(args.pdf.stem + "-fields.pdf")
        check_output(out, [args.pdf], force=args.force)
        _write(out, fields_copy(reader))
        print("name\ttype\tpage\trectangle [x1 y1 x2 y2] (points from the bottom-left corner)"
              "\ttooltip\ton-state or options")
        print("\n".join(lines))
        print(f"wrote {out}: the form's pages with each field's name in its box")
        return 0
    out = args.output or args.pdf.with_name(args.pdf.stem + "-grid.pdf")
    check_output(out, [args.pdf], force=args.force)
    _write(out, grid_copy(reader))
    print(f"{args.pdf} has no form fields (a flat PDF); wrote {out} with a coordinate grid "
          f"({len(reader.pages)} page(s), lines every 10 pt, labelled every 50 pt)")
    return 0


def run_fields(args: argparse.Namespace) -> int:
    from ..forms.reference import reference_lines

    lines = reference_lines(args.prefix)
    if not lines:
        raise FormError(f"no case field is called '{args.prefix}' or lies below it; "
                        "`python main.py forms fields` lists them all")
    print("path (a profile's `source`)\twhat it holds\tformats that suit it\texample (as in a "
          "case file)\n    value\tGerman label\tEnglish label (the wizard's words)")
    print("\n".join(lines))
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
