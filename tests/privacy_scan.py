"""Find a piece of personal data in files: for the tests that prove nothing is left behind.

`scan_for_text(dirs, text)` reads every file under the given folders (following no symlinks out
of them) and returns those whose raw bytes contain `text` in UTF-8, UTF-16 (LE or BE) or, for
ASCII text, case-insensitively. Text inside compressed streams (zip, compressed PDF objects) is
not searched: tests that print to PDF should check the PDF separately if they need to.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def _needles(text: str) -> list[bytes]:
    needles = {text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")}
    if text.isascii():
        needles |= {text.lower().encode(), text.upper().encode()}
    return sorted(needles)


def _contains_ascii_casefold(data: bytes, needle: str) -> bool:
    return needle.isascii() and needle.lower().encode() in data.lower()


def scan_for_text(dirs: Iterable[str | os.PathLike[str]], text: str) -> list[Path]:
    """Every file under `dirs` that contains `text` (see the module docstring)."""
    if not text:
        raise ValueError("scan_for_text needs a non-empty text")
    needles = _needles(text)
    hits: list[Path] = []
    for folder in dirs:
        base = Path(folder)
        if not base.exists():
            continue
        paths = [base] if base.is_file() else [
            Path(root) / name
            for root, _, names in os.walk(base, followlinks=False)
            for name in names
        ]
        for path in paths:
            # File names count too: personal data must not appear in names the program chose.
            if _contains_ascii_casefold(path.name.encode(), text) or text in path.name:
                hits.append(path)
                continue
            try:
                if path.is_symlink() or not path.is_file():
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles) or _contains_ascii_casefold(data, text):
                hits.append(path)
    return sorted(set(hits))
