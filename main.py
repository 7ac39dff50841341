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
    from assistant.cli import command_names

    if args and (args[0] in command_names() or args[0] in ("-h", "--help")):
        from assistant.cli import main as cli_main

        return cli_main(args)
    from ui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
