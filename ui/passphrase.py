"""The passphrase of an encrypted case file, asked in a dialog of its own: when saving, its rules
are shown first and checked as they are typed, so nothing must be redone after choosing the
file. What is acceptable is decided by `assistant.crypto`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .inputs import WrapLabel


class PassphraseDialog(QDialog):
    """The passphrase of a case file. When saving: its rules first, two entries, and a line that
    says as it is typed what is still missing (the rules themselves are assistant.crypto's);
    OK only when it can be used."""

    def __init__(self, parent: QWidget, title: str, confirm: bool) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.confirm = confirm
        layout = QVBoxLayout(self)
        self.rules = WrapLabel()
        self.rules.setObjectName("passphraseRules")
        self.rules.setWordWrap(True)
        layout.addWidget(self.rules)
        self.first_label = QLabel()
        self.first_label.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label.setBuddy(self.first)
        layout.addWidget(self.first_label)
        layout.addWidget(self.first)
        self.second_label = QLabel()
        self.second_label.setWordWrap(True)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second_label.setBuddy(self.second)
        layout.addWidget(self.second_label)
        layout.addWidget(self.second)
        self.check = WrapLabel()
        self.check.setObjectName("passphraseCheck")
        self.check.setWordWrap(True)
        layout.addWidget(self.check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for widget in (self.second_label, self.second, self.check):
            widget.setVisible(confirm)
        self.first.textChanged.connect(self.update_check)
        self.second.textChanged.connect(self.update_check)
        self.setMinimumWidth(50 * self.fontMetrics().averageCharWidth())
        self.retranslate()

    def retranslate(self) -> None:
        from assistant.crypto import MIN_PASSPHRASE_LENGTH

        if self.confirm:
            self.rules.setText(self.tr(
                "Choose a passphrase of at least %1 characters; a few words you can remember "
                "work well. Keep it safe: it cannot be recovered, and without it nobody can open "
                "the file.").replace("%1", str(MIN_PASSPHRASE_LENGTH)))
            self.first_label.setText(self.tr("Passphrase:"))
        else:
            self.rules.setText(self.tr("This case file is protected with a passphrase."))
            self.first_label.setText(self.tr("Passphrase:"))
        self.second_label.setText(self.tr("The same passphrase again:"))
        self.update_check()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def passphrase(self) -> str:
        return self.first.text()

    def check_text(self) -> str:
        """What the line under the entries says now."""
        return self.check.text()

    def update_check(self) -> None:
        """Check the entries as they are typed (assistant.crypto decides what is acceptable)."""
        if not self.confirm:
            self.ok_button().setEnabled(bool(self.first.text()))
            return
        from assistant.crypto import MIN_PASSPHRASE_LENGTH, check_new_passphrase
        from assistant.errors import PassphraseError

        first, second = self.first.text(), self.second.text()
        usable = True
        try:
            check_new_passphrase(first)
        except PassphraseError:
            usable = False
        if not usable:
            missing = max(1, MIN_PASSPHRASE_LENGTH - len(first.strip()))
            text = self.tr("%n more character(s) needed.", "", missing)
        else:
            try:
                check_new_passphrase(first, second)
            except PassphraseError:
                usable = False
            text = (self.tr("Now type the same passphrase again below.") if not second
                    else self.tr("The two entries are not the same yet.") if not usable
                    else self.tr("Both entries are the same: the passphrase can be used."))
        self.check.setText(text)
        self.ok_button().setEnabled(usable)
