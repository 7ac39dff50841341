"""The rules engine: `assess(case, today) -> Assessment`. Pure: no I/O beyond the cached
catalogue, no Qt, and `today` always passed in so every date rule is testable.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from . import caches
from .assessment import (
    Assessment,
    Authority,
    ChecklistItem,
    Deadline,
    FeeEstimate,
    FeeLine,
    Finding,
)
from .authorities import authority_conflicts, authority_contacts
from .catalogue import AuthoritySpec, Catalogue, FeeSpec, catalogue
from .errors import LawNotKnownError, ResourceError
from .expr import ExpressionError, compile_expression
from .facts import build_facts, outcome_facts
from .model import Case
from .texts import fill


def _evaluate(text: str, ns: dict[str, Any], entry: str) -> Any:
    try:
        return compile_expression(text).evaluate(ns)
    except ExpressionError as exc:
        raise ResourceError(f"resources entry '{entry}': {exc}") from None
    except (TypeError, ValueError, ArithmeticError, OverflowError) as exc:
        raise ResourceError(f"resources entry '{entry}': {text!r} failed: {exc}") from None


def assess(case: Case, today: date, cat: Catalogue | None = None,
           facts: dict[str, Any] | None = None) -> Assessment:
    """The assessment of `case` on `today`. `facts`: the facts of this case and day, where the
    caller has built them already (the wizard decides with them which pages apply)."""
    cat = cat or catalogue()
    ns = facts if facts is not None else build_facts(case, today, cat.params_at(today), cat)

    findings = []
    ended = False
    for rule in cat.rules:
        if _evaluate(rule.when, ns, rule.id):
            ended = ended or rule.ends_purpose
            values = {k: _evaluate(v, ns, rule.id) for k, v in rule.values.items()}
            findings.append(
                Finding(
                    id=rule.id,
                    severity=rule.severity,
                    message=rule.message,
                    why=rule.why,
                    source=rule.source,
                    quote=rule.quote,
                    fields=rule.fields,
                    values=values,
                )
            )
    findings.sort(key=lambda f: f.severity.rank)
    # Documents, fees and deadlines follow from the findings: none for a permit nobody needs or
    # for a purpose that has ended.
    ns.update(outcome_facts(ns, purpose_ended=ended))

    checklist = []
    for doc in cat.documents:
        if _evaluate(doc.when, ns, doc.id):
            filled = {k: _evaluate(v, ns, doc.id) for k, v in doc.values.items()}
            copies = doc.copies
            if isinstance(copies, str):
                copies = int(_evaluate(copies, ns, doc.id) or 0)
            note_template, source = dict(doc.note), doc.source
            for extra in doc.extra_notes:
                if _evaluate(extra.when, ns, doc.id):
                    note_template = {
                        lang: " ".join(t for t in (note_template.get(lang), extra.text.get(lang))
                                       if t)
                        for lang in {*note_template, *extra.text}
                    }
                    source = f"{source}; {extra.source}"
            note = fill(note_template, filled)
            checklist.append(
                ChecklistItem(
                    id=doc.id,
                    name=fill(doc.name, filled),
                    why=fill(doc.why, filled),
                    original=doc.original,
                    copies=copies,
                    note=note,
                    source=source,
                    quote=doc.quote,
                    values=filled,
                    templates={"name": doc.name, "why": doc.why, "note": note_template},
                )
            )

    deadlines = []
    for spec in cat.deadlines:
        if not _evaluate(spec.when, ns, spec.id):
            continue
        day = _evaluate(spec.date, ns, spec.id)
        filled = {k: _evaluate(v, ns, spec.id) for k, v in spec.values.items()}
        if isinstance(day, date):
            deadlines.append(
                Deadline(
                    id=spec.id,
                    date=day,
                    label=fill(spec.label, filled),
                    note=fill(spec.note, filled),
                    source=spec.source,
                    quote=spec.quote,
                    passed=day < today,
                    apply_by=spec.apply_by,
                    overdue=dict(spec.overdue) if day < today else {},
                    values=filled,
                    templates={"label": spec.label, "note": spec.note},
                )
            )
    deadlines.sort(key=lambda d: d.date)

    authority_id = ns["authority_id"]
    authority = _authority(cat.authorities[authority_id]) if authority_id else None
    return Assessment(
        today=today,
        findings=findings,
        checklist=checklist,
        fees=_fees(cat, ns),
        deadlines=deadlines,
        authority=authority,
    )


def _fees(cat: Catalogue, ns: dict[str, Any]) -> FeeEstimate:
    lines: list[FeeLine] = []
    exemptions: list[FeeLine] = []
    reducing: list[tuple[FeeSpec, int | None]] = []  # exemptions with the share still payable
    for spec in cat.fees:
        if not _evaluate(spec.when, ns, spec.id):
            continue
        amount = spec.amount_cents
        if spec.amount:
            value = _evaluate(spec.amount, ns, spec.id)
            amount = None if value is None else int(value)
        source, quote, valid_from = spec.source, spec.quote, spec.valid_from
        cited = cat.amount_value(spec, ns["today"])  # the dated value the amount is, if one
        if cited is not None:
            source, quote, valid_from = cited.source, cited.quote, cited.valid_from
        filled = {k: _evaluate(v, ns, spec.id) for k, v in spec.values.items()}
        line = FeeLine(
            id=spec.id,
            label=fill(spec.label, filled),
            amount_cents=amount,
            source=source,
            quote=quote,
            valid_from=valid_from,
            values=filled,
            templates={"label": spec.label},
        )
        if spec.kind == "exemption":
            exemptions.append(line)
            if spec.payable_percent:
                reducing.append((spec, _payable_percent(spec, ns)))
        else:
            lines.append(line)
    if not lines and not exemptions:  # no permit applied for (findings say why): no fee at all
        return FeeEstimate(lines=[], exemptions=[], total_cents=None, ask_authority=False,
                           note={})
    known = bool(lines) and all(line.amount_cents is not None for line in lines)
    exemptions = _reduce(exemptions, reducing, lines)
    unsure = any(percent is None for _, percent in reducing)  # not known on that day
    total = None
    if known:
        total = sum(line.amount_cents or 0 for line in lines)
        total += sum(line.amount_cents or 0 for line in exemptions)
    return FeeEstimate(
        lines=lines,
        exemptions=exemptions,
        total_cents=total,
        ask_authority=not known or bool(exemptions),
        note=cat.fee_ask_authority if not known or unsure else cat.fee_note,
    )


def _payable_percent(spec: FeeSpec, ns: dict[str, Any]) -> int | None:
    """The share of the fee an exemption leaves payable on the day, or None where its law is not
    known on that day: the exemption is then listed without being applied."""
    try:
        value = _evaluate(spec.payable_percent, ns, spec.id)
    except LawNotKnownError:
        return None
    return None if value is None else int(value)


def _reduce(exemptions: list[FeeLine], reducing: list[tuple[FeeSpec, int | None]],
            lines: list[FeeLine]) -> list[FeeLine]:
    """Each exemption with what it takes off the fee lines it applies to (a negative amount), so
    that the total is what remains payable. Exemptions apply one after another to what the
    earlier ones left (a minor with a public scholarship pays nothing, not less than nothing).
    An exemption whose law is not known on the day is listed without an amount."""
    remaining = {line.id: line.amount_cents or 0 for line in lines}
    by_id = {spec.id: (spec, percent) for spec, percent in reducing}
    out = []
    for line in exemptions:
        spec, percent = by_id.get(line.id, (None, None))
        if spec is None or percent is None:
            out.append(line)
            continue
        taken = 0
        for fee_id in spec.applies_to:
            if fee_id in remaining:
                left = remaining[fee_id] * percent // 100
                taken += remaining[fee_id] - left
                remaining[fee_id] = left
        out.append(line.model_copy(update={"amount_cents": -taken}) if taken else line)
    return out


# The Authority made of an authority's entry, by the entry's identity (kept with it): it is the
# same for every case, and merging its contacts after every keystroke took a tenth of a
# millisecond. Which office was last looked up says roughly where a person lives: forgotten
# with the session.
_AUTHORITIES: dict[int, tuple[AuthoritySpec, Authority]] = {}
caches.on_forget(_AUTHORITIES.clear)


def _authority(spec: AuthoritySpec) -> Authority:
    cached = _AUTHORITIES.get(id(spec))
    if cached is not None and cached[0] is spec:
        return cached[1]
    if len(_AUTHORITIES) >= 32:  # entries of catalogues loaded by tests one after another
        _AUTHORITIES.clear()
    authority = _authority_of(spec)
    _AUTHORITIES[id(spec)] = (spec, authority)
    return authority


def _authority_of(spec: AuthoritySpec) -> Authority:
    contacts = authority_contacts(spec)
    first_address = next((c.value for c in contacts if c.kind == "address"), "")
    return Authority(
        id=spec.id,
        name=spec.name,
        kind=spec.kind,
        address=spec.address or [line.strip() for line in first_address.split(",") if line],
        contacts=contacts,
        hours=spec.hours,
        directions=spec.directions,
        booking_steps=spec.booking_steps,
        booking_source=spec.booking_source or spec.source,
        booking_as_of=spec.booking_as_of or spec.as_of,
        conflicts=authority_conflicts(contacts),
        source=spec.source,
        as_of=spec.as_of,
    )
