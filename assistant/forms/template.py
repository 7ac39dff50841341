"""Our own form's blank template: its pages and empty fields, drawn from its layout once and
then filled like any official AcroForm (`acroform.fill`).

Drawing the pages (labels, boxes, the embedded font) is most of the work of a form, and it is the
same for every person, so it is done once per layout: kept in memory for the process, and on disk
in the user's cache folder (`config.cache_dir()`), named by the checksum of the layout and of the
code that draws it, so that a changed layout or a new version of the program gets a template of
its own. A blank template holds nothing personal, so it is kept in shared mode too. A cached file
that cannot be read is drawn anew.
"""

from __future__ import annotations

import hashlib
import threading
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .layout import Layout, Placement, render_template

if TYPE_CHECKING:
    from pypdf import PdfReader

# the code that draws the template: a change of any of them gives new templates
_DRAWN_BY = ("layout.py", "widgets.py", "acroform.py", "fieldfont.py", "template.py")
_SUFFIX = ".pdf"
STALE_DAYS = 60  # a template not used for this long is removed when another is written

_lock = threading.Lock()
_memory: dict[str, bytes] = {}
_local = threading.local()  # each thread reads the template with a reader of its own
_built = 0


def builds() -> int:
    """How many blank templates this process has drawn (not read from memory or disk)."""
    return _built


@cache
def _code_digest() -> bytes:
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in _DRAWN_BY:
        digest.update((here / name).read_bytes())
    return digest.digest()


def template_key(layout_file: Path) -> str:
    """The checksum that names the template of the layout in `layout_file`: of the layout's
    bytes and of the source of the code that draws it."""
    digest = hashlib.sha256(_code_digest())
    digest.update(layout_file.read_bytes())
    return digest.hexdigest()


def cache_file(key: str) -> Path:
    """Where the template named `key` is kept on disk."""
    from ..config import cache_dir

    return cache_dir() / "forms" / f"{key}{_SUFFIX}"


def _from_disk(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        return None  # not a whole PDF: draw it anew
    return data


def _to_disk(path: Path, data: bytes) -> None:
    """Keep `data` at `path`; templates not used for `STALE_DAYS` (those of older layouts or
    versions of the program) are removed."""
    import time

    from ..atomic import atomic_write_bytes
    from ..errors import UserError

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
        stale = time.time() - STALE_DAYS * 86400
        for other in path.parent.glob(f"*{_SUFFIX}"):
            if other != path and other.stat().st_mtime < stale:
                other.unlink(missing_ok=True)
    except (OSError, UserError):
        pass  # a read-only or full disk: the template is kept in memory only


def _used(path: Path) -> None:
    """Mark the template at `path` as used (its modification time), so it is not removed."""
    import os

    try:
        os.utime(path)
    except OSError:
        pass


def blank_template(layout_file: Path, layout: Layout, placement: Placement) -> bytes:
    """The blank template of the layout in `layout_file` (read as `layout`, placed as
    `placement`): from memory, else from the cache folder, else drawn and kept in both."""
    global _built
    key = template_key(layout_file)
    with _lock:
        data = _memory.get(key)
        if data is None:
            path = cache_file(key)
            data = _from_disk(path)
            if data is None:
                data = render_template(layout, placement)
                _built += 1
                _to_disk(path, data)
            else:
                _used(path)
            _memory[key] = data
    return data


def _readers() -> dict[str, PdfReader]:
    readers = getattr(_local, "readers", None)
    if readers is None:
        readers = _local.readers = {}
    return readers


def template_reader(layout_file: Path, layout: Layout, placement: Placement) -> PdfReader:
    """The blank template read with pypdf, once per process and thread (a reader reads its
    objects when first asked for them, and is not made to be shared): what the filler fills. A
    template from the cache folder that pypdf cannot read is drawn anew."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    key = template_key(layout_file)
    reader = _readers().get(key)
    if reader is None:
        try:
            reader = PdfReader(io.BytesIO(blank_template(layout_file, layout, placement)))
            reader.trailer["/Root"]["/AcroForm"]
        except (PdfReadError, ValueError, KeyError, TypeError):
            forget()
            cache_file(key).unlink(missing_ok=True)
            reader = PdfReader(io.BytesIO(blank_template(layout_file, layout, placement)))
        _readers()[key] = reader
    return reader


def forget() -> None:
    """Drop the templates kept in memory, and this thread's readers of them (the files on disk
    stay)."""
    with _lock:
        _memory.clear()
        _readers().clear()
