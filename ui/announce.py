"""Messages that appear without the focus moving, spoken by screen readers: Qt's announcement
event (QAccessibleAnnouncementEvent, AT-SPI's "announcement" signal that Orca reads), and the
status banner at the top of the page that sends one for every message it shows."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have screen readers speak `text` (about `widget`) now; assertive interrupts them."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class Banner(QLabel):
    """The status banner: shown only while it has a message; each message is announced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status")
        self.setWordWrap(True)
        self.setVisible(False)
        self._announced = 0

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self.show_message(text)

    def show_message(self, text: str, speak: bool = True, assertive: bool = False) -> None:
        """Show `text` (nothing: hide the banner); a new message is announced if `speak`."""
        changed = text != self.text()
        super().setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        if changed and text and speak:
            self._announced += 1
            announce(self, text, assertive)

    def clear(self) -> None:
        self.setText("")

    def announcements(self) -> int:
        """How many messages the banner has announced."""
        return self._announced
