"""One person's session: its temporary files, its draft, and how it ends. No Qt here.

`AppSession` is what the window uses (see the end of this module). Underneath:

- `SessionFiles`: a program-owned folder per session, `session-<random>` under
  `config.temp_root()`, where previews and packets not saved by the person are written. Every
  file the program makes is created in it (or registered with `track`), and `end()` deletes them
  all. While the session runs, a lock file in the folder is held open with an OS lock
  (`fcntl.flock` on POSIX, `msvcrt.locking` on Windows) and records the owner's PID. The next
  start calls `remove_stale_sessions`, which deletes every session folder whose lock is free
  (its owner crashed or was killed: the OS releases a dead process's locks, so a reused PID
  cannot fool it); where locking is unavailable it falls back to checking that the PID is dead.
  While the session runs the process's temporary folder (Python's `tempfile`, and TMPDIR/TEMP/
  TMP, which Qt and child processes read) points into the session folder, so files that
  libraries create on their own are deleted with it. And every atomic save in progress, wherever
  its target (a packet on a USB stick), is listed in the session folder's `pending-saves`, so the
  partial file of a save cut short by a crash is deleted at the next start too.

- `DraftStore`: the automatic draft of personal mode, one file with a fixed name (`draft.json`,
  or `draft.permitcase` when drafts are encrypted) in `config.drafts_dir()`, written atomically
  and readable by its owner only.

About the draft key (honestly): an encrypted draft is protected by a random 32-byte key kept in
`draft.key` in the user's *configuration* folder, readable only by the user's account (0600 on
POSIX; on Windows the profile's access rules apply). It protects the draft when the data folder
alone is copied, synced or backed up, or read by other accounts on the PC. It does **not**
protect against anyone who can act as that user account (malware, someone at the unlocked PC,
an administrator): the key lies beside the draft for the program to open it without asking. A
case file saved with a passphrase is the protection for that.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from . import atomic, caches, config, crypto, logsetup
from .atomic import SaveError, atomic_write_bytes, remove_partial_files
from .casefile import case_from_bytes, case_to_json_text
from .config import Mode, Settings
from .errors import CaseFileError, UserError
from .model import Case

SESSION_PREFIX = "session-"
LOCK_NAME = "session.lock"
PENDING_NAME = "pending-saves"  # temporary files of saves in progress, anywhere
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
        self.root = root or config.temp_root()
        try:
            _private_dir(self.root)
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
        with contextlib.suppress(OSError):
            fd = os.open(self.folder / PENDING_NAME, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, text)
                os.fsync(fd)
            finally:
                os.close(fd)

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
    """Delete the partial files of saves a crashed session had in progress."""
    try:
        lines = (folder / PENDING_NAME).read_bytes().decode("utf-8", "surrogateescape")
    except OSError:
        return
    for line in lines.splitlines():
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
    root = root or config.temp_root()
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


# --- drafts -----------------------------------------------------------------------------------


def load_or_create_draft_key(path: Path | None = None) -> bytes:
    """The per-user key for encrypted drafts (see the module's note on what it protects)."""
    path = path or config.draft_key_path()
    try:
        key = path.read_bytes()
        if len(key) == crypto.KEY_SIZE:
            return key
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise SessionError(f"cannot read the draft key {path} ({exc.strerror})") from None
    key = secrets.token_bytes(crypto.KEY_SIZE)
    try:
        _private_dir(path.parent)
    except OSError as exc:
        raise SessionError(
            f"cannot create the folder for the draft key {path.parent} ({exc.strerror})"
        ) from None
    atomic_write_bytes(path, key, private=True)
    return key


@dataclass(frozen=True)
class DraftInfo:
    path: Path
    saved_at: datetime
    encrypted: bool
    page: str = ""  # the wizard page the person was on ("" for drafts of older versions)


class DraftStore:
    """The one automatic draft of personal mode."""

    PLAIN = "draft.json"
    ENCRYPTED = "draft" + crypto.FILE_SUFFIX
    PAGE = "draft.page"  # the page id beside the draft (encrypted like it); older drafts lack it

    def __init__(self, folder: Path | None = None, key: bytes | None = None) -> None:
        self.folder = folder or config.drafts_dir()
        self.key = key

    def _paths(self) -> tuple[Path, Path]:
        return self.folder / self.PLAIN, self.folder / self.ENCRYPTED

    def save(self, case: Case, page: str = "") -> None:
        """Write the draft atomically (encrypted if the store has a key), and the page the
        person is on. Raises SaveError."""
        try:
            _private_dir(self.folder)
        except OSError as exc:
            raise SaveError(
                f"cannot create the drafts folder {self.folder} ({exc.strerror}); the draft was "
                "not saved"
            ) from None
        plain, encrypted = self._paths()
        data = case_to_json_text(case).encode("utf-8")
        if self.key is not None:
            atomic_write_bytes(encrypted, crypto.encrypt_with_key(data, self.key), private=True)
            stale = plain
        else:
            atomic_write_bytes(plain, data, private=True)
            stale = encrypted
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()  # the setting changed: keep only one draft
        page_bytes = page.encode("ascii", "ignore")
        if self.key is not None:
            page_bytes = crypto.encrypt_with_key(page_bytes, self.key)
        atomic_write_bytes(self.folder / self.PAGE, page_bytes, private=True)

    def _page(self) -> str:
        """The page saved with the draft; "" if there is none or it cannot be read."""
        try:
            data = (self.folder / self.PAGE).read_bytes()
            if crypto.is_encrypted(data):
                if self.key is None:
                    return ""
                data = crypto.decrypt_with_key(data, self.key, "the saved draft's page")
            page = data.decode("ascii")
        except (OSError, UnicodeDecodeError, UserError):
            return ""
        return page if page.replace("_", "").isalnum() else ""

    def info(self) -> DraftInfo | None:
        """The draft waiting to be offered, if any (the newer one if both exist)."""
        found = []
        for path in self._paths():
            with contextlib.suppress(OSError):
                found.append((path.stat().st_mtime, path))
        if not found:
            return None
        mtime, path = max(found)
        return DraftInfo(path, datetime.fromtimestamp(mtime), path.name == self.ENCRYPTED,
                         self._page())

    def load(self) -> Case:
        """The saved draft. Raises CaseFileError if there is none or it cannot be used."""
        info = self.info()
        if info is None:
            raise CaseFileError("there is no saved draft")
        try:
            data = info.path.read_bytes()
        except OSError as exc:
            raise CaseFileError(f"the draft cannot be read ({exc.strerror})") from None
        if crypto.is_encrypted(data):
            if self.key is None:
                self.key = load_or_create_draft_key()
            data = crypto.decrypt_with_key(data, self.key, "the saved draft")
        return case_from_bytes(data, None, "the saved draft")

    def discard(self) -> None:
        for path in (*self._paths(), self.folder / self.PAGE):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        remove_partial_files(self.folder, min_age_seconds=0)


# --- the session as the window sees it --------------------------------------------------------


class AppSession:
    """The session API for the window (and nothing Qt).

    Start-up:   `s = AppSession(config.load_settings(shared=...))` – removes leftovers of crashed
                runs, creates this run's session folder.
    Mode:       `s.mode` / `s.shared` (show it in the window at all times).
    Draft:      personal mode: `s.pending_draft()` → DraftInfo (with the page the person was
                on) or None; offer it; then `s.restore_draft()` → Case, or `s.discard_draft()`.
    Setting:    `s.set_encrypt_drafts(on, case)` – the person's "encrypt my draft" switch.
    Each change: `s.case_changed(case, page)` – autosaves the draft in personal mode (atomic; a few
                milliseconds, so a short debounce in the UI is enough) and updates the log
                redaction; in shared mode writes nothing.
    Temp files: `s.files.new_path(".pdf")` / `s.files.write(data, ".pdf")` for previews and
                unsaved packets; `s.files.keep(path)` when the person saved one on purpose.
    End:        "Finish", closing the window, the idle timeout: `s.end_session()` – deletes the
                session's files and starts fresh ones; the UI clears its answers and returns to
                the first page. In personal mode pass `keep_draft=False` only when the person
                chose to discard their work; in shared mode there is no draft.
    Exit:       `s.close()` when the program quits.
    """

    def __init__(self, settings: Settings, *, temp_root: Path | None = None,
                 drafts: DraftStore | None = None) -> None:
        self.settings = settings
        self.temp_root = temp_root or config.temp_root()
        self.stale_removed = remove_stale_sessions(self.temp_root)
        self.files = SessionFiles(self.temp_root, capture_temp=True, journal_saves=True)
        self.drafts: DraftStore | None = None
        self.last_save_error: str | None = None
        if not settings.shared:
            if drafts is None:
                key = load_or_create_draft_key() if settings.encrypt_drafts else None
                drafts = DraftStore(key=key)
            self.drafts = drafts
            remove_partial_files(self.drafts.folder)

    @property
    def mode(self) -> Mode:
        return self.settings.mode

    @property
    def shared(self) -> bool:
        return self.settings.shared

    def pending_draft(self) -> DraftInfo | None:
        return None if self.drafts is None else self.drafts.info()

    def restore_draft(self) -> Case:
        if self.drafts is None:
            raise CaseFileError("there are no drafts in shared mode")
        case = self.drafts.load()
        logsetup.watch_case(case)
        return case

    def discard_draft(self) -> None:
        if self.drafts is not None:
            self.drafts.discard()

    def set_encrypt_drafts(self, on: bool, case: Case | None = None) -> None:
        """The person's switch (personal mode): remember it, and rewrite the current draft in the
        new form at once if `case` is given (the old form is removed)."""
        if self.drafts is None:
            return
        config.save_user_settings(encrypt_drafts=on)
        self.settings = replace(self.settings, encrypt_drafts=on)
        self.drafts.key = load_or_create_draft_key() if on else None
        if case is not None:
            self.case_changed(case)

    def case_changed(self, case: Case, page: str = "") -> bool:
        """Call after each change (with the wizard page the person is on, which resuming the
        draft opens). Returns False if the autosave failed (the reason is in `last_save_error`,
        for a quiet notice); never raises for a failed save."""
        logsetup.watch_case(case)
        if self.drafts is None:
            return True
        try:
            self.drafts.save(case, page)
        except UserError as exc:
            self.last_save_error = str(exc)
            return False
        self.last_save_error = None
        return True

    def end_session(self, *, keep_draft: bool = True) -> None:
        """End this person's session and begin a fresh one."""
        self.files.end()
        if not keep_draft or self.drafts is None:
            self.discard_draft()
        logsetup.watch_case(None)
        caches.forget()  # nothing of this person in a cache for the next
        self.files = SessionFiles(self.temp_root, capture_temp=True, journal_saves=True)

    def close(self, *, keep_draft: bool = True) -> None:
        """At program exit: like end_session, without starting a new one."""
        self.files.end()
        if not keep_draft:
            self.discard_draft()
        logsetup.watch_case(None)
        caches.forget()  # nothing of this person in a cache for the next
