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
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.interview import PageSpec

from .i18n import current_language, itr
from .inputs import FieldInput, Problem, ProblemItem, add_row, clear_layout, make_input
from .welcome import Page, _esc


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
            conflicts = getattr(self._authority, "conflicts", [])
            if conflicts:
                # assistant/authorities.py found sources that disagree: both values are shown.
                differ = self.tr("The sources differ: check before you go.")
                lines.append(f"<b>{_esc(differ)}</b>")
                for conflict in conflicts:
                    lines += [f"• {_esc(c.value)}" + (f" ({_esc(_where(c))})" if _where(c) else "")
                              for c in conflict.values]
            else:
                lines += [_esc(line) for line in self._authority.address]
            shown: set[str] = set()
            for contact in self._authority.contacts:
                # One value cited by several sources is one contact (assistant/authorities.py);
                # the packet's cover lists it with every source and date.
                if contact.kind in ("phone", "email", "web", "booking", "online") and (
                        contact.value not in shown):
                    shown.add(contact.value)
                    lines.append(_esc(contact.value))
            self.text.setText("<br>".join(lines))
            self.setVisible(True)
        elif self._place:
            # Unknown or ambiguous (two towns of one name): the finding at the place field says
            # which, and what to do.
            self.text.setText(self.tr(
                "The program cannot name the immigration office for this place yet: see the "
                "note at the place. Check the spelling, or enter the postcode."))
            self.setVisible(True)
        else:
            self.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _where(contact: Any) -> str:
    """Where a value comes from, briefly: the sites of the pages that give it
    ("tu-freiberg.de"); the packet's cover names every source with its date."""
    from urllib.parse import urlsplit

    names: list[str] = []
    for ref in contact.sources or []:
        host = urlsplit(ref.source).hostname if ref.source.startswith("http") else None
        if host and host.removeprefix("www.") not in names:
            names.append(host.removeprefix("www."))
    return ", ".join(names)


def _text_in(text: Any, lang: str) -> str:
    from assistant.texts import text_in

    return text_in(text, lang)


class AddressPage(FormPage):
    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.authority = AuthorityBox()
        self.extra.addWidget(self.authority)


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
