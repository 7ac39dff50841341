"""Nothing the window saves replaces a file the program works from: the case file opened, a
document added for the bundle (also reached through a link). The file dialog's own question
("replace it?") is not the guard: `assistant.outputs` refuses, and the window says why in the
UI language."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from wizard_driver import TODAY, click

from ui import i18n
from ui.window import MainWindow

pytest.importorskip("PySide6.QtPdfWidgets")

REFUSED_DE = "Mit dieser Datei arbeitet das Programm"


def _answer_message_boxes(seen: list[str], tries: int = 300) -> None:
    """Read and close the next message box, as the person does (OK)."""
    def close(left: int = tries) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        elif left > 0:
            QTimer.singleShot(20, lambda: close(left - 1))

    QTimer.singleShot(0, close)


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialog answers `path` (after its own question about replacing a file)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


@pytest.fixture
def opened(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> tuple[MainWindow, Path]:
    """The German window with a case file opened from the person's folder, on the packet page
    with its packet made."""
    case = tmp_path / "fall.json"
    shutil.copy(EXAMPLES / "extension-near-expiry.json", case)
    i18n.set_language("de")
    window = MainWindow(today=TODAY, lang="de")
    qtbot.addWidget(window)
    window.resize(1024, 760)
    window.show()
    window.start_session()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(case), ""))
    window.open_action.trigger()
    window.show_page("packet")
    page = window.pages["packet"]
    qtbot.waitUntil(lambda: page.packet is not None, timeout=60000)
    yield window, case
    i18n.set_language("en")


def test_the_packet_is_not_saved_onto_a_document_or_the_case_file(
        qtbot, opened, monkeypatch, tmp_path) -> None:
    window, case = opened
    page = window.pages["packet"]
    before = case.read_bytes()
    scan = tmp_path / "reisepass.pdf"  # a scan added for the bundle, as PDF
    scan.write_bytes(page.packet.pdf[:2000])  # any bytes: it is only read when joined
    scanned = scan.read_bytes()
    page.letters.add_documents([str(scan)])
    link = tmp_path / "link.pdf"
    link.symlink_to(scan)
    for target in (scan, link):
        _save_as(monkeypatch, target)
        seen: list[str] = []
        _answer_message_boxes(seen)
        click(qtbot, page.view.save_button)
        assert len(seen) == 1 and seen[0].startswith(REFUSED_DE), seen
        assert page.state.text() == seen[0]  # also on the page
        assert scan.read_bytes() == scanned
    seen = []
    _save_as(monkeypatch, case)
    _answer_message_boxes(seen)
    click(qtbot, page.ics_button)  # the deadlines for a calendar not onto the case file
    assert len(seen) == 1 and seen[0].startswith(REFUSED_DE), seen
    assert case.read_bytes() == before
    # another name is saved as usual
    _save_as(monkeypatch, tmp_path / "paket.pdf")
    click(qtbot, page.view.save_button)
    assert (tmp_path / "paket.pdf").read_bytes() == page.packet.pdf


def test_letters_and_the_bundle_are_not_saved_onto_a_document_or_the_case(
        qtbot, opened, tmp_path) -> None:
    window, case = opened
    panel = window.pages["packet"].letters
    scan = tmp_path / "pass.jpg"
    Image.new("RGB", (800, 1100), (240, 240, 230)).save(scan, "JPEG")
    scanned = scan.read_bytes()
    panel.add_documents([str(scan)])
    assert panel.write_letter(str(scan)) is None
    assert REFUSED_DE in panel.message()
    assert panel.write_email(str(case)) is None
    assert REFUSED_DE in panel.message()
    assert panel.save_bundle(str(scan)) is None  # refused before any work
    assert REFUSED_DE in panel.message() and not panel.is_busy()
    assert scan.read_bytes() == scanned
    assert panel.write_letter(str(tmp_path / "brief.pdf")) == str(tmp_path / "brief.pdf")


def test_after_finish_the_case_file_is_no_longer_the_programs(qtbot, opened, monkeypatch,
                                                              tmp_path) -> None:
    """The next person works from nothing of the one before: the name is forgotten too."""
    window, case = opened
    assert case in window.input_files()
    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    window.finish()
    assert case not in window.input_files()


def test_nothing_is_saved_onto_the_draft_or_its_key(qtbot, tmp_path, monkeypatch) -> None:
    """Personal mode keeps the unfinished application as a draft (and, encrypted, its key): the
    deadlines, a letter, an e-mail or a case file chosen onto one of them is refused, the draft
    is whole and opens again."""
    from wizard_driver import example_answers

    from assistant import config

    i18n.set_language("de")
    window = MainWindow(today=TODAY, lang="de")
    qtbot.addWidget(window)
    window.resize(1024, 760)
    window.show()
    window.start_session()
    window.session.set_encrypt_drafts(True)
    window.load_answers(example_answers("extension-near-expiry"), None)
    window.show_page("packet")  # a change of page saves the draft
    page = window.pages["packet"]
    qtbot.waitUntil(lambda: page.packet is not None, timeout=60000)
    info = window.session.pending_draft()
    assert info is not None and info.encrypted
    key = config.draft_key_path()
    kept = {path: path.read_bytes() for path in (info.path, key)}
    for target in kept:
        assert target in window.input_files()
        _save_as(monkeypatch, target)
        seen: list[str] = []
        _answer_message_boxes(seen)
        click(qtbot, page.ics_button)  # (the packet's PDF always gets a name ending in .pdf)
        assert len(seen) == 1 and seen[0].startswith(REFUSED_DE), seen
        assert page.letters.write_letter(str(target)) is None
        assert REFUSED_DE in page.letters.message()
        assert page.letters.write_email(str(target)) is None
        assert REFUSED_DE in page.letters.message()
        monkeypatch.setattr(window.casefiles, "ask_passphrase",
                            lambda title, confirm: "long enough passphrase")
        seen = []
        _answer_message_boxes(seen)
        window.save_case_file()
        assert len(seen) == 1 and seen[0].startswith(REFUSED_DE), seen
    assert {path: path.read_bytes() for path in kept} == kept
    # the draft of the person's answers opens as it was saved
    assert window.session.restore_draft().person.family_name == \
        example_answers("extension-near-expiry")["person.family_name"]
    # another name is saved as usual
    assert page.letters.write_letter(str(tmp_path / "brief.pdf")) == str(tmp_path / "brief.pdf")
