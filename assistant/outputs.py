"""The guard every command that writes calls before it works: outputs never destroy inputs.

`check_outputs(outputs, inputs, force=...)` refuses, with one clear message (exit 2):
- an output that is one of the command's inputs: the same path, or the same file reached through
  a symbolic link or a hard link (`os.path.samefile`);
- the same file named twice as an output (`packet -o x --ics x`);
- an output that is a folder, a device or a pipe (`/dev/null`: a save replaces the file);
- an output that exists already, unless `force` (`--force`) is given.

`None` entries (an option not given) are skipped, so a command can pass its options as they are.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable
from pathlib import Path

from .errors import UserError

PathLike = str | os.PathLike[str]


class OutputError(UserError):
    """An output file would destroy an input or an existing file."""


class InputFileError(OutputError):
    """The output is one of the inputs (the same file, also through a link)."""


def same_file(a: PathLike, b: PathLike) -> bool:
    """True if `a` and `b` name one file: the same path, or links to one file. A path that does
    not exist is the same as another only if both are spelled alike once made absolute."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.abspath(a) == os.path.abspath(b)


def check_outputs(outputs: Iterable[PathLike | None], inputs: Iterable[PathLike | None], *,
                  force: bool) -> None:
    """Raise OutputError if writing `outputs` could destroy an input or an existing file (see
    the module's text); nothing is written by this function."""
    ins = [Path(p) for p in inputs if p is not None]
    outs = [Path(p) for p in outputs if p is not None]
    for index, out in enumerate(outs):
        for source in ins:
            if same_file(out, source):
                raise InputFileError(
                    f"{out}: this is the input file {source}; writing there would destroy it. "
                    "Choose another name for the output"
                )
        for earlier in outs[:index]:
            if same_file(out, earlier):
                raise OutputError(
                    f"{out}: named for two outputs; give each output a name of its own"
                )
        if out.is_dir():
            raise OutputError(f"{out}: is a folder; name the file to write (inside it or "
                              "elsewhere)")
        if out.exists() and not out.is_file():
            raise OutputError(f"{out}: is not a file but a device or a pipe; name the file to "
                              "write")
        if os.path.lexists(out) and not force:
            raise OutputError(
                f"{out}: exists already; choose another name or add --force to replace it"
            )


def check_output(output: PathLike, inputs: Iterable[PathLike | None] = (), *,
                 force: bool) -> None:
    """One output: `check_outputs([output], inputs, force=force)`."""
    check_outputs([output], inputs, force=force)


def add_force_option(parser: argparse.ArgumentParser) -> None:
    """`-f/--force`: replace output files that exist already."""
    parser.add_argument("-f", "--force", action="store_true",
                        help="replace the output file(s) if they exist")
