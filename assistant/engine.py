"""The rules engine: `assess(case, today) -> Assessment`. Pure: no I/O beyond the cached
catalogue, no Qt, and `today` always passed in so every date rule is testable.
"""

from __future__ import annotations

from collections.abc import Callable
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
from .catalogue import (
    AuthoritySpec,
    Catalogue,
    DeadlineSpec,
    DocumentSpec,
    FeeSpec,
    NoteSpec,
    RuleSpec,
    catalogue,
)
from .errors import LawNotKnownError, ResourceError
from .expr import ExpressionError, compile_expression
from .facts import build_facts, outcome_facts
from .model import Case
from .texts import fill, value_key


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
            findings.append(_made(_finding, rule, (value_key(values),), values))
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
            extras = tuple(e for e in doc.extra_notes if _evaluate(e.when, ns, doc.id))
            checklist.append(_made(_checklist_item, doc, (value_key(filled), copies, extras),
                                   filled, copies, extras))

    deadlines = []
    for spec in cat.deadlines:
        if not _evaluate(spec.when, ns, spec.id):
            continue
        day = _evaluate(spec.date, ns, spec.id)
        filled = {k: _evaluate(v, ns, spec.id) for k, v in spec.values.items()}
        if isinstance(day, date):
            passed = day < today
            deadlines.append(_made(_deadline, spec, (value_key(filled), type(day), day, passed),
                                   filled, day, passed))
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


# The item made last of each entry, with what it was made of, by the entry's identity (kept
# with it): from one keystroke to the next most findings, documents, deadlines and fee lines
# are made of the same values, and making and validating them again took a tenth of the
# assessment. The values may be a person's: forgotten with the session.
_LAST_MADE: dict[int, tuple[Any, tuple[Any, ...], Any]] = {}
caches.on_forget(_LAST_MADE.clear)


def _made(make: Callable[..., Any], spec: Any, inputs: tuple[Any, ...], *args: Any) -> Any:
    """`make(spec, *args)`, or the item made last of `spec` if that was made of equal `inputs`
    (all that `args` make differ in). The values in `inputs` are compared by their `value_key`,
    which is None where it cannot tell them apart exactly: then the item is made anew."""
    if inputs[0] is None:
        return make(spec, *args)
    last = _LAST_MADE.get(id(spec))
    if last is not None and last[0] is spec and last[1] == inputs:
        return last[2]
    if len(_LAST_MADE) >= 1024:  # entries of catalogues that tests load one after another
        _LAST_MADE.clear()
    item = make(spec, *args)
    _LAST_MADE[id(spec)] = (spec, inputs, item)
    return item


def _finding(rule: RuleSpec, values: dict[str, Any]) -> Finding:
    return Finding(
        id=rule.id,
        severity=rule.severity,
        message=rule.message,
        why=rule.why,
        source=rule.source,
        quote=rule.quote,
        fields=rule.fields,
        values=values,
    )


def _checklist_item(doc: DocumentSpec, filled: dict[str, Any], copies: int,
                    extras: tuple[NoteSpec, ...]) -> ChecklistItem:
    """The document's item, with the notes of `extras` (those whose `when` holds) added."""
    note_template, source = dict(doc.note), doc.source
    for extra in extras:
        note_template = {
            lang: " ".join(t for t in (note_template.get(lang), extra.text.get(lang)) if t)
            for lang in {*note_template, *extra.text}
        }
        source = f"{source}; {extra.source}"
    return ChecklistItem(
        id=doc.id,
        name=fill(doc.name, filled),
        why=fill(doc.why, filled),
        original=doc.original,
        copies=copies,
        note=fill(note_template, filled),
        source=source,
        quote=doc.quote,
        values=filled,
        templates={"name": doc.name, "why": doc.why, "note": note_template},
    )


def _deadline(spec: DeadlineSpec, filled: dict[str, Any], day: date, passed: bool) -> Deadline:
    return Deadline(
        id=spec.id,
        date=day,
        label=fill(spec.label, filled),
        note=fill(spec.note, filled),
        source=spec.source,
        quote=spec.quote,
        passed=passed,
        apply_by=spec.apply_by,
        overdue=dict(spec.overdue) if passed else {},
        values=filled,
        templates={"label": spec.label, "note": spec.note},
    )


def _fee_line(spec: FeeSpec, filled: dict[str, Any], amount: int | None,
              cited_by: tuple[str, str, date | None]) -> FeeLine:
    source, quote, valid_from = cited_by
    return FeeLine(
        id=spec.id,
        label=fill(spec.label, filled),
        amount_cents=amount,
        source=source,
        quote=quote,
        valid_from=valid_from,
        values=filled,
        templates={"label": spec.label},
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
        cited_by = (source, quote, valid_from)
        line = _made(_fee_line, spec, (value_key(filled), amount, cited_by), filled, amount,
                     cited_by)
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
