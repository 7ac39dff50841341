"""One person's session: its temporary files, its draft, and how it ends. No Qt here.

`AppSession` is what the window uses (see the end of this module). Underneath:

- `SessionFiles` (in assistant.sessionfiles, light enough for every command, which runs in one
  too: `command_session`): a program-owned folder per session, `session-<random>` under
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
import secrets
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from . import atomic, caches, config, crypto, heap, logsetup
from .atomic import SaveError, atomic_write_bytes, remove_partial_files
from .casefile import case_from_bytes, case_to_json_text, read_case_file_bytes
from .config import Mode, Settings
from .errors import CaseFileError, UserError
from .model import Case
from .sessionfiles import (
    LOCK_NAME,
    PENDING_NAME,
    SESSION_PREFIX,
    SessionError,
    SessionFiles,
    _private_dir,
    private_root,
    remove_stale_sessions,
)

__all__ = ["LOCK_NAME", "PENDING_NAME", "SESSION_PREFIX", "AppSession", "DraftInfo", "DraftStore",
           "SessionError", "SessionFiles", "atomic", "remove_stale_sessions"]

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
        data = read_case_file_bytes(info.path)
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


class SessionListener(Protocol):
    """Told when a session's files are about to go and when a new session folder exists; the
    window uses it to wipe what the toolkit keeps of a person (file-dialog history, clipboard)."""

    def session_ending(self) -> None: ...

    def session_started(self, folder: Path | None) -> None: ...  # None: the program closes


def personal_texts(answers: Any) -> set[str]:
    """Every piece of text in a person's answers (nested lists and dicts included), stripped;
    pieces shorter than 3 characters ("12", "f") say nothing about anyone and are left out."""
    found: set[str] = set()
    stack = [answers]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            text = item.strip()
            if len(text) >= 3:
                found.add(text)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
    return found


def holds_personal_text(text: str, personal: set[str]) -> bool:
    """True if `text` (the clipboard's) holds one of the person's answers or a piece of one
    (at least 3 characters)."""
    clip = text.strip()
    if not clip:
        return False
    return any(value in clip or (len(clip) >= 3 and clip in value) for value in personal)


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
    Listeners:  `s.listen(listener)` – `session_ending()` before each end, `session_started(folder)`
                after each start (None when the program closes); the window's shared mode wipes
                what Qt keeps of a person with it (ui.session.SharedTraces).
    """

    def __init__(self, settings: Settings, *, temp_root: Path | None = None,
                 drafts: DraftStore | None = None) -> None:
        self.settings = settings
        self.temp_root = private_root(temp_root or config.temp_root())
        self.stale_removed = remove_stale_sessions(self.temp_root)
        self.files = SessionFiles(self.temp_root, capture_temp=True, journal_saves=True)
        self.drafts: DraftStore | None = None
        self.last_save_error: str | None = None
        self.listeners: list[SessionListener] = []
        if not settings.shared:
            if drafts is None:
                key = load_or_create_draft_key() if settings.encrypt_drafts else None
                drafts = DraftStore(key=key)
            self.drafts = drafts
            remove_partial_files(self.drafts.folder)

    @property
    def mode(self) -> Mode:
        return self.settings.mode

    def listen(self, listener: SessionListener) -> None:
        """Tell `listener` about every session end and start from now on (and about the current
        session's folder at once)."""
        self.listeners.append(listener)
        listener.session_started(self.files.folder)

    def _ending(self) -> None:
        for listener in self.listeners:
            listener.session_ending()

    def _started(self, folder: Path | None) -> None:
        for listener in self.listeners:
            listener.session_started(folder)

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
        self._ending()
        self.files.end()
        if not keep_draft or self.drafts is None:
            self.discard_draft()
        logsetup.watch_case(None)
        caches.forget()  # nothing of this person in a cache for the next
        # (the window returns the memory they used once it has dropped their pages as well:
        # MainWindow.end_session, heap.give_back)
        self.files = SessionFiles(self.temp_root, capture_temp=True, journal_saves=True)
        self._started(self.files.folder)

    def close(self, *, keep_draft: bool = True) -> None:
        """At program exit: like end_session, without starting a new one."""
        if self.files.active:
            self._ending()
        self.files.end()
        if not keep_draft:
            self.discard_draft()
        logsetup.watch_case(None)
        self._started(None)
        self.listeners.clear()
        caches.forget()  # nothing of this person in a cache for the next
        heap.give_back()
