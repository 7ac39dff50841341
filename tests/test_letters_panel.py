"""The packet page's "Letters and documents" panel in the real window, in shared mode: a letter
and an e-mail written where the person chooses, scans joined into one PDF against the checklist,
and after Finish nothing of the person or their documents is left in the program's folders."""

from __future__ import annotations

import email
import email.policy
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from privacy_scan import scan_for_text
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from wizard_driver import TODAY, click, example_answers, walk_to_packet

from assistant import config
from ui import i18n
from ui.window import MainWindow

pytest.importorskip("PySide6.QtPdfWidgets")

FAMILY_NAME = "Zqewlonyx"  # found nowhere else
XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
       "XDG_RUNTIME_DIR")


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
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


def _scans(folder: Path) -> list[Path]:
    """The person's own scans (kept in their folder): a PDF with their name, a photo."""
    pdf = folder / "reisepass.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(72, 720, f"PASSPORT {FAMILY_NAME}")
    canvas.showPage()
    canvas.save()
    photo = folder / "mietvertrag.jpg"
    Image.new("RGB", (2400, 3300), (240, 240, 230)).save(photo, "JPEG")
    return [pdf, photo]


def _window(qtbot: Any) -> MainWindow:
    i18n.set_language("en")
    window = MainWindow(shared=True, today=TODAY, lang="en")
    qtbot.addWidget(window)
    window.resize(1024, 760)
    window.show()
    window.start_session()
    return window


def test_letters_and_a_bundle_from_the_packet_page_and_nothing_left_after_finish(
        qtbot, folders, monkeypatch) -> None:
    window = _window(qtbot)
    answers = example_answers("extension-near-expiry")
    answers["person.family_name"] = FAMILY_NAME
    walk_to_packet(qtbot, window, answers)
    panel = window.pages["packet"].letters
    assert panel.isVisible()
    assert panel.letter_kinds() == ["extension", "appointment", "continuation", "address-change"]
    # how this office (Dresden) takes applications, as on the cover
    assert "How this office takes applications" in panel.office_text()
    assert "by e-mail" in panel.office_text() and "3 months before" in panel.office_text()
    out = folders["out"]

    panel.choose_kind("extension")
    letter = out / "antrag.pdf"
    assert panel.write_letter(str(letter)) == str(letter)
    assert "Letter saved: antrag.pdf" in panel.message()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(letter).pages).split())
    assert FAMILY_NAME.upper() in text and "§ 81 Abs. 4" in text
    eml = out / "antrag.eml"
    assert panel.write_email(str(eml)) == str(eml)
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["To"] == "auslaenderbehoerde@dresden.de"
    assert "auslaenderbehoerde@dresden.de" in panel.message()

    panel.choose_kind("continuation")  # the permit has not expired: one clear message, no file
    assert panel.write_letter(str(out / "x.pdf")) is None
    assert "cannot be written yet" in panel.message()
    assert "Apply in writing to extend the permit" in panel.message()
    assert "--kind" not in panel.message()  # the command line's option is not the window's
    assert not (out / "x.pdf").exists()

    scans = _scans(out)
    panel.add_documents([str(p) for p in scans])
    panel.assign(0, "doc.passport")
    assert panel.documents() == [("reisepass.pdf", "doc.passport"), ("mietvertrag.jpg", None)]
    bundle = out / "unterlagen.pdf"
    with qtbot.waitSignal(panel.bundle_finished, timeout=60000):
        assert panel.save_bundle(str(bundle)) == str(bundle)
    assert "(3 pages)" in panel.message() and "1 item(s) covered" in panel.message()
    reader = PdfReader(bundle)
    assert len(reader.pages) == 3 and [o.title for o in reader.outline][1:] == [
        "1. reisepass.pdf", "2. mietvertrag.jpg"]

    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    click(qtbot, window.pages["packet"].finish_button)
    assert panel.documents() == [] and panel.message() == "" and panel.office_text() == ""
    scanned = [path for name, path in folders.items() if name != "out"]
    assert scan_for_text(scanned, FAMILY_NAME) == []
    assert scan_for_text(scanned, "reisepass") == []  # not even the documents' names
    # what the person saved stays where they saved it
    assert letter.exists() and eml.exists() and bundle.exists() and all(p.exists() for p in scans)


def test_the_panel_speaks_the_window_language(qtbot, folders) -> None:
    window = _window(qtbot)
    panel = window.pages["packet"].letters
    i18n.set_language("uk")
    qtbot.waitUntil(lambda: panel.title() == "Листи та документи", timeout=5000)
    i18n.set_language("ar")
    qtbot.waitUntil(lambda: panel.title() == "الرسائل والمستندات", timeout=5000)
    i18n.set_language("en")


# --- the bundle is made in a worker ------------------------------------------------------------


def _packet_page(qtbot: Any, lang: str = "en") -> tuple[MainWindow, Any]:
    """The window with a case opened (as from a case file) and its packet page shown."""
    i18n.set_language(lang)
    window = MainWindow(shared=True, today=TODAY, lang=lang)
    qtbot.addWidget(window)
    window.resize(1024, 760)
    window.show()
    window.start_session()
    window.load_answers(example_answers("extension-near-expiry"), None)
    window.show_page("packet")
    return window, window.pages["packet"].letters


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_window_stays_usable_while_the_bundle_is_made(qtbot, folders) -> None:
    window, panel = _packet_page(qtbot)
    out = folders["out"]
    scans = _scans(out)
    panel.add_documents([str(p) for p in scans])
    bundle = out / "unterlagen.pdf"
    with qtbot.waitSignal(panel.bundle_finished, timeout=60000):
        assert panel.save_bundle(str(bundle)) == str(bundle)
        # back at once: the documents are read and joined in the worker, the panel is busy
        assert panel.is_busy() and not bundle.exists()
        assert panel.cancel_button.isVisible() and window.focusWidget() is panel.cancel_button
        assert not panel.bundle_button.isEnabled() and not panel.add_button.isEnabled()
        assert "Joining the documents (2)" in panel.message()
        assert panel.save_bundle(str(out / "second.pdf")) is None  # one at a time
    assert not panel.is_busy() and not panel.cancel_button.isVisible()
    assert panel.bundle_button.isEnabled() and window.focusWidget() is panel.bundle_button
    assert "Saved: unterlagen.pdf (3 pages)" in panel.message()
    assert len(PdfReader(bundle).pages) == 3
    assert _leftovers(out) == ["mietvertrag.jpg", "reisepass.pdf", "unterlagen.pdf"]


def test_cancel_leaves_nothing_and_the_panel_can_start_again(qtbot, folders) -> None:
    window, panel = _packet_page(qtbot)
    out = folders["out"]
    panel.add_documents([str(p) for p in _scans(out)])
    bundle = out / "unterlagen.pdf"
    with qtbot.waitSignal(panel.bundle_finished, timeout=5000):
        panel.save_bundle(str(bundle))
        click(qtbot, panel.cancel_button)
    assert not panel.is_busy() and "Cancelled" in panel.message()
    panel.wait_for_jobs()  # the worker has finished what it was doing: its result is dropped
    qtbot.wait(50)
    assert "Cancelled" in panel.message()
    assert not bundle.exists()
    assert _leftovers(out) == ["mietvertrag.jpg", "reisepass.pdf"]  # no partial file either
    with qtbot.waitSignal(panel.bundle_finished, timeout=60000):
        panel.save_bundle(str(bundle))
    assert bundle.exists() and "Saved" in panel.message()


def test_finish_while_the_bundle_is_made_writes_nothing(qtbot, folders, monkeypatch) -> None:
    window, panel = _packet_page(qtbot)
    out = folders["out"]
    panel.add_documents([str(p) for p in _scans(out)])
    bundle = out / "unterlagen.pdf"
    panel.save_bundle(str(bundle))
    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    click(qtbot, window.pages["packet"].finish_button)
    panel.wait_for_jobs()
    qtbot.wait(50)
    assert not panel.is_busy() and panel.message() == "" and panel.documents() == []
    assert not bundle.exists()
    assert _leftovers(out) == ["mietvertrag.jpg", "reisepass.pdf"]


@pytest.mark.parametrize(("lang", "said"), [
    ("de", "ist beschädigt"),
    ("ar", "تالف"),
])
def test_a_damaged_document_is_named_in_the_window_language(qtbot, folders, lang, said) -> None:
    window, panel = _packet_page(qtbot, lang)
    out = folders["out"]
    scans = _scans(out)
    broken = out / "kaputt.pdf"
    broken.write_bytes(b"%PDF-1.7 not really a PDF")
    panel.add_documents([str(scans[0]), str(broken)])
    with qtbot.waitSignal(panel.bundle_finished, timeout=60000):
        panel.save_bundle(str(out / "unterlagen.pdf"))
    message = panel.message()
    assert "kaputt.pdf" in message and said in message, message
    assert "damaged" not in message and "scan or save" not in message  # not the English one
    assert not (out / "unterlagen.pdf").exists()
    i18n.set_language("en")


def test_a_bundle_over_the_limit_names_the_largest_documents(qtbot, folders) -> None:
    window, panel = _packet_page(qtbot)
    out = folders["out"]
    noisy = out / "foto.png"  # noise does not compress: well over half a megabyte as JPEG
    Image.effect_noise((1600, 2200), 120).convert("RGB").save(noisy, "PNG")
    panel.add_documents([str(noisy)])
    panel.limit.setValue(0.5)
    with qtbot.waitSignal(panel.bundle_finished, timeout=60000):
        panel.save_bundle(str(out / "unterlagen.pdf"))
    message = panel.message()
    assert "more than the 0.5 MB set above" in message and "foto.png (" in message, message
    assert "--max-mb" not in message  # the window has no command line
    assert not (out / "unterlagen.pdf").exists()
