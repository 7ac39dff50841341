"""The wizard's pages, rendered from the interview description (resources/interview.toml).

A `FormPage` shows the fields of one `PageSpec`; which of them are visible is decided by the
interview (`assistant.interview`), never here. The welcome, review and packet pages are the
special page kinds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
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
        self.legend = QLabel()  # what "*" means, on pages with such fields
        self.legend.setObjectName("requiredLegend")
        self.legend.setWordWrap(True)
        self.body.addWidget(self.legend)
        self.body.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra)
        self.body.addStretch(1)
        self.retranslate()

    def set_applicable(self, applicable: frozenset[str]) -> None:
        for path, widget in self.fields.items():
            self.form.setRowVisible(widget, path in applicable)
        self.legend.setVisible(any(w.required for w in self.visible_fields()))

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "legend"):
            self.legend.setText(self.tr("Answers marked * are needed for the application."))

    def inputs_all(self) -> list[FieldInput]:
        """Every top-level input of the page, also those that do not apply now."""
        return list(self.fields.values())

    def visible_fields(self) -> list[FieldInput]:
        return [w for w in self.fields.values() if not w.isHidden()]

    def inputs(self) -> list[FieldInput]:
        return [i for w in self.visible_fields() for i in w.inputs()]


class AuthorityBox(QFrame):
    """The responsible immigration office, shown as soon as the place is known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorityBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("boxHeading")
        self.heading.setWordWrap(True)
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
    """Whether the packet can be handed in; every problem, grouped by severity; and what is
    still missing: each with a way to its page. It shows the wizard's state
    (`assistant.wizard_state`) as it is."""

    go_to_page = Signal(str)
    go_to_field = Signal(str, str)  # page id, case path of the field (may be "")
    rendered = Signal()  # new entries: the window places their Tab stops (`tab_stops`)

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.content = QVBoxLayout()
        self.content.setSpacing(8)
        self.body.addLayout(self.content)
        self.body.addStretch(1)
        self._state: Any = None
        self._titles: Callable[[str], str] = lambda _page: ""
        self._shown_key: Any = None
        self._holders: list[QWidget] = []
        self.retranslate()

    def show_state(self, state: Any, page_title: Callable[[str], str]) -> None:
        """state: an `assistant.wizard_state.WizardState`; page_title: page id -> its title (the
        interview's source text)."""
        self._titles = page_title
        key = (state.problems, state.missing, state.essentials_missing, state.terminal)
        self._state = state
        if key == self._shown_key:
            return
        self._shown_key = key
        self._render()

    def _go_to(self, row: QBoxLayout, page_id: str, what: str, path: str) -> None:
        if not page_id:
            return
        text = self.tr("Go to: %1").replace("%1", itr(self._titles(page_id)))
        button = QPushButton(text)
        button.setObjectName(f"goto:{page_id}")
        # the name says which entry it belongs to; the visible text stays short
        button.setAccessibleName(f"{text}: {what}" if what else text)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(
            lambda _c=False, p=page_id, f=path: self.go_to_field.emit(p, f))
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignTrailing)

    def _add_row(self, widget: QWidget, page_id: str, what: str = "", path: str = "") -> None:
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.addWidget(widget, 1)
        self._go_to(row, page_id, what, path)
        holder = QWidget()
        holder.setObjectName("reviewRow")
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.content.addWidget(holder)
        self._holders.append(holder)

    def _path_of(self, problem: Any) -> str:
        """The field a problem is shown at (the first, if several)."""
        for path, shown in self._state.field_problems.items():
            if any(p.key == problem.key for p in shown):
                return str(path)
        return ""

    def tab_stops(self) -> list[QWidget]:
        """The Tab stops of the entries, in the order they are seen."""
        from .taborder import stops_in

        return [w for holder in self._holders for w in stops_in(holder)]

    def fit_rows(self) -> None:
        """A "Go to" button stands beside its problem where both fit the page's width, else
        below it (a narrow window, a large font): the page never scrolls sideways."""
        margins = self.body.contentsMargins()
        # the width with the vertical scroll bar, whether it is shown yet or not
        width = (self.scroll.width() - self.scroll.verticalScrollBar().sizeHint().width()
                 - margins.left() - margins.right())
        changed = False
        for holder in self.findChildren(QWidget, "reviewRow"):
            row = holder.layout()
            if not isinstance(row, QBoxLayout) or row.count() < 2:
                continue
            needed = sum(row.itemAt(i).widget().minimumSizeHint().width()
                         for i in range(row.count()) if row.itemAt(i).widget() is not None)
            needed += row.spacing() * (row.count() - 1)
            direction = (QBoxLayout.Direction.LeftToRight if needed <= width
                         else QBoxLayout.Direction.TopToBottom)
            if row.direction() != direction:
                row.setDirection(direction)
                changed = True
        if changed:
            self.content.invalidate()
            self.body.invalidate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_rows()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.fit_rows()

    def _heading(self, text: str, count: int) -> None:
        heading = QLabel(f"{text} ({count})")
        heading.setObjectName("groupHeading")
        heading.setWordWrap(True)
        self.content.addWidget(heading)

    def _render(self) -> None:
        from assistant.wizard_state import Missing

        clear_layout(self.content)
        self._holders = []
        state = self._state
        if state is None:
            return
        summary = QLabel()
        summary.setObjectName("readiness")
        summary.setWordWrap(True)
        font = summary.font()
        font.setBold(True)
        summary.setFont(font)
        if state.terminal:
            summary.setText(self.tr("According to your answers you need no residence permit. "
                                    "The packet explains why and what to do instead."))
        elif state.ready:
            summary.setText(self.tr("Ready to hand in: nothing stops the application and every "
                                    "essential answer is given."))
        else:
            summary.setText(self.tr("Not ready to hand in: %1 problem(s) to solve first. You "
                                    "can still print a copy to discuss with a counsellor.")
                            .replace("%1", str(state.open_count)))
        self.content.addWidget(summary)
        headings = {
            "blocker": self.tr("Problems that stop the application"),
            "warning": self.tr("Warnings to discuss"),
            "info": self.tr("Good to know"),
        }
        for severity in ("blocker", "warning", "info"):
            items = state.by_severity(severity)
            if not items:
                continue
            self._heading(headings[severity], len(items))
            for problem in items:
                self._add_row(ProblemItem(ui_problem(problem)), problem.page, problem.text,
                              self._path_of(problem))
        essentials = list(state.essentials_missing)
        if essentials:
            self._heading(self.tr("Without these answers the packet is not complete"),
                          len(essentials))
            for entry in essentials:
                self._add_row(self._missing_label(entry), entry.page, itr(entry.label),
                              entry.path)
        others: list[Missing] = [m for m in state.missing
                                 if m.path not in {e.path for e in essentials}]
        if others:
            # one row per page: its title, then "Place of birth · Sex · Height", and "Go to"
            self._heading(self.tr("Still missing for the form"), len(others))
            by_page: dict[str, list[Missing]] = {}
            for entry in others:
                by_page.setdefault(entry.page, []).append(entry)
            for page_id, entries in by_page.items():
                label = QLabel(f"<b>{_esc(itr(self._titles(page_id)))}</b><br>"
                               + _esc(" · ".join(itr(e.label) for e in entries)))
                label.setObjectName(f"missing:{page_id}")
                label.setWordWrap(True)
                self._add_row(label, page_id, " · ".join(itr(e.label) for e in entries),
                              entries[0].path)
        if not state.problems and not essentials and not others:
            label = QLabel(self.tr("The checks found nothing to point out."))
            label.setWordWrap(True)
            self.content.addWidget(label)
        self.fit_rows()
        self.rendered.emit()

    def _missing_label(self, entry: Any) -> QLabel:
        label = QLabel(itr(entry.label))
        label.setObjectName(f"missing:{entry.path}")
        label.setWordWrap(True)
        return label

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "content"):
            self._render()

    def problem_count(self) -> int:
        """How many problems (blockers, warnings, notes) the review lists."""
        return len(self._state.problems) if self._state is not None else 0

    def missing_paths(self) -> list[str]:
        """The questions listed as missing (essentials first), by case path."""
        if self._state is None:
            return []
        out = [m.path for m in self._state.essentials_missing]
        return out + [m.path for m in self._state.missing if m.path not in out]

    def summary_text(self) -> str:
        """The line that says whether the packet can be handed in."""
        label = self.findChild(QLabel, "readiness")
        return label.text() if label is not None else ""


def ui_problem(problem: Any) -> Problem:
    """A problem of the wizard state (`assistant.wizard_state.Problem`) as the inputs show it."""
    return Problem(severity=problem.severity, text=problem.text, why=problem.why,
                   source=problem.source, quote=problem.quote, key=problem.key)
