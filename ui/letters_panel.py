"""The packet page's "Letters and documents" panel: write a letter to the office (extension,
appointment, continuation, address change) as PDF or as a ready e-mail, and join scanned
documents into one bundle against the checklist.

What a letter says and what goes into a bundle is decided by `assistant.letters` and
`assistant.bundle`; the panel asks where to write and shows their messages. The documents are
read from where the person keeps them, only when the bundle is made; the panel holds nothing but
their paths and the items they are for, and forgets both when the session ends. What the person
saves is marked as kept with the session (it is theirs, not a temporary file).

The bundle is made in a worker thread, as the packet is (ui/packet_page.py): the window stays
usable, the panel says it is busy and offers Cancel. The file is written only when the bundle is
complete, in one atomic step; Cancel, Finish or a newer bundle drop a result still being made, so
nothing of it is written.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.letters import LETTER_KINDS

from .i18n import current_language

if TYPE_CHECKING:
    from assistant.bundle import DocumentSpec
    from assistant.letters import BuiltLetter

    from .window import MainWindow

log = logging.getLogger(__name__)


class _BundleSignals(QObject):
    """Lives in the UI thread; emitted from the worker, so delivery is queued to the UI."""

    done = Signal(int, object)  # generation, assistant.bundle.Bundle
    failed = Signal(int, object)  # generation, the exception


def bundle_in_worker(signals: _BundleSignals, generation: int, case: Any, assessment: Any,
                     specs: list[DocumentSpec], lang: str, max_bytes: int) -> None:
    """Runs in the worker thread: reads the documents, joins them, reports through `signals`."""
    try:
        from assistant.bundle import build_bundle

        bundle = build_bundle(case, assessment, specs, lang, max_bytes)
    except Exception as exc:  # noqa: BLE001 - said to the person, never a traceback
        from assistant.errors import UserError

        if not isinstance(exc, UserError):
            log.exception("the documents could not be joined")  # redacted by assistant.logsetup
        signals.failed.emit(generation, exc)
        return
    signals.done.emit(generation, bundle)


class LettersPanel(QGroupBox):
    bundle_finished = Signal()  # a bundle was saved, refused or cancelled: the panel is idle

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ref = window
        self.setObjectName("lettersPanel")
        self._paths: list[Path] = []
        self._generation = 0  # of the bundle being made; a result of another one is dropped
        self._target = ""  # where the bundle being made is to be saved
        self._busy = False
        self._signals = _BundleSignals(self)
        self._signals.done.connect(self._bundle_done)
        self._signals.failed.connect(self._bundle_failed)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bundle")
        self._futures: list[Future[None]] = []
        layout = QVBoxLayout(self)
        self.office_info = QLabel()  # how the responsible office takes applications
        self.office_info.setObjectName("officeSubmission")
        self.office_info.setWordWrap(True)
        self.office_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.office_info)

        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("letterKind")
        self.kind_label.setBuddy(self.kind_combo)
        self.letter_button = QPushButton()
        self.letter_button.setObjectName("writeLetter")
        self.letter_button.clicked.connect(lambda: self.write_letter())
        self.email_button = QPushButton()
        self.email_button.setObjectName("writeEmail")
        self.email_button.clicked.connect(lambda: self.write_email())
        # the choice on its own row, the buttons below: long labels (Ukrainian, Arabic) fit
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(24)
        row = QHBoxLayout()
        row.addWidget(self.kind_label)
        row.addWidget(self.kind_combo, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.letter_button)
        row.addWidget(self.email_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.documents_label = QLabel()
        self.documents_label.setWordWrap(True)
        layout.addWidget(self.documents_label)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("bundleDocuments")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        layout.addWidget(self.table)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addDocuments")
        self.add_button.clicked.connect(lambda: self.add_documents())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeDocument")
        self.remove_button.clicked.connect(self._remove_selected)
        self.limit_label = QLabel()
        self.limit = QDoubleSpinBox()
        self.limit.setObjectName("bundleLimit")
        self.limit.setRange(0.5, 100.0)
        self.limit.setDecimals(1)
        self.limit.setValue(10.0)
        self.limit_label.setBuddy(self.limit)
        self.bundle_button = QPushButton()
        self.bundle_button.setObjectName("saveBundle")
        self.bundle_button.clicked.connect(lambda: self.save_bundle())
        self.cancel_button = QPushButton()  # shown while the bundle is being made
        self.cancel_button.setObjectName("cancelBundle")
        self.cancel_button.clicked.connect(self.cancel_bundle)
        self.cancel_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.limit_label)
        buttons.addWidget(self.limit)
        buttons.addWidget(self.bundle_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = QLabel()
        self.status.setObjectName("lettersStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        window.session_ended.connect(self.forget)
        self.retranslate()
        self._enable()

    # --- public, for the window and for tests -------------------------------------------------

    def message(self) -> str:
        """What the panel last said (written, or what is wrong)."""
        return self.status.text()

    def letter_kinds(self) -> list[str]:
        return [self.kind_combo.itemData(i) for i in range(self.kind_combo.count())]

    def choose_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index < 0:
            raise ValueError(f"no letter of kind {kind!r}")
        self.kind_combo.setCurrentIndex(index)

    def document_paths(self) -> list[Path]:
        """Where the documents added for the bundle are (the program reads them: nothing is
        saved onto one)."""
        return list(self._paths)

    def documents(self) -> list[tuple[str, str | None]]:
        """(file name, checklist item id or None) of each document, in order."""
        return [(path.name, self._item_of(row)) for row, path in enumerate(self._paths)]

    def assign(self, row: int, item_id: str | None) -> None:
        """Say which checklist item the document in `row` is for (None: none)."""
        combo = self._combo(row)
        index = combo.findData(item_id or "")
        if index < 0:
            raise ValueError(f"{item_id!r} is not an item of the checklist")
        combo.setCurrentIndex(index)

    def office_text(self) -> str:
        """What the panel says about how the responsible office takes applications."""
        return self.office_info.text()

    def refresh(self) -> None:
        """Say, for the office responsible now, how it takes applications and how far ahead
        (assistant.letters.compose.submission_lines, the same as the cover sheet)."""
        from assistant.letters.compose import submission_lines

        ev = self.window_ref.evaluation
        if ev is None or ev.assessment.authority is None:
            self.office_info.clear()
            return
        self.office_info.setText("\n".join(submission_lines(ev.assessment, current_language())))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.refresh()
        super().showEvent(event)

    def is_busy(self) -> bool:
        """True while a bundle is being made (Cancel is offered)."""
        return self._busy

    def wait_for_jobs(self) -> None:
        """Wait until the worker has finished (closing the window)."""
        for future in self._futures:
            future.result()
        self._futures = []

    def forget(self) -> None:
        """The session ended: nothing of the documents or messages stays; a bundle still being
        made is dropped, not written."""
        self._set_busy(False)
        self._paths = []
        self.table.setRowCount(0)
        self.status.clear()
        self.office_info.clear()
        self.kind_combo.setCurrentIndex(0)
        self._enable()

    # --- letters ------------------------------------------------------------------------------

    def _build_letter(self) -> BuiltLetter | None:
        from assistant.errors import UserError
        from assistant.letters import build_letter
        from assistant.letters.compose import LetterError

        ev = self.window_ref.evaluation
        if ev is None:
            return None
        try:
            return build_letter(ev.case, ev.assessment, self.kind_combo.currentData(),
                                current_language(), ev.assessment.today)
        except UserError as exc:
            from .errors import user_message

            # what the letter lacks, from the letter texts; any other error (a data file of the
            # program) by its kind, as the window says it everywhere: never the English message
            detail = (exc.text(current_language()) if isinstance(exc, LetterError)
                      else user_message(exc))
            self._say(self.tr("The letter cannot be written yet: %1").replace("%1", detail))
            return None

    def write_letter(self, path: str | None = None) -> str | None:
        """Write the chosen letter as PDF to `path` (asked if not given); returns the path."""
        built = self._build_letter()
        if built is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter"),
                                                  self.tr("letter.pdf"),
                                                  self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        if self._write(path, built.pdf):
            text = self.tr("Letter saved: %1. Print page 1, sign it and send it; the next page is "
                           "the translation for you.").replace("%1", Path(path).name)
            if built.german.notice:
                text += " " + self.tr("Your permit has expired: read the warning on the next "
                                      "page and see a counselling centre at once.")
            if not built.letter.has_postal_address:  # the address field names the office only
                text += " " + self.tr("The program knows no postal address of this office: find "
                                      "it on the office's website and write it by hand below "
                                      "the office's name on page 1.")
            self._say(text)
            return path
        return None

    def write_email(self, path: str | None = None) -> str | None:
        """Write the chosen letter as a ready e-mail (.eml) with the PDF attached."""
        from assistant.letters import email_message
        from assistant.letters.compose import LetterError

        built = self._build_letter()
        if built is None:
            return None
        try:
            message = email_message(built, self.tr("letter.pdf"))
        except LetterError as exc:
            self._say(exc.text(current_language()))
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the e-mail"),
                                                  self.tr("letter.eml"),
                                                  self.tr("E-mail files (*.eml)"))
        if not path:
            return None
        if self._write(path, bytes(message)):
            self._say(self.tr("E-mail saved: %1. Open it in your mail program, check it and send "
                              "it to %2 yourself; the program sends nothing.")
                      .replace("%1", Path(path).name)
                      .replace("%2", built.office_email))
            return path
        return None

    # --- the bundle ---------------------------------------------------------------------------

    def add_documents(self, paths: list[str] | None = None) -> None:
        """Add scanned documents (asked if not given) to the bundle's list."""
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Add documents"), "",
                self.tr("Documents (*.pdf *.jpg *.jpeg *.png)"))
        for name in paths:
            path = Path(name)
            if path in self._paths:
                continue
            self._paths.append(path)
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem(path.name)
            item.setToolTip(str(path))
            self.table.setItem(row, 0, item)
            self.table.setCellWidget(row, 1, self._item_combo())
        self._enable()

    def _item_combo(self) -> QComboBox:
        combo = QComboBox()
        self._fill_items(combo)
        return combo

    def _fill_items(self, combo: QComboBox) -> None:
        combo.clear()
        combo.addItem(self.tr("(no item of the checklist)"), "")
        ev = self.window_ref.evaluation
        lang = current_language()
        if ev is not None:
            from assistant.texts import text_in

            for item in ev.assessment.checklist:
                combo.addItem(text_in(item.name, lang), item.id)
        combo.setAccessibleName(self.tr("Checklist item of this document"))

    def _combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def _item_of(self, row: int) -> str | None:
        return self._combo(row).currentData() or None

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
            del self._paths[row]
        self._enable()

    def save_bundle(self, path: str | None = None) -> str | None:
        """Start joining the documents into one PDF for `path` (asked if not given), in the
        worker; returns the path the bundle is to be saved to, or None if it is not started.
        `bundle_finished` is emitted when it is saved, refused or cancelled."""
        from assistant.bundle import MB, DocumentSpec

        ev = self.window_ref.evaluation
        if ev is None or not self._paths or self._busy:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the documents as one PDF"),
                                                  self.tr("documents.pdf"),
                                                  self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        if not self._may_write(path):
            return None
        specs = [DocumentSpec(p, self._item_of(row)) for row, p in enumerate(self._paths)]
        self._generation += 1
        self._target = path
        self._futures = [f for f in self._futures if not f.done()]
        self._futures.append(self._pool.submit(
            bundle_in_worker, self._signals, self._generation, ev.case, ev.assessment, specs,
            current_language(), round(self.limit.value() * MB)))
        self._set_busy(True)
        self._say(self.tr("Joining the documents (%1)… You can go on working meanwhile.")
                  .replace("%1", str(len(specs))))
        return path

    def cancel_bundle(self) -> None:
        """Stop waiting for the bundle being made: it is dropped, nothing is written."""
        if not self._busy:
            return
        self._set_busy(False)
        self._say(self.tr("Cancelled: the documents were not joined and nothing was saved."))
        self.bundle_finished.emit()

    def _bundle_done(self, generation: int, bundle: Any) -> None:
        if generation != self._generation or not self._busy:
            return  # cancelled, the session ended, or a newer bundle was asked for
        self._set_busy(False)
        path = self._target
        if self._write(path, bundle.pdf):
            self._say(self.tr("Saved: %1 (%2 pages). Checklist: %3 item(s) covered, %4 still "
                              "missing.")
                      .replace("%1", Path(path).name).replace("%2", str(bundle.page_count))
                      .replace("%3", str(len(bundle.covered)))
                      .replace("%4", str(len(bundle.missing))))
        self.bundle_finished.emit()

    def _bundle_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not self._busy:
            return
        self._set_busy(False)
        self._say(self.tr("The documents cannot be joined: %1").replace(
            "%1", self.bundle_message(exc)))
        self.bundle_finished.emit()

    def bundle_message(self, exc: BaseException) -> str:
        """Why the documents cannot be joined, in the UI language, naming the document."""
        from assistant.bundle import BundleError

        if not isinstance(exc, BundleError):
            from .errors import user_message

            return user_message(exc)
        texts = {
            "missing": self.tr("%1 is no longer where it was added (moved or deleted). Remove it "
                               "from the list and add it again."),
            "unreadable": self.tr("%1 cannot be opened. Check that you may read it, or add a "
                                  "copy of it."),
            "not_a_document": self.tr("%1 is not a PDF, JPEG or PNG file. Scan or save it as one "
                                      "of these and add it again."),
            "too_big": self.tr("%1 is too large for one document (more than %2 MB). Scan it "
                               "again at a lower resolution."),
            "password": self.tr("%1 is protected by a password. Save a copy without the password "
                                "and add that."),
            "damaged": self.tr("%1 is damaged and cannot be read. Scan or save it again."),
            "too_large": self.tr("together the documents would make %2 MB, more than the %3 MB "
                                 "set above. The largest: %4. Scan the largest again at a lower "
                                 "resolution, send it separately, or allow more MB."),
        }
        text = texts.get(exc.kind)
        if text is None:
            from .errors import user_message

            return user_message(exc)
        text = text.replace("%1", exc.document)
        for number, value in enumerate(exc.values, start=2):
            text = text.replace(f"%{number}", value)
        return text

    # --- helpers ------------------------------------------------------------------------------

    def _may_write(self, path: str) -> bool:
        """False, saying why, if `path` is a file the program works from (the case file, a
        document of the bundle, a form), a folder or a device."""
        from assistant.outputs import OutputError

        from .errors import check_save, user_message

        try:
            check_save(path, self.window_ref.input_files())
        except OutputError as exc:
            self._say(self.tr("Not saved: %1").replace("%1", user_message(exc)))
            return False
        return True

    def _write(self, path: str, data: bytes) -> bool:
        from assistant.atomic import atomic_write_bytes
        from assistant.errors import UserError

        from .errors import user_message

        if not self._may_write(path):
            return False
        try:
            atomic_write_bytes(path, data)
        except (UserError, OSError) as exc:
            self._say(self.tr("Not saved: %1").replace("%1", user_message(exc)))
            return False
        session = self.window_ref.session
        if session is not None:
            session.files.keep(Path(path))
        return True

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _set_busy(self, busy: bool) -> None:
        """While the bundle is made: Cancel instead of the bundle button, the list fixed."""
        self._busy = busy
        if not busy:
            self._generation += 1  # a result still coming is dropped
        had_focus = self.window().focusWidget() is self.cancel_button
        self.cancel_button.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._enable()
        if busy:
            self.cancel_button.setFocus()
        elif had_focus:  # the focus stays here, on the button that makes a bundle again
            self.bundle_button.setFocus()

    def _enable(self) -> None:
        has = bool(self._paths) and not self._busy
        self.add_button.setEnabled(not self._busy)
        self.remove_button.setEnabled(has)
        self.bundle_button.setEnabled(has)
        self.limit.setEnabled(not self._busy)
        self.table.setEnabled(not self._busy)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Letters and documents"))
        self.kind_label.setText(self.tr("Letter to the office:"))
        labels = {
            "extension": self.tr("Apply in writing to extend the permit (before it expires)"),
            "appointment": self.tr("Ask for an appointment"),
            "continuation": self.tr("Permit already expired: ask the office to let it continue"),
            "address-change": self.tr("Report a new address"),
        }
        current = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in LETTER_KINDS:
            self.kind_combo.addItem(labels[kind], kind)
        index = self.kind_combo.findData(current)
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.kind_combo.setAccessibleName(self.tr("Kind of letter"))
        self.letter_button.setText(self.tr("Write letter…"))
        self.email_button.setText(self.tr("As e-mail…"))
        self.email_button.setToolTip(self.tr("Writes the letter as an e-mail with the PDF "
                                             "attached, for you to send from your mail program"))
        self.documents_label.setText(self.tr(
            "Scanned documents (PDF, JPEG, PNG) for one PDF to hand in or send: say for each "
            "which item of the checklist it is. The files stay where they are."))
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("For")])
        self.table.setAccessibleName(self.tr("Documents for the bundle"))
        self.add_button.setText(self.tr("Add documents…"))
        self.remove_button.setText(self.tr("Remove"))
        self.limit_label.setText(self.tr("At most (MB):"))
        self.bundle_button.setText(self.tr("Save as one PDF…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop joining the documents; nothing is saved."))
        for row in range(self.table.rowCount()):  # the items' names in the new language
            chosen = self._item_of(row)
            self._fill_items(self._combo(row))
            self.assign(row, chosen)
        layout = self.layout()
        if layout is not None:  # the new texts' widths, now
            layout.invalidate()
            layout.activate()
