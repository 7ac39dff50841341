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
from .expr import add_months, days_between, years_between
from .model import Absence, ApplicationKind, Case

if TYPE_CHECKING:
    from .catalogue import Catalogue

_NAME_PUNCTUATION = set(" -'’.,")


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


def build_facts(case: Case, today: date, params: dict[str, Any], cat: Catalogue) -> dict[str, Any]:
    person = case.person
    study = case.study
    age = years_between(person.date_of_birth, today)
    majority = params["general"]["majority_age"]  # resources/parameters/general.toml
    residence = find_authority(case.address.place, case.address.postcode, cat)
    eu = set(cat.country_groups.get("eu_eea_ch", []))
    requested_from, requested_until = requested_period(case, today)
    absence_days = [
        days_between(a.start, a.end) for a in case.absences if a.start and a.end
    ]
    return {
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
        "is_eu_eea_ch": bool(person.nationalities) and any(n in eu for n in person.nationalities),
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
        "requested_from": requested_from,
        "requested_until": requested_until,
        "long_absence": first_long_absence(case, params.get("absence", {}).get("max_months")),
    }
