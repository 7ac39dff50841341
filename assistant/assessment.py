"""What `assess(case, today)` returns: findings, checklist, fees, deadlines, authority.

Every item carries the stable `id` of the resource entry it comes from and its `source`, so the UI
can say "why?", the CLI's JSON can be tested by id, and the packet can cite it.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .texts import render, text_in


class Severity(StrEnum):
    BLOCKER = "blocker"  # the application cannot succeed like this; the wizard stops here
    WARNING = "warning"  # a risk to discuss; the wizard lets the person go on
    INFO = "info"  # something to know

    @property
    def rank(self) -> int:
        return {"blocker": 0, "warning": 1, "info": 2}[self.value]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class Finding(_Out):
    id: str
    severity: Severity
    message: dict[str, str]
    why: dict[str, str] = Field(default_factory=dict)
    source: str
    quote: str = ""
    fields: list[str] = Field(default_factory=list)  # case field paths it concerns
    values: dict[str, Any] = Field(default_factory=dict)

    def text(self, lang: str) -> str:
        return render(self.message, lang, self.values)

    def why_text(self, lang: str) -> str:
        return render(self.why, lang, self.values)


class ChecklistItem(_Out):
    id: str
    name: dict[str, str]
    why: dict[str, str] = Field(default_factory=dict)
    original: bool = True
    copies: int = 0
    note: dict[str, str] = Field(default_factory=dict)
    source: str
    quote: str = ""
    values: dict[str, Any] = Field(default_factory=dict)  # what filled the texts' placeholders
    templates: dict[str, dict[str, str]] = Field(default_factory=dict)  # name/why/note unfilled

    def name_in(self, lang: str) -> str:
        return text_in(self.name, lang)


class FeeLine(_Out):
    id: str
    label: dict[str, str]
    amount_cents: int | None  # None: no amount can be cited, ask the authority; an exemption's
    # negative amount is what it takes off the fee
    source: str
    quote: str = ""
    valid_from: date | None = None
    values: dict[str, Any] = Field(default_factory=dict)  # what filled the label's placeholders
    templates: dict[str, dict[str, str]] = Field(default_factory=dict)  # the label unfilled


class FeeEstimate(_Out):
    lines: list[FeeLine] = Field(default_factory=list)
    exemptions: list[FeeLine] = Field(default_factory=list)  # may reduce or waive the fee
    total_cents: int | None = None  # None when any line has no citable amount
    ask_authority: bool = False
    note: dict[str, str] = Field(default_factory=dict)


class Deadline(_Out):
    id: str
    date: date
    label: dict[str, str]
    note: dict[str, str] = Field(default_factory=dict)
    source: str
    quote: str = ""
    passed: bool = False
    apply_by: bool = False  # the application must be made by this day
    overdue: dict[str, str] = Field(default_factory=dict)  # passed, and still to be done now
    values: dict[str, Any] = Field(default_factory=dict)  # what filled label and note
    templates: dict[str, dict[str, str]] = Field(default_factory=dict)  # label/note unfilled


class SourceRef(_Out):
    source: str
    as_of: str = ""


class Contact(_Out):
    # phone, email, fax, web, booking (where to book online), online (where to apply online),
    # address (where to go), postal (where to write), hours (value in German, label translated)
    kind: str
    value: str
    label: dict[str, str] = Field(default_factory=dict)
    source: str  # the first of `sources`
    as_of: str = ""
    sources: list[SourceRef] = Field(default_factory=list)  # every source giving this value


class Conflict(_Out):
    """Sources that give different values for what an office has only one of."""

    kind: str  # address or hours
    values: list[Contact]


class Authority(_Out):
    id: str
    name: dict[str, str]
    kind: str  # city or district
    address: list[str] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    hours: dict[str, str] = Field(default_factory=dict)
    directions: dict[str, str] = Field(default_factory=dict)
    booking_steps: list[dict[str, str]] = Field(default_factory=list)
    booking_source: str = ""
    booking_as_of: str = ""
    conflicts: list[Conflict] = Field(default_factory=list)
    source: str
    as_of: str = ""

    @property
    def online_booking(self) -> list[Contact]:
        """Where appointments can be booked online (empty: no online booking on record)."""
        return [c for c in self.contacts if c.kind == "booking"]

    @property
    def online_application(self) -> list[Contact]:
        """Where applications can be made online (empty: none on record)."""
        return [c for c in self.contacts if c.kind == "online"]


class Assessment(_Out):
    today: date
    findings: list[Finding] = Field(default_factory=list)
    checklist: list[ChecklistItem] = Field(default_factory=list)
    fees: FeeEstimate = Field(default_factory=FeeEstimate)
    deadlines: list[Deadline] = Field(default_factory=list)
    authority: Authority | None = None

    @property
    def blockers(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.BLOCKER]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    def finding_ids(self) -> list[str]:
        return [f.id for f in self.findings]

    def findings_for(self, field_prefix: str) -> list[Finding]:
        """Findings about a field or any field below it (`person` matches `person.family_name`)."""
        return [
            f
            for f in self.findings
            if any(p == field_prefix or p.startswith(field_prefix + ".") for p in f.fields)
        ]
