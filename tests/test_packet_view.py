"""The packet preview widget: shows the packet's pages, prints them and saves the PDF."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

pytest.importorskip("PySide6.QtPdfWidgets")

from packet_support import example_packet  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from assistant.atomic import SaveError  # noqa: E402
from ui.errors import user_message  # noqa: E402
from ui.packet_view import PacketView, prefer_duplex  # noqa: E402


@pytest.fixture
def view(qtbot):
    widget = PacketView()
    qtbot.addWidget(widget)
    packet = example_packet("student-first-permit", "en")
    widget.set_packet(packet.pdf, suggested_name="student-first-permit.pdf")
    qtbot.waitUntil(lambda: widget.page_count() == packet.page_count, timeout=5000)
    return widget


def test_preview_shows_every_page(view) -> None:
    pages = example_packet("student-first-permit", "en").page_count
    assert view.page_count() == pages
    assert str(pages) in view.pages_label.text()
    assert view.print_button.isEnabled() and view.save_button.isEnabled()


def test_printing_to_a_pdf_printer_gives_the_same_number_of_pages(view, qtbot, tmp_path) -> None:
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    prefer_duplex(printer)  # a PDF "printer" offers no duplex; must not fail
    with qtbot.waitSignal(view.printed) as signal:
        assert view.print_to(printer) == view.page_count()
    assert signal.args == [view.page_count()]
    assert len(PdfReader(BytesIO(out.read_bytes())).pages) == view.page_count()


def test_save_writes_the_same_bytes(view, qtbot, tmp_path) -> None:
    target = tmp_path / "packet.pdf"
    with qtbot.waitSignal(view.saved):
        assert view.save_pdf(str(target)) == str(target)
    assert target.read_bytes() == example_packet("student-first-permit", "en").pdf


def test_save_into_a_missing_folder_reports_failure(view, qtbot, tmp_path) -> None:
    with qtbot.waitSignal(view.failed) as signal:
        assert view.save_pdf(str(tmp_path / "missing" / "p.pdf")) is None
    # said in the UI language, with what to do (the English detail is behind "Show Details")
    assert signal.args[0] == user_message(SaveError("")) and "another folder" in signal.args[0]


def test_clear_forgets_the_packet(view) -> None:
    view.clear()
    assert view.page_count() == 0 and view.pdf_bytes() == b""
    assert not view.print_button.isEnabled() and not view.save_button.isEnabled()


def test_the_preview_zooms_by_buttons_and_keys_and_says_the_page(view, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtPdfWidgets import QPdfView

    from ui import i18n

    i18n.set_language("en")
    view.retranslate()

    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()  # the keys go to the window in front
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    pages = view.page_count()
    assert view.pages_label.text() == f"Page 1 of {pages}"
    assert view.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.mouseClick(view.larger_button, Qt.MouseButton.LeftButton)
    larger = view.zoom()
    qtbot.mouseClick(view.smaller_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.smaller_button, Qt.MouseButton.LeftButton)
    assert view.zoom() < larger
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > larger
    qtbot.keyClick(view.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    view.view.verticalScrollBar().setValue(view.view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: view.current_page() == pages, timeout=3000)
    assert view.pages_label.text() == f"Page {pages} of {pages}"
