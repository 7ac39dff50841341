"""The program as a screen reader meets it on the real accessibility bus (issue 18 point 5).

Starts Xvfb, a private D-Bus session with the AT-SPI bus (Debian's at-spi2-core), the real window
on the xcb platform with Qt's AT-SPI bridge (tests/atspi_app.py) and a client that reads the bus as
Orca does (tests/atspi_client.py, Debian's python3-dbus), then walks every page in English and
Arabic: every focusable object has a name, a heading names the page, the window title names the
step, an unreadable date is described by its problem, and status messages reach the bus as
announcements. Where the bus cannot be started here, the test is skipped and says so; the same
assertions always run through Qt's own interface in tests/test_accessibility_tree.py.

The calendar of a date field (ui/date_picker.py) is checked there too, in both languages: every
day is a button named by its full date, the focus starts on the field's date, an arrow key moves
it (the other way right to left) and Escape closes the calendar.

Invalid and required states: Qt 6.11 has no route to AT-SPI's INVALID_ENTRY or REQUIRED.
- QAccessible::State (qtbase src/gui/accessible/qaccessible_base.h) has no bit for either:
  `invalidEntry` is a commented-out line there, and `invalid` means a defunct object;
- spiStatesFromQState() (src/gui/accessible/linux/qspi_constant_mappings.cpp) sets neither
  ATSPI_STATE_INVALID_ENTRY nor ATSPI_STATE_REQUIRED, and the GetState branch of
  AtSpiAdaptor::accessibleInterface() (src/gui/accessible/linux/atspiadaptor.cpp) adds only
  MANAGES_DESCENDANTS and TRANSIENT to it, so an interface of our own made by a
  QAccessible factory, which can only return a QAccessible::State, cannot set them either;
- the one thing the bridge passes through, AtSpiAdaptor::getAttributes() forwarding
  QAccessible::Attribute::Custom as object attributes, gives attributes, not states (screen
  readers take "invalid entry" and "required" from the state set), and needs a
  QAccessibleAttributesInterface that Qt's own line edit interface does not have.
So a problem and "Required." are said first in the field's description, and its label shows
"*" (ui/inputs.py); the test checks the description and prints the states the bus gave the
field.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
STEP = {"en": "Step {n} of {total}: ", "ar": "الخطوة {n} من {total}: "}
WAIT = 60.0


def _missing() -> str:
    for tool in ("Xvfb", "dbus-daemon", "dbus-monitor"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(LAUNCHER).exists():
        return "at-spi2-core (at-spi-bus-launcher) is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import dbus"], capture_output=True)
    if probe.returncode != 0:
        return "python3-dbus is not installed for /usr/bin/python3"
    return ""


class Line:
    """A child process spoken to by lines of text and answering with lines of JSON."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, env=env,
                                        start_new_session=True)

    def read(self, timeout: float = WAIT) -> dict[str, Any]:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        assert ready, f"no answer from {self.process.args}"
        line = self.process.stdout.readline()
        assert line, f"{self.process.args} ended"
        return json.loads(line)

    def ask(self, command: str, timeout: float = WAIT) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.read(timeout)

    def stop(self) -> None:
        _end(self.process)


def _end(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)  # the process group this test started
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[dict[str, Any]]:
    why = _missing()
    if why:
        pytest.skip(f"AT-SPI bus not available ({why}); the Qt accessibility interface is "
                    "checked in tests/test_accessibility_tree.py")
    started: list[subprocess.Popen[Any]] = []
    display = f":{90 + os.getpid() % 400}"
    env = dict(os.environ, DISPLAY=display, HOME=str(tmp_path),
               XDG_RUNTIME_DIR=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("QT_QPA_PLATFORM", None)
    try:
        started.append(subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x1024x24",
                                         "-nolisten", "tcp"], stderr=subprocess.DEVNULL,
                                        start_new_session=True))
        daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                  start_new_session=True)
        started.append(daemon)
        assert daemon.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = daemon.stdout.readline().strip()
        started.append(subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True))
        client = Line([SYSTEM_PYTHON, str(HERE / "atspi_client.py")], env)
        started.append(client.process)
        for _ in range(50):
            try:
                address = client.ask("address", timeout=10)["address"]
                break
            except (AssertionError, json.JSONDecodeError):
                client.stop()
                client = Line([SYSTEM_PYTHON, str(HERE / "atspi_client.py")], env)
                started.append(client.process)
        else:
            pytest.skip("the AT-SPI bus did not start; the Qt accessibility interface is "
                        "checked in tests/test_accessibility_tree.py")
        registered = client.ask("register")
        assert registered["ok"], registered
        events = tmp_path / "events.txt"
        with events.open("w") as out:
            started.append(subprocess.Popen(
                ["dbus-monitor", "--address", address,
                 "type='signal',interface='org.a11y.atspi.Event.Object',member='Announcement'"],
                stdout=out, stderr=subprocess.DEVNULL, start_new_session=True))
        app = Line([sys.executable, str(HERE / "atspi_app.py")],
                   dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                        QT_ACCESSIBILITY="1"))
        started.append(app.process)
        assert app.read().get("ready")
        for _ in range(100):
            if client.ask("dump")["objects"]:
                break
        else:
            raise AssertionError("the window never appeared on the accessibility bus")
        yield {"client": client, "app": app, "events": events}
    finally:
        for process in reversed(started):
            _end(process)


def _focusable_without_name(objects: list[dict[str, Any]]) -> list[str]:
    return [f"{o['role']} ({o['description'][:40]})" for o in objects
            if {"focusable", "showing", "enabled"} <= set(o["states"]) and not o["name"].strip()]


def _walk(bus: dict[str, Any], lang: str) -> None:
    client, app = bus["client"], bus["app"]
    shown = app.ask("page application")
    ids = shown["pages"]
    for number, page_id in enumerate(ids, start=1):
        if page_id == "welcome":
            continue
        shown = app.ask(f"page {page_id}")
        objects = client.ask("dump")["objects"]
        frames = [o["name"] for o in objects if o["role"] == "frame"]
        assert any(f.startswith(STEP[lang].format(n=number, total=len(ids))) for f in frames), \
            (page_id, frames)
        assert shown["title"] in frames
        title = shown["title"].split(": ", 1)[1].rsplit(" – ", 1)[0]
        heads = [o["name"] for o in objects if o["role"] == "heading"]
        assert heads == [title], (page_id, heads)
        assert _focusable_without_name(objects) == [], page_id


# the calendar opened on 24 March 2026: its month, that day and the next one to the right
DAYS = {"en": ("March 2026", "Tuesday, 24 March 2026", "Wednesday, 25 March 2026"),
        "ar": ("مارس ٢٠٢٦", "الثلاثاء، ٢٤ مارس ٢٠٢٦", "الاثنين، ٢٣ مارس ٢٠٢٦")}


def _calendar(bus: dict[str, Any], lang: str) -> None:
    """The date of birth's calendar: every day a button named by its full date, the focus on
    the day in the field, the arrow keys move it (right to left in Arabic), Escape closes."""
    client, app = bus["client"], bus["app"]
    month, day, right = DAYS[lang]
    shown = app.ask("calendar")
    assert shown["focus"] == day, shown
    objects = client.ask("dump")["objects"]
    assert [o for o in objects if o["role"] == "dialog"], "the calendar is not on the bus"
    days = [o for o in objects if o["role"] == "push button" and o["name"].endswith(month)]
    assert len(days) == 31, [o["name"] for o in days]
    assert [o["name"] for o in days if "focused" in o["states"]] == [day]
    assert [o["name"] for o in objects if o["role"] == "push button"
            and o["name"].strip().isdigit()] == []  # no day is said by its number only
    assert _focusable_without_name(objects) == []
    shown = app.ask("key Right")
    assert shown["focus"] == right
    objects = client.ask("dump")["objects"]
    assert [o["name"] for o in objects if o["role"] == "push button"
            and "focused" in o["states"]] == [right]
    app.ask("key Escape")
    assert not [o for o in client.ask("dump")["objects"] if o["role"] == "dialog"]


def test_every_page_on_the_accessibility_bus_in_english_and_arabic(bus):
    client, app = bus["client"], bus["app"]
    print("checked on the AT-SPI bus (not through Qt's own interface)")
    assert _focusable_without_name(client.ask("dump")["objects"]) == []
    app.ask("start")
    said = app.ask("next")  # nothing chosen: "Please answer: ..."
    assert said["status"].startswith("Please answer")
    app.ask("load student-first-permit")
    _walk(bus, "en")
    shown = app.ask("bad")
    objects = client.ask("dump")["objects"]
    birth = [o for o in objects if o["name"] == "Date of birth" and o["role"] in
             ("entry", "text")]
    assert birth and birth[0]["description"].startswith("Problem: This date cannot be read"), \
        birth
    assert "Required." in birth[0]["description"]
    # no INVALID_ENTRY / REQUIRED state from Qt 6.11 (see above): the description says them
    print("states of the unreadable, required date of birth:", birth[0]["states"])
    _calendar(bus, "en")
    app.ask("lang ar")
    _walk(bus, "ar")
    _calendar(bus, "ar")
    app.ask("page packet")
    import time

    deadline = time.monotonic() + WAIT
    text = ""
    while time.monotonic() < deadline:
        text = bus["events"].read_text(encoding="utf-8", errors="replace")
        if "Please answer" in text and any("\u0600" <= c <= "\u06ff" for c in text):
            break
        time.sleep(0.5)
    assert "Please answer" in text, "the banner's message was not announced on the bus"
    assert any("\u0600" <= c <= "\u06ff" for c in text), "no announcement in Arabic"
    del shown
