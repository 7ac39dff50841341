"""The headless command line: `python main.py COMMAND ...`.

Each command lives in `assistant/commands/<name>.py` and exposes `register(subparsers)`, which adds
its parser and sets `func` to a function `(args) -> int`. Errors a person can cause (UserError)
are printed as one clear message and exit with status 2; no traceback reaches a user.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .errors import UserError
from .loading import long_lived
from .sessionfiles import Terminated, command_session

# Module names under assistant.commands, in the order `--help` lists them.
COMMANDS: list[str] = [
    "check",
    "fill",
    "forms",
    "packet",
    "letter",
    "bundle",
    "encrypt",
    "decrypt",
    "bench",
]


def command_names() -> list[str]:
    return list(COMMANDS)


def unknown_command(word: str) -> str | None:
    """For a first word that is not a command (`lettr`, `pakcet`): the message that lists the
    commands, the closest match first; None if `word` is a command or an option."""
    if not word or word.startswith("-") or word in COMMANDS:
        return None
    import difflib

    close = difflib.get_close_matches(word, COMMANDS, n=3, cutoff=0.5)
    lines = [f"error: '{word}' is not a command of python main.py"]
    if close:
        lines.append(f"did you mean: {', '.join(close)}?")
    lines.append(f"commands: {', '.join(COMMANDS)} (python main.py --help tells what each "
                 "does; python main.py alone opens the window)")
    return "\n".join(lines)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with just `only` (a command's module imports what it
    needs, some of it heavy: building the whole parser for one command would load it all)."""
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="Residence-permit application assistant for Saxony. Without a command the "
        "window opens; with one it works headless.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        if only is None or name == only:
            importlib.import_module(f"assistant.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    with long_lived():  # the command's modules
        parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        with command_session():  # removes what killed runs left; its own folder goes at the end
            return int(args.func(args) or 0)
    except Terminated as exc:
        print("terminated", file=sys.stderr)
        return 128 + exc.signum
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
