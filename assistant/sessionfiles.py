"""The program's own temporary folders: one per session (window or command), locked while it
runs, with a journal of the saves in progress; what a crashed or killed run left is removed by the
next start. Light on purpose (no case model): every command opens one. See assistant.session for
the whole story.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from . import atomic, config
from .atomic import atomic_write_bytes
from .errors import UserError

_log = logging.getLogger(__name__)

SESSION_PREFIX = "session-"
LOCK_NAME = "session.lock"
PENDING_NAME = "pending-saves"  # temporary files of saves in progress, anywhere (.<pid> each)
_TEMP_ENV = ("TMPDIR", "TEMP", "TMP")
_SAFE_SUFFIX = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-_")


class SessionError(UserError):
    """The program's temporary folder cannot be created or used."""


# --- OS locks ---------------------------------------------------------------------------------


def _try_lock(fd: int) -> bool | None:
    """Take an exclusive lock without waiting: True if taken, False if held by a live process,
    None if this platform cannot lock."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except (BlockingIOError, PermissionError):
        return False
    except (ImportError, OSError):
        return None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFO
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _own_private_folder(path: Path) -> bool:
    """True if `path` is a folder (not a symbolic link) of this account that no one else could
    have written into: owned by this user, not writable by the group or others; if others may
    read it, it is made 0700 now. Windows: the per-user temporary folder is private already;
    only a link is refused."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        return False
    if sys.platform == "win32" or not hasattr(os, "getuid"):
        return True
    if info.st_uid != os.getuid() or info.st_mode & 0o022:
        return False
    if info.st_mode & 0o077:
        try:
            os.chmod(path, 0o700, follow_symlinks=False)
        except (OSError, NotImplementedError):
            return False
    return True


def private_root(root: Path) -> Path:
    """The folder for session folders: `root` if it is this account's own private folder (it is
    created so, 0700, if missing); anything else (a symbolic link, a folder another account made
    or may write into, a file) is refused and a fresh private folder beside it (or in the system's
    temporary folder) is used, the one made by an earlier run if there is one. Raises SessionError
    if none can be made."""
    try:
        root.parent.mkdir(parents=True, exist_ok=True)
        root.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        raise SessionError(
            f"cannot create the program's temporary folder {root} ({exc.strerror}); check that "
            "the disk is not full and may be written"
        ) from None
    if _own_private_folder(root):
        return root
    parents = list(dict.fromkeys([root.parent, Path(tempfile.gettempdir())]))
    for parent in parents:
        with contextlib.suppress(OSError):
            for candidate in sorted(parent.glob(f"{root.name}-*")):
                if _own_private_folder(candidate):
                    return candidate
    fresh: Path | None = None
    for parent in parents:
        with contextlib.suppress(OSError):
            fresh = Path(tempfile.mkdtemp(prefix=f"{root.name}-", dir=parent))
            break
    if fresh is None:
        raise SessionError(
            f"cannot create a private temporary folder beside {root}; check that the disk is "
            "not full and may be written"
        )
    _log.warning("the temporary folder %s is not this program's own (a link, or another "
                 "account's); using %s instead", root, fresh)
    return fresh


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o700)


# --- session files ----------------------------------------------------------------------------

# Sessions that redirected the temporary folder / journal saves, oldest first. Usually one; tests
# and a window reopened in one process may hold several, ending in any order.
_redirect_lock = threading.Lock()
_redirected: list[SessionFiles] = []
_journaling: list[SessionFiles] = []
_original_temp: dict[str, Any] = {}


def _point_temp_at(folder: Path | None) -> None:
    """Send temporary files to `folder`, or back where they went before any session (None)."""
    if folder is None:
        for name, value in _original_temp.get("env", {}).items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        tempfile.tempdir = _original_temp.get("tempdir")
        _original_temp.clear()
        return
    for name in _TEMP_ENV:
        os.environ[name] = str(folder)
    tempfile.tempdir = str(folder)


class SessionFiles:
    """The temporary files of one session. Create with `SessionFiles(root)`; end with `end()`."""

    def __init__(self, root: Path | None = None, *, capture_temp: bool = False,
                 journal_saves: bool = False) -> None:
        self.root = private_root(root or config.temp_root())
        try:
            self.folder = self.root / f"{SESSION_PREFIX}{secrets.token_hex(8)}"
            self.folder.mkdir(mode=0o700)
            self._lock_fd: int | None = os.open(
                self.folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600
            )
        except OSError as exc:
            raise SessionError(
                f"cannot create the program's temporary folder in {self.root} "
                f"({exc.strerror}); check that the disk is not full and may be written"
            ) from None
        _try_lock(self._lock_fd)
        os.write(self._lock_fd, f"{os.getpid()}\n".encode())
        self._tracked: set[Path] = set()
        self._pending: set[Path] = set()
        self._pending_lock = threading.Lock()
        self._journal = journal_saves
        if capture_temp:
            self._capture_temp()
        if journal_saves:
            with _redirect_lock:
                _journaling.append(self)
                atomic.set_partial_tracker(self)

    # atomic.PartialTracker: every save in progress (wherever its target) is listed in the
    # session folder, so that a crash mid-save leaves no partial file once the next run starts.

    def begin(self, temp: Path) -> None:
        with self._pending_lock:
            self._pending.add(temp)
            self._write_journal()

    def done(self, temp: Path) -> None:
        with self._pending_lock:
            self._pending.discard(temp)
            self._write_journal()

    def _write_journal(self) -> None:
        if self._lock_fd is None:
            return
        text = "".join(f"{p}\n" for p in sorted(self._pending)).encode("utf-8", "surrogateescape")
        # One list per process (worker processes forked by a command keep their own), replaced
        # whole: a kill while it is written leaves the previous list.
        journal = self.folder / f"{PENDING_NAME}.{os.getpid()}"
        new = journal.with_name(journal.name + ".new")
        with contextlib.suppress(OSError):
            fd = os.open(new, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, text)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(new, journal)

    @property
    def active(self) -> bool:
        return self._lock_fd is not None

    def _capture_temp(self) -> None:
        with _redirect_lock:
            if not _redirected:
                _original_temp["env"] = {name: os.environ.get(name) for name in _TEMP_ENV}
                _original_temp["tempdir"] = tempfile.tempdir
            _redirected.append(self)
            _point_temp_at(self.folder)

    def _release_temp(self) -> None:
        with _redirect_lock:
            if self not in _redirected:
                return
            _redirected.remove(self)
            if _redirected:
                _point_temp_at(_redirected[-1].folder)
            else:
                _point_temp_at(None)

    def new_path(self, suffix: str = "") -> Path:
        """A fresh, random, non-personal file name in the session folder, e.g. for a preview
        ('.pdf'). The file is deleted at the end of the session."""
        if not self.active:
            raise SessionError("this session has ended; start a new one")
        if not set(suffix.lower()) <= _SAFE_SUFFIX or len(suffix) > 16:
            raise ValueError(f"not a plain file suffix: {suffix!r}")
        path = self.folder / f"file-{secrets.token_hex(8)}{suffix}"
        self._tracked.add(path)
        return path

    def write(self, data: bytes, suffix: str = "") -> Path:
        """Write `data` to a new session file (atomically) and return its path."""
        path = self.new_path(suffix)
        atomic_write_bytes(path, data, private=True)
        return path

    def track(self, path: str | os.PathLike[str]) -> None:
        """Delete `path` at the end of the session too (a file the program made elsewhere)."""
        self._tracked.add(Path(path))

    def keep(self, path: str | os.PathLike[str]) -> None:
        """The person saved `path` deliberately: do not delete it at the end."""
        self._tracked.discard(Path(path))

    def end(self) -> None:
        """Delete every file of this session and its folder. Safe to call twice."""
        if self._lock_fd is None:
            return
        self._release_temp()
        if self._journal:
            with _redirect_lock:
                if self in _journaling:
                    _journaling.remove(self)
                atomic.set_partial_tracker(_journaling[-1] if _journaling else None)
        for path in self._tracked:
            if self.folder not in path.parents:
                with contextlib.suppress(OSError):
                    path.unlink()
        self._tracked.clear()
        _remove_pending_saves(self.folder)  # of a worker process killed mid-save
        os.close(self._lock_fd)
        self._lock_fd = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> SessionFiles:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.end()


def _remove_pending_saves(folder: Path) -> None:
    """Delete the partial files of saves a crashed session (any of its processes) had in
    progress."""
    lines: list[str] = []
    with contextlib.suppress(OSError):
        for journal in folder.iterdir():
            if journal.name.startswith(PENDING_NAME) and not journal.is_symlink():
                with contextlib.suppress(OSError):
                    lines += journal.read_bytes()[:1 << 20].decode(
                        "utf-8", "surrogateescape").splitlines()
    for line in lines:
        path = Path(line)
        if path.is_absolute() and path.name.startswith(atomic.TEMP_PREFIX) and path.name.endswith(
            atomic.TEMP_SUFFIX
        ):
            with contextlib.suppress(OSError):
                path.unlink()


def remove_stale_sessions(root: Path | None = None, *, min_age_seconds: float = 60.0) -> int:
    """Delete the session folders of crashed or killed runs. Returns how many were removed.

    A folder is stale when its lock can be taken (no live process holds it); where the platform
    cannot lock, when the PID in the lock file is not running. A folder without a lock file is
    removed once it is older than `min_age_seconds` (a run that died while creating it).
    """
    root = private_root(root or config.temp_root())
    removed = 0
    try:
        folders = [p for p in root.iterdir() if p.name.startswith(SESSION_PREFIX) and p.is_dir()]
    except OSError:
        return 0
    for folder in folders:
        lock = folder / LOCK_NAME
        try:
            fd = os.open(lock, os.O_RDWR)
        except FileNotFoundError:
            with contextlib.suppress(OSError):
                if time.time() - folder.stat().st_mtime >= min_age_seconds:
                    shutil.rmtree(folder, ignore_errors=True)
                    removed += not folder.exists()
            continue
        except OSError:
            continue  # Windows: a live session keeps its lock file open
        try:
            taken = _try_lock(fd)
            if taken is None:
                text = os.read(fd, 32).decode("ascii", "replace").strip()
                taken = not (text.isdigit() and _pid_alive(int(text)))
        finally:
            os.close(fd)
        if taken:
            _remove_pending_saves(folder)
            shutil.rmtree(folder, ignore_errors=True)
            removed += not folder.exists()
    return removed




# --- a command's session ----------------------------------------------------------------------

TERMINATING_SIGNALS = ("SIGTERM", "SIGHUP")  # a logout or shutdown; the terminal closed


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived during a command: unwind like an interruption, so that the save
    in progress removes its partial file and the session its folder."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"terminated by signal {signum}")
        self.signum = signum


def _raise_terminated(signum: int, _frame: object) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def command_session(root: Path | None = None) -> Iterator[SessionFiles]:
    """What every command runs in: first the leftovers of killed runs are removed (their session
    folders, and the partial files their saves left wherever they wrote), then the command gets
    its own session folder (temporary files of libraries, the journal of its saves in progress),
    removed when it ends, also after SIGTERM or SIGHUP (raised as `Terminated`)."""
    remove_stale_sessions(root)
    handlers: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        import signal

        for name in TERMINATING_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                handlers[number] = signal.signal(number, _raise_terminated)
    try:
        files = SessionFiles(root, capture_temp=True, journal_saves=True)
        try:
            yield files
        finally:
            if handlers:  # the clean-up itself is not cut short by a second signal
                import signal

                for number in handlers:
                    signal.signal(number, signal.SIG_IGN)
            files.end()
    finally:
        if handlers:
            import signal

            for number, handler in handlers.items():
                signal.signal(number, handler)
