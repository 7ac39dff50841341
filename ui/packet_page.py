"""The packet page: preview, print, save PDF, save the deadlines, save the case file, finish.

The packet is built in a worker thread, never on the UI thread; a newer request
makes an older result stale, which is then dropped.
"""

from __future__ import annotations

import traceback
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.interview import PageSpec

from .i18n import current_language
from .pages import Page

if TYPE_CHECKING:
    from .window import MainWindow


class _Signals(QObject):
    """Lives in the UI thread; emitted from the worker, so delivery is queued to the UI."""

    done = Signal(int, object)  # generation, Packet
    failed = Signal(int, str)


def build_in_worker(signals: _Signals, generation: int, case: Any, assessment: Any,
                    lang: str) -> None:
    """Runs in the worker thread: builds the packet and reports through `signals`."""
    try:
        from assistant.packet import build_packet

        packet = build_packet(case, assessment, lang)
    except Exception as exc:  # noqa: BLE001 - shown to the person, never a traceback
        traceback.print_exc()
        signals.failed.emit(generation, str(exc))
        return
    signals.done.emit(generation, packet)


class PacketPage(Page):
    packet_ready = Signal()

    def __init__(self, spec: PageSpec, window: MainWindow) -> None:
        super().__init__(spec)
        self.window_ref = window
        self.packet: Any = None
        self._generation = 0
        self.signals = _Signals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="packet")
        self._futures: list[Future[None]] = []
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("packetState")
        self.body.addWidget(self.state)
        self.preview_holder = QVBoxLayout()
        self.body.addLayout(self.preview_holder, 1)
        self.preview: Any = None
        self._buffer: QBuffer | None = None
        buttons = QHBoxLayout()
        self.print_button = QPushButton()
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_packet)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("savePdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.ics_button = QPushButton()
        self.ics_button.setObjectName("saveIcs")
        self.ics_button.clicked.connect(self.save_ics)
        self.case_button = QPushButton()
        self.case_button.setObjectName("saveCase")
        self.case_button.clicked.connect(window.save_case_file)
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finish")
        self.finish_button.clicked.connect(window.finish)
        for b in (self.print_button, self.pdf_button, self.ics_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        second = QHBoxLayout()
        second.addWidget(self.case_button)
        second.addStretch(1)
        second.addWidget(self.finish_button)
        self.body.addLayout(second)
        self._set_ready(False)
        self.retranslate()

    # --- building ---------------------------------------------------------------------------

    def entered(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        ev = self.window_ref.evaluation
        if ev is None:
            return
        self._generation += 1
        lang = current_language()
        self._futures = [f for f in self._futures if not f.done()]
        self._futures.append(self._pool.submit(build_in_worker, self.signals, self._generation,
                                               ev.case, ev.assessment, lang))
        self.packet = None
        self._set_ready(False)
        self.state.setText(self.tr("Making your packet…"))

    def _done(self, generation: int, packet: Any) -> None:
        if generation != self._generation:
            return
        self.packet = packet
        self._show_preview(packet.pdf)
        self._set_ready(True)
        self.state.setText(self.tr("Your packet has %1 pages. Check it, then print it or save "
                                   "it.").replace("%1", str(packet.page_count)))
        self.packet_ready.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.state.setText(self.tr("The packet could not be made: %1").replace("%1", message))

    def wait_for_jobs(self) -> None:
        for future in self._futures:
            future.result()
        self._futures = []

    def _set_ready(self, ready: bool) -> None:
        for b in (self.print_button, self.pdf_button, self.ics_button):
            b.setEnabled(ready)

    def _show_preview(self, pdf: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        if self.preview is None:
            self.preview = QPdfView()
            self.preview.setObjectName("preview")
            self.preview.setPageMode(QPdfView.PageMode.MultiPage)
            self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.preview.setMinimumHeight(320)
            self.document = QPdfDocument(self)  # not the view's child: see Qt PDF teardown
            self.preview.setDocument(self.document)
            self.preview_holder.addWidget(self.preview)
        self.document.close()
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.preview.setAccessibleName(self.tr("Preview of the packet"))

    # --- actions ------------------------------------------------------------------------------

    def save_pdf(self) -> None:
        if self.packet is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the packet as PDF"),
                                              self.tr("packet.pdf"), self.tr("PDF files (*.pdf)"))
        if path:
            self._write(path, self.packet.pdf)

    def save_ics(self) -> None:
        if self.packet is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the deadlines for a calendar"), self.tr("deadlines.ics"),
            self.tr("Calendar files (*.ics)"))
        if path:
            self._write(path, self.packet.ics)

    def _write(self, path: str, data: bytes) -> None:
        from assistant.atomic import atomic_write_bytes
        from assistant.errors import UserError

        try:
            atomic_write_bytes(path, data)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self.state.setText(self.tr("Saved."))

    def print_packet(self) -> None:
        if self.packet is None:
            return
        from PySide6.QtGui import QPainter
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QPdfDocument(self)
        buffer = QBuffer(QByteArray(self.packet.pdf), self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        painter = QPainter(printer)
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            rect = painter.viewport()
            image = document.render(index, rect.size())
            painter.drawImage(rect, image)
        painter.end()
        document.deleteLater()

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "finish_button"):
            return
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.ics_button.setText(self.tr("Save deadlines for a calendar…"))
        self.case_button.setText(self.tr("Save case file…"))
        self.finish_button.setText(self.tr("Finish"))
        self.finish_button.setAccessibleDescription(
            self.tr("Ends the session: everything you entered is erased from the program."))

    def first_focus(self) -> QWidget | None:
        return self.print_button if self.print_button.isEnabled() else self.finish_button
