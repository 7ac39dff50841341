"""Atomic saves: an interrupted save (even SIGKILL) leaves the previous version whole."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

from assistant import atomic, config, crypto
from assistant.atomic import SaveError, atomic_write_bytes, atomic_write_text, remove_partial_files
from assistant.casefile import case_to_bytes, load_case, open_case_file
from assistant.cli import main
from assistant.model import Relative

CHEAP = crypto.ScryptParams(log2_n=10, r=8, p=1)


def test_writes_and_replaces_without_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "calendar.ics"
    atomic_write_text(target, "first\r\n")
    atomic_write_text(target, "second\n")
    assert target.read_bytes() == b"second\n"
    assert [p.name for p in tmp_path.iterdir()] == ["calendar.ics"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_private_files_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "case.permitcase"
    atomic_write_bytes(target, b"x", private=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_temporary_name_reveals_nothing_of_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    target = tmp_path / "Elif Sahin packet.pdf"

    def spy(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == target:  # not the journal of a session that happens to be running
            seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", spy)
    atomic_write_bytes(target, b"%PDF")
    assert len(seen) == 1
    assert Path(seen[0]).parent == Path(".") and seen[0].startswith(atomic.TEMP_PREFIX)
    assert "Elif" not in seen[0] and "Sahin" not in seen[0] and "packet" not in seen[0]


def test_failed_save_keeps_the_previous_version_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "draft.json"
    target.write_bytes(b"previous")

    def broken(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken)
    with pytest.raises(SaveError, match="No space left.*previous version is unchanged"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.json"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="does not exist"):
        atomic_write_bytes(tmp_path / "gone" / "case.json", b"{}")


def test_partial_files_of_interrupted_saves_are_removed_when_old(tmp_path: Path) -> None:
    old = tmp_path / f"{atomic.TEMP_PREFIX}0123456789abcdef{atomic.TEMP_SUFFIX}"
    young = tmp_path / f"{atomic.TEMP_PREFIX}fedcba9876543210{atomic.TEMP_SUFFIX}"
    keep = tmp_path / "case.json"
    for p in (old, young, keep):
        p.write_bytes(b"x")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    assert remove_partial_files(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([young.name, keep.name])
    assert remove_partial_files(tmp_path, min_age_seconds=0) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["case.json"]


# The child saves case files in a loop, alternating between two versions, as fast as it can, in
# a session of its own (as every command has: its saves in progress are journalled there). It
# loads the real assistant/atomic.py and assistant/sessionfiles.py but skips the package's
# __init__ (pydantic, the case model), so that thirty children start in a few seconds.
_CHILD = r"""
import sys, types
from pathlib import Path
package = types.ModuleType("assistant")
package.__path__ = [str(Path(sys.argv[1]) / "assistant")]
sys.modules["assistant"] = package
from assistant.atomic import atomic_write_bytes
from assistant.sessionfiles import SessionFiles
target, a, b = Path(sys.argv[2]), Path(sys.argv[3]).read_bytes(), Path(sys.argv[4]).read_bytes()
files = SessionFiles(journal_saves=True)
atomic_write_bytes(target, a, private=True)
print("ready", flush=True)
while True:
    atomic_write_bytes(target, b, private=True)
    atomic_write_bytes(target, a, private=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_during_saves_leaves_an_openable_case_file_and_the_next_run_no_partial(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = load_case(EXAMPLES / "student-first-permit.json")
    # about a megabyte each (so that a kill lands in the middle of a save), every text within
    # the case model's limits
    version_a = case.model_copy(update={"children": [
        Relative(first_names="A" * 100, address="A" * 200)] * 3000})
    version_b = case.model_copy(update={"children": [
        Relative(first_names="B" * 100, address="B" * 200)] * 3000})
    a, b = tmp_path / "a.bin", tmp_path / "b.bin"
    a.write_bytes(case_to_bytes(version_a, "long passphrase", CHEAP))
    b.write_bytes(case_to_bytes(version_b, "long passphrase", CHEAP))
    folder = tmp_path / "cases"
    folder.mkdir()
    target = folder / "client.permitcase"
    rng = random.Random(20240607)
    killed_mid_save = 0
    for _ in range(30):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(ROOT), str(target), str(a), str(b)],
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.04))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        opened = open_case_file(target, "long passphrase")
        assert opened in (version_a, version_b)
        leftovers = [p for p in folder.iterdir() if p != target]
        killed_mid_save += bool(leftovers)
        for partial in leftovers:  # a killed decrypt's plaintext: the owner's only
            assert stat.S_IMODE(partial.stat().st_mode) == 0o600
        # the next run of any command removes what the killed one left, wherever it wrote
        assert main(["check", str(EXAMPLES / "student-first-permit.json"),
                     "--today", "2026-11-22"]) == 0
        assert [p for p in folder.iterdir() if p != target] == []
        assert list(config.temp_root().iterdir()) == []
    capsys.readouterr()
    # The kills really did hit saves in progress (otherwise this test would prove nothing).
    assert killed_mid_save > 0


def test_a_save_in_progress_is_readable_by_its_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    modes: list[int] = []
    real_write = os.write

    def spy(fd: int, data: bytes | memoryview) -> int:
        modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return real_write(fd, data)

    monkeypatch.setattr(atomic.os, "write", spy)
    atomic_write_bytes(tmp_path / "packet.pdf", b"%PDF-1.7 ...")  # not a private file
    assert modes and set(modes) == {0o600}
