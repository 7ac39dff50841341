"""Shared mode leaves nothing (issue 15, point 1): after a journey through the real dialogs (save
a case file and the packet into a folder of the person's, preview, print to PDF, copy the name),
Finish leaves no trace of the person, their folder or their answers anywhere the program or Qt
could write: the whole test HOME (XDG config, cache, data, state), the temporary folders and the
program's folders; the output folder holds only what the person saved; the clipboard is empty;
the next person's Open dialog starts in the home folder with no history.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from privacy_scan import scan_for_text
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit
from wizard_driver import TODAY, click, example_answers, walk_to_packet

from assistant import config
from ui import i18n
from ui.passphrase import PassphraseDialog
from ui.window import MainWindow

pytest.importorskip("PySide6.QtPdfWidgets")

FAMILY_NAME = "Vrzqotłuwek"
FIRST_NAME = "Quxandrilo"
PASSPORT = "QX7734519"
FOLDER = "Zzyzxquoll-docs"  # the person's own folder: its name must not stay behind either
PASSPHRASE = "Elbsandstein 2026"
QT_SETTINGS = "QtProject"  # where Qt's own widgets (the file dialog) keep their settings
XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
       "XDG_RUNTIME_DIR")


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    """HOME with its XDG folders inside it (as on a real desktop), the temporary folder, the
    program's folders, and `out`, where the person saves. Qt's own settings are pointed at the
    HOME's configuration folder (Qt reads XDG_CONFIG_HOME only once per process)."""
    home = tmp_path / "home"
    found = {"home": home, "tmp": tmp_path / "tmp", "data": tmp_path / "data",
             "temp": tmp_path / "temp", "etc": tmp_path / "etc", "out": tmp_path / "out",
             "XDG_CONFIG_HOME": home / ".config", "XDG_DATA_HOME": home / ".local" / "share",
             "XDG_CACHE_HOME": home / ".cache", "XDG_STATE_HOME": home / ".local" / "state",
             "XDG_RUNTIME_DIR": tmp_path / "run"}
    for folder in found.values():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(found["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(found["tmp"]))
    for name in XDG:
        monkeypatch.setenv(name, str(found[name]))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(found["data"]))
    monkeypatch.setenv(config.ENV_TEMP_DIR, str(found["temp"]))
    monkeypatch.setenv(config.ENV_CONFIG, str(found["etc"] / config.CONFIG_FILE_NAME))
    before = str(Path(QSettings(QSettings.Scope.UserScope, QT_SETTINGS).fileName()).parent)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(found["XDG_CONFIG_HOME"]))
    yield found
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, before)


class Dialogs:
    """Answers the modal dialogs the window opens, one after the other, as a person would."""

    def __init__(self) -> None:
        self.answers: list[Callable[[Any], None]] = []
        # a dialog an earlier test left open is not this test's to answer
        self.before = QApplication.topLevelWidgets()  # held: the same wrappers come back
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or any(dialog is w for w in self.before):
            return
        if not self.answers:  # a dialog the test did not expect: close it, never hang
            dialog.reject()
        elif isinstance(dialog, QFileDialog | QInputDialog | PassphraseDialog):
            self.answers.pop(0)(dialog)


def choose_file(path: Path) -> Callable[[Any], None]:
    def answer(dialog: QFileDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(path.parent))
        dialog.selectFile(str(path))
        dialog.accept()
    return answer


def type_passphrase(dialog: PassphraseDialog) -> None:
    """The passphrase dialog (ui/passphrase.py): typed into each of its entries, then OK."""
    assert isinstance(dialog, PassphraseDialog)
    dialog.first.setText(PASSPHRASE)
    if dialog.confirm:
        dialog.second.setText(PASSPHRASE)
    dialog.accept()


def _answers() -> dict[str, Any]:
    answers = example_answers("student-first-permit")
    answers["person.family_name"] = FAMILY_NAME
    answers["person.first_names"] = FIRST_NAME
    answers["passport.number"] = PASSPORT
    return answers


def test_finish_in_shared_mode_leaves_nothing_of_the_person(qtbot, folders, monkeypatch) -> None:
    i18n.set_language("en")
    window = MainWindow(shared=True, today=TODAY, lang="en")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.start_session()
    dialogs = Dialogs()
    own = folders["out"] / FOLDER
    own.mkdir()

    walk_to_packet(qtbot, window, _answers())
    page = window.pages["packet"]
    qtbot.waitUntil(lambda: page.packet is not None, timeout=60000)
    qtbot.waitUntil(lambda: page.view.page_count() == page.packet.page_count, timeout=10000)

    # the person copies their name out of the form, to paste it elsewhere
    name_edit = window.pages["person"].fields["person.family_name"].findChildren(QLineEdit)[0]
    name_edit.selectAll()
    name_edit.copy()
    assert FAMILY_NAME in QApplication.clipboard().text()

    # save a case file and the packet into their folder, through the real dialogs
    # (the passphrase first, with its rules; then where to save)
    dialogs.answers += [type_passphrase, choose_file(own / "mine.permitcase")]
    window.save_case_file()
    assert (own / "mine.permitcase").exists()
    dialogs.answers.append(choose_file(own / "packet.pdf"))
    assert page.save_pdf() == str(own / "packet.pdf")

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folders["out"] / "printed.pdf"))
    assert page.view.print_to(printer) == page.packet.page_count

    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    click(qtbot, page.finish_button)
    assert window.current_id == "welcome"

    # the clipboard no longer holds the name
    assert FAMILY_NAME not in QApplication.clipboard().text()

    # the next person's Open dialog: the home folder, no history of the person's folder
    seen: dict[str, Any] = {}

    def look(dialog: QFileDialog) -> None:
        seen["folder"] = dialog.directory().absolutePath()
        seen["history"] = dialog.history()
        seen["sidebar"] = [url.toString() for url in dialog.sidebarUrls()]
        dialog.reject()

    dialogs.answers.append(look)
    window.open_case_file()
    assert seen["folder"] == str(folders["home"])
    assert not any(FOLDER in entry for entry in seen["history"] + seen["sidebar"])

    window.close()
    dialogs.timer.stop()
    scanned = [path for name, path in folders.items() if name != "out"]
    for text in (FAMILY_NAME, FIRST_NAME, PASSPORT, FOLDER):
        assert scan_for_text(scanned, text) == [], text
    # Qt's settings in the HOME still say nothing of the person (if Qt wrote any)
    qt_file = QSettings(QSettings.Scope.UserScope, QT_SETTINGS).fileName()
    assert FOLDER not in (Path(qt_file).read_text() if Path(qt_file).is_file() else "")
    # the output folder holds what the person saved, nothing else (no partial file)
    assert sorted(p.relative_to(folders["out"]).as_posix()
                  for p in folders["out"].rglob("*")) == [
        FOLDER, f"{FOLDER}/mine.permitcase", f"{FOLDER}/packet.pdf", "printed.pdf"]
    assert list(folders["temp"].iterdir()) == []  # no session folder remains


def test_the_idle_timeout_clears_the_clipboard_and_the_dialogs_folder(qtbot, folders) -> None:
    i18n.set_language("en")
    window = MainWindow(shared=True, today=TODAY, lang="en")
    qtbot.addWidget(window)
    window.show()
    window.start_session()
    dialogs = Dialogs()
    own = folders["out"] / FOLDER
    own.mkdir()
    click(qtbot, window.welcome.start_button)
    window.answers["person.family_name"] = FAMILY_NAME  # as typed on the person page
    QApplication.clipboard().setText(f"{FAMILY_NAME}, {FIRST_NAME}")
    unrelated = "Beratungszeiten: Mo 9-12"
    def look_around(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(own))
        dialog.reject()

    dialogs.answers.append(look_around)
    window.open_case_file()  # the person looked into their folder (and opened nothing)

    window.idle.timedOut.emit()
    assert window.current_id == "welcome"
    assert QApplication.clipboard().text() == ""
    seen: dict[str, str] = {}

    def look(dialog: QFileDialog) -> None:
        seen["folder"] = dialog.directory().absolutePath()
        dialog.reject()

    dialogs.answers.append(look)
    window.open_case_file()
    assert seen["folder"] == str(folders["home"])

    # what the counsellor copied (nothing of the person) stays on the clipboard
    QApplication.clipboard().setText(unrelated)
    window.idle.timedOut.emit()
    assert QApplication.clipboard().text() == unrelated
    window.close()
    dialogs.timer.stop()
    assert scan_for_text([p for n, p in folders.items() if n != "out"], FOLDER) == []
