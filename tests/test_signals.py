"""SIGTERM (a logout, a shutdown) and SIGHUP (the terminal closed) end a session as Finish does
(issue 15, point 1): the window's session folder is gone when the program has exited."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from assistant import config
from assistant.session import SESSION_PREFIX

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        config.ENV_DATA_DIR: str(tmp_path / "data"),
        config.ENV_TEMP_DIR: str(tmp_path / "temp"),
        config.ENV_CONFIG: str(tmp_path / "etc" / config.CONFIG_FILE_NAME),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    })
    return env


def _sessions(temp: Path) -> list[Path]:
    return sorted(temp.glob(f"{SESSION_PREFIX}*")) if temp.is_dir() else []


def _wait_for(condition, seconds: float = 120.0) -> bool:  # noqa: ANN001 - a small poll
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_terminating_signal_ends_the_windows_session(tmp_path: Path, signum: int) -> None:
    (tmp_path / "home").mkdir()
    temp = tmp_path / "temp"
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--shared"],
                             env=_env(tmp_path), cwd=tmp_path, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    try:
        assert _wait_for(lambda: bool(_sessions(temp)) or child.poll() is not None)
        assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
        child.send_signal(signum)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 128 + signum
    assert _sessions(temp) == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_terminating_signal_ends_a_command_and_its_session(tmp_path: Path, signum: int) -> None:
    (tmp_path / "home").mkdir()
    temp, out = tmp_path / "temp", tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "packet",
         str(ROOT / "examples" / "student-first-permit.json"), "-o", str(out / "packet.pdf"),
         "--today", "2026-11-22"],
        env=_env(tmp_path), cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert _wait_for(lambda: bool(_sessions(temp)) or child.poll() is not None)
        child.send_signal(signum)
        _, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 128 + signum, err.decode()
    assert b"Traceback" not in err
    assert _sessions(temp) == []
    assert list(out.iterdir()) == []  # no packet begun, no partial file


def test_in_personal_mode_a_terminating_signal_keeps_the_draft(tmp_path: Path) -> None:
    """A logout is not a decision to throw the work away: the draft stays for the next start."""
    (tmp_path / "home").mkdir()
    drafts = tmp_path / "data" / "drafts"
    drafts.mkdir(parents=True)
    draft = drafts / "draft.json"
    draft.write_bytes((ROOT / "examples" / "student-first-permit.json").read_bytes())
    temp = tmp_path / "temp"
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=_env(tmp_path),
                             cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _wait_for(lambda: bool(_sessions(temp)) or child.poll() is not None)
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 128 + signal.SIGTERM
    assert _sessions(temp) == []
    assert draft.read_bytes() == (ROOT / "examples" / "student-first-permit.json").read_bytes()
