"""What a letter says, in one language: pure, no I/O and no layout.

`compose(case, assessment, kind, lang)` returns the parts of the letter (sender, recipient,
subject, paragraphs, the applicant's identification, enclosures) in `lang`; the German one is the
letter that is sent, another language its translation. Errors a person can cause (no responsible
office, no expiry date, a permit that has or has not expired for the kind asked) raise a UserError
that says what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ..assessment import Assessment, Contact
from ..errors import UserError
from ..model import Case
from ..packet.i18n import t
from ..texts import format_day, text_in
from .texts import letter_texts, lt

AUTHORITY_LANGUAGE = "de"


class LetterKind(StrEnum):
    EXTENSION = "extension"  # the written application before expiry (§ 81 Abs. 4 S. 1)
    APPOINTMENT = "appointment"  # a request for an appointment, with the deadline that matters
    CONTINUATION = "continuation"  # after expiry: the request of § 81 Abs. 4 S. 3
    ADDRESS_CHANGE = "address-change"  # the report of a new address


LETTER_KINDS: tuple[str, ...] = tuple(k.value for k in LetterKind)

# The letter texts each kind says, in order, between the salutation and the closing.
_PARAGRAPHS: dict[LetterKind, tuple[str, ...]] = {
    LetterKind.EXTENSION: ("extension.apply", "extension.before_expiry", "extension.certificate",
                           "letter.ask_receipt"),
    LetterKind.APPOINTMENT: ("appointment.ask",),
    LetterKind.CONTINUATION: ("continuation.apply", "continuation.order",
                              "continuation.confirm", "letter.ask_receipt"),
    LetterKind.ADDRESS_CHANGE: ("address_change.report", "address_change.update"),
}
# Kinds that enclose the documents of the personal checklist.
_ENCLOSING = (LetterKind.EXTENSION, LetterKind.CONTINUATION, LetterKind.ADDRESS_CHANGE)
# The registration certificate (resources/documents.toml), enclosed with the report of a new
# address when the case is another application.
REGISTRATION_DOCUMENT = "doc.registration_certificate"
# The finding that says no permit is needed (resources/rules/general.toml).
NO_PERMIT_FINDING = "general.eu_citizen_no_permit"
# The computed deadlines an appointment request names besides the permit's expiry.
APPOINTMENT_DEADLINES = ("deadline.applicant_phase_end", "deadline.job_search_end")


@dataclass(frozen=True)
class Cited:
    """A statement for the applicant's page and what it rests on: `source` (a citation as
    resources/ write them) is given there as a note, marked at the statement."""

    text: str
    source: str = ""
    as_of: str = ""  # when the cited page was read (the offices' data), for the note


@dataclass(frozen=True)
class LetterBody:
    """The letter in one language."""

    lang: str
    subject: str
    salutation: str
    paragraphs: list[str]
    identity: list[tuple[str, str]]  # (label, value) of the applicant's identification
    enclosures_label: str
    enclosures: list[str]
    closing: str
    signature: str
    place_date: str
    reason_line: str = ""  # continuation: the line on which to write the reason by hand
    notice: str = ""  # for the applicant only (continuation's warning); never on the letter sent
    submission: list[Cited] = field(default_factory=list)  # how this office takes applications
    page_label: str = ""  # "Seite {page} von {pages}" in this language, to be filled
    # the paragraph of the law each of `paragraphs` states or invokes ("" for none), and the
    # notice's: notes on the translation's page (the German letter cites in its sentences)
    paragraph_sources: list[str] = field(default_factory=list)
    notice_source: str = ""


@dataclass(frozen=True)
class Letter:
    """Everything of a letter that does not depend on the language."""

    kind: LetterKind
    sender: list[str]  # name, street, postcode and place
    return_line: str  # the sender in one line, above the recipient (window envelope)
    recipient: list[str]  # the office's name and postal address, at most six lines
    office_email: str  # "" where the offices' data has none
    day: date
    has_postal_address: bool = True  # False: the offices' data gives no street to write to
    office_email_as_of: str = ""  # the date of the page the e-mail address comes from


def full_name(case: Case) -> str:
    return " ".join(p for p in (case.person.first_names, case.person.family_name) if p)


def _street(case: Case) -> str:
    a = case.address
    return " ".join(p for p in (a.street, a.house_number) if p)


def _town(case: Case) -> str:
    a = case.address
    return " ".join(p for p in (a.postcode, a.place) if p)


def office_email(assessment: Assessment) -> str:
    """The office's e-mail address: the first in the offices' data (current pages first)."""
    authority = assessment.authority
    if authority is None:
        return ""
    return next((c.value for c in authority.contacts if c.kind == "email"), "")


def _postal(contacts: list[Contact]) -> str:
    """Where to write to: the postal address, else the (unlabelled) address to go to."""
    for kind in ("postal", "address"):
        for c in contacts:
            if c.kind == kind and not c.label:
                return c.value
    return ""


def recipient_lines(assessment: Assessment) -> list[str]:
    """The office's name (split at its comma: "Stadtverwaltung Chemnitz" / "Ausländerbehörde")
    and its postal address (street, postcode and place), at most the six lines of DIN 5008's
    address zone."""
    authority = assessment.authority
    if authority is None:
        return []
    lines = [p.strip() for p in text_in(authority.name, AUTHORITY_LANGUAGE).split(",")]
    postal = _postal(authority.contacts) or ", ".join(authority.address)
    for part in (p.strip() for p in postal.split(",")):
        # "Landratsamt, Werdauer Straße 62": the office's name is already there
        if part and not any(line.startswith(part) for line in lines):
            lines.append(part)
    return lines[:6]


class LetterError(UserError):
    """What stops a letter: its text is in resources/letter_texts.toml (`error.*`), English as
    the message (the command line), `text(lang)` for the window."""

    def __init__(self, key: str, kind: str = "", **values: str) -> None:
        """`kind`: the letter to write instead, named to the command line as its option."""
        self.key, self.values = key, values
        super().__init__(lt(key, "en", **values) + (f" (--kind {kind})" if kind else ""))

    def text(self, lang: str) -> str:
        return lt(self.key, lang, **self.values)


def _check(case: Case, assessment: Assessment, kind: LetterKind, today: date) -> None:
    person = case.person
    if not person.family_name or not person.first_names:
        raise LetterError("error.names")
    if assessment.authority is None:
        raise LetterError("error.office")
    if not case.address.place:
        raise LetterError("error.address")
    if kind is not LetterKind.ADDRESS_CHANGE and NO_PERMIT_FINDING in assessment.finding_ids():
        raise LetterError("error.no_permit")
    expiry = case.status.valid_until
    if kind in (LetterKind.EXTENSION, LetterKind.CONTINUATION) and expiry is None:
        raise LetterError("error.expiry_missing")
    if kind is LetterKind.EXTENSION and expiry is not None and expiry < today:
        raise LetterError("error.expired", "continuation", date=format_day(expiry, "de"))
    if kind is LetterKind.CONTINUATION and expiry is not None and expiry >= today:
        raise LetterError("error.not_expired", "extension", date=format_day(expiry, "de"))
    if kind is LetterKind.ADDRESS_CHANGE and not case.address.street:
        raise LetterError("error.street")


def letter(case: Case, assessment: Assessment, kind: LetterKind | str, today: date) -> Letter:
    """The language-independent parts of the letter; raises UserError if it cannot be written."""
    kind = LetterKind(kind)
    _check(case, assessment, kind, today)
    name = full_name(case)
    sender = [name, _street(case)]
    if case.address.address_extra:
        sender.append(case.address.address_extra)
    sender.append(_town(case))
    sender = [s for s in sender if s]
    authority = assessment.authority
    postal = bool(authority and (_postal(authority.contacts) or authority.address))
    # the return address: name, street, postcode and place (the addition stays in the letterhead)
    return_line = " · ".join(p for p in (name, _street(case), _town(case)) if p)
    return Letter(kind=kind, sender=sender, return_line=return_line,
                  recipient=recipient_lines(assessment), office_email=office_email(assessment),
                  day=today, has_postal_address=postal,
                  office_email_as_of=next((c.as_of for c in authority.contacts
                                           if c.kind == "email"), "") if authority else "")


def _nationalities(case: Case) -> str:
    from ..forms.values import country_de

    return ", ".join(country_de(code) for code in case.person.nationalities)


def _identity(case: Case, lang: str) -> list[tuple[str, str]]:
    person, rows = case.person, []
    rows.append((lt("letter.id.name", lang), ", ".join(
        p for p in (person.family_name.upper(), person.first_names) if p)))
    if person.date_of_birth:
        rows.append((lt("letter.id.born", lang), format_day(person.date_of_birth, "de")))
    if person.nationalities:
        rows.append((lt("letter.id.nationality", lang), _nationalities(case)))
    if case.passport.number:
        rows.append((lt("letter.id.passport", lang), case.passport.number))
    if case.status.valid_until:
        rows.append((lt("letter.id.permit", lang), format_day(case.status.valid_until, "de")))
    address = ", ".join(p for p in (_street(case), case.address.address_extra, _town(case)) if p)
    rows.append((lt("letter.id.address", lang), address))
    contact = ", ".join(p for p in (case.contact.email, case.contact.phone) if p)
    if contact:
        rows.append((lt("letter.id.contact", lang), contact))
    return rows


def _deadlines(case: Case, assessment: Assessment, lang: str) -> list[str]:
    """The deadlines an appointment request names: the permit's expiry (if still ahead), and the
    end of the applicant phase or of the job search."""
    out = []
    expiry = case.status.valid_until
    if expiry and expiry >= assessment.today:
        out.append(lt("appointment.deadline", lang, label=lt("appointment.expiry_label", lang),
                      date=format_day(expiry, lang)))
    for d in assessment.deadlines:
        if d.id in APPOINTMENT_DEADLINES and not d.passed:
            out.append(lt("appointment.deadline", lang, label=text_in(d.label, lang).rstrip("."),
                          date=format_day(d.date, lang)))
    return out


def compose(case: Case, assessment: Assessment, kind: LetterKind | str, lang: str,
            today: date) -> LetterBody:
    """The letter of `kind` in `lang` (German: the letter to send)."""
    kind = LetterKind(kind)
    _check(case, assessment, kind, today)
    expiry = case.status.valid_until
    months = case.application.requested_duration_months
    values = {
        "expiry": format_day(expiry, lang) if expiry else "",
        "purpose": t(f"purpose.{case.application.purpose.value}", lang),
        "duration": (lt("letter.duration_months", lang, months=months) if months
                     else lt("letter.duration_open", lang)),
        "need": lt(f"need.{case.application.kind.value}", lang),
        "moved_in": format_day(case.address.moved_in_on, lang) if case.address.moved_in_on
        else "",
    }
    # a first permit applied for while a visa runs: § 81 Abs. 4 ("die Erteilung eines anderen
    # Aufenthaltstitels") with the visa's expiry
    first = (kind is LetterKind.EXTENSION and case.application.kind.value == "first_permit"
             and case.status.kind.value == "visa")
    keys = []
    for key in _PARAGRAPHS[kind]:
        if key == "address_change.report" and not case.address.moved_in_on:
            key = "address_change.report_undated"
        if key == "extension.apply" and first:
            key = "extension.apply_first"
        keys.append(key)
    texts = letter_texts()
    paragraphs = [lt(key, lang, **values) for key in keys]
    sources = [texts[key].source for key in keys]
    if kind is LetterKind.APPOINTMENT:
        deadlines = _deadlines(case, assessment, lang)
        paragraphs += deadlines
        sources += [""] * len(deadlines)
        keys = ["letter.ask_receipt"]
        if (expiry and expiry >= today and case.application.kind.value == "extension"):
            keys.insert(0, "appointment.as_application")
        paragraphs += [lt(key, lang) for key in keys]
        sources += [texts[key].source for key in keys]
    subject_key = {LetterKind.EXTENSION: "extension.subject",
                   LetterKind.APPOINTMENT: "appointment.subject",
                   LetterKind.CONTINUATION: "continuation.subject",
                   LetterKind.ADDRESS_CHANGE: "address_change.subject"}[kind]
    if first:
        subject_key = "extension.subject_first"
    items = assessment.checklist if kind in _ENCLOSING else []
    if kind is LetterKind.ADDRESS_CHANGE and case.application.kind.value != "address_change":
        # the checklist is for another application: the report encloses the registration only
        items = [i for i in items if i.id == REGISTRATION_DOCUMENT]
    enclosures = [text_in(i.name, lang) for i in items]
    return LetterBody(
        lang=lang,
        subject=lt(subject_key, lang, **values),
        salutation=lt("letter.salutation", lang),
        paragraphs=paragraphs,
        identity=_identity(case, lang),
        enclosures_label=lt("letter.enclosures", lang),
        enclosures=enclosures,
        closing=lt("letter.closing", lang),
        signature=lt("letter.signature", lang),
        place_date=lt("letter.place_date", lang, place=case.address.place,
                      date=format_day(today, lang)),
        reason_line=lt("continuation.reason_line", lang) if kind is LetterKind.CONTINUATION
        else "",
        notice=lt("continuation.warning", lang) if kind is LetterKind.CONTINUATION else "",
        page_label=texts["letter.page"].texts[lang],
        submission=submission_statements(assessment, lang),
        paragraph_sources=sources,
        notice_source=texts["continuation.warning"].source if kind is LetterKind.CONTINUATION
        else "",
    )


def submission_statements(assessment: Assessment, lang: str) -> list[Cited]:
    """For the applicant's page: how the responsible office takes applications and how far
    ahead, each with the page of the offices' data it comes from, or that it is not known; and
    the advice to apply before expiry with its paragraph (the cover says the same,
    assistant/packet/submission.py)."""
    from ..packet.submission import BEFORE_EXPIRY_SOURCE, ahead_text, office_submission

    authority = assessment.authority
    spec = office_submission(authority.id if authority else None)
    out = [Cited(t("submission.heading", lang) + ":")]
    if spec is None:
        out.append(Cited(t("submission.unknown", lang)))
    else:
        channels = "; ".join(t(f"submission.channel.{c}", lang) for c in spec.channels)
        out.append(Cited(f"{t('submission.channels', lang)}: {channels}", spec.source,
                         spec.as_of))
        ahead = ahead_text(spec, lang)
        label = t("submission.ahead", lang)
        if not ahead:  # no page says it: nothing to cite
            out.append(Cited(f"{label}: {t('submission.ahead_unknown', lang)}"))
        elif spec.ahead_source:
            out.append(Cited(f"{label}: {ahead}", spec.ahead_source, spec.ahead_as_of))
        else:
            out.append(Cited(f"{label}: {ahead}", spec.source, spec.as_of))
        if spec.note:
            out.append(Cited(text_in(spec.note, lang), spec.source, spec.as_of))
    out.append(Cited(t("submission.before_expiry", lang), BEFORE_EXPIRY_SOURCE))
    return out


def submission_lines(assessment: Assessment, lang: str) -> list[str]:
    """The same for the window, as lines: the page it comes from named in a line of its own
    before the advice (a label has no notes)."""
    from ..packet.submission import office_submission
    from ..sources import cite

    lines = [c.text for c in submission_statements(assessment, lang)]
    authority = assessment.authority
    spec = office_submission(authority.id if authority else None)
    if spec is not None:
        lines.insert(-1, f"{t('source', lang)}: {cite(spec.source, lang)}")
    return lines
