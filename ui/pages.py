"""The wizard's pages, rendered from the interview description (resources/interview.toml).

A `FormPage` shows the fields of one `PageSpec`; which of them are visible is decided by the
interview (`assistant.interview`), never here. The welcome, review and packet pages are the
special page kinds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.interview import PageSpec

from .i18n import current_language, itr
from .inputs import FieldInput, Problem, ProblemItem, add_row, clear_layout, make_input


class Page(QWidget):
    """A page of the wizard: a scrollable column with a title and an introduction."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
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
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
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
        self.intro.setText(itr(self.spec.intro))
        self.intro.setVisible(bool(self.spec.intro))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def inputs(self) -> list[FieldInput]:
        return []

    def first_focus(self) -> QWidget | None:
        return None


class FormPage(Page):
    """The fields of one page of the interview."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.fields: dict[str, FieldInput] = {}
        for field in spec.fields:
            widget = make_input(field, field.path)
            add_row(self.form, widget)
            self.fields[field.path] = widget
        self.body.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra)
        self.body.addStretch(1)
        self.retranslate()

    def set_applicable(self, applicable: frozenset[str]) -> None:
        for path, widget in self.fields.items():
            self.form.setRowVisible(widget, path in applicable)

    def inputs_all(self) -> list[FieldInput]:
        """Every top-level input of the page, also those that do not apply now."""
        return list(self.fields.values())

    def visible_fields(self) -> list[FieldInput]:
        return [w for w in self.fields.values() if not w.isHidden()]

    def inputs(self) -> list[FieldInput]:
        return [i for w in self.visible_fields() for i in w.inputs()]

    def first_focus(self) -> QWidget | None:
        visible = self.visible_fields()
        return visible[0].focus_widget() if visible else None


class AuthorityBox(QFrame):
    """The responsible immigration office, shown as soon as the place is known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorityBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("boxHeading")
        layout.addWidget(self.heading)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self._authority: Any = None
        self._place = ""
        self.retranslate()

    def show_authority(self, authority: Any, place: str) -> None:
        self._authority = authority
        self._place = place
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your immigration office"))
        lang = current_language()
        if self._authority is not None:
            lines = [f"<b>{_esc(_text_in(self._authority.name, lang))}</b>"]
            lines += [_esc(line) for line in self._authority.address]
            shown: set[str] = set()
            for contact in self._authority.contacts:
                # The same number may be cited from two sources; the box shows it once (the
                # packet's cover lists each with its source and date).
                if contact.kind in ("phone", "email", "web", "booking") and (
                        contact.value not in shown):
                    shown.add(contact.value)
                    lines.append(_esc(contact.value))
            self.text.setText("<br>".join(lines))
            self.setVisible(True)
        elif self._place:
            self.text.setText(self.tr(
                "This place is not in the program's list of places in Saxony. Check the "
                "spelling, or enter the postcode."))
            self.setVisible(True)
        else:
            self.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _text_in(text: Any, lang: str) -> str:
    from assistant.texts import text_in

    return text_in(text, lang)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AddressPage(FormPage):
    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.authority = AuthorityBox()
        self.extra.addWidget(self.authority)


class WelcomePage(Page):
    """What the program does, that it works offline, and what happens to the data."""

    open_requested = Signal()
    start_requested = Signal()

    def __init__(self, spec: PageSpec, shared: bool, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.shared = shared
        self.what = QLabel()
        self.offline = QLabel()
        self.data = QLabel()
        for label in (self.what, self.offline, self.data):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
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


class ReviewPage(Page):
    """Every finding, grouped by severity, each with a way back to its page."""

    go_to_page = Signal(str)

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.content = QVBoxLayout()
        self.content.setSpacing(8)
        self.body.addLayout(self.content)
        self.body.addStretch(1)
        self._groups: list[tuple[str, list[tuple[Problem, str, str]]]] = []
        self.retranslate()

    def show_findings(self, groups: list[tuple[str, list[tuple[Problem, str, str]]]]) -> None:
        """groups: (severity, [(problem, page id, page title source)])."""
        if groups == self._groups:
            return
        self._groups = groups
        self._render()

    def _render(self) -> None:
        clear_layout(self.content)
        headings = {
            "blocker": self.tr("Problems that stop the application"),
            "warning": self.tr("Warnings to discuss"),
            "info": self.tr("Good to know"),
        }
        if not any(items for _sev, items in self._groups):
            label = QLabel(self.tr("The checks found nothing to point out."))
            label.setWordWrap(True)
            self.content.addWidget(label)
        for severity, items in self._groups:
            if not items:
                continue
            heading = QLabel(f"{headings[severity]} ({len(items)})")
            heading.setObjectName("groupHeading")
            self.content.addWidget(heading)
            for problem, page_id, page_title in items:
                row = QHBoxLayout()
                row.addWidget(ProblemItem(problem), 1)
                if page_id:
                    button = QPushButton(self.tr("Go to: %1").replace("%1", itr(page_title)))
                    button.setObjectName(f"goto:{page_id}")
                    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
                    button.clicked.connect(lambda _c=False, p=page_id: self.go_to_page.emit(p))
                    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                holder = QWidget()
                holder.setLayout(row)
                row.setContentsMargins(0, 0, 0, 0)
                self.content.addWidget(holder)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "content"):
            self._render()

    def problem_count(self) -> int:
        return sum(len(items) for _sev, items in self._groups)
