"""The date input's calendar: a month of day buttons, each named by its full date.

Qt's QCalendarWidget names its day cells by their number only ("24"): its model is private and
gives no accessible text, so a screen reader could not say which day the arrow keys reached.
Here every day is a button whose accessible name is the full date in the UI language
("Dienstag, 24. März 2026"), and the keyboard works as in a calendar:

  arrow keys            another day (left and right mirrored right to left)
  Page Up / Page Down   the month before / after (with Shift or Ctrl: the year)
  Home / End            the first / last day of the month
  Enter or Space        take the day          Escape   close, nothing changed

Only the day the keys have reached is a Tab stop (with the month and year choosers and the
buttons for the month before and after), so Tab leaves the month in one step.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import qlocale

FIRST = QDate(1900, 1, 1)
LAST = QDate(2100, 12, 31)
WEEKS = 6  # rows of days: enough for any month


def day_name(day: QDate) -> str:
    """A day in full in the UI language ("Tuesday, 24 March 2026")."""
    return qlocale().toString(day, qlocale().FormatType.LongFormat)


class DatePicker(QDialog):
    """A month of days to choose one from; `picked` says which, then the picker closes."""

    picked = Signal(QDate)

    def __init__(self, name: str, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(name)
        self.setAccessibleDescription(self.tr(
            "Arrow keys: another day. Page Up, Page Down: another month, with Shift another "
            "year. Enter: take the day. Escape: close."))
        self.setStyleSheet("QToolButton#day:focus { border: 2px solid palette(highlight); }")
        locale = qlocale()
        self.setLocale(locale)
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        outer.addLayout(header)
        self.before = QToolButton()
        self.before.setAccessibleName(self.tr("Month before"))
        self.before.setToolTip(self.tr("Month before"))
        self.before.clicked.connect(lambda: self.show_day(self.current.addMonths(-1), False))
        self.after = QToolButton()
        self.after.setAccessibleName(self.tr("Month after"))
        self.after.setToolTip(self.tr("Month after"))
        self.after.clicked.connect(lambda: self.show_day(self.current.addMonths(1), False))
        rtl = self.isRightToLeft()
        self.before.setArrowType(Qt.ArrowType.RightArrow if rtl else Qt.ArrowType.LeftArrow)
        self.after.setArrowType(Qt.ArrowType.LeftArrow if rtl else Qt.ArrowType.RightArrow)
        for button in (self.before, self.after):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        self.month.addItems([locale.standaloneMonthName(m) for m in range(1, 13)])
        self.month.activated.connect(self._month_chosen)
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(FIRST.year(), LAST.year())
        self.year.setLocale(locale)
        self.year.valueChanged.connect(self._year_chosen)
        # a list's accessible name is its value on Linux: its label (the relation) names it
        month_label = QLabel(self.tr("Month"))
        month_label.setBuddy(self.month)
        year_label = QLabel(self.tr("Year"))
        year_label.setBuddy(self.year)
        header.addWidget(self.before)
        header.addWidget(month_label)
        header.addWidget(self.month, 1)
        header.addWidget(year_label)
        header.addWidget(self.year)
        header.addWidget(self.after)
        grid = QGridLayout()
        grid.setSpacing(2)
        outer.addLayout(grid)
        first = locale.firstDayOfWeek().value
        self.weekdays = [(first - 1 + c) % 7 + 1 for c in range(7)]  # 1 = Monday
        for column, weekday in enumerate(self.weekdays):
            head = QLabel(locale.dayName(weekday, locale.FormatType.ShortFormat))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setAccessibleName(locale.dayName(weekday))
            grid.addWidget(head, 0, column)
        metrics = self.fontMetrics()
        side = max([metrics.horizontalAdvance("00") * 2] + [
            metrics.horizontalAdvance(locale.dayName(d, locale.FormatType.ShortFormat))
            for d in range(1, 8)]) + 8
        self._buttons: list[QToolButton] = []
        for cell in range(WEEKS * 7):
            button = QToolButton()
            button.setObjectName("day")
            button.setAutoRaise(True)
            button.setFixedSize(side, metrics.height() + 12)
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the grid keeps its shape in every month
            button.setSizePolicy(QSizePolicy(policy))
            button.clicked.connect(lambda _=False, b=button: self._take(b))
            button.installEventFilter(self)
            grid.addWidget(button, 1 + cell // 7, cell % 7)
            self._buttons.append(button)
        self.chosen = day if day.isValid() else QDate()
        self.current = QDate()
        self._shown = (0, 0)
        self.show_day(day if day.isValid() else QDate.currentDate(), focus=False)

    # what a person sees and reaches -------------------------------------------------------------
    def shown_month(self) -> tuple[int, int]:
        """The year and month shown."""
        return self._shown

    def day_buttons(self) -> list[QToolButton]:
        """The buttons of the days of the month shown, first to last."""
        return [b for b in self._buttons if not b.isHidden()]

    def button_for(self, day: QDate) -> QToolButton | None:
        """The button of `day` if its month is shown."""
        for button in self.day_buttons():
            if button.property("date") == day:
                return button
        return None

    def show_day(self, day: QDate, focus: bool = True) -> None:
        """Show the month of `day` with `day` as the one the keys have reached."""
        day = max(FIRST, min(LAST, day))
        self.current = day
        if (day.year(), day.month()) != self._shown:
            self._show_month(day.year(), day.month())
        for button in self.day_buttons():
            reached = button.property("date") == day
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if reached
                                  else Qt.FocusPolicy.ClickFocus)
            if reached and focus:
                button.setFocus()

    def _show_month(self, year: int, month: int) -> None:
        self._shown = (year, month)
        locale = qlocale()
        first = QDate(year, month, 1)
        offset = self.weekdays.index(first.dayOfWeek())
        for cell, button in enumerate(self._buttons):
            day = first.addDays(cell - offset)
            inside = day.month() == month
            button.setVisible(inside)
            button.setProperty("date", day if inside else None)
            if not inside:
                continue
            button.setText(locale.toString(day.day()))
            button.setAccessibleName(day_name(day))
            button.setToolTip(day_name(day))
            font = button.font()
            font.setBold(day == self.chosen)
            button.setFont(font)
        self.month.blockSignals(True)
        self.month.setCurrentIndex(month - 1)
        self.month.blockSignals(False)
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)

    def _month_chosen(self, index: int) -> None:
        self.show_day(self._same_day_in(self.current.year(), index + 1), focus=False)

    def _year_chosen(self, year: int) -> None:
        self.show_day(self._same_day_in(year, self.current.month()), focus=False)

    def _same_day_in(self, year: int, month: int) -> QDate:
        first = QDate(year, month, 1)
        return QDate(year, month, min(self.current.day(), first.daysInMonth()))

    def _take(self, button: QToolButton) -> None:
        day = button.property("date")
        if isinstance(day, QDate) and day.isValid():
            self.accept()
            self.picked.emit(day)

    # the keys of a calendar ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and watched in self._buttons:
            return self.key(event)
        return super().eventFilter(watched, event)

    def key(self, event: QKeyEvent) -> bool:
        """Move or take the day for a key pressed on a day; False for any other key."""
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button = self.button_for(self.current)
            if button is not None:
                self._take(button)
            return True
        years = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.ShiftModifier))
        forward = -1 if self.isRightToLeft() else 1
        moves = {
            Qt.Key.Key_Left: lambda d: d.addDays(-forward),
            Qt.Key.Key_Right: lambda d: d.addDays(forward),
            Qt.Key.Key_Up: lambda d: d.addDays(-7),
            Qt.Key.Key_Down: lambda d: d.addDays(7),
            Qt.Key.Key_PageUp: lambda d: d.addYears(-1) if years else d.addMonths(-1),
            Qt.Key.Key_PageDown: lambda d: d.addYears(1) if years else d.addMonths(1),
            Qt.Key.Key_Home: lambda d: QDate(d.year(), d.month(), 1),
            Qt.Key.Key_End: lambda d: QDate(d.year(), d.month(), d.daysInMonth()),
        }
        move = moves.get(key)
        if move is None:
            return False
        self.show_day(move(self.current))
        return True

    def open_below(self, widget: QWidget) -> None:
        """Show the picker under `widget` (its right edge under the widget's right to left),
        inside the screen, with the focus on the day reached."""
        self.adjustSize()
        below = widget.mapToGlobal(QPoint(0, widget.height()))
        if self.isRightToLeft():
            below.setX(below.x() + widget.width() - self.width())
        screen = widget.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - self.width()))
        y = below.y()
        if y + self.height() > screen.bottom():
            y = widget.mapToGlobal(QPoint(0, 0)).y() - self.height()
        self.move(x, max(screen.top(), y))
        self.show()
        self.show_day(self.current)
