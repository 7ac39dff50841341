"""The main window: header (title, mode, language), the list of steps, the pages, and Back/Next.

The window holds the answers (a flat mapping from case path to value) and re-evaluates the
interview after each change, debounced, so that the rules engine's findings appear next to the
fields while the person types. Pages that do not apply are skipped; blockers on a page stop the
way on, warnings do not; going back and forth never loses an answer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut

# The dialogs (QFileDialog, QInputDialog, QMessageBox) are imported where they are opened: the
# first frame comes sooner without their Python types.
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.texts import LANGUAGES

from . import i18n
from .welcome import Page, PageHead, WelcomePage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from .inputs import FieldInput, Problem
    from .pages import FormPage

DEBOUNCE_MS = 150

STYLE = """
QLabel#appTitle { font-weight: bold; }
QLabel#help { color: palette(mid); }
QLabel#groupHeading, QLabel#boxHeading { font-weight: bold; }
QFrame#problem_blocker { border: 2px solid #b3261e; border-radius: 4px; }
QFrame#problem_warning { border: 2px dashed #8a5a00; border-radius: 4px; }
QFrame#problem_info { border: 1px dotted palette(mid); border-radius: 4px; }
QFrame#authorityBox, QFrame#draftBox { border: 1px solid palette(mid); border-radius: 4px; }
QLabel#modeLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 2px 6px; }
*:focus { outline: 2px solid palette(highlight); }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus { border: 2px solid palette(highlight); }
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus,
QListWidget:focus { border: 2px solid palette(highlight); }
"""


class MainWindow(QMainWindow):
    evaluated = Signal()
    session_ended = Signal()
    crashed = Signal()  # an uncaught exception; emitted from any thread, shown in the UI thread

    def __init__(self, shared: bool = False, today: date | None = None,
                 lang: str | None = None, session: Any = None) -> None:
        super().__init__()
        self.shared = shared or bool(session is not None and session.shared)
        self.session = session  # assistant.session.AppSession, or None (tests, no files)
        self._today = today
        self.answers: dict[str, Any] = {}
        self.base: dict[str, Any] | None = None
        self.evaluation: Any = None
        self.interview: Any = None
        self.pages: dict[str, Page] = {}
        self.visited: set[str] = {"welcome"}
        self.current_id = "welcome"
        self.change_hooks: list[Callable[[], None]] = []  # called after each evaluated change
        self.setObjectName("mainWindow")
        self.setMinimumSize(1024, 700)
        self.setStyleSheet(STYLE)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.reevaluate)
        self.crash_box: QMessageBox | None = None
        self.crashed.connect(self.show_crash_message)
        self._build()
        lang = lang or i18n.current_language()
        if lang != i18n.current_language():
            i18n.set_language(lang)
        self._relabel([self.welcome], lang)  # the only page there is yet

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(8)

        header = QHBoxLayout()
        # Title and mode wrap rather than clip when the system font is large or a language long.
        self.app_title = QLabel()
        self.app_title.setObjectName("appTitle")
        self.app_title.setWordWrap(True)
        header.addWidget(self.app_title, 3)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("modeLabel")
        self.mode_label.setWordWrap(True)
        header.addWidget(self.mode_label, 2)
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self.language_combo.activated.connect(
            lambda i: self.set_language(self.language_combo.itemData(i)))
        header.addWidget(self.language_label)
        header.addWidget(self.language_combo)
        outer.addLayout(header)

        body = QHBoxLayout()
        body.setSpacing(12)
        self.steps = QListWidget()
        self.steps.setObjectName("steps")
        # Wide enough for the step titles at the system's font size.
        self.steps.setFixedWidth(max(210, 24 * self.fontMetrics().averageCharWidth()))
        self.steps.setWordWrap(True)
        self.steps.itemActivated.connect(self._step_chosen)
        self.steps.itemClicked.connect(self._step_chosen)
        body.addWidget(self.steps)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        outer.addWidget(line)
        footer = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        footer.addWidget(self.status, 1)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.go_next)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)
        outer.addLayout(footer)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next)

        welcome = WelcomePage(PageHead(id="welcome", title="Welcome", kind="welcome"),
                              self.shared)
        welcome.start_requested.connect(self.go_next)
        welcome.open_requested.connect(self.open_case_file)
        welcome.resume_button.clicked.connect(self.resume_draft)
        welcome.discard_button.clicked.connect(self.discard_draft)
        self._add_page(welcome)

    def _add_page(self, page: Page) -> None:
        self.pages[page.spec.id] = page
        self.stack.addWidget(page)

    @property
    def welcome(self) -> WelcomePage:
        page = self.pages["welcome"]
        assert isinstance(page, WelcomePage)
        return page

    def today(self) -> date:
        return self._today or date.today()

    # --- loading the interview after the first page is shown ----------------------------------

    def load_interview(self) -> None:
        """Build the data pages. Called right after the first page is on screen, so that the
        rules data and the engine are not loaded before the person sees the program."""
        from .pages import AddressPage, FormPage, ReviewPage

        if self.interview is not None:
            return
        from assistant.interview import interview

        self.interview = interview()
        for spec in self.interview.pages:
            if spec.kind == "welcome":
                continue
            page: Page
            if spec.kind == "review":
                page = ReviewPage(spec)
                page.go_to_page.connect(self.show_page)
            elif spec.kind == "packet":
                from .packet_page import PacketPage

                page = PacketPage(spec, self)
            elif spec.kind == "address":
                page = AddressPage(spec)
            else:
                page = FormPage(spec)
            for widget in page.inputs_all() if isinstance(page, FormPage) else []:
                widget.changed.connect(lambda w=widget: self._changed(w))
            self._add_page(page)
        self._set_tab_order()
        self.reevaluate()

    def _set_tab_order(self) -> None:
        """Language, steps, then the inputs of the pages in their order, then Back and Next
        (pages and list rows are made after the buttons, so the chain is mended here)."""
        QWidget.setTabOrder(self.language_combo, self.steps)
        last: QWidget = self.steps
        widget = self.steps.nextInFocusChain()
        for _ in range(20000):
            if widget is self.steps:
                break
            if self.stack.isAncestorOf(widget):
                last = widget
            widget = widget.nextInFocusChain()
        if last is not self.back_button:
            QWidget.setTabOrder(last, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)

    # --- answers and evaluation -------------------------------------------------------------

    def _changed(self, widget: FieldInput) -> None:
        if widget.spec.kind == "list" and len(widget.value()) != len(self.answers.get(
                widget.path) or []):
            self._set_tab_order()
        self.answers[widget.path] = widget.value()
        self.status.clear()
        self._timer.start()

    def flush(self) -> None:
        """Evaluate now if a change is waiting."""
        if self._timer.isActive():
            self._timer.stop()
            self.reevaluate()

    def all_inputs(self) -> list[FieldInput]:
        from .pages import FormPage

        out: list[FieldInput] = []
        for page in self.pages.values():
            if isinstance(page, FormPage):
                out.extend(page.inputs_all())
        return out

    def reevaluate(self) -> None:
        from .pages import AddressPage, FormPage

        if self.interview is None:
            return
        lang = i18n.current_language()
        ev = self.interview.evaluate(self.answers, self.today(), self.base, lang)
        self.evaluation = ev
        for page in self.pages.values():
            if isinstance(page, FormPage):
                page.set_applicable(ev.applicable)
        self._show_problems(ev, lang)
        address = self.pages.get("address")
        if isinstance(address, AddressPage):
            address.authority.show_authority(ev.assessment.authority, ev.case.address.place)
        self._update_steps()
        for hook in self.change_hooks:
            hook()
        self.evaluated.emit()

    def _show_problems(self, ev: Any, lang: str) -> None:
        from .inputs import Problem
        from .pages import FormPage, ReviewPage

        inputs_by_page = {
            pid: page.inputs() for pid, page in self.pages.items() if isinstance(page, FormPage)
        }
        applicable_pages = {p.id for p in ev.pages}
        problems: dict[int, list[Problem]] = {}
        review: dict[str, list[tuple[Problem, str, str]]] = {"blocker": [], "warning": [],
                                                             "info": []}
        widgets: dict[int, FieldInput] = {}

        def targets(path: str) -> list[tuple[str, FieldInput]]:
            exact, near = [], []
            for pid, inputs in inputs_by_page.items():
                if pid not in applicable_pages:
                    continue
                for widget in inputs:
                    if widget.path == path:
                        exact.append((pid, widget))
                    elif widget.path.startswith(path + ".") or (
                            widget.spec.kind == "list" and path.startswith(widget.path + ".")):
                        near.append((pid, widget))
            return exact or near[:1]

        for finding in ev.assessment.findings:
            problem = Problem(
                severity=finding.severity.value, text=finding.text(lang),
                why=finding.why_text(lang), source=finding.source, quote=finding.quote,
                key=finding.id,
            )
            found: list[tuple[str, FieldInput]] = []
            for path in finding.fields:
                found.extend(targets(path))
            for _pid, widget in found:
                widgets[id(widget)] = widget
                problems.setdefault(id(widget), []).append(problem)
            page = found[0][0] if found else ""
            review[problem.severity].append((problem, page, self._page_title(page)))
        for pid, inputs in inputs_by_page.items():
            if pid not in applicable_pages:
                continue
            for widget in inputs:
                message = widget.input_error()
                if not message and widget.path in ev.errors:
                    message = i18n.itr(widget.spec.invalid) or ev.errors[widget.path]
                if message:
                    problem = Problem(severity="blocker", text=message, key=f"input:{widget.path}")
                    widgets[id(widget)] = widget
                    problems.setdefault(id(widget), []).insert(0, problem)
                    review["blocker"].append((problem, pid, self._page_title(pid)))
        for inputs in inputs_by_page.values():
            for widget in inputs:
                widget.set_problems(problems.get(id(widget), []))
        review_page = self.pages.get("review")
        if isinstance(review_page, ReviewPage):
            review_page.show_findings([(s, review[s]) for s in ("blocker", "warning", "info")])

    def _page_title(self, page_id: str) -> str:
        if not page_id or self.interview is None:
            return ""
        return self.interview.page(page_id).title

    def page_blockers(self, page_id: str) -> list[Problem]:
        """The problems on a page that stop the way on (a terminal finding does not)."""
        from .pages import FormPage

        page = self.pages.get(page_id)
        if not isinstance(page, FormPage) or self.evaluation is None:
            return []
        terminal = self.interview.terminal_findings
        out = []
        for widget in page.inputs():
            for problem in widget.problems._shown:
                if problem.severity == "blocker" and problem.key not in terminal:
                    out.append(problem)
        return out

    def missing_answers(self, page_id: str) -> list[FieldInput]:
        from .pages import FormPage

        page = self.pages.get(page_id)
        if not isinstance(page, FormPage):
            return []
        from assistant.interview import is_empty

        return [w for w in page.visible_fields() if w.spec.required and is_empty(w.value())]

    def all_blockers(self) -> list[Problem]:
        from .inputs import Problem

        out: list[Problem] = []
        for page in (self.evaluation.pages if self.evaluation else []):
            out.extend(self.page_blockers(page.id))
        terminal = self.interview.terminal_findings if self.interview else frozenset()
        shown = {p.key for p in out}
        for finding in (self.evaluation.assessment.blockers if self.evaluation else []):
            if finding.id not in terminal and finding.id not in shown:
                out.append(Problem(severity="blocker", text=finding.text(i18n.current_language()),
                                   key=finding.id))
        return out

    # --- navigation --------------------------------------------------------------------------

    def page_ids(self) -> list[str]:
        if self.evaluation is None:
            return ["welcome"]
        return [p.id for p in self.evaluation.pages]

    def go_next(self) -> None:
        if self.interview is None:
            self.load_interview()
        self.flush()
        ids = self.page_ids()
        blockers = self.page_blockers(self.current_id)
        if blockers:
            self.status.setText(self.tr("Please solve the problems marked on this page first. "
                                        "Each has a “Why?” button that explains it."))
            self._focus_first_problem()
            return
        missing = self.missing_answers(self.current_id)
        if missing:
            self.status.setText(self.tr("Please answer: %1").replace(
                "%1", i18n.itr(missing[0].spec.label)))
            missing[0].focus_widget().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            return
        index = ids.index(self.current_id) if self.current_id in ids else 0
        if index + 1 >= len(ids):
            return
        target = ids[index + 1]
        if self.pages[target].spec.kind == "packet" and self.all_blockers():
            self.status.setText(self.tr("The packet can be made once the problems listed here "
                                        "are solved."))
            return
        self.show_page(target)

    def go_back(self) -> None:
        self.flush()
        ids = self.page_ids()
        if self.current_id not in ids:
            self.show_page(ids[0])
            return
        index = ids.index(self.current_id)
        if index > 0:
            self.show_page(ids[index - 1])

    def show_page(self, page_id: str) -> None:
        from .pages import FormPage

        page = self.pages[page_id]
        self.current_id = page_id
        self.visited.add(page_id)
        if isinstance(page, FormPage):
            self._refresh_inputs(page)
        self.stack.setCurrentWidget(page)
        page.scroll.verticalScrollBar().setValue(0)
        self.status.clear()
        self._update_steps()
        self._update_buttons()
        if hasattr(page, "entered"):
            page.entered()
        focus = page.first_focus()
        if focus is not None:
            focus.setFocus(QtCore.Qt.FocusReason.TabFocusReason)

    def _refresh_inputs(self, page: FormPage) -> None:
        """Fields shown on several pages (the university on study and graduate pages) show the
        answer given on any of them."""
        for widget in page.fields.values():
            stored = self.answers.get(widget.path)
            if widget.path in self.answers and widget.value() != stored \
                    and not widget.input_error():
                widget.set_value(stored)

    def _focus_first_problem(self) -> None:
        from .pages import FormPage

        page = self.pages.get(self.current_id)
        if not isinstance(page, FormPage):
            return
        for widget in page.inputs():
            if any(p.severity == "blocker" for p in widget.problems._shown):
                widget.focus_widget().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
                page.scroll.ensureWidgetVisible(widget)
                return

    def _step_chosen(self, item: QListWidgetItem) -> None:
        page_id = item.data(QtCore.Qt.ItemDataRole.UserRole)
        if page_id in self.visited or page_id in self._reachable():
            self.show_page(page_id)

    def _reachable(self) -> set[str]:
        """Pages up to the first one with a blocker may be opened from the list of steps."""
        out: set[str] = set()
        for page_id in self.page_ids():
            page = self.pages[page_id]
            if page.spec.kind == "packet":
                break
            out.add(page_id)
            if self.page_blockers(page_id):
                break
        return out

    def _update_steps(self) -> None:
        ids = self.page_ids()
        reachable = self._reachable() | self.visited
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, page_id in enumerate(ids, start=1):
            page = self.pages[page_id]
            item = QListWidgetItem(f"{number}. {i18n.itr(page.spec.title)}")
            item.setData(QtCore.Qt.ItemDataRole.UserRole, page_id)
            flags = QtCore.Qt.ItemFlag.ItemIsEnabled | QtCore.Qt.ItemFlag.ItemIsSelectable
            if page_id not in reachable:
                flags = QtCore.Qt.ItemFlag.NoItemFlags
            item.setFlags(flags)
            if self.page_blockers(page_id):
                item.setText(f"{item.text()} ⚠")
                item.setToolTip(self.tr("This page has a problem to solve."))
            self.steps.addItem(item)
            if page_id == self.current_id:
                self.steps.setCurrentItem(item)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self.steps.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ids = self.page_ids()
        index = ids.index(self.current_id) if self.current_id in ids else 0
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(ids) or self.interview is None)
        self.next_button.setDefault(True)

    # --- language ------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        i18n.set_language(lang)
        # relabel every widget now (Qt's LanguageChange events arrive a little later, and each
        # widget relabels itself again then; that is harmless)
        self._relabel(self.findChildren(QWidget), lang)

    def _relabel(self, widgets: list[QWidget], lang: str) -> None:
        for widget in widgets:
            retranslate = getattr(widget, "retranslate", None)
            if callable(retranslate):
                retranslate()
        index = self.language_combo.findData(lang)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        self.retranslate()
        if self.interview is not None:
            self.reevaluate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Residence permit assistant"))
        self.app_title.setText(self.tr("Residence permit assistant – Saxony"))
        self.mode_label.setText(self.tr("Shared PC: nothing is kept") if self.shared
                                else self.tr("Personal mode: draft kept on this PC"))
        self.mode_label.setAccessibleName(self.mode_label.text())
        self.language_label.setText(self.tr("Language:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.steps.setAccessibleName(self.tr("Steps"))
        self.back_button.setText(self.tr("< Back"))
        self.next_button.setText(self.tr("Next >"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button.setAccessibleName(self.tr("Next"))
        if self.interview is not None:
            self._update_steps()

    # --- the session: drafts, case files, the end ----------------------------------------------

    def start_session(self) -> None:
        """After the first page is shown: load the interview, open the session, offer a draft."""
        self.load_interview()
        if self.session is None:
            from assistant import config
            from assistant.session import AppSession

            self.session = AppSession(config.load_settings(shared=self.shared))
            self.shared = self.session.shared
            self.welcome.shared = self.shared
            self.retranslate()
            self.welcome.retranslate()
        self.install_crash_handling()
        self.welcome.draft_box.setVisible(self.session.pending_draft() is not None)
        self.change_hooks.append(self._autosave)
        if self.shared:
            self.start_idle_watch(self.session.settings.idle_timeout_seconds,
                                  self.session.settings.idle_warning_seconds)

    def install_crash_handling(self) -> None:
        """Once the mode is known: the redacting log (a file in personal mode, the console only in
        shared mode) and, for an uncaught exception, the log plus a short dialog without any
        detail (no traceback, nothing of the case)."""
        from assistant import logsetup

        logsetup.configure_logging(shared=self.shared)
        logsetup.install_excepthook(lambda _english_message: self.crashed.emit())

    def show_crash_message(self) -> None:
        """The dialog after an unexpected error: what happened and what to do, nothing more."""
        from PySide6.QtWidgets import QMessageBox
        if self.crash_box is not None and self.crash_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected error"), self.tr(
            "The program met an unexpected error. Your answers are still in the window; please "
            "save a case file if you can and restart the program."),
            QMessageBox.StandardButton.Ok, self)
        box.setObjectName("crashMessage")
        box.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.crash_box = box
        box.open()

    def start_idle_watch(self, timeout_seconds: float, warning_seconds: float,
                         **kwargs: Any) -> None:
        """Shared mode: warn with a countdown, then end the session after no input."""
        from .session import IdleWatcher

        self.idle = IdleWatcher(timeout_seconds, warning_seconds, parent=self, **kwargs)
        self.idle.warning.connect(self._idle_warning)
        self.idle.warningCancelled.connect(self.status.clear)
        self.idle.timedOut.connect(lambda: self.end_session(keep_draft=False))
        self.idle.start()

    def _idle_warning(self, seconds_left: int) -> None:
        self.status.setText(self.tr("Nobody has used the program for a while. In %1 seconds "
                                    "everything entered is erased. Press any key to continue.")
                            .replace("%1", str(seconds_left)))

    def _autosave(self) -> None:
        if self.session is not None and self.answers and self.evaluation is not None:
            if not self.session.case_changed(self.evaluation.case):
                self.status.setText(self.tr("The draft could not be saved."))

    def _show_case(self, case: Any) -> None:
        from assistant.interview import answers_from_case

        self.load_interview()
        answers = answers_from_case(case, self.interview.all_fields())
        self.load_answers(answers, case.model_dump(mode="python"))

    def resume_draft(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from assistant.errors import UserError

        if self.session is None:
            return
        try:
            case = self.session.restore_draft()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("The draft cannot be opened"), str(exc))
            return
        self.welcome.draft_box.setVisible(False)
        self._show_case(case)
        self.go_next()

    def discard_draft(self) -> None:
        if self.session is not None:
            self.session.discard_draft()
        self.welcome.draft_box.setVisible(False)

    def ask_passphrase(self, title: str, confirm: bool) -> str | None:
        """Ask for a passphrase (twice when saving); None if the person cancels."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox
        while True:
            first, ok = QInputDialog.getText(
                self, title, self.tr("Passphrase (at least 8 characters; keep it safe, it cannot "
                                     "be recovered):") if confirm else self.tr("Passphrase:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return None
            if not confirm:
                return first
            second, ok = QInputDialog.getText(self, title, self.tr("The same passphrase again:"),
                                              QLineEdit.EchoMode.Password)
            if not ok:
                return None
            if first == second:
                return first
            QMessageBox.warning(self, title, self.tr("The two passphrases differ. Please try "
                                                     "again."))

    def save_case_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from assistant.casefile import save_case_file
        from assistant.errors import UserError

        self.flush()
        if self.evaluation is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save case file"), self.tr("application.permitcase"),
            self.tr("Encrypted case files (*.permitcase)"))
        if not path:
            return
        passphrase = self.ask_passphrase(self.tr("Save case file"), confirm=True)
        if passphrase is None:
            return
        try:
            save_case_file(path, self.evaluation.case, passphrase)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        if self.session is not None:
            self.session.files.keep(path)  # saved on purpose: the session's end keeps it
        self.status.setText(self.tr("The case file is saved."))

    def open_case_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from assistant.casefile import open_case_file
        from assistant.errors import PassphraseCancelledError, UserError

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open case file"), "",
            self.tr("Case files (*.permitcase *.json)"))
        if not path:
            return
        try:
            case = open_case_file(
                path, lambda: self.ask_passphrase(self.tr("Open case file"), confirm=False))
        except PassphraseCancelledError:
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("The case file cannot be opened"), str(exc))
            return
        self._show_case(case)
        self.go_next()

    def confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def finish(self) -> None:
        """The clear end of a session: everything entered is erased, page one is shown."""
        if not self.confirm(self.tr("Finish"), self.tr(
                "Finish and erase everything you entered from this program? Save the packet "
                "and, if you want, a case file first.")):
            return
        self.end_session(keep_draft=False)

    def end_session(self, keep_draft: bool = False) -> None:
        if self.session is not None:
            self.session.end_session(keep_draft=keep_draft)
        self.reset()

    # --- ending the session ------------------------------------------------------------------

    def reset(self) -> None:
        """Forget everything entered and return to page one."""
        self._timer.stop()
        self.answers = {}
        self.base = None
        self.visited = {"welcome"}
        for widget in self.all_inputs():
            if widget.spec.kind == "list":
                widget.set_value([])
        for widget in self.all_inputs():
            widget.set_value(None)
        self.reevaluate()
        self.show_page("welcome")
        self.status.clear()
        self.session_ended.emit()

    def load_answers(self, answers: dict[str, Any], base: dict[str, Any] | None) -> None:
        """Show a case's answers (from a case file or a draft) in every input."""
        from .pages import FormPage

        self.load_interview()
        self.answers = dict(answers)
        self.base = base
        for page in self.pages.values():
            if isinstance(page, FormPage):
                for widget in page.fields.values():
                    widget.set_value(self.answers.get(widget.path))
        self.reevaluate()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._timer.stop()
        packet = self.pages.get("packet")
        if packet is not None and hasattr(packet, "wait_for_jobs"):
            packet.wait_for_jobs()
        if self.session is not None:
            # personal mode keeps the draft to continue later; shared mode has none
            self.session.close(keep_draft=not self.shared)
            self.session = None
        self.answers = {}
        super().closeEvent(event)
