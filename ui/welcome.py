"""The first page and the base of every page, kept light: the window shows the first page before
the interview, the form inputs, the rules data and the case model are loaded (ui/app.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .i18n import itr

if TYPE_CHECKING:
    from assistant.interview import PageSpec

    from .inputs import FieldInput


@dataclass(frozen=True)
class PageHead:
    """What every page shows at its top. The interview's pages are `PageSpec`s, which have the
    same attributes; the first page needs no more, so the window shows it before the interview
    module loads."""

    id: str
    title: str
    intro: str = ""
    kind: str = "form"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")



class Heading(QLabel):
    """A page's title, exposed to screen readers with the heading role (see `_accessible`).
    It takes no Tab stop; the window gives it the focus when its page is shown, so that the
    page is announced, and Tab goes on from it to the page's first field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageTitle")  # a label: no Tab stop
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.setFont(font)
        self.setWordWrap(True)


class _HeadingInterface(QAccessibleWidget):
    """What a screen reader reads of a `Heading`: the heading role and its text."""

    def __init__(self, widget: Heading) -> None:
        super().__init__(widget, QAccessible.Role.Heading)
        self._heading = widget

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._heading.accessibleName() or self._heading.text()
        return super().text(kind)


def _accessible(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, Heading):
        return _HeadingInterface(obj)
    return None


QAccessible.installFactory(_accessible)


class Page(QWidget):
    """A page of the wizard: a scrollable column with a title and an introduction."""

    def __init__(self, spec: PageSpec | PageHead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"page:{spec.id}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        inner = QWidget()
        inner.setObjectName("pageBody")
        self.scroll.setWidget(inner)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(24, 16, 24, 16)
        self.body.setSpacing(12)
        self.title = Heading()
        self.body.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("pageIntro")
        self.body.addWidget(self.intro)

    def title_text(self) -> str:
        return itr(self.spec.title)

    def retranslate(self) -> None:
        self.title.setText(self.title_text())
        self.title.setAccessibleName(self.title_text())
        self.setAccessibleName(self.title_text())  # the page container is named after it
        self.scroll.setAccessibleName(self.title_text())
        self.intro.setText(itr(self.spec.intro))
        self.intro.setVisible(bool(self.spec.intro))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def inputs(self) -> list[FieldInput]:
        return []

    def first_focus(self) -> QWidget | None:
        """Where the focus goes when the page is shown: its heading, so that a screen reader
        announces the page (Tab goes on to the first field)."""
        return self.title

    def heading(self) -> Heading:
        return self.title

    def settle_focus(self) -> None:
        """After the first frame (Qt's enums are slow to make, ui/app.py): the scroll area is no
        Tab stop of its own, the fields in it are."""
        from PySide6.QtCore import Qt

        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class WelcomePage(Page):
    """What the program does, that it works offline, and what happens to the data."""

    open_requested = Signal()
    start_requested = Signal()

    def __init__(self, spec: PageSpec | PageHead, shared: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.shared = shared
        self.what = QLabel()
        self.offline = QLabel()
        self.data = QLabel()
        for label in (self.what, self.offline, self.data):
            # the text format stays automatic (no Qt namespace before the first frame, see
            # i18n.set_language): the texts with markup begin with a tag, so Qt reads them as rich
            label.setWordWrap(True)
            self.body.addWidget(label)
        self.draft_box = QFrame()
        self.draft_box.setObjectName("draftBox")
        self.draft_box.setFrameShape(QFrame.Shape.StyledPanel)
        draft_layout = QVBoxLayout(self.draft_box)
        self.draft_text = QLabel()
        self.draft_text.setWordWrap(True)
        draft_layout.addWidget(self.draft_text)
        draft_buttons = QHBoxLayout()
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeDraft")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardDraft")
        draft_buttons.addWidget(self.resume_button)
        draft_buttons.addWidget(self.discard_button)
        draft_buttons.addStretch(1)
        draft_layout.addLayout(draft_buttons)
        self.draft_box.setVisible(False)
        self.body.addWidget(self.draft_box)
        buttons = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_requested)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openCase")
        self.open_button.clicked.connect(self.open_requested)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addStretch(1)
        self.retranslate()

    def title_text(self) -> str:
        return self.tr("Residence permit assistant for Saxony")

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setVisible(False)
        self.what.setText(self.tr(
            "This program helps you apply for a residence permit in Saxony, extend it, report a "
            "new address or keep your permit during a longer absence. It asks only the questions "
            "that matter for you, checks your answers as you type and says why, and at the end "
            "prints one packet: the filled application form, a list of the documents to bring, "
            "the expected fees, your deadlines and the immigration office responsible for you."))
        self.offline.setText("<b>" + _esc(self.tr("It works offline.")) + "</b> " + _esc(self.tr(
            "Nothing you enter is sent anywhere; the program does not use the internet.")))
        if self.shared:
            data = self.tr(
                "This computer is shared (for example in a counselling centre). Nothing you enter "
                "is stored on it unless you save a case file yourself. When you press Finish, "
                "close the program or leave it unused for a while, everything you entered is "
                "erased and the program starts again for the next person.")
        else:
            data = self.tr(
                "Your answers are kept on this computer only, as a draft in your user folder, so "
                "that you can continue later. You can save them as a case file protected with a "
                "passphrase. Finish erases the draft and everything you entered.")
        self.data.setText("<b>" + _esc(self.tr("What happens to your data:")) + "</b> "
                          + _esc(data))
        self.start_button.setText(self.tr("Start"))
        self.open_button.setText(self.tr("Open a case file…"))
        self.draft_text.setText(self.tr(
            "An unfinished application was found on this computer. Do you want to continue it?"))
        self.resume_button.setText(self.tr("Continue the draft"))
        self.discard_button.setText(self.tr("Delete the draft"))

    def first_focus(self) -> QWidget | None:
        return self.start_button
