"""A table of small scenario cases (OpenFisca style): each is the base case (a master's student's
first permit in Dresden, tests/rule_cases.py) changed by a few fields, with the findings it must
and must not raise, the documents its checklist must hold and the fee lines it is charged.

Fees on TODAY come from § 45 AufenthV (from 1.9.2017): first permit 100 euros, extension up to
three months 96 euros, more than three months 93 euros; seed 002: "Exceptions apply to DAAD
scholarship holders"."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from rule_cases import (
    APPLICANT,
    EXTENSION,
    LANGUAGE_COURSE,
    STUDIENKOLLEG,
    TODAY,
    run,
)


@dataclass
class S:
    name: str
    patches: list[dict[str, Any]]
    present: set[str] = field(default_factory=set)  # finding ids
    absent: set[str] = field(default_factory=set)
    checklist: set[str] = field(default_factory=set)  # document ids that must be listed
    not_checklist: set[str] = field(default_factory=set)
    fees: set[str] | None = None  # fee line ids, exactly
    total_cents: int | None = None
    exemptions: set[str] = field(default_factory=set)
    ask_authority: bool | None = None  # the fee estimate tells the person to ask the authority
    no_total: bool = False  # a fee line has no citable amount, so no total is given
    no_blockers: bool = False
    today: date = TODAY


ALWAYS = {"doc.application_form", "doc.passport", "doc.photo", "doc.health_insurance",
          "doc.lease", "doc.registration_certificate"}
STUDY_DOCS = {"doc.admission_letter", "doc.german_language_proof"}
MINOR = {"person.date_of_birth": "2009-06-15"}

SCENARIOS: list[S] = [
    S("student first permit for two years", [], absent={"general.subsistence_not_shown"},
      checklist=ALWAYS | STUDY_DOCS | {"doc.visa", "doc.subsistence_blocked_account"},
      not_checklist={"doc.guardians_consent", "doc.study_achievements"},
      fees={"fee.first_over_1y"}, total_cents=10000, ask_authority=False, no_blockers=True),
    S("student first permit for one year", [{"application.requested_duration_months": 12}],
      fees={"fee.first_up_to_1y"}, total_cents=10000, no_blockers=True),
    S("renewal seven weeks before expiry", [EXTENSION, {"status.valid_until": "2027-01-08"}],
      absent={"status.extension_apply_now", "status.permit_expired"},
      checklist=ALWAYS | {"doc.matriculation_certificate", "doc.study_achievements"},
      fees={"fee.extension_over_3m"}, total_cents=9300, no_blockers=True),
    S("renewal four weeks before expiry", [EXTENSION, {"status.valid_until": "2026-12-20"}],
      present={"status.extension_apply_now"},
      # the card (about 30 days) will not be ready before expiry: a Fiktionsbescheinigung,
      # 13 euro (§ 47 Abs. 1 Nr. 8 AufenthV), besides the 93 euro of the extension
      fees={"fee.extension_over_3m", "fee.fiktionsbescheinigung"}, total_cents=10600),
    S("renewal after the permit expired", [EXTENSION, {"status.valid_until": "2026-11-01"}],
      present={"status.permit_expired"}, absent={"status.extension_apply_now"}),
    S("short extension of three months",
      [EXTENSION, {"application.requested_duration_months": 3}],
      fees={"fee.extension_up_to_3m"}, total_cents=9600),
    S("minor with the guardians' consent", [MINOR, {"guardians_consent": True}],
      absent={"general.minor_consent_missing", "general.minor_consent_unknown"},
      checklist={"doc.guardians_consent"}, no_blockers=True),
    S("minor without the guardians' consent", [MINOR, {"guardians_consent": False}],
      present={"general.minor_consent_missing"}, checklist={"doc.guardians_consent"}),
    S("language course of 16 hours a week",
      [LANGUAGE_COURSE, {"study.language_course.hours_per_week": 16}],
      present={"language_course.min_hours"}),
    S("intensive language course of 20 hours, daily", [LANGUAGE_COURSE],
      present={"preparatory.continue_as_study"},
      absent={"language_course.min_hours", "language_course.not_daily",
              "language_course.too_long", "preparatory.over_two_years"}, no_blockers=True),
    S("evening language course",
      [LANGUAGE_COURSE, {"study.language_course.evening_or_weekend": True}],
      present={"language_course.evening_or_weekend"}),
    S("language course of 14 months",
      [LANGUAGE_COURSE, {"study.language_course.end": "2027-12-01"}],
      present={"language_course.too_long"}),
    S("distance-study student", [{"study.mode": "distance"}],
      present={"study.mode_not_full_time"}),
    S("weekend-study student", [{"study.mode": "weekend"}], present={"study.mode_not_full_time"}),
    S("student at a distance university", [{"study.institution_type": "distance_university"}],
      present={"study.distance_university"}),
    S("private college without state recognition", [{"study.institution_type": "not_recognised"}],
      present={"study.institution_not_recognised"}),
    S("Swiss citizen", [{"person.nationalities": ["CH"]}],
      present={"general.eu_citizen_no_permit"}),
    S("German-Turkish dual national", [{"person.nationalities": ["TR", "DE"]}],
      present={"general.eu_citizen_no_permit"}),
    S("DAAD scholar", [{"finances.blocked_account": False, "finances.daad_scholarship": True}],
      absent={"general.subsistence_not_shown"}, checklist={"doc.subsistence_scholarship"},
      not_checklist={"doc.subsistence_blocked_account"}, exemptions={"fee.daad_exception"},
      ask_authority=True, no_blockers=True),
    S("no proof of living costs", [{"finances.blocked_account": False}],
      present={"general.subsistence_not_shown"}, checklist={"doc.subsistence"}),
    S("absence of seven months", [{"absences": [{"start": "2026-01-05", "end": "2026-08-05"}]}],
      present={"absence.over_six_months"}),
    S("semester abroad: keep the permit",
      [{"application.kind": "absence_permission",
        "absences": [{"start": "2027-02-01", "end": "2027-09-30"}]}],
      present={"absence.permission_request"}, absent={"absence.over_six_months"},
      checklist={"doc.absence_evidence"}, fees={"fee.absence_permission"}),
    S("address change", [{"application.kind": "address_change"}],
      present={"general.address_change"}, checklist={"doc.new_registration_certificate"},
      fees={"fee.address_change"}),
    S("applicant in the second month", [APPLICANT],
      absent={"applicant.max_duration_exceeded", "applicant.requested_too_long"},
      checklist={"doc.entrance_qualification"}, no_blockers=True),
    S("applicant after ten months", [APPLICANT, {"study.applicant_phase_start": "2026-01-15"}],
      present={"applicant.max_duration_exceeded"}),
    S("applicant who wants to work, up to 29.2.2024", [APPLICANT, {"work.full_days_per_year": 30}],
      present={"applicant.no_work"}, today=date(2024, 2, 29)),
    S("applicant who wants to work (§ 17 Abs. 3 AufenthG: 20 hours a week)",
      [APPLICANT, {"work.full_days_per_year": 30}],
      present={"applicant.work_hours_limit"}, absent={"applicant.no_work"}),
    S("Studienkolleg, working in the first year, up to 29.2.2024",
      [STUDIENKOLLEG, {"work.full_days_per_year": 10}],
      present={"preparatory.work_holidays_only"}, absent={"work.over_limit"},
      today=date(2024, 2, 29)),
    S("applicant who wants to work 25 hours a week", [APPLICANT, {"work.term_hours_per_week": 25}],
      present={"applicant.work_hours_over"}, absent={"applicant.no_work"}),
    S("Studienkolleg, working in the first year",
      [STUDIENKOLLEG, {"work.full_days_per_year": 10}],
      present={"work.account_within_limit"},
      absent={"preparatory.work_holidays_only", "work.account_over_limit"}),
    S("Studienkolleg without state recognition",
      [STUDIENKOLLEG, {"study.studienkolleg.state_recognised": False}],
      present={"preparatory.studienkolleg_not_recognised"}),
    S("preparation beyond two years",
      [LANGUAGE_COURSE, {"study.preparatory_start": "2025-06-01"}],
      present={"preparatory.over_two_years"}),
    S("student working 130 days up to 29.2.2024 (120 days)", [{"work.full_days_per_year": 130}],
      present={"work.over_limit"}, today=date(2024, 2, 29)),
    S("student working 130 days from 1.3.2024 (140 days)", [{"work.full_days_per_year": 130}],
      absent={"work.over_limit", "work.account_over_limit"}, today=date(2024, 3, 1)),
    S("student working 150 days", [{"work.full_days_per_year": 150}],
      present={"work.account_over_limit"}, absent={"work.over_limit"}),
    S("student assistant with a mandatory internship",
      [{"work.student_assistant": True, "work.mandatory_internship": True,
        "work.full_days_per_year": 90}],
      present={"work.student_assistant", "work.mandatory_internship"},
      absent={"work.account_over_limit"}, no_blockers=True),
    S("voluntary internship of 150 days", [{"work.voluntary_internship": True,
                                             "work.internship_days": 150}],
      present={"work.account_over_limit"}),
    S("slow progress in the ninth semester",
      [EXTENSION, {"study.semester": 9, "study.average_duration_semesters": 4}],
      present={"study.progress_exceeded"}, checklist={"doc.study_achievements"}),
    S("change of subject after two years",
      [EXTENSION, {"study.start_date": "2024-10-01",
                   "study.subject_change": {"planned_on": "2026-12-01", "new_subject": "Chemie"}}],
      present={"study.subject_change_late"}, absent={"study.subject_change_early"}),
    S("bridging semester is not a change",
      [{"study.subject_change": {"planned_on": "2028-10-01", "exception": "bridging_semester"}}],
      present={"study.subject_change_not_a_change"}, absent={"study.subject_change_late"}),
    S("exmatriculated student", [EXTENSION, {"study.exmatriculated_on": "2026-10-31"}],
      present={"study.exmatriculated"}),
    S("graduate looking for work",
      [{"application.purpose": "job_search_graduate", "study.graduated_on": "2026-09-30"}],
      present={"special.graduate"}, absent={"special.graduate_period_over"}),
    S("doctoral candidate", [{"application.purpose": "phd"}], present={"special.phd"}),
    S("researcher", [{"application.purpose": "researcher"}], present={"special.researcher"}),
    S("dual study", [{"application.purpose": "dual_study"}], present={"special.dual_study"}),
    S("holder of a Duldung", [{"status.kind": "duldung"}],
      present={"status.duldung_counselling"}),
    S("holder of a Gestattung", [{"status.kind": "gestattung"}],
      present={"status.gestattung_counselling"}),
    S("expired passport", [{"passport.valid_until": "2026-10-01"}],
      present={"validation.passport_expired"},
      absent={"validation.passport_expires_before_permit"}),
    S("passport ending before the permit", [{"passport.valid_until": "2027-05-01"}],
      present={"validation.passport_expires_before_permit"}),
    S("names in Cyrillic letters", [{"person.family_name": "Шевченко"}],
      present={"validation.non_latin_names"}),
    S("date of birth in the future", [{"person.date_of_birth": "2027-01-01"}],
      present={"validation.birth_date_future"}),
    S("not yet registered three weeks after moving in",
      [{"registration_date": None, "address.moved_in_on": "2026-11-01"}],
      present={"outcome.registration_overdue"}, absent={"general.registration_due"}),
    S("no health insurance", [{"health_insurance.kind": "none"}],
      present={"general.health_insurance_none"}),
]


def test_the_table_is_large_and_names_are_unique():
    assert len(SCENARIOS) >= 30
    assert len({s.name for s in SCENARIOS}) == len(SCENARIOS)


@pytest.mark.parametrize("s", SCENARIOS, ids=lambda s: s.name)
def test_scenario(s: S):
    a = run(*s.patches, today=s.today)
    found = set(a.finding_ids())
    assert s.present <= found, f"missing {s.present - found}; found {found}"
    assert not (s.absent & found), f"unexpected {s.absent & found}"
    if s.no_blockers:
        assert not a.blockers, [f.id for f in a.blockers]
    listed = {item.id for item in a.checklist}
    assert s.checklist <= listed, f"checklist lacks {s.checklist - listed}"
    assert not (s.not_checklist & listed), f"checklist has {s.not_checklist & listed}"
    if s.fees is not None:
        assert {line.id for line in a.fees.lines} == s.fees
    if s.total_cents is not None:
        assert a.fees.total_cents == s.total_cents
    assert s.exemptions <= {line.id for line in a.fees.exemptions}
    if s.ask_authority is not None:
        assert a.fees.ask_authority is s.ask_authority
    if s.no_total:
        assert a.fees.total_cents is None
