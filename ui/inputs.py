"""Typed input widgets, one per field kind of resources/interview.toml.

Each input edits one case field (identified by its case path), emits `changed` when the person
edits it, reports an `input_error()` when what was typed cannot be read (an unreadable date, a
number with letters, a country not in the list), and shows the problems the rules engine found
next to itself (icon, severity word and text, with a "Why?" button), so colour is never the only
signal. No rule lives here: what counts as a problem is decided by the engine and the case model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QIntValidator, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.interview import FieldSpec
from assistant.sources import cite, ltr, quote
from assistant.texts import RTL_LANGUAGES

from .combos import ChoiceBox as QuietChoiceBox
from .country_input import CountryBox
from .date_picker import DatePicker
from .i18n import current_language, itr, qlocale
from .taborder import place_after, place_before, stops_in

JUDGE_MS = 600  # a field is judged this long after the last key press, or when it is left

_NATIVE_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as 0-9, so people may type either."""
    return text.translate(_NATIVE_DIGITS).replace("\u200f", "").replace("\u200e", "")


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of a layout at once: hidden and detached first, because
    deleteLater alone leaves them painted at their last place until the event loop runs."""
    while layout.count():
        item = layout.takeAt(0)
        if widget := item.widget():
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


class WrapLabel(QLabel):
    """A word-wrapping label that asks for the height its width needs. A form layout sizes a
    row by its label's one-line hint, so a label that wraps onto more lines (a long label, a
    large system font) would otherwise be cut off."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """As high as the text needs at the present width, no higher (after a new text too, so
        that no gap remains)."""
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


@dataclass(frozen=True)
class Problem:
    """Something to show next to a field: a finding of the engine or an unreadable input."""

    severity: str  # blocker, warning, info
    text: str
    why: str = ""
    source: str = ""
    quote: str = ""
    key: str = ""


class ProblemItem(QFrame):
    """One problem: icon, severity word, text and a "Why?" button."""

    def __init__(self, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setObjectName(f"problem_{problem.severity}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        icon = {
            "blocker": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }.get(problem.severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon = QLabel()
        size = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.icon)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.why_button = QPushButton(self)  # a child: a window of its own would close popups
        self.why_button.setVisible(bool(problem.why or problem.source))
        self.why_button.clicked.connect(self.show_why)
        layout.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def severity_word(self) -> str:
        return {
            "blocker": self.tr("Problem:"),
            "warning": self.tr("Warning:"),
        }.get(self.problem.severity, self.tr("Note:"))

    def retranslate(self) -> None:
        word = self.severity_word()
        self.label.setText(f"<b>{_escape(word)}</b> {_escape(self.problem.text)}")
        # wraps by words down to its longest word (QLabel's own minimum is far wider)
        metrics = self.label.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in f"{word} {self.problem.text}"
                       .split()), default=0)
        self.label.setMinimumWidth(max(longest, 10 * metrics.averageCharWidth()))
        self.label.setAccessibleName(f"{word} {self.problem.text}")
        self.why_button.setText(self.tr("Why?"))
        self.why_button.setAccessibleName(self.tr("Why? %1").replace("%1", self.problem.text))

    def why_dialog(self) -> QMessageBox:
        """The "Why?" dialog, not yet shown: the problem, why it matters, the quoted sentence and
        the source by its title (assistant.sources), all set in the reading direction of the
        UI language."""
        lang = current_language()
        rtl = lang in RTL_LANGUAGES
        # Each paragraph gets the reading direction explicitly: Qt would otherwise set a
        # paragraph that begins with Latin letters ("§ 16b AufenthG", a quoted German heading)
        # left to right in an Arabic dialog.
        direction = ' dir="rtl" align="right"' if rtl else ""
        parts = [f"<p{direction}><b>{_escape(self.problem.text)}</b></p>"]
        if self.problem.why:
            parts.append(f"<p{direction}>{_escape(self.problem.why)}</p>")
        if self.problem.quote:
            # the sentence as the source has it (German or English), kept left to right as a
            # whole within a right-to-left paragraph
            quoted = quote(self.problem.quote, "de")
            parts.append(f"<p{direction}><i>{_escape(ltr(quoted) if rtl else quoted)}</i></p>")
        if self.problem.source:
            label = self.tr("Source:")
            parts.append(f"<p{direction}><b>{_escape(label)}</b> "
                         f"{_escape(cite(self.problem.source, lang))}</p>")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Why?"), "".join(parts),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                               else Qt.LayoutDirection.LeftToRight)
        return box

    def show_why(self) -> None:
        self.why_dialog().exec()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ProblemList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._shown: tuple[Problem, ...] = ()
        self.setVisible(False)

    def set_problems(self, problems: list[Problem]) -> bool:
        """Show these problems; True if what is shown changed."""
        if tuple(problems) == self._shown:
            return False
        self._shown = tuple(problems)
        clear_layout(self._layout)
        for problem in problems:
            self._layout.addWidget(ProblemItem(problem, self))
        self.setVisible(bool(problems))
        return True

    def why_buttons(self) -> list[QPushButton]:
        return [item.why_button for item in self.items()]

    def items(self) -> list[ProblemItem]:
        return [w for w in self.findChildren(ProblemItem) if w.problem in self._shown]

    def shown(self) -> tuple[Problem, ...]:
        return self._shown

    def retranslate(self) -> None:
        for item in self.items():
            item.retranslate()


# --- the inputs ----------------------------------------------------------------------------------


class FieldInput(QWidget):
    """Base of every input: the control, an optional help text and the problems."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.path = path
        self.setObjectName(f"field:{path}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(3)
        self.control_row = QHBoxLayout()
        self.control_row.setSpacing(6)
        outer.addLayout(self.control_row)
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.help_label.setObjectName("help")
        outer.addWidget(self.help_label)
        self.problems = ProblemList(self)
        outer.addWidget(self.problems)
        self._input_error = ""
        # A field is judged when the person leaves it or stops typing, not at every key: while
        # they type, a new message waits (one that no longer applies goes at once).
        self._typing = False
        self._latest: list[Problem] = []
        self._judge_timer = QTimer(self)
        self._judge_timer.setSingleShot(True)
        self._judge_timer.setInterval(JUDGE_MS)
        self._judge_timer.timeout.connect(self.judge)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        # Next waits for an answer, or the packet needs it (set_required); its label shows "*"
        self.required = spec.required
        self.label_widget: QLabel | None = None  # its FieldLabel, if it has one
        self.name_prefix = ""  # a row's title ("Child 2"), said before the label
        self.build()
        # a screen reader meets the control first, then its help and its messages, as seen
        self.help_label.raise_()
        self.problems.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """The form sizes this row by the control's height; a help text or a problem that wraps
        onto more lines (a narrow column, a large system font) needs the height its width
        needs, as the layout computes it; when a problem goes, the row shrinks back (no gap)."""
        if self.layout() is None or not self.isVisible():
            return
        needed = self.needed_height()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def needed_height(self) -> int:
        """The height that what the input shows now needs at its present width."""
        layout = self.layout()
        if layout is None:
            return 0
        layout.invalidate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed <= 0:  # nothing wraps (any more): the controls' own height
            needed = layout.totalMinimumSize().height()
        return needed

    # what every input kind provides (abstract: tests/test_inputs.py checks each kind has them) --
    def build(self) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def input_error(self) -> str:
        """Why what was typed cannot be read, in the UI language; empty if it can."""
        return ""

    def inputs(self) -> list[FieldInput]:
        """This input and any inputs inside it (rows of a list)."""
        return [self]

    # common ----------------------------------------------------------------------------------
    def label_text(self) -> str:
        return itr(self.spec.label)

    def spoken_label(self) -> str:
        """The label as a screen reader says it: with the row it belongs to ("Child 2: Date of
        birth")."""
        label = self.label_text()
        return f"{self.name_prefix}: {label}" if self.name_prefix else label

    def retranslate(self) -> None:
        help_text = itr(self.spec.help)
        if self.spec.kind == "name":
            hint = self.tr("Latin letters, as in the machine-readable lines of the passport.")
            help_text = f"{help_text} {hint}".strip()
        self.help_label.setText(help_text)
        self.help_label.setVisible(bool(help_text))
        self.focus_widget().setAccessibleName(self.spoken_label())
        self.problems.retranslate()
        self.fit_height()
        self.describe()

    def set_problems(self, problems: list[Problem]) -> None:
        self._latest = list(problems)
        if self._typing:  # what still applies stays, what is new waits for judge()
            shown = set(self.problems.shown())
            problems = [p for p in problems if p in shown]
        if self.problems.set_problems(problems):
            self.fit_height()
            # the "Why?" buttons come right after the field's own controls, as seen
            own = [w for w in stops_in(self) if not self.problems.isAncestorOf(w)]
            if own:
                place_after(own[-1], self.problems.why_buttons())
        self.describe()

    def set_required(self, required: bool) -> None:
        """Mark the input as one whose answer is needed (its label shows "*")."""
        self.required = required
        self.describe()
        if isinstance(self.label_widget, FieldLabel):
            self.label_widget.retranslate()

    def is_invalid(self) -> bool:
        """True while what is shown cannot be taken: unreadable input or a problem that stops
        the application (said first in the accessible description)."""
        return bool(self.input_error()) or any(
            p.severity == "blocker" for p in self.problems.shown())

    def description_extra(self) -> str:
        """What else a screen reader says after the help (a date's format)."""
        return ""

    def describe(self) -> None:
        """The accessible description: the problems (each with its severity word), "required",
        the help and the format, whatever of these there is, so none hides another."""
        parts = [f"{item.severity_word()} {item.problem.text}" for item in self.problems.items()]
        if self.required:
            parts.append(self.tr("Required."))
        parts += [self.help_label.text(), self.description_extra()]
        self.focus_widget().setAccessibleDescription(" ".join(p for p in parts if p).strip())
        line = getattr(self.focus_widget(), "lineEdit", None)
        if callable(line) and line() is not None:  # an editable list: its typing box too
            line().setAccessibleDescription(self.focus_widget().accessibleDescription())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _emit(self, *_args: object) -> None:
        self.changed.emit()

    def typing(self, *_args: object) -> None:
        """The person typed a character: judge the field once they stop or leave it."""
        self._typing = True
        self._judge_timer.start()

    def is_typing(self) -> bool:
        """True while a message about what is being typed waits (typing, not yet left)."""
        return self._typing

    def judge(self) -> None:
        """Show every message about this field now (they stopped typing, left it, or a test
        flushes)."""
        self._judge_timer.stop()
        if self._typing:
            self._typing = False
            self.set_problems(self._latest)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._typing and old is not None and (old is self or self.isAncestorOf(old)) \
                and not (new is not None and (new is self or self.isAncestorOf(new))):
            self.judge()


class TextInput(FieldInput):
    """text, name, email, phone"""

    def build(self) -> None:
        self.edit = QLineEdit()
        self.edit.setObjectName(self.path)
        if self.spec.kind == "email":
            self.edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        elif self.spec.kind == "phone":
            self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.edit.textEdited.connect(self.typing)
        self.edit.textEdited.connect(self._emit)
        self.control_row.addWidget(self.edit)
        self.retranslate()

    def focus_widget(self) -> QWidget:
        return self.edit

    def value(self) -> str:
        return " ".join(self.edit.text().split())

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class MultilineInput(FieldInput):
    def build(self) -> None:
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(self.path)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.edit.textChanged.connect(self.typing)
        self.edit.textChanged.connect(self._emit)
        self.control_row.addWidget(self.edit)
        self.retranslate()

    def focus_widget(self) -> QWidget:
        return self.edit

    def value(self) -> str:
        return self.edit.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText("" if value is None else str(value))
        self.edit.blockSignals(False)


def date_pattern(lang: str) -> str:
    """The locale's short numeric date pattern with two-digit day and month and a four-digit year
    (German: dd.MM.yyyy, British English: dd/MM/yyyy)."""
    pattern = qlocale(lang).dateFormat(qlocale(lang).FormatType.ShortFormat)
    pattern = pattern.replace("\u200f", "").replace("\u200e", "")
    pattern = re.sub(r"y+", "yyyy", pattern)
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    pattern = re.sub(r"(?<!M)M(?!M)", "MM", pattern)
    return pattern


class DateInput(FieldInput):
    """A date typed in the locale's format or picked from a calendar; may be empty."""

    def build(self) -> None:
        self.edit = QLineEdit()
        self.edit.setObjectName(self.path)
        self.edit.textEdited.connect(self.typing)
        self.edit.textEdited.connect(self._emit)
        self.edit.editingFinished.connect(self._normalise)
        self.control_row.addWidget(self.edit, 1)
        self.button = QToolButton()
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            self.button.setText("…")
        else:
            self.button.setIcon(icon)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.clicked.connect(self.open_calendar)
        self.control_row.addWidget(self.button)
        self.calendar: DatePicker | None = None  # while it is open
        self.retranslate()

    def focus_widget(self) -> QWidget:
        return self.edit

    def retranslate(self) -> None:
        super().retranslate()
        pattern = date_pattern(current_language())
        self.edit.setPlaceholderText(self._pattern_for_people(pattern))
        self.button.setToolTip(self.tr("Choose the date in a calendar"))
        self.button.setAccessibleName(
            self.tr("%1: choose the date in a calendar").replace("%1", self.spoken_label()))
        current = self.value()
        if current is not None:
            self.set_value(current)

    def description_extra(self) -> str:
        return self.tr("Format: %1").replace(
            "%1", self._pattern_for_people(date_pattern(current_language())))

    def _pattern_for_people(self, pattern: str) -> str:
        return (pattern.replace("dd", self.tr("DD")).replace("MM", self.tr("MM"))
                .replace("yyyy", self.tr("YYYY")))

    def _parse(self) -> date | None | str:
        text = ascii_digits(self.edit.text()).strip()
        if not text:
            return None
        for pattern in (date_pattern(current_language()), "yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy"):
            day = QDate.fromString(text, pattern)
            if day.isValid():
                return date(day.year(), day.month(), day.day())
        return "error"

    def value(self) -> date | None:
        parsed = self._parse()
        return parsed if isinstance(parsed, date) else None

    def input_error(self) -> str:
        if self._parse() == "error":
            example = QDate(2000, 12, 31).toString(date_pattern(current_language()))
            return self.tr("This date cannot be read. Please write it like %1 or choose it in "
                           "the calendar.").replace("%1", example)
        return ""

    def set_value(self, value: Any) -> None:
        if self.calendar is not None:  # the session ends, a case is loaded: it shows no more
            self.calendar.reject()
        if isinstance(value, date):
            self.edit.setText(QDate(value.year, value.month, value.day).toString(
                date_pattern(current_language())))
        else:
            self.edit.setText("")

    def _normalise(self) -> None:
        day = self.value()
        if day is not None:
            self.set_value(day)

    def open_calendar(self) -> None:
        """Open the calendar under the field, on the date written in it (or today)."""
        current = self.value()
        day = QDate(current.year, current.month, current.day) if current else QDate()
        calendar = DatePicker(self.spoken_label(), day, self)
        calendar.picked.connect(self._picked)
        calendar.finished.connect(self._calendar_closed)
        self.calendar = calendar
        calendar.open_below(self.edit)

    def _calendar_closed(self) -> None:
        self.calendar = None
        self.edit.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_value(date(day.year(), day.month(), day.day()))
        self.changed.emit()


class CountryInput(FieldInput):
    """A searchable list of countries, names in the UI language (ui/country_input.py)."""

    def build(self) -> None:
        self.combo = self._make_combo(self.path)
        self.control_row.addWidget(self.combo, 1)
        self.retranslate()

    def _make_combo(self, name: str) -> CountryBox:
        combo = CountryBox(name)
        lineedit = combo.lineEdit()
        if lineedit is not None:
            lineedit.textEdited.connect(self.typing)
        combo.edited.connect(self._emit)
        # fills the field column, not wider than it: the longest of some 250 country names
        # (the default size) would push the page into horizontal scrolling
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def boxes(self) -> list[CountryBox]:
        return [self.combo]

    def focus_widget(self) -> QWidget:
        return self.combo

    def retranslate(self) -> None:
        super().retranslate()
        for box in self.boxes():
            box.lineEdit().setPlaceholderText(self.tr("Type to search"))
            box.fill()
        self._name_typing_boxes()

    def _name_typing_boxes(self) -> None:
        """The typing box inside each list carries the list's name (Qt on Linux names a list
        by its value; the label relation and this name keep the question)."""
        for box in self.boxes():
            box.lineEdit().setAccessibleName(box.accessibleName())
            box.lineEdit().setAccessibleDescription(box.accessibleDescription())

    def value(self) -> str | None:
        return self.combo.code()

    def input_error(self) -> str:
        return next((p for p in (box.problem() for box in self.boxes()) if p), "")

    def set_value(self, value: Any) -> None:
        self.combo.set_code(value or None)


class CountriesInput(CountryInput):
    """One nationality and optionally a second one."""

    def build(self) -> None:
        self.combo = self._make_combo(self.path)
        self.control_row.addWidget(self.combo, 1)
        self.second_label = QLabel()
        self.second_label.setWordWrap(True)
        self.second = self._make_combo(self.path + "#2")
        self.second_label.setBuddy(self.second)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.second_label)
        layout.insertWidget(2, self.second)
        self.retranslate()

    def boxes(self) -> list[CountryBox]:
        return [self.combo, self.second]

    def retranslate(self) -> None:
        super().retranslate()
        self.second_label.setText(itr(self.spec.second_label))
        second = itr(self.spec.second_label)
        self.second.setAccessibleName(f"{self.name_prefix}: {second}" if self.name_prefix
                                      else second)
        self._name_typing_boxes()

    def value(self) -> list[str]:
        out: list[str] = []
        for code in (box.code() for box in self.boxes()):
            if code and code not in out:
                out.append(code)
        return out

    def set_value(self, value: Any) -> None:
        codes = list(value or [])
        self.combo.set_code(codes[0] if codes else None)
        self.second.set_code(codes[1] if len(codes) > 1 else None)


class NumberInput(FieldInput):
    """A whole or decimal number with its unit (cm, hours a week, euro a month)."""

    def build(self) -> None:
        self.edit = QLineEdit()
        self.edit.setObjectName(self.path)
        if self.spec.kind == "int":
            self.edit.setValidator(QIntValidator(0, 10_000_000, self.edit))
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14 + 16)
        self.edit.textEdited.connect(self.typing)
        self.edit.textEdited.connect(self._emit)
        self.control_row.addWidget(self.edit)
        self.unit = QLabel()
        self.control_row.addWidget(self.unit)
        self.control_row.addStretch(1)
        self.retranslate()

    def focus_widget(self) -> QWidget:
        return self.edit

    def retranslate(self) -> None:
        super().retranslate()
        unit = itr(self.spec.unit)
        self.unit.setText(unit)
        if unit:
            self.edit.setAccessibleName(f"{self.spoken_label()} ({unit})")

    def _parse(self) -> int | float | None | str:
        text = ascii_digits(self.edit.text()).strip().replace(" ", "")
        if not text:
            return None
        text = text.replace(",", ".").replace("٫", ".")
        try:
            number = float(text)
        except ValueError:
            return "error"
        if self.spec.kind == "int":
            return int(number) if number.is_integer() else "error"
        return number

    def value(self) -> int | float | None:
        parsed = self._parse()
        return None if isinstance(parsed, str) else parsed

    def input_error(self) -> str:
        if self._parse() == "error":
            return itr(self.spec.invalid) or self.tr("Please write a number, for example 20.")
        return ""

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.setText("")
        elif isinstance(value, float) and not value.is_integer():
            self.edit.setText(qlocale().toString(value, "g", 6))
        else:
            self.edit.setText(str(int(value)))


class ChoiceBox(QuietChoiceBox):
    """A list of choices as wide as its longest choice where there is room, and narrower in a
    small window or with a large font (the list that opens shows every choice whole, and the
    tooltip the chosen one): the page never scrolls sideways for it. The wheel changes it only
    while it has the focus (ui/combos.py)."""

    MIN_CHARS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        narrow = self.MIN_CHARS * self.fontMetrics().averageCharWidth() + 32
        return QSize(min(hint.width(), narrow), hint.height())


class EnumInput(FieldInput):
    def build(self) -> None:
        self.combo = ChoiceBox()
        self.combo.setObjectName(self.path)
        self.combo.currentIndexChanged.connect(self._emit)
        self.combo.currentTextChanged.connect(self.combo.setToolTip)
        self.control_row.addWidget(self.combo)
        self.control_row.addStretch(1)
        self.retranslate()

    def focus_widget(self) -> QWidget:
        return self.combo

    def retranslate(self) -> None:
        current = self.value() if self.combo.count() else None
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("– please choose –"), "")
        for choice in self.spec.choices:
            self.combo.addItem(itr(choice.label), choice.value)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)) if current else 0)
        self.combo.blockSignals(False)
        self.combo.setToolTip(self.combo.currentText())
        super().retranslate()

    def value(self) -> str | None:
        return self.combo.currentData() or None

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)) if value else 0)
        self.combo.blockSignals(False)


class PickInput(FieldInput):
    """A common answer chosen from a list in the UI language (the list and its names come from
    assistant.answer_lists), or "Other (type it)" with a line to type any other answer. The
    value is the chosen answer's code, the typed text, or empty."""

    OTHER = "\u0000other"  # the item "Other (type it)" (no code can be it)

    def build(self) -> None:
        from assistant.answer_lists import answer_lists

        self.answers = answer_lists()[self.spec.answer_list]
        self.combo = ChoiceBox()
        self.combo.setObjectName(self.path)
        self.combo.currentTextChanged.connect(self.combo.setToolTip)
        self.control_row.addWidget(self.combo)
        self.control_row.addStretch(1)
        self.other_label = QLabel()  # "Your answer:", above the line, its buddy
        self.other_label.setWordWrap(True)
        self.other_edit = QLineEdit()
        self.other_edit.setObjectName(self.path + "#other")
        self.other_label.setBuddy(self.other_edit)
        self.other_label.setVisible(False)
        self.other_edit.setVisible(False)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.other_label)
        layout.insertWidget(2, self.other_edit)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.other_edit.textEdited.connect(self.typing)
        self.other_edit.textEdited.connect(self._emit)
        self.retranslate()

    def focus_widget(self) -> QWidget:
        return self.combo

    def typed_widget(self) -> QLineEdit:
        """The line for an answer not in the list (shown while "Other" is chosen)."""
        return self.other_edit

    def other_chosen(self) -> bool:
        return self.combo.currentData() == self.OTHER

    def _chosen(self, *_args: object) -> None:
        # the line appears after the list (the next Tab stop); the focus stays where it is
        self._show_other()
        self.fit_height()
        self.changed.emit()

    def retranslate(self) -> None:
        current = self.value() if self.combo.count() else None
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("– please choose –"), "")
        for code, name in self.answers.choices(current_language()):
            self.combo.addItem(name, code)
        self.combo.addItem(self.tr("Other (type it)"), self.OTHER)
        self.combo.blockSignals(False)
        self.set_value(current)
        self.other_label.setText(self.tr("Your answer:"))
        self.other_edit.setPlaceholderText(self.tr("Type your answer"))
        super().retranslate()
        self.other_edit.setAccessibleName(
            self.tr("%1: other answer").replace("%1", self.spoken_label()))

    def value(self) -> str:
        if self.other_chosen():
            return " ".join(self.other_edit.text().split())
        return self.combo.currentData() or ""

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        self.combo.blockSignals(True)
        if not text:
            self.combo.setCurrentIndex(0)
        elif self.answers.answer(text) is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(text)))
        else:
            self.combo.setCurrentIndex(self.combo.findData(self.OTHER))
            self.other_edit.setText(text)
        self.combo.blockSignals(False)
        self.combo.setToolTip(self.combo.currentText())
        self._show_other()

    def _show_other(self) -> None:
        other = self.other_chosen()
        self.other_label.setVisible(other)
        self.other_edit.setVisible(other)


class YesNoInput(FieldInput):
    """Yes or no, asked neutrally: nothing is chosen until the person chooses."""

    def build(self) -> None:
        self.yes = QRadioButton()
        self.yes.setObjectName(self.path + "#yes")
        self.no = QRadioButton()
        self.no.setObjectName(self.path + "#no")
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.group.buttonClicked.connect(self._emit)
        self.control_row.addWidget(self.yes)
        self.control_row.addWidget(self.no)
        self.control_row.addStretch(1)
        self.retranslate()

    def focus_widget(self) -> QWidget:
        return self.yes

    def put_label_above(self, label: FieldLabel) -> None:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        label.above = True  # the column layout gives it the height its width needs
        label.setMinimumHeight(0)
        layout.insertWidget(0, label)

    def retranslate(self) -> None:
        super().retranslate()
        self.yes.setText(self.tr("Yes"))
        self.no.setText(self.tr("No"))
        self.yes.setAccessibleName(f"{self.spoken_label()}: {self.tr('Yes')}")
        self.no.setAccessibleName(f"{self.spoken_label()}: {self.tr('No')}")

    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)


class CheckInput(FieldInput):
    """A box that is ticked or not; its own text is its label."""

    def build(self) -> None:
        self.box = QCheckBox()
        self.box.setObjectName(self.path)
        self.box.toggled.connect(self._emit)
        self.control_row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        # the text beside the box wraps by words (a check box's own text cannot) and, as the
        # box's text would, ticks it when clicked
        self.text_label = BoxLabel(self.box)
        self.control_row.addWidget(self.text_label, 1)
        self.retranslate()

    def focus_widget(self) -> QWidget:
        return self.box

    def retranslate(self) -> None:
        super().retranslate()
        self.text_label.setText(self.label_text())
        self.text_label.fit_height()

    def text(self) -> str:
        """The text shown beside the box."""
        return self.text_label.text()

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)


class ListInput(FieldInput):
    """Any number of rows (children, earlier stays, absences) with add and remove."""

    def build(self) -> None:
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        self.rows: list[tuple[QGroupBox, list[FieldInput], QPushButton]] = []
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, self.rows_box)
        self.add_button = QPushButton()
        self.add_button.setObjectName(self.path + "#add")
        self.add_button.clicked.connect(self.add_row)
        self.control_row.addWidget(self.add_button)
        self.control_row.addStretch(1)
        self.retranslate()

    def focus_widget(self) -> QWidget:
        return self.add_button

    def label_text(self) -> str:
        return itr(self.spec.add_label)

    def inputs(self) -> list[FieldInput]:
        return [self] + [i for _box, inputs, _rm in self.rows for i in inputs]

    def add_row(self) -> None:
        self._append({})
        self.rows[-1][1][0].focus_widget().setFocus()
        self.changed.emit()

    def _append(self, values: dict[str, Any]) -> None:
        index = len(self.rows)
        box = QGroupBox()
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        inputs: list[FieldInput] = []
        for item in self.spec.items:
            widget = make_input(item, f"{self.path}.{index}.{item.path}", box)
            widget.set_value(values.get(item.path))
            widget.changed.connect(self._emit)
            add_row(form, widget)
            inputs.append(widget)
        remove = QPushButton()
        remove.setObjectName(f"{self.path}.{index}#remove")
        remove.clicked.connect(lambda _checked=False, b=box: self.remove_row(b))
        form.addRow(remove)
        self.rows_box.addWidget(box)
        # the row's fields are reached by Tab where they are seen: before "Add"
        place_before(self.add_button, stops_in(box))
        self.rows.append((box, inputs, remove))
        self._label_rows()

    def remove_row(self, box: QGroupBox) -> None:
        values = [
            {item.path: widget.value() for item, widget in zip(self.spec.items, inputs,
                                                                   strict=True)}
            for b, inputs, _rm in self.rows if b is not box
        ]
        self.set_value(values)
        self.add_button.setFocus()
        self.changed.emit()

    def _label_rows(self) -> None:
        for i, (box, inputs, remove) in enumerate(self.rows):
            title = f"{itr(self.spec.item_label)} {i + 1}"
            box.setTitle(title)
            remove.setText(itr(self.spec.remove_label))
            remove.setAccessibleName(f"{itr(self.spec.remove_label)} ({title})")
            for widget in inputs:
                if widget.name_prefix != title:
                    widget.name_prefix = title
                    widget.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.add_button.setText(itr(self.spec.add_label))
        if hasattr(self, "rows"):
            self._label_rows()

    def value(self) -> list[dict[str, Any]]:
        return [
            {item.path: widget.value() for item, widget in zip(self.spec.items, inputs,
                                                               strict=True)}
            for _box, inputs, _rm in self.rows
        ]

    def set_value(self, value: Any) -> None:
        for box, _inputs, _rm in self.rows:
            box.setParent(None)
            box.deleteLater()
        self.rows = []
        for row in value or []:
            self._append(row)


_KINDS: dict[str, type[FieldInput]] = {
    "text": TextInput, "name": TextInput, "email": TextInput, "phone": TextInput,
    "multiline": MultilineInput, "date": DateInput, "country": CountryInput,
    "countries": CountriesInput, "int": NumberInput, "float": NumberInput, "enum": EnumInput,
    "yesno": YesNoInput, "check": CheckInput, "list": ListInput, "pick": PickInput,
}


def make_input(spec: FieldSpec, path: str, parent: QWidget | None = None) -> FieldInput:
    return _KINDS[spec.kind](spec, path, parent)


class BoxLabel(WrapLabel):
    """The wrapping text of a check box: a click on it ticks or clears the box."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self.box = box
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.rect().contains(event.position().toPoint()) and self.box.isEnabled():
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.toggle()
        super().mouseReleaseEvent(event)


LABEL_CHARS = 22  # a label up to about this many average characters stays on one line
LABEL_LINES = 3  # a longer one wraps by words into at most this many lines
LABEL_MAX_CHARS = 34  # and is never wider than this (very long labels take more lines)


class FieldLabel(WrapLabel):
    """The label of an input, its buddy, relabelled on a language change."""

    def __init__(self, widget: FieldInput) -> None:
        super().__init__()
        self.input = widget
        self.setBuddy(widget.focus_widget())
        self.setObjectName(f"label:{widget.path}")
        # the first line beside the top of its field, however many lines the field takes
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.setContentsMargins(0, 3, 0, 0)  # level with the text inside a line edit
        self.above = False
        widget.label_widget = self
        self.retranslate()

    def retranslate(self) -> None:
        text = itr(self.input.spec.label)
        self.setText(f"{text}\u00a0*" if self.input.required else text)
        self.setAccessibleName(text)  # "required" is said by the field's description
        # never narrower than its longest word (German compounds cannot be wrapped)
        self.setMinimumWidth(self.longest_word() + self.frame_width())
        self.updateGeometry()
        self.fit_height()

    def longest_word(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)

    def frame_width(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * self.margin() + 4

    def lines_at(self, width: int) -> int:
        """How many lines the label needs at `width` pixels."""
        return max(1, round(self.heightForWidth(width) / max(1, self.fontMetrics().lineSpacing())))

    def preferred_width(self) -> int:
        """The width the label asks for: one line up to LABEL_CHARS average characters; a longer
        label wraps by words into at most LABEL_LINES lines, as narrow as that allows, but never
        wider than LABEL_MAX_CHARS (the form then puts the field below it, see add_row)."""
        metrics = self.fontMetrics()
        full = metrics.horizontalAdvance(self.text()) + self.frame_width()
        width = max(LABEL_CHARS * metrics.averageCharWidth(), self.longest_word()
                    + self.frame_width())
        widest = max(width, LABEL_MAX_CHARS * metrics.averageCharWidth())
        if full <= width:
            return full
        step = max(4, metrics.averageCharWidth())
        while width < widest and self.lines_at(width) > LABEL_LINES:
            width += step
        return min(width, widest)

    def fit_height(self) -> None:
        if not self.above:
            super().fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        if self.above:  # a question across the page, above its answers
            return super().sizeHint()
        width = self.preferred_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self.longest_word() + self.frame_width()
        return QSize(width, self.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)



def add_row(form: QFormLayout, widget: FieldInput) -> QLabel | None:
    """Add an input to a form with its label as buddy (a check box carries its own text). A
    yes/no question stands above its two answers, across the page: questions are long, and
    beside the answers they would take many lines."""
    if isinstance(widget, CheckInput):
        form.addRow(widget)
        return None
    label = FieldLabel(widget)
    if isinstance(widget, YesNoInput):
        widget.put_label_above(label)
        form.addRow(widget)
        return label
    form.addRow(label, widget)
    widget.raise_()  # a screen reader meets the label first, then its field, as seen
    return label
