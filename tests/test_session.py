"""Session files, crash leftovers, drafts and the AppSession facade (no Qt)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT
from privacy_scan import scan_for_text

from assistant import config, session, sessionfiles
from assistant.casefile import load_case
from assistant.config import Mode, Settings
from assistant.errors import WrongPassphraseError
from assistant.model import Case
from assistant.session import AppSession, DraftStore, SessionFiles, remove_stale_sessions

NAME = "Zyxwvutsrq"  # a family name found nowhere else


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    found = {name: tmp_path / name for name in ("data", "temp", "etc")}
    for folder in found.values():
        folder.mkdir()
    monkeypatch.setenv(config.ENV_DATA_DIR, str(found["data"]))
    monkeypatch.setenv(config.ENV_TEMP_DIR, str(found["temp"]))
    monkeypatch.setenv(config.ENV_CONFIG, str(found["etc"] / "centre.toml"))
    return found


@pytest.fixture
def case() -> Case:
    c = load_case(EXAMPLES / "student-first-permit.json")
    return c.model_copy(update={"person": c.person.model_copy(update={"family_name": NAME})})


@pytest.fixture
def app_sessions() -> Iterator[list[AppSession]]:
    made: list[AppSession] = []
    yield made
    for s in made:
        s.close()


def _child_env(dirs: dict[str, Path]) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        config.ENV_DATA_DIR: str(dirs["data"]),
        config.ENV_TEMP_DIR: str(dirs["temp"]),
        config.ENV_CONFIG: str(dirs["etc"] / "centre.toml"),
        "PYTHONPATH": str(ROOT),
    })
    return env


# --- session files ----------------------------------------------------------------------------


def test_session_files_are_random_tracked_and_deleted_at_the_end(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.ics"
    kept = tmp_path / "saved-by-person.pdf"
    files = SessionFiles(tmp_path / "root")
    preview = files.write(b"%PDF preview", ".pdf")
    other = files.new_path(".ics")
    other.write_bytes(b"x")
    outside.write_bytes(b"x")
    kept.write_bytes(b"x")
    files.track(outside)
    files.track(kept)
    files.keep(kept)
    assert preview.parent == files.folder and preview.name.startswith("file-")
    assert preview.name != other.name
    files.end()
    assert not files.folder.exists() and not outside.exists() and kept.exists()
    assert list((tmp_path / "root").iterdir()) == []
    with pytest.raises(session.SessionError, match="ended"):
        files.new_path(".pdf")
    files.end()  # twice is harmless


def test_suffix_cannot_smuggle_a_name_or_a_path(tmp_path: Path) -> None:
    with SessionFiles(tmp_path) as files:
        for bad in ("/../x", "-Zyxwvutsrq Elif.pdf.with-a-very-long-tail"):
            with pytest.raises(ValueError):
                files.new_path(bad)


def test_library_temp_files_land_in_the_session_and_go_with_it(tmp_path: Path) -> None:
    before = tempfile.gettempdir()
    files = SessionFiles(tmp_path, capture_temp=True)
    with tempfile.NamedTemporaryFile(delete=False) as handle:
        handle.write(b"made by a library")
    assert Path(handle.name).parent == files.folder
    assert os.environ["TMPDIR"] == str(files.folder)
    files.end()
    assert not Path(handle.name).exists()
    assert tempfile.gettempdir() == before


def test_sessions_ending_out_of_order_leave_a_usable_temporary_folder(tmp_path: Path) -> None:
    before = tempfile.gettempdir()
    first = SessionFiles(tmp_path, capture_temp=True, journal_saves=True)
    second = SessionFiles(tmp_path, capture_temp=True, journal_saves=True)
    first.end()
    assert tempfile.gettempdir() == str(second.folder)
    assert session.atomic.current_partial_tracker() is second
    second.end()
    assert tempfile.gettempdir() == before and Path(before).is_dir()
    assert session.atomic.current_partial_tracker() is None


_CRASHING_SESSION = """
import sys
from pathlib import Path
from assistant.session import SessionFiles
files = SessionFiles(Path(sys.argv[1]))
files.write(b"preview of Zyxwvutsrq", ".pdf")
print("ready", flush=True)
import time
time.sleep(60)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_next_start_removes_what_a_killed_session_left_but_not_live_ones(tmp_path: Path) -> None:
    root = tmp_path / "root"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    children = [
        subprocess.Popen([sys.executable, "-c", _CRASHING_SESSION, str(root)],
                         stdout=subprocess.PIPE, env=env)
        for _ in range(2)
    ]
    try:
        for child in children:
            assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        mine = SessionFiles(root)
        children[0].send_signal(signal.SIGKILL)
        children[0].wait()
        assert len(scan_for_text([root], "Zyxwvutsrq")) == 2
        assert remove_stale_sessions(root) == 1
        # The killed session's preview is gone; the live child's and this process's remain.
        assert len(scan_for_text([root], "Zyxwvutsrq")) == 1
        assert mine.folder.exists()
        mine.end()
    finally:
        for child in children:
            child.kill()
            child.wait()
            if child.stdout:
                child.stdout.close()
    assert remove_stale_sessions(root) == 1
    assert list(root.iterdir()) == []


def test_without_os_locks_the_owner_pid_decides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sessionfiles, "_try_lock", lambda fd: None)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    for name, pid in (("session-dead", dead.pid), ("session-live", os.getpid())):
        (tmp_path / name).mkdir()
        (tmp_path / name / session.LOCK_NAME).write_text(f"{pid}\n")
    assert remove_stale_sessions(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["session-live"]


def test_half_created_session_folder_is_removed_once_old(tmp_path: Path) -> None:
    folder = tmp_path / "session-0000"
    folder.mkdir()
    assert remove_stale_sessions(tmp_path) == 0
    os.utime(folder, (time.time() - 600, time.time() - 600))
    assert remove_stale_sessions(tmp_path) == 1


# --- drafts -----------------------------------------------------------------------------------


def test_draft_round_trip_plain_and_encrypted(tmp_path: Path, case: Case) -> None:
    plain = DraftStore(tmp_path)
    assert plain.info() is None
    plain.save(case)
    assert plain.load() == case
    key_path = tmp_path / "config" / "draft.key"
    key = session.load_or_create_draft_key(key_path)
    assert session.load_or_create_draft_key(key_path) == key
    if sys.platform != "win32":
        assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    encrypted = DraftStore(tmp_path, key)
    encrypted.save(case)
    info = encrypted.info()
    assert info is not None and info.encrypted
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "draft.page", "draft.permitcase"]
    assert scan_for_text([tmp_path], NAME) == []
    assert encrypted.load() == case
    with pytest.raises(WrongPassphraseError, match="another key"):
        DraftStore(tmp_path, bytes(32)).load()
    encrypted.discard()
    assert encrypted.info() is None


_CRASH_AFTER_EDIT = """
import os, sys
from assistant.casefile import load_case
from assistant.config import load_settings
from assistant.session import AppSession
case = load_case(sys.argv[1])
case.person.family_name = "Zyxwvutsrq"
s = AppSession(load_settings())
s.case_changed(case)
s.files.write(b"preview", ".pdf")
os.kill(os.getpid(), 9)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_personal_mode_crash_recovery_offers_and_restores_the_draft(
    dirs: dict[str, Path], case: Case, app_sessions: list[AppSession]
) -> None:
    run = subprocess.run(
        [sys.executable, "-c", _CRASH_AFTER_EDIT, str(EXAMPLES / "student-first-permit.json")],
        env=_child_env(dirs), capture_output=True,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr.decode()
    s = AppSession(config.load_settings())
    app_sessions.append(s)
    assert s.mode is Mode.PERSONAL
    assert s.stale_removed == 1  # the crashed run's preview folder
    assert s.pending_draft() is not None
    restored = s.restore_draft()
    assert restored.person.family_name == NAME and restored == case
    s.end_session()  # finishing keeps the draft for tomorrow unless asked otherwise
    assert s.pending_draft() is not None
    s.end_session(keep_draft=False)
    assert s.pending_draft() is None


def test_personal_mode_autosaves_encrypted_when_set(
    dirs: dict[str, Path], case: Case, app_sessions: list[AppSession]
) -> None:
    s = AppSession(Settings(encrypt_drafts=True))
    app_sessions.append(s)
    assert s.case_changed(case)
    assert scan_for_text([dirs["data"]], NAME) == []
    again = AppSession(Settings(encrypt_drafts=True))
    app_sessions.append(again)
    assert again.restore_draft() == case


def test_failed_autosave_is_reported_not_raised(
    dirs: dict[str, Path], case: Case, app_sessions: list[AppSession]
) -> None:
    blocker = dirs["data"] / "blocked"
    blocker.write_text("a file where the drafts folder should be")
    s = AppSession(Settings(), drafts=DraftStore(blocker / "drafts"))
    app_sessions.append(s)
    assert s.case_changed(case) is False
    assert s.last_save_error


def test_shared_mode_writes_nothing_and_end_removes_every_file(
    dirs: dict[str, Path], case: Case, app_sessions: list[AppSession]
) -> None:
    s = AppSession(Settings(mode=Mode.SHARED))
    app_sessions.append(s)
    assert s.shared and s.drafts is None and s.pending_draft() is None
    assert s.case_changed(case)
    preview = s.files.write(f"preview of {NAME}".encode(), ".pdf")
    with tempfile.NamedTemporaryFile(delete=False) as lib_file:
        lib_file.write(NAME.encode("utf-16-le"))
    assert len(scan_for_text(list(dirs.values()), NAME)) == 2
    first_folder = s.files.folder
    s.end_session()
    assert not preview.exists() and not Path(lib_file.name).exists()
    assert not first_folder.exists() and s.files.active
    assert scan_for_text(list(dirs.values()), NAME) == []
    assert list(dirs["data"].iterdir()) == []


def test_switching_draft_encryption_rewrites_the_draft(
    dirs: dict[str, Path], case: Case, app_sessions: list[AppSession]
) -> None:
    s = AppSession(config.load_settings())
    app_sessions.append(s)
    s.case_changed(case)
    assert len(scan_for_text([dirs["data"]], NAME)) == 1
    s.set_encrypt_drafts(True, case)
    assert scan_for_text([dirs["data"]], NAME) == []
    assert config.load_settings().encrypt_drafts
    again = AppSession(config.load_settings())
    app_sessions.append(again)
    info = again.pending_draft()
    assert info is not None and info.encrypted and again.restore_draft() == case


_KILLED_WHILE_SAVING_A_PACKET = """
import os, sys
from pathlib import Path
from assistant import atomic
from assistant.config import Mode, Settings
from assistant.session import AppSession
s = AppSession(Settings(mode=Mode.SHARED))
# die between write and rename (a packet's mode is set just before it is renamed)
atomic.os.chmod = lambda *args, **kwargs: os.kill(os.getpid(), 9)
atomic.atomic_write_bytes(Path(sys.argv[1]) / "packet.pdf", b"%PDF packet of Zyxwvutsrq")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_partial_file_of_a_save_cut_short_by_a_crash_is_removed_at_next_start(
    dirs: dict[str, Path], tmp_path: Path, app_sessions: list[AppSession]
) -> None:
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    run = subprocess.run([sys.executable, "-c", _KILLED_WHILE_SAVING_A_PACKET, str(usb)],
                         env=_child_env(dirs), capture_output=True)
    assert run.returncode == -signal.SIGKILL, run.stderr.decode()
    assert len(scan_for_text([usb], NAME)) == 1  # the partial packet, under a random name
    app_sessions.append(AppSession(Settings(mode=Mode.SHARED)))
    assert list(usb.iterdir()) == []
    assert scan_for_text(list(dirs.values()), NAME) == []


def test_the_draft_remembers_the_page_and_older_drafts_still_open(
        tmp_path: Path, case: Case) -> None:
    for key in (None, bytes(range(32))):
        store = DraftStore(tmp_path / ("enc" if key else "plain"), key)
        store.save(case, "passport")
        info = store.info()
        assert info is not None and info.page == "passport"
        assert store.load() == case
        if key:  # encrypted drafts do not show even which page the person was on
            assert b"passport" not in (store.folder / DraftStore.PAGE).read_bytes()
        store.discard()
        assert store.info() is None and list(store.folder.iterdir()) == []
    # a draft of an older version: the case alone, no page
    old = DraftStore(tmp_path / "old")
    old.folder.mkdir()
    (old.folder / DraftStore.PLAIN).write_text(
        (EXAMPLES / "student-first-permit.json").read_text(encoding="utf-8"), encoding="utf-8")
    info = old.info()
    assert info is not None and info.page == ""
    assert old.load().person.family_name == load_case(
        EXAMPLES / "student-first-permit.json").person.family_name


def test_the_clipboard_counts_as_personal_only_when_it_holds_a_piece_of_the_answers() -> None:
    answers = {"person.family_name": "Zyxwvutsrq", "children": [{"first_names": "Elif Naz"}],
               "address.house_number": "12", "consent": True}
    personal = session.personal_texts(answers)
    assert personal == {"Zyxwvutsrq", "Elif Naz"}
    assert session.holds_personal_text("Dear Ms Zyxwvutsrq,", personal)
    assert session.holds_personal_text(" Elif ", personal)  # a piece of an answer
    assert not session.holds_personal_text("Opening hours: Mon 9-12", personal)
    assert not session.holds_personal_text("12", personal)
    assert not session.holds_personal_text("", personal)


# --- the temporary folder is the program's own (issue 15, point 3) ----------------------------

posix_only = pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "getuid"),
                                reason="POSIX owners and permission bits")


def _session_folder_in(root: Path) -> Path:
    files = SessionFiles(root)
    folder = files.folder
    files.end()
    return folder.parent


@posix_only
def test_a_missing_temporary_folder_is_made_private(tmp_path: Path) -> None:
    root = tmp_path / "permit-assistant-1000"
    assert _session_folder_in(root) == root
    assert stat.S_IMODE(root.stat().st_mode) == 0o700 and root.stat().st_uid == os.getuid()


@posix_only
def test_a_temporary_folder_that_is_a_link_is_not_used(tmp_path: Path) -> None:
    elsewhere = tmp_path / "someone-elses"
    elsewhere.mkdir(mode=0o700)
    root = tmp_path / "permit-assistant-1000"
    root.symlink_to(elsewhere)
    with SessionFiles(root) as files:
        assert files.folder.parent != root and elsewhere not in files.folder.parents
        assert not files.folder.parent.is_symlink()
        assert stat.S_IMODE(files.folder.parent.stat().st_mode) == 0o700
        assert list(elsewhere.iterdir()) == []
    assert _session_folder_in(root) == files.folder.parent  # the next run finds it again


@posix_only
def test_a_temporary_folder_others_may_write_into_or_a_file_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "permit-assistant-1000"
    shared.mkdir()
    shared.chmod(0o777)
    planted = shared / "session-0123456789abcdef"
    planted.mkdir()
    (planted / session.PENDING_NAME).write_text(str(tmp_path / "mine.partial"))
    used = _session_folder_in(shared)
    assert used != shared and stat.S_IMODE(used.stat().st_mode) == 0o700
    assert planted.exists()  # what another account put there is not touched
    a_file = tmp_path / "permit-assistant-2000"
    a_file.write_text("x")
    assert _session_folder_in(a_file).is_dir()
    readable = tmp_path / "permit-assistant-3000"  # ours, others may only look: made private
    readable.mkdir()
    readable.chmod(0o755)
    assert _session_folder_in(readable) == readable
    assert stat.S_IMODE(readable.stat().st_mode) == 0o700


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root can make a folder another account owns")
def test_a_temporary_folder_of_another_account_is_not_used(tmp_path: Path) -> None:
    root = tmp_path / "permit-assistant-1000"
    root.mkdir(mode=0o700)
    os.chown(root, 65534, 65534)
    assert _session_folder_in(root) != root


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_a_worker_process_killed_mid_save_leaves_no_partial_file(tmp_path: Path) -> None:
    """A command's worker processes (forked, as `packet --batch` makes them) journal their saves
    beside the command's own; the command's end removes what a killed worker left."""
    out = tmp_path / "out"
    out.mkdir()
    files = SessionFiles(tmp_path / "root", journal_saves=True)
    pid = os.fork()
    if pid == 0:  # the worker: dies between writing its packet and renaming it
        session.atomic.os.chmod = lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL)
        session.atomic.atomic_write_bytes(out / "anna.pdf", b"%PDF packet")
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status)
    session.atomic.atomic_write_bytes(out / "ben.pdf", b"%PDF packet")  # the command goes on
    partial = [p.name for p in out.iterdir() if p.name != "ben.pdf"]
    assert len(partial) == 1 and partial[0].endswith(session.atomic.TEMP_SUFFIX)
    files.end()
    assert [p.name for p in out.iterdir()] == ["ben.pdf"]
