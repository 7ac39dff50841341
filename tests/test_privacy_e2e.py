"""End to end, the privacy promise (issue 6): the real wizard, driven by key presses and clicks.

Shared mode: fill the wizard with a distinctive name, preview the packet, print it to PDF and
save it where the person chooses, press Finish; then nothing in the home, temporary, data and
configuration folders the program could touch holds the name, the window is back on page one
with empty inputs, the session's temporary folder is gone and the window title is plain.

Personal mode: a change writes the draft to the data folder; a new window with a new session on
the same folders (a restart) offers the draft and restores the name.
"""

from __future__ import annotations

import tempfile
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from privacy_scan import scan_for_text
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from wizard_driver import (
    TODAY,
    click,
    enter,
    example_answers,
    fill_page,
    settle,
    walk_to_packet,
)

from assistant import config
from assistant.interview import is_empty
from ui import i18n
from ui.window import MainWindow

pytest.importorskip("PySide6.QtPdfWidgets")

FAMILY_NAME = "Vrzqotłuwek"  # found nowhere else; not ASCII, so no case folding hides it
FIRST_NAME = "Quxandrilo"
XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
       "XDG_RUNTIME_DIR")


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Every folder the program could write to, each a test folder; `out` is the person's own
    choice for the printed and saved packet (not one the program picks, so not scanned)."""
    names = ["home", "tmp", "data", "temp", "etc", "out", *(x.lower() for x in XDG)]
    found = {name: tmp_path / name for name in names}
    for folder in found.values():
        folder.mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(found["home"]))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(found["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(found["tmp"]))
    for name in XDG:
        monkeypatch.setenv(name, str(found[name.lower()]))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(found["data"]))
    monkeypatch.setenv(config.ENV_TEMP_DIR, str(found["temp"]))
    monkeypatch.setenv(config.ENV_CONFIG, str(found["etc"] / config.CONFIG_FILE_NAME))
    return found


def _answers() -> dict[str, Any]:
    answers = example_answers("student-first-permit")
    answers["person.family_name"] = FAMILY_NAME
    answers["person.first_names"] = FIRST_NAME
    return answers


def _window(qtbot: Any, *, shared: bool) -> MainWindow:
    i18n.set_language("en")
    window = MainWindow(shared=shared, today=TODAY, lang="en")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.start_session()  # what ui.app.run does once the first page is shown
    return window


def _scanned(folders: dict[str, Path]) -> list[Path]:
    return [path for name, path in folders.items() if name != "out"]


def _pdfs_holding(dirs: list[Path], text: str) -> list[Path]:
    """PDF files whose (decompressed) text holds `text`: scan_for_text cannot see inside the
    compressed streams of a PDF, a preview written to a temporary file would be one."""
    hits = []
    for folder in dirs:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink() and path.read_bytes()[:5] == b"%PDF-":
                reader = PdfReader(BytesIO(path.read_bytes()))
                if any(text in (page.extract_text() or "") for page in reader.pages):
                    hits.append(path)
    return hits


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def test_shared_mode_leaves_the_name_nowhere(qtbot, folders, monkeypatch) -> None:
    window = _window(qtbot, shared=True)
    assert window.shared and window.session.shared
    session_folder = window.session.files.folder
    assert folders["temp"] in session_folder.parents

    walk_to_packet(qtbot, window, _answers())
    page = window.pages["packet"]
    qtbot.waitUntil(lambda: page.packet is not None, timeout=60000)
    qtbot.waitUntil(lambda: page.view.page_count() == page.packet.page_count, timeout=10000)
    assert page.view.page_count() > 1 and page.view.print_button.isEnabled()
    assert FAMILY_NAME not in window.windowTitle()

    printed = folders["out"] / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(page.view.printed):
        assert page.view.print_to(printer) == page.packet.page_count
    assert f"({page.packet.page_count} page" in page.state.text()
    assert len(PdfReader(str(printed)).pages) == page.packet.page_count
    saved = folders["out"] / "my packet.pdf"
    assert page.save_pdf(str(saved)) == str(saved)
    assert FAMILY_NAME in _pdf_text(saved)  # the name really went into the packet

    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    click(qtbot, page.finish_button)

    assert window.current_id == "welcome"
    assert window.stack.currentWidget() is window.welcome
    assert window.answers == {}
    for widget in window.all_inputs():
        assert is_empty(widget.value()) or widget.value() is False, widget.path
    for edit in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        assert FAMILY_NAME not in text and FIRST_NAME not in text
    assert page.packet is None and page.view.page_count() == 0
    assert page.view.pdf_bytes() == b""
    assert not session_folder.exists()
    assert FAMILY_NAME not in window.windowTitle() and FIRST_NAME not in window.windowTitle()
    assert saved.exists() and printed.exists()  # what the person chose to keep stays

    scanned = _scanned(folders)
    for name in (FAMILY_NAME, FIRST_NAME):
        assert scan_for_text(scanned, name) == []
        assert _pdfs_holding(scanned, name) == []
    assert not (folders["data"] / "drafts").exists()
    assert not config.log_dir().exists()  # shared mode writes no log file

    window.close()
    assert scan_for_text(scanned, FAMILY_NAME) == []


def test_personal_mode_keeps_a_draft_that_a_restart_offers(qtbot, folders) -> None:
    window = _window(qtbot, shared=False)
    assert not window.shared
    assert window.welcome.draft_box.isHidden()  # nothing saved yet
    answers = _answers()
    click(qtbot, window.welcome.start_button)
    while window.current_id != "person":
        fill_page(qtbot, window, answers)
        click(qtbot, window.next_button)
    enter(qtbot, window.pages["person"].fields["person.family_name"], FAMILY_NAME)
    settle(qtbot, window)

    drafts = folders["data"] / "drafts"
    assert scan_for_text([drafts], FAMILY_NAME) == [drafts / "draft.json"]
    assert scan_for_text([config.log_dir()], FAMILY_NAME) == []
    window.close()  # the program quits; personal mode keeps the draft
    assert (drafts / "draft.json").exists()

    again = _window(qtbot, shared=False)
    assert again.session.pending_draft() is not None
    assert not again.welcome.draft_box.isHidden()
    click(qtbot, again.welcome.resume_button)
    assert again.current_id != "welcome"
    assert again.pages["person"].fields["person.family_name"].value() == FAMILY_NAME
    assert again.answers["person.family_name"] == FAMILY_NAME
    assert again.evaluation.case.person.family_name == FAMILY_NAME
    assert again.welcome.draft_box.isHidden()
    scanned = [folders["home"], folders["tmp"], folders["temp"], folders["etc"]]
    assert scan_for_text(scanned, FAMILY_NAME) == []
