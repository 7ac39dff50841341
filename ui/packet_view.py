"""A widget that shows the packet PDF, prints it and saves it. Qt only, no rules: it gets the
PDF bytes from `assistant.packet.build_packet` and knows nothing about their content.

    view = PacketView()
    view.set_packet(packet.pdf, suggested_name="packet.pdf")
    view.print_packet()          # QPrintDialog, duplex (long side) preset where offered
    view.save_pdf()              # QFileDialog, written atomically

Signals: `printed(int pages)`, `saved(str path)`, `failed(str message)`.
The PDF is read from memory (a QBuffer), never from a temporary file, so nothing of a person is left
on disk by the preview; `clear()` forgets it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.atomic import atomic_write_bytes
from assistant.errors import UserError

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
MAX_PRINT_DPI = 300  # pages are rendered as images at most this fine; enough for text on paper


class PacketView(QWidget):
    printed = Signal(int)  # number of pages sent to the printer
    saved = Signal(str)  # the path the PDF was saved to
    failed = Signal(str)  # a message for the person (printing or saving went wrong)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf = b""
        self._suggested_name = "packet.pdf"
        # the files the program works from (MainWindow.input_files): saving onto one is refused
        self.input_files: Callable[[], list[Path]] = list
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("packetPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("packetPages")
        # zoom: fit the width, smaller, larger (also Ctrl+minus, Ctrl+plus, Ctrl+0)
        self.fit_button = QPushButton(self)
        self.fit_button.setObjectName("zoomFit")
        self.fit_button.clicked.connect(self.fit_width)
        self.smaller_button = QPushButton("−", self)
        self.smaller_button.setObjectName("zoomOut")
        self.smaller_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.larger_button = QPushButton("+", self)
        self.larger_button.setObjectName("zoomIn")
        self.larger_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        for keys, slot in ((("Ctrl++", "Ctrl+="), lambda: self.zoom_by(ZOOM_STEP)),
                           (("Ctrl+-",), lambda: self.zoom_by(1 / ZOOM_STEP)),
                           (("Ctrl+0",), self.fit_width)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self.view.pageNavigator().currentPageChanged.connect(self._update)
        self.view.zoomFactorChanged.connect(self._update)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printPacket")
        self.print_button.clicked.connect(lambda: self.print_packet())
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePacket")
        self.save_button.clicked.connect(lambda: self.save_pdf())

        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label, 1)
        buttons.addWidget(self.fit_button)
        buttons.addWidget(self.smaller_button)
        buttons.addWidget(self.larger_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.document.statusChanged.connect(self._update)
        self.retranslate()
        self._update()

    # --- content ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setToolTip(self.tr("Show the pages as wide as the preview (Ctrl+0)"))
        self.smaller_button.setAccessibleName(self.tr("Zoom out"))
        self.smaller_button.setToolTip(self.tr("Zoom out (Ctrl+minus)"))
        self.larger_button.setAccessibleName(self.tr("Zoom in"))
        self.larger_button.setToolTip(self.tr("Zoom in (Ctrl+plus)"))
        self._update()

    # --- zoom -----------------------------------------------------------------------------

    def zoom(self) -> float:
        """The zoom factor shown (1.0: the page's own size)."""
        return float(self.view.zoomFactor())

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update()

    def zoom_by(self, factor: float) -> None:
        """Zoom from what is shown now (fitted to the width: its factor) by `factor`."""
        now = self._shown_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, now * factor)))
        self._update()

    def _shown_zoom(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.zoom()
        # fitted to the width: the factor that fills the viewport with the first page
        points = self.document.pagePointSize(0).width()
        pixels = points * self.logicalDpiX() / 72
        return self.view.viewport().width() / pixels if pixels else 1.0

    def current_page(self) -> int:
        """The page shown at the top of the preview, counted from 1 (0 without a packet)."""
        return self.view.pageNavigator().currentPage() + 1 if self.page_count() else 0

    def set_packet(self, pdf: bytes, *, suggested_name: str = "packet.pdf") -> None:
        """Show `pdf` (the packet's bytes). `suggested_name` is offered when saving; it should not
        contain personal data (for example the case file's own name, chosen by the user)."""
        self.clear()
        self._pdf = bytes(pdf)
        self._suggested_name = suggested_name
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self._pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        self._update()

    def clear(self) -> None:
        """Forget the packet (the next person at a shared PC must not see it)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._pdf = b""
        self._update()

    def pdf_bytes(self) -> bytes:
        return self._pdf

    def page_count(self) -> int:
        if self.document.status() != QPdfDocument.Status.Ready:
            return 0
        return self.document.pageCount()

    def _update(self, *_: object) -> None:
        pages = self.page_count()
        text = self.tr("Page %1 of %2").replace("%1", str(self.current_page())).replace(
            "%2", str(pages)) if pages else ""
        self.pages_label.setText(text)
        for button in (self.fit_button, self.smaller_button, self.larger_button):
            button.setEnabled(pages > 0)
        self.print_button.setEnabled(pages > 0)
        self.save_button.setEnabled(bool(self._pdf))

    # --- printing -----------------------------------------------------------------------------

    def print_packet(self, printer: QPrinter | None = None) -> bool:
        """Ask for a printer (QPrintDialog) and print every page. Returns True if printed."""
        if not self.page_count():
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        prefer_duplex(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the packet"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer) > 0

    def print_to(self, printer: QPrinter) -> int:
        """Print every page on `printer` (already set up) without asking. Returns the number of
        pages printed; 0 (and `failed`) if the printer could not be started."""
        pages = self.page_count()
        if not pages:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            message = self.tr("The printer could not be started. Check that it is switched on "
                              "and connected, or choose another printer.")
            self.failed.emit(message)
            return 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index in range(pages):
                if index:
                    printer.newPage()
                size = self.document.pagePointSize(index)
                pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
                image = self.document.render(index, pixels)
                target = painter.viewport()
                scaled = pixels.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                rect = QRect(target.x() + (target.width() - scaled.width()) // 2, target.y(),
                             scaled.width(), scaled.height())
                painter.drawImage(rect, image)
        finally:
            painter.end()
        self.printed.emit(pages)
        return pages

    # --- saving -------------------------------------------------------------------------------

    def save_pdf(self, path: str | None = None) -> str | None:
        """Save the PDF where the person chooses (or to `path`), atomically. Returns the path."""
        if not self._pdf:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the packet as PDF"),
                                                  self._suggested_name,
                                                  self.tr("PDF documents (*.pdf)"))
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        try:
            from .errors import check_save

            check_save(path, self.input_files())  # never onto the case file or a document
            atomic_write_bytes(path, self._pdf)
        except (UserError, OSError) as exc:
            from .errors import show_error, user_message

            self.failed.emit(user_message(exc))  # in the UI language
            if self.isVisible():
                show_error(self, self.tr("Not saved"), exc)
            return None
        self.saved.emit(path)
        return path


def prefer_duplex(printer: QPrinter) -> bool:
    """Preset two-sided printing (long edge) if the printer offers it. Returns True if set."""
    modes = QPrinterInfo(printer).supportedDuplexModes()
    if QPrinter.DuplexMode.DuplexLongSide in modes:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        return True
    if QPrinter.DuplexMode.DuplexAuto in modes:
        printer.setDuplex(QPrinter.DuplexMode.DuplexAuto)
        return True
    return False
