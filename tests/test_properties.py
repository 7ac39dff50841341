"""Property tests: `assess` never raises on any valid case, on any day the program knows the law
of (before that it refuses with LawNotKnownError, a clear message), and what it returns is fit to
show (messages filled in, findings sorted, fields named)."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from assistant.assessment import Assessment, Severity
from assistant.catalogue import catalogue
from assistant.engine import assess as _assess
from assistant.errors import LawNotKnownError
from assistant.model import (
    EARLIEST_DATE,
    LATEST_DATE,
    AdmissionDocument,
    ApplicationKind,
    Case,
    HealthInsuranceKind,
    InstitutionType,
    Purpose,
    ResidenceStatusKind,
    StudyMode,
    SubjectChangeException,
)

# The full calendar, with extra weight near today and at its ends (year 1 and year 9999).
DAYS = st.one_of(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)),
    st.dates(),
    st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2024, 2, 29), date(2026, 1, 31)]),
)
# A case's dates lie between the model's bounds (1.1.1900 to 31.12.2199), with weight at both.
CASE_DAYS = st.one_of(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)),
    st.dates(min_value=EARLIEST_DATE, max_value=LATEST_DATE),
    st.sampled_from([EARLIEST_DATE, LATEST_DATE, date(2024, 2, 29), date(2026, 1, 31)]),
)
MAYBE_DAY = st.none() | CASE_DAYS
MAYBE_BOOL = st.none() | st.booleans()
NAMES = st.sampled_from(["", "Silva", "Шевченко", "محمد", "O'Neil-Ünal", "李", "Nguyễn", "  x  "])
COUNTRIES = st.lists(st.sampled_from(["BR", "CH", "DE", "SY", "UA", "XK", "XX", "PL", "TR"]),
                     max_size=3)


def _enum(e) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in e])


def _ordered(a: date | None, b: date | None) -> tuple[date | None, date | None]:
    if a and b and b < a:
        return b, a
    return a, b


@st.composite
def cases(draw: st.DrawFn) -> Case:
    c_start, c_end = _ordered(draw(MAYBE_DAY), draw(MAYBE_DAY))
    issued, valid = draw(MAYBE_DAY), draw(MAYBE_DAY)
    if issued and valid and valid <= issued:
        issued = None
    doc: dict[str, Any] = {
        "application": {
            "kind": draw(_enum(ApplicationKind)),
            "purpose": draw(_enum(Purpose)),
            "requested_duration_months": draw(st.none() | st.integers(1, 120)),
        },
        "person": {
            "family_name": draw(NAMES), "first_names": draw(NAMES), "birth_name": draw(NAMES),
            "date_of_birth": draw(MAYBE_DAY), "nationalities": draw(COUNTRIES),
        },
        "passport": {"issued_on": issued, "valid_until": valid},
        "guardians_consent": draw(MAYBE_BOOL),
        "entry": {"date": draw(MAYBE_DAY)},
        "registration_date": draw(MAYBE_DAY),
        "address": {"place": draw(st.sampled_from(["", "Dresden", "Freiberg", "Leipzig",
                                                   "Nowhere"])),
                    "moved_in_on": draw(MAYBE_DAY)},
        "health_insurance": {"kind": draw(st.none() | _enum(HealthInsuranceKind))},
        "status": {"kind": draw(_enum(ResidenceStatusKind)), "valid_until": draw(MAYBE_DAY)},
        "study": {
            "institution_type": draw(_enum(InstitutionType)),
            "mode": draw(_enum(StudyMode)),
            "subject": draw(NAMES),
            "semester": draw(st.none() | st.integers(1, 40)),
            "average_duration_semesters": draw(st.none() | st.integers(1, 30)),
            "start_date": draw(MAYBE_DAY),
            "admission_document": draw(st.none() | _enum(AdmissionDocument)),
            "university_entrance_qualification": draw(MAYBE_BOOL),
            "german_language_proof": draw(MAYBE_BOOL),
            "applicant_phase_start": draw(MAYBE_DAY),
            "preparatory_start": draw(MAYBE_DAY),
            "graduated_on": draw(MAYBE_DAY),
            "exmatriculated_on": draw(MAYBE_DAY),
            "language_course": draw(st.none() | st.fixed_dictionaries({
                "hours_per_week": st.none() | st.floats(0, 60),
                "daily": MAYBE_BOOL, "evening_or_weekend": st.booleans(),
                "start": st.just(c_start), "end": st.just(c_end),
                "prepares_for": st.sampled_from(["", "DSH", "TestDaF"])})),
            "studienkolleg": draw(st.none() | st.fixed_dictionaries({
                "start": st.just(c_start), "end": st.just(c_end),
                "state_recognised": MAYBE_BOOL})),
            "subject_change": draw(st.none() | st.fixed_dictionaries({
                "planned_on": MAYBE_DAY, "exception": _enum(SubjectChangeException)})),
        },
        "finances": {"blocked_account": draw(st.booleans()), "scholarship": draw(st.booleans()),
                     "own_income_monthly_eur": draw(st.none() | st.integers(0, 5000))},
        "work": {"full_days_per_year": draw(st.integers(0, 366)),
                 "half_days_per_year": draw(st.integers(0, 732)),
                 "student_assistant": draw(st.booleans()),
                 "mandatory_internship": draw(st.booleans()),
                 "voluntary_internship": draw(st.booleans()),
                 "self_employed": draw(st.booleans())},
        "absences": [dict(zip(("start", "end"), _ordered(draw(MAYBE_DAY), draw(MAYBE_DAY)),
                              strict=True))
                     for _ in range(draw(st.integers(0, 3)))],
    }
    try:
        return Case.model_validate(doc)
    except ValidationError:
        assume(False)
        raise


def assess(case: Case, today: date) -> Assessment:
    """`assess`, where a refusal is allowed only before a parameter's first known value."""
    try:
        return _assess(case, today)
    except LawNotKnownError as exc:
        first = {str(s.known_from) for s in catalogue().parameters.values() if today < s.known_from}
        assert any(f"only from {d} on" in str(exc) for d in first), str(exc)
        assume(False)
        raise


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), today=DAYS)
def test_assess_never_raises_and_every_finding_is_fit_to_show(case: Case, today: date):
    result = assess(case, today)
    ranks = [f.severity.rank for f in result.findings]
    assert ranks == sorted(ranks)
    assert len(set(result.finding_ids())) == len(result.findings)
    for f in result.findings:
        assert f.fields and f.source
        for lang in ("de", "en", "uk"):
            text = f.text(lang)
            assert text and "{" not in text and "}" not in text, (f.id, lang, text)
        assert "{" not in f.why_text("en")


@settings(max_examples=40, deadline=None)
@given(case=st.builds(Case), today=DAYS)
def test_assess_never_raises_on_cases_built_from_the_model_types(case: Case, today: date):
    assess(case, today)


@settings(max_examples=40, deadline=None)
@given(case=cases(), today=st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)))
def test_an_eu_citizen_is_always_told_no_permit_is_needed(case: Case, today: date):
    case = case.model_copy(update={"person": case.person.model_copy(
        update={"nationalities": ["CH"]})})
    blockers = [f.id for f in assess(case, today).findings if f.severity is Severity.BLOCKER]
    assert "general.eu_citizen_no_permit" in blockers
