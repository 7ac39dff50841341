"""A fresh machine (issue 16, point 1): where Qt's xcb plugin cannot load, `python main.py` says
in plain words which packages to install instead of Qt's abort; the README's first command
installs them; `--smoke` starts the real window and quits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from ui import platform_check
from ui.platform_check import XCB_LIBRARIES, needs_xcb, problem

FRESH_DEBIAN = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}  # what the machine lacked
LINUX_X11 = {"DISPLAY": ":0"}


def fresh_debian(soname: str) -> bool:
    return soname not in FRESH_DEBIAN


def test_missing_libraries_are_named_with_the_command_that_installs_them():
    message = problem(LINUX_X11, "linux", fresh_debian, lang="en")
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "python main.py --help" in message
    assert "Traceback" not in message and "plugin" not in message


def test_the_message_is_in_the_persons_language():
    german = problem(LINUX_X11, "linux", fresh_debian, lang="de")
    arabic = problem(LINUX_X11, "linux", fresh_debian, lang="ar")
    english = problem(LINUX_X11, "linux", fresh_debian, lang="en")
    assert german != english and arabic != english
    assert all("sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in m for m in (german, arabic))


def test_nothing_is_said_where_the_window_can_open():
    assert problem(LINUX_X11, "linux", lambda _name: True) == ""
    # Windows and macOS need no system package; offscreen and Wayland need no xcb library
    for platform in ("win32", "darwin"):
        assert problem({}, platform, lambda _name: False) == ""
    assert problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda _name: False) == ""
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert not needs_xcb(wayland, "linux")
    assert needs_xcb({**wayland, "QT_QPA_PLATFORM": "xcb"}, "linux")


def test_no_display_is_said_in_plain_words():
    message = problem({}, "linux", lambda _name: True, lang="en")
    assert "DISPLAY" in message and "desktop" in message


def test_the_readme_first_command_installs_every_package_the_window_needs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = next(line for line in readme.splitlines() if line.strip().startswith("sudo apt-get"))
    named = set(first.split("&&")[0].split()[3:])
    assert set(XCB_LIBRARIES.values()) <= named, set(XCB_LIBRARIES.values()) - named
    assert first.rstrip().endswith("python main.py")


def test_the_real_libraries_of_this_machine_are_tried():
    # on this machine's Linux every library loads (CI installs them), so the list is real sonames
    if sys.platform.startswith("linux"):
        assert platform_check.missing_packages() == []


def run_main(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environ.update(env)
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=environ,
                          capture_output=True, text=True, timeout=120)


def test_without_a_display_the_program_says_so_and_does_not_abort(tmp_path):
    done = run_main(QT_QPA_PLATFORM="xcb", PERMIT_ASSISTANT_DATA_DIR=str(tmp_path / "d"),
                    PERMIT_ASSISTANT_TEMP_DIR=str(tmp_path / "t"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "could not" not in done.stderr.lower()
    assert "DISPLAY" in done.stderr or "apt-get install" in done.stderr


def test_smoke_start_shows_the_window_and_quits(tmp_path):
    done = run_main("--smoke", "--lang", "de", QT_QPA_PLATFORM="offscreen",
                    PERMIT_ASSISTANT_DATA_DIR=str(tmp_path / "d"),
                    PERMIT_ASSISTANT_TEMP_DIR=str(tmp_path / "t"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "offscreen: Assistent für den Aufenthaltstitel"


def test_the_readme_shows_screenshots_that_exist():
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", readme)
    assert any("/de/" in i for i in images) and any("/ar/" in i for i in images), images
    for image in images:
        assert (ROOT / image).is_file(), image


def free_display() -> int:
    number = 90
    while Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
        number += 1
    return number


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (.ci/run "
                    "installs it): the real start on xcb cannot be tried here")
def test_the_window_appears_on_xcb_under_xvfb(tmp_path):
    """The real program on the xcb platform (not offscreen), as on a Linux desktop."""
    number = free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        for _ in range(100):
            if socket.exists() or server.poll() is not None:
                break
            time.sleep(0.05)
        assert socket.exists(), "Xvfb did not start"
        done = run_main("--smoke", "--lang", "en", QT_QPA_PLATFORM="xcb", DISPLAY=f":{number}",
                        PERMIT_ASSISTANT_DATA_DIR=str(tmp_path / "d"),
                        PERMIT_ASSISTANT_TEMP_DIR=str(tmp_path / "t"))
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "xcb: Residence permit assistant"
