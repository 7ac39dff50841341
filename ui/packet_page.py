"""The packet page: the packet (preview, print, save PDF: `PacketView`), the deadlines for a
calendar, the case file, and Finish.

The application form in the packet is ours unless the person chooses another of the installed
forms (`assistant.forms.engine.installed_forms`: the program's, the centre's `forms_dir` and the
user's data folder; only those that can be filled as they are). The choice lasts for the session.

Which packet it offers is the wizard state's decision (`assistant.wizard_state`): the one to hand
in when ready; otherwise a copy for counselling without the form, with a notice that says why
(how many problems, which essentials are missing) and a way to the review; and, when no permit
is needed, a packet without the form that says so.

The packet is built in a worker thread, never on the UI thread; a newer request makes an older
result stale, which is then dropped. The preview reads the PDF from memory (see `PacketView`), so
nothing of the person is written to disk unless they save it; what they save on purpose is
marked as kept with the session, so that ending the session does not delete it.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from assistant.interview import PageSpec

from . import i18n
from .announce import announce
from .combos import ChoiceBox
from .i18n import current_language
from .letters_panel import LettersPanel
from .packet_view import PacketView
from .pages import Page

if TYPE_CHECKING:
    from .window import MainWindow

log = logging.getLogger(__name__)

PREVIEW_MIN_HEIGHT = 360


class _Signals(QObject):
    """Lives in the UI thread; emitted from the worker, so delivery is queued to the UI."""

    done = Signal(int, object)  # generation, Packet
    failed = Signal(int, str)


def build_in_worker(signals: _Signals, generation: int, case: Any, assessment: Any,
                    lang: str, readiness: Any = None, form: str | None = None) -> None:
    """Runs in the worker thread: builds the packet (with `form`, default ours) and reports
    through `signals`."""
    try:
        from assistant.packet import build_packet
        from assistant.packet.build import READY
        from assistant.paths import OUR_FORM

        packet = build_packet(case, assessment, lang, readiness=readiness or READY,
                              form=form or OUR_FORM)
    except Exception as exc:  # noqa: BLE001 - shown to the person, never a traceback
        log.exception("the packet could not be built")  # redacted by assistant.logsetup
        from .errors import user_message

        signals.failed.emit(generation, user_message(exc))  # in the UI language
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
        self.notice = QLabel()  # why this is not the packet to hand in, if it is not
        self.notice.setWordWrap(True)
        self.notice.setObjectName("packetNotice")
        self.notice.setStyleSheet("QLabel#packetNotice { border: 2px solid #b3261e; "
                                  "border-radius: 4px; padding: 6px; }")
        self.notice.setVisible(False)
        self.body.addWidget(self.notice)
        self.review_button = QPushButton()
        self.review_button.setObjectName("goto:review")
        self.review_button.clicked.connect(lambda: window.show_page("review"))
        self.review_button.setVisible(False)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.review_button)
        notice_row.addStretch(1)
        self.body.addLayout(notice_row)
        self.readiness: Any = None
        self.form_label = QLabel()
        self.form_combo = ChoiceBox()
        self.form_combo.setObjectName("packetForm")
        self.form_label.setBuddy(self.form_combo)
        self._forms: list[Any] = []  # assistant.forms.engine.InstalledForm, usable ones
        self._chosen_form = ""  # the form id the person chose; "" is ours
        self.form_combo.activated.connect(self._form_chosen)
        form_row = QHBoxLayout()
        form_row.addWidget(self.form_label)
        form_row.addWidget(self.form_combo, 1)
        self.body.addLayout(form_row)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("packetState")
        self.body.addWidget(self.state)
        self.view = PacketView()
        self.view.input_files = window.input_files  # never saved onto one of them
        self.view.setMinimumHeight(PREVIEW_MIN_HEIGHT)
        self.view.printed.connect(self._printed)
        self.view.saved.connect(self._saved)
        self.view.failed.connect(self.state.setText)
        self.body.addWidget(self.view, 1)
        self.ics_button = QPushButton()
        self.ics_button.setObjectName("saveIcs")
        self.ics_button.clicked.connect(self.save_ics)
        self.case_button = QPushButton()
        self.case_button.setObjectName("saveCase")
        self.case_button.clicked.connect(window.casefiles.save_case_file)
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finish")
        self.finish_button.clicked.connect(window.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ics_button)
        buttons.addWidget(self.case_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        self.body.addLayout(buttons)
        self.letters = LettersPanel(window)  # letters to the office, one bundle (letters_panel)
        self.body.addWidget(self.letters)
        window.session_ended.connect(self.forget)
        window.evaluated.connect(self._language_check)
        self._lang = ""  # the language of the packet shown (or being made)
        self._set_ready(False)
        self.retranslate()

    # --- building ---------------------------------------------------------------------------

    def entered(self) -> None:
        self._offer_forms()
        self.rebuild()

    def _offer_forms(self) -> None:
        """Fill the choice of form with the forms that can be filled as they are, ours first,
        each by its title (German in a German window, otherwise English)."""
        from assistant.forms.engine import installed_forms

        try:
            self._forms = [f for f in installed_forms() if f.problem is None]
        except Exception:  # noqa: BLE001 - an unreadable folder must not stop the packet
            log.exception("the installed forms could not be listed")
            self._forms = []
        self._show_forms()

    def _show_forms(self) -> None:
        german = current_language() == "de"
        self.form_combo.blockSignals(True)
        self.form_combo.clear()
        for f in self._forms:
            self.form_combo.addItem(f.title_de if german else f.title_en, f.form_id)
            self.form_combo.setItemData(self.form_combo.count() - 1,
                                        f"{f.title_de} / {f.title_en}", Qt.ItemDataRole.ToolTipRole)
        index = self.form_combo.findData(self.chosen_form())
        self.form_combo.setCurrentIndex(max(index, 0))
        self.form_combo.blockSignals(False)
        several = len(self._forms) > 1
        self.form_label.setVisible(several)
        self.form_combo.setVisible(several)

    def _form_chosen(self, index: int) -> None:
        form_id = self.form_combo.itemData(index)
        if form_id and form_id != self.chosen_form():
            self._chosen_form = form_id
            self.rebuild()

    def input_files(self) -> list[Path]:
        """The files this page works from: the documents added for the bundle and the files of
        the chosen form (its profile and template)."""
        files = list(self.letters.document_paths())
        for form in self._forms:
            if form.form_id == self.chosen_form():
                try:
                    files.extend(p for p in form.directory.iterdir() if p.is_file())
                except OSError:
                    pass
        return files

    def form_choices(self) -> list[tuple[str, str]]:
        """(form id, label) of every form the page offers, in order."""
        return [(self.form_combo.itemData(i), self.form_combo.itemText(i))
                for i in range(self.form_combo.count())]

    def chosen_form(self) -> str:
        """The id of the form the packet is made with."""
        from assistant.paths import OUR_FORM

        return self._chosen_form or OUR_FORM

    def choose_form(self, form_id: str) -> None:
        """Choose a form as the person would in the list (it must be offered)."""
        index = self.form_combo.findData(form_id)
        if index < 0:
            raise ValueError(f"the form {form_id!r} is not offered")
        self.form_combo.setCurrentIndex(index)
        self._form_chosen(index)

    def rebuild(self) -> None:
        ev = self.window_ref.evaluation
        if ev is None:
            return
        self._generation += 1
        lang = current_language()
        self._lang = lang
        from assistant.packet.build import Readiness

        self.readiness = Readiness.of(self.window_ref.state)
        self._futures = [f for f in self._futures if not f.done()]
        self._futures.append(self._pool.submit(build_in_worker, self.signals, self._generation,
                                               ev.case, ev.assessment, lang, self.readiness,
                                               self.chosen_form()))
        self.packet = None
        self.view.clear()
        self._set_ready(False)
        self._show_notice()
        self.state.setText(self.tr("Making your packet…"))

    def _language_check(self) -> None:
        """After the language changed (and the answers were checked in it): the packet shown
        is made again in the new language, in the worker."""
        if self.window_ref.current_id == "packet" and self._lang \
                and self._lang != current_language():
            self.rebuild()

    def _show_notice(self) -> None:
        """Say clearly which packet this is and why."""
        readiness = self.readiness
        kind = readiness.kind if readiness is not None else "hand_in"
        self.notice.setVisible(kind != "hand_in")
        self.review_button.setVisible(kind == "counselling")
        if kind == "counselling":
            text = self.tr("Not ready to hand in: %1 problem(s) to solve first (see the review). "
                           "This is a copy to discuss with a counsellor: the checklist, the "
                           "points to discuss and the deadlines, without the application form."
                           ).replace("%1", str(readiness.problems))
            state = self.window_ref.state
            missing = [i18n.itr(m.label) for m in state.essentials_missing] if state else []
            if missing:
                text += " " + self.tr("Still missing: %1.").replace("%1", ", ".join(missing))
            self.notice.setText(text)
        elif kind == "no_permit":
            self.notice.setText(self.tr(
                "According to your answers you need no residence permit, so this packet holds "
                "no application form: it says why and what to do instead."))
        else:
            self.notice.clear()

    def kind(self) -> str:
        """Which packet the page offers: hand_in, counselling or no_permit."""
        return self.readiness.kind if self.readiness is not None else ""

    def _done(self, generation: int, packet: Any) -> None:
        if generation != self._generation:
            return
        self.packet = packet
        self.view.set_packet(packet.pdf, suggested_name=self.tr("packet.pdf"))
        self._set_ready(True)
        if packet.kind == "counselling":
            self.state.setText(self.tr("The copy for counselling has %1 pages.").replace(
                "%1", str(packet.page_count)))
        else:
            self.state.setText(self.tr("Your packet has %1 pages. Check it, then print it or "
                                       "save it.").replace("%1", str(packet.page_count)))
        announce(self.state, self.state.text())
        self.packet_ready.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.state.setText(self.tr("The packet could not be made: %1").replace("%1", message))
        announce(self.state, self.state.text(), assertive=True)

    def wait_for_jobs(self) -> None:
        """Wait until the packet and any bundle being made are done (closing the window)."""
        for future in self._futures:
            future.result()
        self._futures = []
        self.letters.wait_for_jobs()

    def forget(self) -> None:
        """The session ended: drop the packet and its preview (and any packet still being made),
        so that the next person sees nothing of it."""
        self._generation += 1
        self._lang = ""
        self.packet = None
        self.readiness = None
        self._chosen_form = ""
        self._show_forms()
        self.view.clear()
        self.state.clear()
        self._show_notice()
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.ics_button.setEnabled(ready)

    # --- actions ------------------------------------------------------------------------------

    def _keep(self, path: str) -> None:
        """The person saved `path` on purpose: the end of the session must not delete it."""
        session = self.window_ref.session
        if session is not None:
            session.files.keep(Path(path))

    def _saved(self, path: str) -> None:
        self._keep(path)
        self.state.setText(self.tr("Saved."))

    def _printed(self, pages: int) -> None:
        self.state.setText(self.tr("The packet was sent to the printer (%n page(s)).", "", pages))

    def print_packet(self) -> bool:
        """Ask for a printer and print the packet (see `PacketView.print_packet`)."""
        return self.view.print_packet()

    def save_pdf(self, path: str | None = None) -> str | None:
        """Save the packet PDF where the person chooses (or to `path`)."""
        return self.view.save_pdf(path)

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

        from .errors import check_save

        try:
            check_save(path, self.window_ref.input_files())
            atomic_write_bytes(path, data)
        except (UserError, OSError) as exc:
            from .errors import show_error, user_message

            self.state.setText(user_message(exc))
            show_error(self, self.tr("Not saved"), exc)
            return
        self._saved(path)

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "finish_button"):
            return
        self.view.retranslate()
        self.view.view.setAccessibleName(self.tr("Preview of the packet"))
        self.ics_button.setText(self.tr("Save deadlines for a calendar…"))
        self.case_button.setText(self.tr("Save case file…"))
        self.review_button.setText(self.tr("Go to the review"))
        self.form_label.setText(self.tr("Application form:"))
        self.form_combo.setAccessibleName(self.tr("Application form in the packet"))
        self._show_forms()
        if self.readiness is not None:
            self._show_notice()
        self.finish_button.setText(self.tr("Finish"))
        self.finish_button.setAccessibleDescription(
            self.tr("Ends the session: everything you entered is erased from the program."))
