"""`python main.py decrypt CASE.permitcase [-o CASE.json] [--passphrase-file FILE]`"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..casefile import case_from_bytes, read_case_file_bytes, save_case_file
from ..crypto import is_encrypted
from ..errors import UserError
from ._passphrase import add_passphrase_options, check_output, existing_passphrase


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "decrypt",
        allow_abbrev=False,
        help="decrypt a .permitcase file into a plain JSON case file",
        description="Decrypt an encrypted case file. The passphrase is asked in the terminal, or "
        "read from --passphrase-file; it is never given on the command line.",
    )
    p.add_argument("case", help="encrypted case file (.permitcase)")
    p.add_argument("-o", "--output", help="plain case file to write (default: CASE.json)")
    add_passphrase_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source = Path(args.case)
    output = Path(args.output) if args.output else source.with_suffix(".json")
    data = read_case_file_bytes(source)
    if not is_encrypted(data):
        case_from_bytes(data, None, str(source), encrypted_expected=True)  # says what it is
        raise UserError(f"{source}: is a plain case file already; nothing to decrypt")
    check_output(source, output, args.force)
    case = case_from_bytes(data, lambda: existing_passphrase(args), str(source))
    save_case_file(output, case)
    print(f"plain case file written: {output} (it is not protected; delete it when done)",
          file=sys.stderr)
    return 0
