"""Idle timeout of shared mode, with a fake clock: warning, countdown, cancel, timeout, cleanup."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from assistant.config import Mode, Settings
from assistant.session import AppSession
from ui.session import IdleWatcher


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def watcher(qtbot: QtBot, clock: FakeClock) -> Iterator[IdleWatcher]:
    w = IdleWatcher(600, 60, clock=clock, tick_ms=60_000)  # the test drives check() itself
    w.start()
    yield w
    w.stop()


def _record(w: IdleWatcher) -> list[object]:
    events: list[object] = []
    w.warning.connect(events.append)
    w.warningCancelled.connect(lambda: events.append("cancelled"))
    w.timedOut.connect(lambda: events.append("timeout"))
    return events


def test_warning_counts_down_then_times_out_once(watcher: IdleWatcher, clock: FakeClock) -> None:
    events = _record(watcher)
    clock.advance(539)
    watcher.check()
    assert events == []
    clock.advance(1)
    watcher.check()
    clock.advance(29.5)
    watcher.check()
    assert events == [60, 31] and watcher.warning_active
    clock.advance(30.5)
    watcher.check()
    clock.advance(600)
    watcher.check()
    assert events == [60, 31, "timeout"]


def test_input_anywhere_cancels_the_warning_and_restarts_the_time(
    qtbot: QtBot, watcher: IdleWatcher, clock: FakeClock
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    events = _record(watcher)
    clock.advance(590)
    watcher.check()
    assert events == [10]
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert events == [10, "cancelled"] and not watcher.warning_active
    clock.advance(539)
    watcher.check()
    assert events == [10, "cancelled"]
    clock.advance(61)
    watcher.check()
    assert events[-1] == "timeout"


def test_the_tick_timer_drives_the_check(qtbot: QtBot, clock: FakeClock) -> None:
    w = IdleWatcher(300, 30, clock=clock, tick_ms=5)
    w.start()
    try:
        clock.advance(301)
        with qtbot.waitSignal(w.timedOut, timeout=2000):
            pass
    finally:
        w.stop()


def test_stopped_watcher_stays_quiet(watcher: IdleWatcher, clock: FakeClock) -> None:
    events = _record(watcher)
    watcher.stop()
    clock.advance(10_000)
    watcher.check()
    assert events == [] and not watcher.running


def test_idle_timeout_ends_a_shared_session_and_deletes_its_files(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    settings = Settings(mode=Mode.SHARED, idle_timeout_minutes=2, idle_warning_seconds=20)
    app_session = AppSession(settings, temp_root=tmp_path)
    try:
        preview = app_session.files.write(b"preview", ".pdf")
        w = IdleWatcher(settings.idle_timeout_seconds, settings.idle_warning_seconds,
                        clock=clock, tick_ms=60_000)
        w.timedOut.connect(app_session.end_session)
        w.start()
        clock.advance(119)
        w.check()
        assert preview.exists()
        clock.advance(1)
        w.check()
        assert not preview.exists()
        assert [p for p in tmp_path.iterdir()] == [app_session.files.folder]
        w.stop()
    finally:
        app_session.close()
