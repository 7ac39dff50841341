"""Reading a passphrase for the commands that open or write encrypted case files: from the
terminal (never echoed) or from a file given with `--passphrase-file`; never from the command
line, where other users could see it in the process list and it would stay in the shell's
history."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from .. import outputs
from ..casefile import open_case_file
from ..crypto import check_new_passphrase
from ..errors import PassphraseError, UserError
from ..model import Case
from ..outputs import add_force_option
from ..reading import MAX_PASSPHRASE_FILE_BYTES, read_regular_file


class _RefusePassphraseArgument(argparse.Action):
    """`--passphrase VALUE` is refused with an explanation, without echoing VALUE."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        parser.error(
            "the passphrase is never given on the command line (other users could see it and it "
            "would stay in the shell history); type it when asked, or use --passphrase-file FILE"
        )


def add_passphrase_source(parser: argparse.ArgumentParser) -> None:
    """`--passphrase-file FILE`; a passphrase given on the command line is refused."""
    parser.add_argument("-p", "--passphrase", "--password", nargs="?",
                        action=_RefusePassphraseArgument, help=argparse.SUPPRESS)
    parser.add_argument(
        "--passphrase-file", metavar="FILE",
        help="for an encrypted case file: read the passphrase from the first line of FILE ('-' "
        "for standard input) instead of asking in the terminal",
    )


def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    add_passphrase_source(parser)
    add_force_option(parser)


def open_case_arg(path: str | Path, args: argparse.Namespace) -> Case:
    """Open a plain or encrypted case file named on the command line; the passphrase is asked
    (or read from --passphrase-file) only if the file is encrypted and whole."""
    return open_case_file(path, lambda: existing_passphrase(args))


def _stdin_line(limit: int) -> bytes:
    """The first line of standard input as bytes, at most `limit` of them."""
    stream = sys.stdin
    if stream is None:
        return b""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return bytes(buffer.readline(limit + 1))
    text = stream.readline(limit + 1)  # a text stream without bytes underneath (tests, IDEs)
    return text.encode("utf-8", "surrogateescape")


def _from_file(name: str) -> str:
    where = "standard input" if name == "-" else name
    try:
        if name == "-":
            data = _stdin_line(MAX_PASSPHRASE_FILE_BYTES)
            if len(data) > MAX_PASSPHRASE_FILE_BYTES:
                raise UserError("--passphrase-file -: the first line of standard input is far "
                                "too long to be a passphrase")
        else:
            data = read_regular_file(name, MAX_PASSPHRASE_FILE_BYTES, "passphrase file")
        text = data.decode("utf-8-sig")
    except OSError as exc:
        raise UserError(f"--passphrase-file {name}: cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError:
        fix = "give it as UTF-8" if name == "-" else "save the file as UTF-8"
        raise UserError(f"--passphrase-file {name}: the passphrase from {where} is not UTF-8 "
                        f"text; {fix} (or type the passphrase when asked)") from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise PassphraseError(f"--passphrase-file {name}: the first line is empty")
    return line


def _text(passphrase: str, where: str) -> str:
    """The passphrase, if it is text: bytes that are not UTF-8 (read from a file or a terminal
    in another encoding) reach Python as lone surrogates and are refused here."""
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError(f"{where}: the passphrase is not UTF-8 text; type it in a terminal "
                        "that uses UTF-8, or save the file as UTF-8") from None
    return passphrase


def _terminal_available() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _no_terminal() -> UserError:
    return UserError(
        "no terminal to ask for the passphrase; give it in a file with --passphrase-file FILE"
    )


def new_passphrase(args: argparse.Namespace) -> str:
    """A passphrase for a file being encrypted: asked twice in the terminal."""
    if args.passphrase_file:
        passphrase = _text(_from_file(args.passphrase_file),
                           f"--passphrase-file {args.passphrase_file}")
        check_new_passphrase(passphrase)
        return passphrase
    if not _terminal_available():
        raise _no_terminal()
    passphrase = _text(getpass.getpass("Choose a passphrase for the case file: "), "terminal")
    check_new_passphrase(passphrase)
    check_new_passphrase(passphrase, getpass.getpass("Type the passphrase again: "))
    return passphrase


def existing_passphrase(args: argparse.Namespace) -> str:
    """The passphrase of a file being opened (asked once)."""
    if args.passphrase_file:
        return _text(_from_file(args.passphrase_file), f"--passphrase-file {args.passphrase_file}")
    if not _terminal_available():
        raise _no_terminal()
    return _text(getpass.getpass("Passphrase of the case file: "), "terminal")


def check_output(source: Path, output: Path, force: bool) -> None:
    """The output guard of assistant.outputs for one input and one output (kept for the commands
    that call it so)."""
    outputs.check_output(output, [source], force=force)
