"""Shared test set-up: offscreen Qt, paths to examples and to the optional ../shared material, and
for every test its own program folders (never the real user's)."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import config, logsetup

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """The project's shared material (seeds, official forms); absent in a user's clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (a user's clone has no seeds or official fixtures)")
    return SHARED


@pytest.fixture(autouse=True)
def program_folders(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point the centre configuration, the data folder (drafts, logs, draft key, user settings) and
    the session folders at fresh per-test folders, whatever the environment says. A test that
    sets these variables itself (monkeypatch.setenv) overrides them. The folders are not created
    here; the program creates what it needs. The centre file does not exist: personal mode."""
    base = tmp_path_factory.mktemp("program")
    folders = {"config": base / "etc" / config.CONFIG_FILE_NAME, "data": base / "data",
               "temp": base / "temp"}
    monkeypatch.setenv(config.ENV_CONFIG, str(folders["config"]))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(folders["data"]))
    monkeypatch.setenv(config.ENV_TEMP_DIR, str(folders["temp"]))
    return folders


@pytest.fixture(autouse=True)
def no_dialog_left_open() -> Iterator[None]:
    """A dialog a test leaves open (a warning opened without waiting, over a window the test
    closed) is closed after it: the next test's modal dialogs are its own."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    for widget in widgets.QApplication.topLevelWidgets():
        if isinstance(widget, widgets.QDialog) and widget.isVisible():
            widget.reject()


@pytest.fixture(autouse=True)
def process_hooks_restored() -> Iterator[None]:
    """The window sets up logging and the exception hooks when a session starts; undo that after
    each test, so that no handler keeps writing into an earlier test's folder."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    hooks = sys.excepthook, threading.excepthook
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    sys.excepthook, threading.excepthook = hooks
    logsetup.watch_case(None)
