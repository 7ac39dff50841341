"""The names a resource expression can read: the case's parts and facts derived from them.

`build_facts(case, today, params, catalogue)` returns the namespace in which every `when`,
`date`, `copies` and `values` expression of `resources/` is evaluated. The names are documented
in resources/README.md; add a derived fact here when a rule needs one, never a legal value
(those are parameters in resources/parameters.toml).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import TYPE_CHECKING, Any

from .authorities import find_authority
from .caches import personal
from .expr import add_months, days_between, years_between
from .model import Absence, ApplicationKind, Case, Finances, Work

if TYPE_CHECKING:
    from .catalogue import Catalogue

_NAME_PUNCTUATION = set(" -'’.,")


@personal(maxsize=64)  # a name, checked letter by letter after every keystroke
def is_latin_text(text: str) -> bool:
    """True when every letter is a Latin letter (with or without diacritics), as the names in a
    passport's machine-readable zone are transliterated; spaces, hyphens and apostrophes pass."""
    for ch in text:
        if ch in _NAME_PUNCTUATION:
            continue
        if not ch.isalpha():
            return False
        try:
            if "LATIN" not in unicodedata.name(ch):
                return False
        except ValueError:
            return False
    return True


NAME_FIELDS = ("person.family_name", "person.birth_name", "person.first_names")


def non_latin_name_fields(case: Case) -> list[str]:
    out = []
    for path in NAME_FIELDS:
        _, attr = path.split(".")
        value = getattr(case.person, attr)
        if value and not is_latin_text(value):
            out.append(path)
    return out


def requested_period(case: Case, today: date) -> tuple[date, date | None]:
    """First and last day of the permit asked for: an extension starts when the current permit
    ends (if that is still ahead), anything else today; the end is unknown without a duration."""
    start = today
    valid_until = case.status.valid_until
    if case.application.kind is ApplicationKind.EXTENSION and valid_until and valid_until > today:
        start = valid_until
    months = case.application.requested_duration_months
    return start, add_months(start, months) if months else None


def first_long_absence(case: Case, max_months: int | None) -> Absence | None:
    """The first absence (with start and end) longer than `max_months` calendar months."""
    if max_months is None:
        return None
    for a in case.absences:
        if a.start and a.end and a.end > (add_months(a.start, max_months) or a.end):
            return a
    return None


def current_or_next_absence(case: Case, today: date) -> Absence | None:
    """The absence going on today or, failing that, the next one planned (by its start)."""
    dated = sorted((a for a in case.absences if a.start), key=lambda a: a.start or today)
    for a in dated:
        if a.start and a.start <= today and (a.end is None or a.end >= today):
            return a
    return next((a for a in dated if a.start and a.start > today), None)


def _week_days(hours: float, days: int | None, half_day_max: float | None) -> float | None:
    """A week's work counted by days (§ 16b Abs. 3 S. 3 Nr. 1 AufenthG): a day of up to
    `half_day_max` hours is half a day, a longer one a full day; the hours spread evenly."""
    if days is None or half_day_max is None:
        return None
    return days * (0.5 if hours / days <= half_day_max else 1.0)


def _week_flat(hours: float, lecture_time: bool, week_days: float | None,
               lecture_max_hours: float | None) -> float | None:
    """A week counted as a whole (§ 16b Abs. 3 S. 3 Nr. 2): in the lecture period up to
    `lecture_max_hours` hours, outside it any hours; None where that count does not apply."""
    if not week_days:
        return None
    if lecture_time and (lecture_max_hours is None or hours > lecture_max_hours):
        return None
    return float(week_days)


def work_account(work: Work, params: dict[str, Any]) -> tuple[float, bool]:
    """The working days a year's planned work takes from the account, each week counted in the
    way better for the person (§ 16b Abs. 3 S. 3, 4); and whether a week could not be counted
    (hours without the days they are spread over, where the weekly count does not apply)."""
    p = params.get("work", {})
    total = work.full_days_per_year + work.half_days_per_year / 2
    if work.voluntary_internship:
        total += work.internship_days
    incomplete = False
    for hours, days, weeks, lecture in (
        (work.term_hours_per_week, work.term_days_per_week, work.term_weeks, True),
        (work.holiday_hours_per_week, work.holiday_days_per_week, work.holiday_weeks, False),
    ):
        if not hours or not weeks:
            continue
        counts = [c for c in (
            _week_days(hours, days, p.get("half_day_max_hours")),
            _week_flat(hours, lecture, p.get("weekly_count_days"), p.get("weekly_count_max_hours")),
        ) if c is not None]
        if counts:
            total += weeks * min(counts)
        else:
            incomplete = True
    return total, incomplete


def means_shown_cents(finances: Finances) -> int | None:
    """What the case shows a month (blocked account plus own income), or None where it shows
    nothing with an amount; a scholarship or a formal obligation has no amount in the case."""
    amounts = [a for a in (finances.blocked_account_monthly_eur if finances.blocked_account
                           else None, finances.own_income_monthly_eur) if a is not None]
    return sum(amounts) * 100 if amounts else None


def means_need_cents(case: Case, params: dict[str, Any]) -> int:
    """The monthly means the purpose needs on the day (§ 2 Abs. 3 S. 5, 6 AufenthG): the
    published amount, plus the surcharge for study applicants and for language courses that do
    not prepare for study; 0 where no amount can be cited."""
    means = params.get("means", {})
    need = int(means.get("monthly_need_cents") or 0)
    purpose = case.application.purpose.value
    if purpose not in ("study", "studienkolleg", "language_course", "study_applicant"):
        return 0  # § 2 Abs. 3 S. 5, 6 name no amount for the other purposes
    course = case.study.language_course
    surcharge = purpose == "study_applicant" or (
        purpose == "language_course" and (course is None or not course.prepares_for))
    if surcharge:
        need = need * (100 + int(means.get("surcharge_percent") or 0)) // 100
    return need


def expected_months(case: Case, params: dict[str, Any]) -> int | None:
    """The validity the findings expect (study.duration_too_short, study.duration_too_long): a
    first study permit's requested months held within the shortest and longest validity of a
    study permit; otherwise the months asked for (an extension may be shorter when the study ends
    sooner, § 16b Abs. 2 S. 3 AufenthG)."""
    months = case.application.requested_duration_months
    study = params.get("study", {})
    low, high = study.get("permit_min_months"), study.get("permit_max_months")
    if (months is None or case.application.purpose.value != "study" or low is None
            or high is None or case.application.kind is not ApplicationKind.FIRST_PERMIT):
        return months
    return min(max(months, low), high)


def outcome_facts(ns: dict[str, Any], purpose_ended: bool) -> dict[str, Any]:
    """Facts the documents, fees and deadlines read after the rules: whether a finding ended the
    purpose, and whether a permit application (with its checklist, fee and card) follows."""
    return {
        "purpose_ended": purpose_ended,
        "permit_application": ns["kind"] in ("first_permit", "extension")
        and ns["needs_permit"] and not purpose_ended,
    }


def purpose_changed(case: Case, basis: dict[str, str]) -> bool:
    """An extension of a permit granted for a purpose with another legal basis than the one
    applied for (resources/fees.toml, `purpose_basis`); purposes with no single basis (doctorate,
    research, other) are not taken as a change."""
    held = case.status.purpose
    if held is None:
        return False
    before, after = basis.get(held.value), basis.get(case.application.purpose.value)
    return before is not None and after is not None and before != after


def build_facts(case: Case, today: date, params: dict[str, Any], cat: Catalogue) -> dict[str, Any]:
    person = case.person
    study = case.study
    age = years_between(person.date_of_birth, today)
    majority = params["general"]["majority_age"]  # resources/parameters/general.toml
    residence = find_authority(case.address.place, case.address.postcode, cat)
    eu = set(cat.country_groups.get("eu_eea_ch", []))
    requested_from, requested_until = requested_period(case, today)
    is_eu = bool(person.nationalities) and any(n in eu for n in person.nationalities)
    account_days, account_incomplete = work_account(case.work, params)
    need_cents, shown_cents = means_need_cents(case, params), means_shown_cents(case.finances)
    absence_days = [
        days_between(a.start, a.end) for a in case.absences if a.start and a.end
    ]
    ns = {
        "today": today,
        "param": params,
        "case": case,
        "application": case.application,
        "kind": case.application.kind.value,
        "purpose": case.application.purpose.value,
        "person": person,
        "passport": case.passport,
        "marital": case.marital,
        "spouse": case.spouse,
        "children": case.children,
        "father": case.father,
        "mother": case.mother,
        "entry": case.entry,
        "address": case.address,
        "contact": case.contact,
        "health": case.health_insurance,
        "legal": case.legal,
        "status": case.status,
        "study": study,
        "course": study.language_course,
        "kolleg": study.studienkolleg,
        "change": study.subject_change,
        "finances": case.finances,
        "work": case.work,
        "absences": case.absences,
        "guardians_consent": case.guardians_consent,
        "age": age,
        # A birth date in the future is its own finding, not a minor.
        "is_minor": age is not None and 0 <= age < majority,
        "nationalities": list(person.nationalities),
        "is_eu_eea_ch": is_eu,
        "only_eu_eea_ch": bool(person.nationalities)
        and all(n in eu for n in person.nationalities),
        "place_given": bool(case.address.place.strip()),
        "authority_id": residence.authority_id,
        # assistant/authorities.py: found / ambiguous / unknown / empty, the places an ambiguous
        # name may mean, and a postcode that belongs to other places than the one named.
        "place_status": residence.status.value,
        "place_matched": residence.place,
        "place_candidates": ", ".join(residence.candidates),
        "postcode_mismatch": residence.postcode_mismatch,
        "postcode_places": ", ".join(residence.postcode_places),
        "next_absence": current_or_next_absence(case, today),
        "longest_absence_days": max(absence_days) if absence_days else None,
        "non_latin_names": non_latin_name_fields(case),
        "work_days": case.work.full_days_per_year + case.work.half_days_per_year / 2,
        "work_account_days": account_days,
        "work_account_incomplete": account_incomplete,
        "work_weekly_hours": max(case.work.term_hours_per_week or 0,
                                 case.work.holiday_hours_per_week or 0),
        "means_shown_cents": shown_cents,
        "means_need_cents": need_cents,
        "means_need_eur": need_cents / 100,
        "means_shown_eur": None if shown_cents is None else shown_cents / 100,
        "means_gap_eur": None if shown_cents is None else (need_cents - shown_cents) / 100,
        "needs_permit": not is_eu,
        "eu_states": cat.country_groups.get("eu", []),
        "expected_months": expected_months(case, params),
        "purpose_changed": purpose_changed(case, cat.purpose_basis),
        "requested_from": requested_from,
        "requested_until": requested_until,
        "long_absence": first_long_absence(case, params.get("absence", {}).get("max_months")),
    }
    # before the rules run no finding has ended the purpose; assess() updates this afterwards
    ns.update(outcome_facts(ns, purpose_ended=False))
    return ns
