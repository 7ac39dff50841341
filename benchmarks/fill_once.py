"""Fill our form once in a fresh process, as pdftk does: `python benchmarks/fill_once.py CASE OUT`.

The benchmark times this process from spawn to exit against `pdftk TEMPLATE fill_form XFDF output
OUT`. Both keep the fields editable and draw every field's appearance (no NeedAppearances).
Add `--flatten` to compare flattened output instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    sys.path[0] = str(ROOT)
    from assistant.casefile import load_case
    from assistant.forms import fill_form

    flatten = "--flatten" in argv
    case_path, out = (a for a in argv if a != "--flatten")
    filled = fill_form(load_case(case_path), editable=not flatten)
    Path(out).write_bytes(filled.pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
