"""Bounded reads: what a person names as an input (a case file, a passphrase file, a template) is
read only if it is a regular file under a size limit.

`/dev/zero`, a link to `/dev/urandom`, a named pipe (fifo), a folder or a file far larger than
the kind can be get one clear message (a UserError subclass the caller chooses), never an endless
read. The file is opened without blocking (a fifo with no writer would wait forever otherwise)
and checked on the open handle, so a file swapped after the check is not read either; what is
read is capped at the limit too, in case the file grows meanwhile.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import UserError

_CHUNK = 1 << 20
MAX_PASSPHRASE_FILE_BYTES = 64 << 10  # a passphrase is one line
MAX_PDF_BYTES = 64 << 20  # a form's template PDF (the official forms are a few MB)


def _size(limit: int) -> str:
    return f"{limit >> 20} MB" if limit >= 1 << 20 else f"{max(1, limit >> 10)} KB"


def read_regular_file(path: str | os.PathLike[str], limit: int, what: str = "file",
                      error: type[UserError] = UserError) -> bytes:
    """The bytes of `path` if it is a regular file of at most `limit` bytes; else `error` with
    a message naming `path` and saying what to choose instead (`what`: "case file",
    "passphrase file", "PDF template")."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}: this is a folder; choose the {what}") from None
    except OSError as exc:
        if path.is_dir():  # Windows refuses to open a folder ("permission denied")
            raise error(f"{path}: this is a folder; choose the {what}") from None
        raise error(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path}: this is a folder; choose the {what}")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{path}: this is not a file but a device, a pipe or a socket; choose "
                        f"the {what}")
        if info.st_size > limit:
            raise error(f"{path}: this file is far too large to be a {what} "
                        f"(more than {_size(limit)}); choose the {what}")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise error(f"{path}: this file is far too large to be a {what} "
                        f"(more than {_size(limit)}); choose the {what}")
        return b"".join(chunks)
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)
