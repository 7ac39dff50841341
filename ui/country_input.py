"""The searchable country list: an editable combo box whose suggestions follow what is typed.

What the person means is taken, nothing else: a name (in the UI language, German or English) or
an ISO code that means one country is taken without the list; a text that fits several
countries or none is left as typed and `problem()` says so, so the field shows it; what is
highlighted in the suggestions is what Enter or Tab takes. Down opens the suggestions for the
typed text (it never steps to the next country of the full list). The full list (the arrow
button, F4) stays for browsing.

The suggestions are ranked by ui.countries and shown by a QCompleter that filters nothing: its
model holds exactly the countries that fit. The popup closes only when the person leaves or
picks; nothing the window does while re-evaluating touches this widget's model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from .countries import countries, country_name, resolve, suggestions
from .i18n import current_language

CODE_ROLE = Qt.ItemDataRole.UserRole
SHOWN_IN_MESSAGE = 6  # countries named in "fits several countries: ..."

_Index = QModelIndex | QPersistentModelIndex


class Suggestions(QAbstractListModel):
    """The countries that fit what is typed, best first: (code, name in the UI language)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        code, name = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name
        if role == CODE_ROLE:
            return code
        return None


class _ShowAll(QCompleter):
    """A popup completer that shows every row of its model: CountryBox chose and ranked them."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        return [""]


class CountryBox(QComboBox):
    """One country: type to search, or pick from the full list."""

    edited = Signal()  # the person typed or picked

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._lang = ""
        self._chosen: str | None = None  # picked from a list (or set), as long as it is shown
        self._from_list = False  # the full list was opened since the last key typed
        self._reported: str | None = None  # the country when `edited` was last emitted
        self.suggestions = Suggestions(self)
        completer = _ShowAll(self.suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(15)
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._picked_suggestion)
        # Tab takes the highlighted entry too, in the suggestions (QCompleter only hides its popup
        # on Tab) and in the full list (which ignores Tab); these filters run before Qt's own
        completer.popup().installEventFilter(self)
        self.view().installEventFilter(self)
        line = self.lineEdit()
        line.textEdited.connect(self._typed)
        line.editingFinished.connect(self._left)
        self.activated.connect(self._picked_from_list)
        self.fill()

    # --- the lists ------------------------------------------------------------------------------

    def fill(self) -> None:
        """The full list in the UI language (again after a language change), keeping the
        country or the text shown."""
        lang = current_language()
        if lang == self._lang:
            return
        code, text = self.code(), self.currentText()
        self._lang = lang
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")  # no choice (not None: PySide mis-counts None as item data)
        # a screen reader names the empty row (issue 18)
        self.setItemData(0, self.tr("No country"), Qt.ItemDataRole.AccessibleTextRole)
        for c, name in countries(lang):
            self.addItem(name, c)
        self.blockSignals(False)
        if code:
            self.set_code(code)
        else:
            self.setEditText(text)
        self.suggestions.set_rows([])  # made when the person types (or presses Down)

    def show_suggestions(self, highlight_first: bool = False) -> None:
        self.suggestions.set_rows(suggestions(self.currentText(), self._lang))
        completer = self.completer()
        completer.setCompletionPrefix(self.currentText())
        completer.complete()
        popup = completer.popup()
        if highlight_first and self.suggestions.rows and popup.isVisible():
            popup.setCurrentIndex(completer.completionModel().index(0, 0))

    # --- what the person does -------------------------------------------------------------------

    def _edited(self) -> None:
        self._reported = self.code()
        self.edited.emit()

    def _typed(self, text: str) -> None:
        self._chosen = None
        self._from_list = False
        # before QLineEdit asks the completer to complete: the popup shows these rows
        self.suggestions.set_rows(suggestions(text, self._lang))
        self._edited()

    def _picked_suggestion(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.set_code(str(code))
            self._edited()

    def _picked_from_list(self, row: int) -> None:
        # QComboBox also "activates" a row whose text was typed in full; only a pick from the
        # opened full list is a choice (a typed "Kongo" stays ambiguous)
        if self._from_list and row > 0:
            self._chosen = self.itemData(row) or None
            self._from_list = False
            self._edited()

    def _left(self) -> None:
        """Leaving the field (or Enter): a text that means one country shows its name."""
        code = self.code()
        if code and self.currentText() != country_name(code, self._lang):
            self.set_code(code)
        if code != self._reported:  # Tab took a highlighted suggestion
            self._edited()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or \
                event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if self.view().isVisible():  # the full list
            row = self.view().currentIndex().row()
            self.hidePopup()
            if row > 0:
                self.set_code(self.itemData(row) or None)
                self._edited()
            # then on to the next field, once the window has its focus back from the popup
            move = self.focusNextChild if event.key() == Qt.Key.Key_Tab else \
                self.focusPreviousChild
            QTimer.singleShot(0, move)
            return True
        index = self.completer().popup().currentIndex()
        if index.isValid():
            self._picked_suggestion(index)
        return False  # the completer closes its popup and Tab moves on

    def showPopup(self) -> None:  # noqa: N802 - Qt API
        self._from_list = True
        super().showPopup()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        # the wheel scrolls the page; it never steps to another country
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        plain = not event.modifiers() & (Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.ControlModifier)
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown,
                           Qt.Key.Key_PageUp) and plain:
            # the suggestions for what is typed, not the next country of the full list
            self.show_suggestions(highlight_first=True)
            event.accept()
            return
        super().keyPressEvent(event)

    # --- the value ------------------------------------------------------------------------------

    def set_code(self, code: str | None) -> None:
        """Show a country (None: nothing), as if picked."""
        self.blockSignals(True)
        index = self.findData(code) if code else -1
        self.setCurrentIndex(max(0, index))
        if index <= 0:
            self.setEditText("")
        self.blockSignals(False)
        self._chosen = code if index > 0 else None

    def code(self) -> str | None:
        """The country meant, or None (nothing typed, or a text that is not one country)."""
        text = self.currentText().strip()
        if not text:
            return None
        if self._chosen and text == country_name(self._chosen, self._lang):
            return self._chosen
        return resolve(text, self._lang).code

    def problem(self) -> str:
        """Why the typed text is not taken, in the UI language; empty if it is (or is empty)."""
        text = self.currentText().strip()
        if not text or self.code():
            return ""
        fits = resolve(text, self._lang).fits
        if not fits:
            return self.tr("There is no country of this name. Check the spelling or choose "
                           "one from the list.")
        names = [name for _code, name in fits[:SHOWN_IN_MESSAGE]]
        if len(fits) > SHOWN_IN_MESSAGE:
            names.append("…")
        separator = self.tr("; ", "between the names of countries")
        return self.tr("This fits several countries: %1. Please choose one from the list."
                       ).replace("%1", separator.join(names))
