"""Entry point: the window by default, headless subcommands otherwise.

    python main.py                 open the wizard (add --shared on a counselling-centre PC)
    python main.py check CASE.json assess a case file and print the findings
    python main.py --help          list every command
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from assistant.cli import command_names, unknown_command

    if args and (args[0] in command_names() or args[0] in ("-h", "--help")):
        from assistant.cli import main as cli_main

        return cli_main(args)
    mistyped = unknown_command(args[0]) if args else None
    if mistyped:  # a word that is no command: say so instead of opening the window
        print(mistyped, file=sys.stderr)
        return 2
    from ui.platform_check import problem

    # Qt aborts when its platform plugin cannot load (a fresh Linux without the xcb libraries):
    # the person is told which packages to install instead
    message = problem()
    if message:
        print(message, file=sys.stderr)
        return 2
    from ui.app import run

    return run(args)


def program() -> int:
    """`python main.py ...` and the `permit-assistant` command: this process runs once and exits;
    a headless command may load its inputs without the garbage collector in the way (see
    assistant/loading.py)."""
    args = sys.argv[1:]
    from assistant.cli import command_names

    if args and args[0] in command_names():
        from assistant.loading import one_command_process

        one_command_process()
    return main(args)


if __name__ == "__main__":
    sys.exit(program())
