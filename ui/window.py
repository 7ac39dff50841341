"""The main window: header (title, mode, language), the list of steps, the pages, and Back/Next.

The window holds the answers (a flat mapping from case path to value) and re-evaluates the
interview after each change, debounced, so that the rules engine's findings appear next to the
fields while the person types. What follows from the evaluation (which problem is shown where,
what blocks, what is missing, which pages apply, whether the packet is ready) is decided once per
evaluation by `assistant.wizard_state`; the window and its pages only show it. Pages that do not
apply are skipped; every page that applies can be opened at any time; a problem is marked on its
page and listed in the review and holds only the packet to hand in; going back and forth never
loses an answer. Opening, saving and the draft are in `ui.casefiles`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QPixmapCache, QShortcut

# The dialogs (QFileDialog, QInputDialog, QMessageBox) are imported where they are opened: the
# first frame comes sooner without their Python types.
from PySide6.QtWidgets import (
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

from assistant import heap
from assistant.texts import LANGUAGES

from . import i18n
from .announce import Banner
from .casefiles import CaseFiles
from .combos import LanguageBox
from .contrast import style as contrast_style
from .welcome import Page, PageHead, WelcomePage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from assistant.wizard_state import WizardState

    from .inputs import FieldInput, Problem
    from .pages import FormPage

DEBOUNCE_MS = 150
OPEN_KEYS = "Ctrl+O"
SAVE_KEYS = "Ctrl+S"

STYLE = """
QLabel#appTitle { font-weight: bold; }
QLabel#groupHeading, QLabel#boxHeading { font-weight: bold; }
QFrame#authorityBox, QFrame#draftBox { border: 1px solid palette(mid); border-radius: 4px; }
QLabel#modeLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 2px 6px; }
QLabel#status { border: 2px solid #8a5a00; border-radius: 4px; padding: 6px;
                background: #fff4d6; color: #1f1f1f; font-weight: bold; }
QLabel#pageTitle:focus { border: 2px solid palette(highlight); border-radius: 4px; }
*:focus { outline: 2px solid palette(highlight); }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus { border: 2px solid palette(highlight); }
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus,
QListWidget:focus { border: 2px solid palette(highlight); }
"""


class MainWindow(QMainWindow):
    evaluated = Signal()
    page_changed = Signal(str)  # the page shown now
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
        self.state: WizardState | None = None  # the wizard's decisions for the evaluation
        self.interview: Any = None
        self.pages: dict[str, Page] = {}
        self.visited: set[str] = {"welcome"}
        self.current_id = "welcome"
        self.change_hooks: list[Callable[[], None]] = []  # called after each evaluated change
        self.setObjectName("mainWindow")
        self.setMinimumSize(800, 600)  # a small laptop screen at 125 %: Back and Next stay on it
        # help texts and problem borders in colours readable on this palette (ui/contrast.py)
        self.setStyleSheet(STYLE + contrast_style(self.palette()))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.reevaluate)
        self.crash_box: QMessageBox | None = None
        self.crashed.connect(self.show_crash_message)
        self.casefiles = CaseFiles(self)
        self._build()
        lang = lang or i18n.current_language()
        if lang != i18n.current_language():
            i18n.set_language(lang)
        self._relabel([self.welcome], lang)  # the only page there is yet
        self.welcome.start_button.setFocus()  # the first focus is "Start", not the language

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
        self.language_combo = LanguageBox()
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
        column = QVBoxLayout()
        column.setSpacing(6)
        # "Please answer", the problem of the page left and the idle countdown: a banner at the
        # top of the page, spoken by screen readers (ui.announce)
        self.status = Banner()
        column.addWidget(self.status)
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        body.addLayout(column, 1)
        outer.addLayout(body, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        outer.addWidget(line)
        footer = QHBoxLayout()
        footer.addStretch(1)
        self.save_button = QPushButton()  # the case can be kept from every page (idle timeout)
        self.save_button.setObjectName("saveCaseFile")
        self.save_button.clicked.connect(self.casefiles.save_case_file)
        footer.addWidget(self.save_button)
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
        menu = self.menuBar().addMenu("")
        menu.setObjectName("caseMenu")
        self.case_menu = menu
        # The shortcuts are window-wide QShortcuts, shown in the menu after a tab (an action's
        # own shortcut would build PySide6's Qt namespace before the first frame).
        self.open_action = QAction(self)
        self.open_action.triggered.connect(self.casefiles.open_case_file)
        self.save_action = QAction(self)
        self.save_action.triggered.connect(self.casefiles.save_case_file)
        self.finish_action = QAction(self)
        self.finish_action.triggered.connect(self.finish)
        QShortcut(QKeySequence(OPEN_KEYS), self, self.open_action.trigger)
        QShortcut(QKeySequence(SAVE_KEYS), self, self.save_action.trigger)
        for action in (self.open_action, self.save_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.finish_action)

        welcome = WelcomePage(PageHead(id="welcome", title="Welcome", kind="welcome"),
                              self.shared)
        welcome.start_requested.connect(self.go_next)
        welcome.open_requested.connect(self.casefiles.open_case_file)
        welcome.resume_button.clicked.connect(self.casefiles.resume_draft)
        welcome.discard_button.clicked.connect(self.casefiles.discard_draft)
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
        from .taborder import place_before

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
                page.go_to_field.connect(self.show_field)
                page.rendered.connect(lambda p=page: place_before(self.save_button,
                                                                  p.tab_stops()))
            elif spec.kind == "packet":
                from .packet_page import PacketPage

                page = PacketPage(spec, self)
            elif spec.kind == "address":
                page = AddressPage(spec)
            else:
                page = FormPage(spec)
            for widget in page.inputs_all() if isinstance(page, FormPage) else []:
                widget.changed.connect(lambda w=widget: self._changed(w))
                if widget.path in self.interview.packet_requires:
                    widget.set_required(True)  # the packet to hand in needs the answer
            self._add_page(page)
        for page in self.pages.values():
            page.settle_focus()
        self._footer_last()
        self.reevaluate()

    def _footer_last(self) -> None:
        """Save, Back and Next are the last Tab stops: the pages were made after them (each
        page's own stops are in the order they are seen, see ui.taborder)."""
        from .taborder import place_after, stop_before

        footer = [self.save_button, self.back_button, self.next_button]
        last = stop_before(self)  # the end of the window's focus chain
        while last in footer:
            last = stop_before(last)
        if last is not None:
            place_after(last, footer)

    # --- answers and evaluation -------------------------------------------------------------

    def _changed(self, widget: FieldInput) -> None:
        self.answers[widget.path] = widget.value()
        self.status.clear()
        self._timer.start()

    def flush(self) -> None:
        """Evaluate now if a change is waiting, and show every field's messages at once (also
        of the field being typed in, which otherwise waits until the person stops or leaves)."""
        if self._timer.isActive():
            self._timer.stop()
            self.reevaluate()
        for widget in self.all_inputs():
            for one in widget.inputs():
                one.judge()

    def check_pending(self) -> bool:
        """True while a change waits for its (debounced) check."""
        return self._timer.isActive()

    def all_inputs(self) -> list[FieldInput]:
        from .pages import FormPage

        out: list[FieldInput] = []
        for page in self.pages.values():
            if isinstance(page, FormPage):
                out.extend(page.inputs_all())
        return out

    def _form_pages(self) -> list[FormPage]:
        from .pages import FormPage

        return [page for page in self.pages.values() if isinstance(page, FormPage)]

    def reevaluate(self) -> None:
        """Check the answers, work out the wizard's state once (assistant.wizard_state) and
        show it on every page."""
        from assistant.wizard_state import wizard_state

        from .pages import AddressPage, ReviewPage, ui_problem

        if self.interview is None:
            return
        lang = i18n.current_language()
        ev = self.interview.evaluate(self.answers, self.today(), self.base, lang)
        self.evaluation = ev
        for page in self._form_pages():
            page.set_applicable(ev.applicable)
        input_errors = {}
        for page in self._form_pages():
            for widget in page.inputs():
                message = widget.input_error()
                if message:
                    input_errors[widget.path] = message
        self.state = wizard_state(self.interview, ev, input_errors, self.answers, lang=lang,
                                  translate=i18n.itr)
        for page in self._form_pages():
            for widget in page.inputs_all():
                for one in widget.inputs():
                    one.set_problems([ui_problem(p) for p in self.state.problems_at(one.path)])
        address = self.pages.get("address")
        if isinstance(address, AddressPage):
            address.authority.show_authority(ev.assessment.authority, ev.case.address.place)
        review = self.pages.get("review")
        if isinstance(review, ReviewPage):
            review.show_state(self.state, self._page_title)
        self._update_steps()
        for hook in self.change_hooks:
            hook()
        self.evaluated.emit()

    def _page_title(self, page_id: str) -> str:
        if not page_id or self.interview is None:
            return ""
        return self.interview.page(page_id).title

    def problems_on(self, page_id: str) -> list[Problem]:
        """The problems shown on a page's fields (as the person sees them)."""
        from .pages import ui_problem

        if self.state is None:
            return []
        return [ui_problem(p) for p in self.state.page_problems.get(page_id, ())]

    def page_blockers(self, page_id: str) -> list[Problem]:
        """The problems on a page that stop the packet to hand in (a terminal finding does
        not)."""
        from .pages import ui_problem

        if self.state is None:
            return []
        return [ui_problem(p) for p in self.state.page_blockers(page_id)]

    def missing_answers(self, page_id: str) -> list[FieldInput]:
        """The inputs of a page whose answer the wizard needs before going on (kind, purpose,
        nationality)."""
        page = self.pages.get(page_id)
        if self.state is None or page is None:
            return []
        by_path = {w.path: w for w in page.inputs()}
        return [by_path[m.path] for m in self.state.required_missing.get(page_id, ())
                if m.path in by_path]

    def all_blockers(self) -> list[Problem]:
        """Every problem that stops the packet to hand in."""
        from .pages import ui_problem

        if self.state is None:
            return []
        return [ui_problem(p) for p in self.state.blockers]

    # --- navigation --------------------------------------------------------------------------

    def page_ids(self) -> list[str]:
        if self.state is None:
            return ["welcome"]
        return list(self.state.pages)

    def go_next(self) -> None:
        """The next page. Only an answer the interview cannot go on without holds the way; a
        problem stays marked on its page and listed in the review, and holds only the packet
        to hand in."""
        if self.interview is None:
            self.load_interview()
        self.flush()
        missing = self.missing_answers(self.current_id)
        if missing:
            message = self.tr("Please answer: %1").replace("%1", i18n.itr(missing[0].spec.label))
            self.status.setText(message)
            self._show_at_field(missing[0], message)
            return
        ids = self.page_ids()
        index = ids.index(self.current_id) if self.current_id in ids else 0
        if index + 1 >= len(ids):
            return
        blocked = bool(self.page_blockers(self.current_id))
        self.show_page(ids[index + 1])
        if blocked:
            self.status.setText(self.tr(
                "The page you left has a problem. It stays listed in the review; the packet to "
                "hand in waits until it is solved."))

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
        self._update_title()
        focus = page.first_focus()
        if focus is not None:
            focus.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.page_changed.emit(page_id)

    def _refresh_inputs(self, page: FormPage) -> None:
        """Fields shown on several pages (the university on study and graduate pages) show the
        answer given on any of them."""
        for widget in page.fields.values():
            stored = self.answers.get(widget.path)
            if widget.path in self.answers and widget.value() != stored \
                    and not widget.input_error():
                widget.set_value(stored)

    def _show_at_field(self, widget: FieldInput, message: str) -> None:
        """The message also beside its field (until the next check), and the focus there, so
        that a screen reader speaks the field with the message."""
        from .inputs import Problem
        from .pages import ui_problem

        shown = [ui_problem(p) for p in self.state.problems_at(widget.path)] if self.state \
            else []
        widget.set_problems([*shown, Problem(severity="blocker", text=message, key="required")])
        page = self.pages.get(self.current_id)
        if page is not None:
            page.scroll.ensureWidgetVisible(widget)
        widget.focus_widget().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def show_field(self, page_id: str, path: str) -> None:
        """Show a page with the focus on a field (from the review's "Go to"); without the field
        (it does not apply now), on the page's first problem."""
        from .pages import FormPage

        self.show_page(page_id)
        page = self.pages.get(page_id)
        if not isinstance(page, FormPage):
            return
        for widget in page.inputs():
            if widget.path == path and widget.isVisible():
                widget.focus_widget().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
                page.scroll.ensureWidgetVisible(widget)
                return
        self.focus_first_problem()

    def focus_first_problem(self) -> None:
        """Put the focus on the first input of the page that has a blocker."""
        from .pages import FormPage

        page = self.pages.get(self.current_id)
        if not isinstance(page, FormPage) or self.state is None:
            return
        for widget in page.inputs():
            if any(p.blocks for p in self.state.problems_at(widget.path)):
                widget.focus_widget().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
                page.scroll.ensureWidgetVisible(widget)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Enter in a single-line field (a line edit ignores it) moves on, as Tab would
        key = QtCore.Qt.Key
        plain = not event.modifiers() & (QtCore.Qt.KeyboardModifier.ControlModifier
                                         | QtCore.Qt.KeyboardModifier.AltModifier)
        if event.key() in (key.Key_Return, key.Key_Enter) and plain and self.enter_in_field():
            event.accept()
            return
        super().keyPressEvent(event)

    def enter_in_field(self) -> bool:
        """Enter was pressed in a single-line field: the focus goes to the next field of the
        page and, from the last one, to the next page. False if the focus is not in one."""
        from PySide6.QtWidgets import QApplication, QLineEdit

        from .pages import FormPage

        focus = QApplication.focusWidget()
        page = self.pages.get(self.current_id)
        if not isinstance(focus, QLineEdit) or not isinstance(page, FormPage) \
                or not page.isAncestorOf(focus):
            return False
        inputs = [w for w in page.inputs() if w.isVisible() and w.focus_widget().isEnabled()]
        here = [i for i, w in enumerate(inputs) if w.isAncestorOf(focus)]
        if not here:
            return False
        later = inputs[here[-1] + 1:]
        if later:
            later[0].focus_widget().setFocus(QtCore.Qt.FocusReason.TabFocusReason)
            page.scroll.ensureWidgetVisible(later[0])
        else:
            self.go_next()
        return True

    def _step_chosen(self, item: QListWidgetItem) -> None:
        page_id = item.data(QtCore.Qt.ItemDataRole.UserRole)
        if page_id in self.page_ids():
            self.show_page(page_id)
            if page_id != "welcome" and self.page_blockers(page_id):
                self.focus_first_problem()

    def reachable(self) -> set[str]:
        """The pages the list of steps opens: every page that applies, always."""
        return set(self.state.reachable()) if self.state is not None else {"welcome"}

    def _update_steps(self) -> None:
        ids = self.page_ids()
        reachable = self.reachable()
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
            if self.state is not None and self.state.page_blockers(page_id):
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
        self._update_title()

    def step_items(self) -> list[tuple[str, str, bool]]:
        """The list of steps as shown: (page id, text, can be opened)."""
        out = []
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            out.append((item.data(QtCore.Qt.ItemDataRole.UserRole), item.text(),
                        bool(item.flags() & QtCore.Qt.ItemFlag.ItemIsEnabled)))
        return out

    def _update_buttons(self) -> None:
        ids = self.page_ids()
        index = ids.index(self.current_id) if self.current_id in ids else 0
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(ids) or self.interview is None)
        self.next_button.setDefault(True)
        # the packet page has its own; the first page has nothing to keep yet
        self.save_button.setVisible(self.current_id not in ("welcome", "packet"))

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

    def step_title(self) -> str:
        """The window's title: the step and its page ("Step 4 of 14: About you"), never
        anything entered."""
        ids = self.page_ids()
        page = self.pages.get(self.current_id)
        if self.current_id not in ids or page is None or self.current_id == "welcome":
            return self.tr("Residence permit assistant")
        return self.tr("Step %1 of %2: %3 – Residence permit assistant").replace(
            "%1", str(ids.index(self.current_id) + 1)).replace("%2", str(len(ids))).replace(
            "%3", page.title_text())

    def _update_title(self) -> None:
        self.setWindowTitle(self.step_title())

    def retranslate(self) -> None:
        self._update_title()
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
        self.back_button.setToolTip(self.tr("The previous page (Alt+Left)"))
        self.next_button.setToolTip(self.tr("The next page (Alt+Right, or Enter in the last "
                                            "field)"))
        self.save_button.setText(self.tr("Save case file…"))
        self.save_button.setToolTip(self.tr("Keep your answers in a file protected with a "
                                            "passphrase, to continue later (Ctrl+S)."))
        # looked up, not kept: after some keyboard journeys PySide's wrapper of the menu stops
        # being valid while the menu lives (a language switch then failed)
        from PySide6.QtWidgets import QMenu

        menu = self.menuBar().findChild(QMenu, "caseMenu")
        if menu is not None:
            menu.setTitle(self.tr("&Case"))
        self.open_action.setText(self.tr("Open a case file…") + "\t" + OPEN_KEYS)
        self.save_action.setText(self.tr("Save case file…") + "\t" + SAVE_KEYS)
        self.finish_action.setText(self.tr("Finish"))
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
        if self.shared:  # what Qt keeps (dialog history, clipboard) goes with each session
            from .session import SharedTraces

            SharedTraces(lambda: self.answers).install(self.session)
        self.install_crash_handling()
        if self.session.settings.problem:
            self.show_settings_problem()
        self.casefiles.offer_draft()
        self.change_hooks.append(self.casefiles.autosave)
        self.page_changed.connect(lambda _page: self.casefiles.autosave())
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

    def settings_problem_text(self) -> str:
        """What the window says when the centre configuration cannot be used
        (`Settings.problem`): that it cannot, what the program does instead, and who can correct
        it; the file's own fault (English, naming the setting) is behind "Show Details…"."""
        settings = self.session.settings if self.session is not None else None
        if settings is None or not settings.problem:
            return ""
        text = self.tr(
            "The settings file of this computer (%1) cannot be used. The program therefore "
            "runs in shared mode, the safe choice: nothing you enter is kept on this computer "
            "unless you save a case file, and after %2 minutes without use everything entered "
            "is erased. Forms of the counselling centre are not offered.").replace(
                # the path left to right also in an Arabic or Persian sentence (an isolate)
                "%1", f"\u2066{settings.config_file or 'centre.toml'}\u2069").replace(
                "%2", f"{settings.idle_timeout_minutes:g}")
        return text + " " + self.tr("Please tell whoever looks after this computer; the "
                                    "details say what is wrong in the file.")

    def show_settings_problem(self) -> QMessageBox:
        """Say once, at the start, that the centre configuration cannot be used: a warning over
        the window, opened without waiting for it (the start goes on behind it)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Settings cannot be used"),
                          self.settings_problem_text(), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("settingsProblem")
        if self.session is not None and self.session.settings.problem:
            box.setDetailedText(self.session.settings.problem)
        box.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        box.open()
        return box

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
        # spoken when it appears and every ten seconds, not at every second of the countdown
        first = not self.status.text()
        self.status.show_message(self.tr("Nobody has used the program for a while. In %1 seconds "
                                    "everything entered is erased. Press any key to continue.")
                            .replace("%1", str(seconds_left)),
                            speak=first or seconds_left % 10 == 0, assertive=True)

    def show_case(self, case: Any) -> None:
        """Show a case (from a case file or a draft) in every input."""
        self.casefiles.show_case(case)

    def save_case_file(self) -> None:
        """Save case file… (menu, Ctrl+S, the footer and the packet page, on every page)."""
        self.casefiles.save_case_file()

    def open_case_file(self) -> None:
        self.casefiles.open_case_file()

    def input_files(self) -> list[Path]:
        """The files the program works from now, which nothing it saves may replace: the case
        file opened, the draft's files (personal mode), the documents added for the bundle, the
        files of the chosen form and the centre's configuration (`assistant.outputs` refuses
        them, ui.errors.check_save)."""
        files: list[Path] = []
        if self.casefiles.opened is not None:
            files.append(self.casefiles.opened)
        files.extend(self.casefiles.draft_files())
        packet = self.pages.get("packet")
        if packet is not None and hasattr(packet, "input_files"):
            files.extend(packet.input_files())
        if self.session is not None and self.session.settings.config_file is not None:
            files.append(self.session.settings.config_file)
        return files

    def confirm(self, title: str, text: str) -> bool:
        """Ask before something that cannot be undone; only a deliberate choice of "Erase"
        says yes (Enter, Space and Escape on the opened dialog say no)."""
        box = self.confirm_dialog(title, text)
        box.exec()
        return box.clickedButton() is box.findChild(QPushButton, "confirmErase")

    def confirm_dialog(self, title: str, text: str) -> QMessageBox:
        """The question `confirm` asks, not yet shown: "Cancel" is its default and focused
        button; "Erase" must be chosen on purpose."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmation")
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        erase.setObjectName("confirmErase")
        erase.setAutoDefault(False)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("confirmCancel")
        cancel.setText(self.tr("Cancel"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box

    def finish_text(self) -> str:
        """What Finish erases, said before it does."""
        text = self.tr("Finish erases everything you entered in this program: every answer, the "
                       "packet and its preview. It cannot be undone.")
        if not self.shared:
            text += " " + self.tr("The draft kept on this computer is deleted too.")
        return text + " " + self.tr("Save the packet and, if you want, a case file first.")

    def finish(self) -> None:
        """The clear end of a session: everything entered is erased, page one is shown."""
        if not self.confirm(self.tr("Finish and erase everything?"), self.finish_text()):
            return
        self.end_session(keep_draft=False)

    def end_session(self, keep_draft: bool = False) -> None:
        if self.session is not None:
            self.session.end_session(keep_draft=keep_draft)
        self.reset()
        heap.give_back()  # now also the memory of this person's pages and packet

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
        # The style's drawings of this person's pages (wrapped labels, frames at their sizes)
        # would fill Qt's pixmap cache person after person, up to its 10 MB: the next person
        # starts with an empty one.
        QPixmapCache.clear()

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
        self.change_hooks.clear()  # the session is closed: nothing more to save or show
        self.reset()  # nothing of the person stays in the inputs, the pages or the packet
        super().closeEvent(event)
