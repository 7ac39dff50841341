"""`python main.py encrypt CASE.json [-o CASE.permitcase] [--passphrase-file FILE]`"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..casefile import ENCRYPTED_SUFFIX, case_from_bytes, read_case_file_bytes, save_case_file
from ..crypto import is_encrypted
from ..errors import UserError
from ._passphrase import add_passphrase_options, check_output, new_passphrase


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "encrypt",
        allow_abbrev=False,
        help="encrypt a case file with a passphrase (writes a .permitcase file)",
        description="Encrypt a plain JSON case file. The passphrase is asked twice in the "
        "terminal, or read from --passphrase-file; it is never given on the command line.",
    )
    p.add_argument("case", help="plain case file (.json)")
    p.add_argument("-o", "--output", help="encrypted file to write (default: CASE.permitcase)")
    add_passphrase_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source = Path(args.case)
    output = Path(args.output) if args.output else source.with_suffix(ENCRYPTED_SUFFIX)
    data = read_case_file_bytes(source)
    if is_encrypted(data):
        raise UserError(f"{source}: is encrypted already; nothing to do")
    case = case_from_bytes(data, None, str(source))
    check_output(source, output, args.force)
    passphrase = new_passphrase(args)
    save_case_file(output, case, passphrase)
    print(f"encrypted case file written: {output}", file=sys.stderr)
    print(f"the plain file {source} is unchanged; delete it if it should not stay on this "
          "computer", file=sys.stderr)
    return 0
