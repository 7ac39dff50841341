"""`python main.py fill CASE.json -o OUT.pdf [--form ID] [--editable] [--template PDF]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..atomic import atomic_write_bytes
from ..errors import FormError
from ..loading import long_lived
from ..outputs import add_force_option, check_outputs
from ..paths import OUR_FORM
from ._passphrase import add_passphrase_source, open_case_arg


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("fill", help="fill an application form from a case file")
    p.add_argument("case", type=Path, help="the case file (JSON)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    p.add_argument("--form", default=OUR_FORM,
                   help="a form id (see `forms list`) or the path of a form's profile.toml; "
                   f"default: {OUR_FORM}")
    p.add_argument("--editable", action="store_true",
                   help="keep the form fields (default: a flattened print form)")
    p.add_argument("--template", type=Path, default=None,
                   help="the official form's PDF, for forms that do not ship with the program")
    add_passphrase_source(p)
    add_force_option(p)
    p.set_defaults(func=run)


def form_inputs(form: str, template: Path | None) -> list[Path]:
    """The files a form option names: a profile given by its path, and a template."""
    named = Path(form)
    found = [named / "profile.toml" if named.is_dir() else named] if (
        named.is_dir() or named.suffix.lower() == ".toml") else []
    return found + ([template] if template is not None else [])


def run(args: argparse.Namespace) -> int:
    with long_lived():
        from ..forms.engine import fill_form, load_form

        load_form(args.form).prepare(args.editable)  # our template too, while gc waits
        check_outputs([args.output], [args.case, *form_inputs(args.form, args.template)],
                      force=args.force)
        case = open_case_arg(args.case, args)
    filled = fill_form(case, args.form, editable=args.editable, template=args.template)
    try:
        atomic_write_bytes(args.output, filled.pdf)
    except OSError as exc:
        raise FormError(f"{args.output}: cannot be written ({exc.strerror})") from None
    print(f"wrote {args.output}: {filled.form_pages} form page(s)"
          + (f" + {filled.continuation_pages} continuation page(s) with "
             f"{len(filled.overflow)} entr{'y' if len(filled.overflow) == 1 else 'ies'}"
             if filled.continuation_pages else ""))
    return 0
