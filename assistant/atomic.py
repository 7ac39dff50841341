"""Atomic file writes: a save either happens completely or leaves the previous file whole.

Every file the program writes (drafts, case files, packets, calendars) goes through
`atomic_write_bytes` / `atomic_write_text`: the data is written to a temporary file in the *same*
folder (so the final rename never crosses a file system), flushed and fsync'ed, then renamed over
the target with `os.replace` (atomic on POSIX and on Windows/NTFS), and finally the folder itself is
fsync'ed where the platform supports it, so that the rename survives a power cut.

The temporary file's name is random and says nothing about the person or the target
(`.permit-assistant-<random>.partial`). If the process is killed between creating it and renaming
it, the partial file stays behind. The temporary file is created readable by its owner only
(0600), whatever the final file's permissions: a killed save of a decrypted case leaves nothing
other accounts can read. Every run (the window, each command) journals its saves in progress in
its own session folder (assistant.sessionfiles, through `set_partial_tracker`), and the next run
deletes the partial files a killed one left, wherever it wrote; `remove_partial_files(folder)`
deletes old leftovers in a folder the program owns (the drafts).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
import time
from pathlib import Path
from typing import Protocol

from .errors import UserError

TEMP_PREFIX = ".permit-assistant-"
TEMP_SUFFIX = ".partial"


class SaveError(UserError):
    """A file could not be written (folder missing, no permission, disk full)."""


class PartialTracker(Protocol):
    """Told about each temporary file while it exists, so that the partial file of a save cut
    short by a crash can be found and deleted at the next start (see assistant.session)."""

    def begin(self, temp: Path) -> None: ...

    def done(self, temp: Path) -> None: ...


_tracker: PartialTracker | None = None


def set_partial_tracker(tracker: PartialTracker | None) -> None:
    global _tracker
    _tracker = tracker


def current_partial_tracker() -> PartialTracker | None:
    return _tracker


def _temp_name() -> str:
    return f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable. Windows cannot open a folder for fsync; NTFS journals it."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) do not support fsync on a folder
    finally:
        os.close(fd)


def _describe(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def atomic_write_bytes(path: str | Path, data: bytes, *, private: bool = False) -> None:
    """Write `data` to `path` atomically.

    `private=True` creates the file readable by its owner only (0600 on POSIX); otherwise a new
    file gets the usual permissions (0666 minus the umask) and an existing file keeps its own.
    Raises SaveError with a clear message; on any failure the temporary file is removed and the
    previous content of `path` is untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise SaveError(f"cannot save: the folder {folder} does not exist; choose another folder")
    if private:
        mode = 0o600
    else:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
    tmp = (folder / _temp_name()).absolute()
    tracker = _tracker
    if tracker is not None:
        tracker.begin(tmp)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        if tracker is not None:
            tracker.done(tmp)
        raise SaveError(
            f"cannot save in {folder}: {_describe(exc)}; check that you may write there"
        ) from None
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if not private and sys.platform != "win32":
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise SaveError(
            f"cannot save {path.name}: {_describe(exc)}; the previous version is unchanged. "
            "Check the free space and your permission to write in that folder"
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        if tracker is not None:
            tracker.done(tmp)
    _fsync_dir(folder)


def atomic_write_text(
    path: str | Path, text: str, *, encoding: str = "utf-8", private: bool = False
) -> None:
    """Write `text` atomically (no newline translation: what you pass is what is stored)."""
    atomic_write_bytes(path, text.encode(encoding), private=private)


def remove_partial_files(folder: str | Path, *, min_age_seconds: float = 60.0) -> int:
    """Delete temporary files an interrupted save left in `folder`. Returns how many.

    Files younger than `min_age_seconds` are kept: another running copy of the program may be
    in the middle of a save there.
    """
    removed = 0
    now = time.time()
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX):
            try:
                if now - entry.stat().st_mtime < min_age_seconds:
                    continue
                entry.unlink()
                removed += 1
            except OSError:
                continue
    return removed
