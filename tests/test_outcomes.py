"""Outcomes that agree with each other (issue 13, point 5), the money check (point 4) and the
working-day account of § 16b Abs. 3 AufenthG (point 3), as a person reading one output sees them.
"""

from __future__ import annotations

from datetime import date

import pytest
from rule_cases import APPLICANT, EXTENSION, TODAY, ids, make, run

from assistant.catalogue import catalogue

PARAMS = catalogue().params_at(TODAY)
LIMIT = PARAMS["work"]["full_days_per_year"]  # 140 days from 1.3.2024 (§ 16b Abs. 3 S. 1)
PERMIT = {"status.kind": "residence_permit", "status.valid_until": "2027-06-30"}


def _finding(a, rule_id):
    return next(f for f in a.findings if f.id == rule_id)


# --- point 5: consistent outcomes ------------------------------------------------------------


@pytest.mark.parametrize("country", ["PL", "CH", "NO"])
def test_who_needs_no_permit_gets_no_fee_checklist_or_card_but_registration(country):
    a = run({"person.nationalities": [country]})
    found = {f.id for f in a.findings}
    assert "general.eu_citizen_no_permit" in found
    assert a.fees.lines == [] and a.fees.total_cents is None
    assert a.checklist == []
    assert "deadline.card_ready" not in {d.id for d in a.deadlines}
    text = _finding(a, "outcome.no_permit_register_instead").text("en")
    assert "register" in text and str(PARAMS["registration"]["days_after_move_in"]) in text


def test_an_eu_citizen_who_has_not_registered_is_told_to_register():
    a = run({"person.nationalities": ["PL"], "registration_date": None,
             "address.moved_in_on": "2026-11-15"})
    assert "general.registration_due" in {f.id for f in a.findings}
    assert "deadline.registration" in {d.id for d in a.deadlines}


def test_an_exmatriculated_student_gets_no_extension_checklist_or_fee():
    a = run(EXTENSION, PERMIT, {"study.exmatriculated_on": "2026-10-31"})
    assert "study.exmatriculated" in {f.id for f in a.findings}
    assert a.checklist == [] and a.fees.lines == []
    assert {"deadline.card_ready", "deadline.apply_extension"}.isdisjoint(
        d.id for d in a.deadlines)


def test_an_extension_without_exmatriculation_keeps_its_checklist_and_fee():
    a = run(EXTENSION, PERMIT)
    assert a.checklist and a.fees.lines


def test_a_short_extension_has_the_short_fee_and_no_at_least_a_year_finding():
    a = run(EXTENSION, PERMIT, {"application.requested_duration_months": 2})
    assert [line.id for line in a.fees.lines] == ["fee.extension_up_to_3m"]
    assert "study.duration_too_short" not in {f.id for f in a.findings}


def test_a_short_first_permit_is_charged_as_the_year_the_finding_expects():
    a = run({"application.requested_duration_months": 6})
    assert "study.duration_too_short" in {f.id for f in a.findings}
    # the finding expects at least permit_min_months: the fee line is the one for that validity
    short_max = PARAMS["fee"]["first_short_max_months"]
    expected = max(6, PARAMS["study"]["permit_min_months"])
    want = "fee.first_up_to_1y" if expected <= short_max else "fee.first_over_1y"
    assert [line.id for line in a.fees.lines] == [want]


def test_a_requested_validity_over_the_longest_is_charged_as_the_longest():
    a = run({"application.requested_duration_months": 36})
    assert "study.duration_too_long" in {f.id for f in a.findings}
    assert [line.id for line in a.fees.lines] == ["fee.first_over_1y"]


def test_a_registration_two_weeks_late_says_overdue_register_now():
    a = run({"registration_date": None, "address.moved_in_on": "2026-10-25"})
    found = {f.id for f in a.findings}
    assert "outcome.registration_overdue" in found and "general.registration_due" not in found
    text = _finding(a, "outcome.registration_overdue").text("en")
    assert text.startswith("Overdue: register now") and "8 Nov 2026" in text
    assert _finding(a, "outcome.registration_overdue").text("de").startswith("Überfällig")


@pytest.mark.parametrize("kind", ["extension", "absence_permission"])
def test_an_address_change_is_reported_to_the_office_for_any_kind_of_application(kind):
    a = run(EXTENSION, PERMIT, {"application.kind": kind})
    text = _finding(a, "outcome.report_address_change").text("en")
    assert "immigration office" in text


def test_a_graduate_holding_a_permit_is_asked_for_the_degree_not_an_entry_visa():
    a = run(PERMIT, {"application.purpose": "job_search_graduate",
                     "study.graduated_on": "2026-09-30"})
    docs = {item.id for item in a.checklist}
    assert "doc.visa" not in docs and "doc.degree_certificate" in docs


def test_a_visa_holder_is_still_asked_for_the_visa():
    assert "doc.visa" in {item.id for item in run().checklist}


# --- point 4: money --------------------------------------------------------------------------


def test_a_blocked_account_of_600_euro_gets_the_amount_needed_and_the_gap():
    a = run({"finances.blocked_account_monthly_eur": 600})
    f = _finding(a, "money.below_need")
    need = PARAMS["means"]["monthly_need_cents"]
    assert f.values["need"] == need / 100 and f.values["gap"] == (need - 60000) / 100
    text = f.text("en")
    assert "600" in text and "992" in text and "392" in text


def test_the_need_is_992_euro_on_the_current_day():
    assert "money.below_need" in ids({"finances.blocked_account_monthly_eur": 991})
    assert "money.below_need" not in ids({"finances.blocked_account_monthly_eur": 992})
    # 1.1.2025 is the first published amount on record; the day before, none can be cited
    found = ids({"finances.blocked_account_monthly_eur": 600}, today=date(2024, 12, 31))
    assert "money.below_need" not in found and "money.need_not_cited" in found


def test_own_income_counts_with_the_blocked_account():
    assert "money.below_need" not in ids({"finances.blocked_account_monthly_eur": 600,
                                          "finances.own_income_monthly_eur": 392})


def test_study_applicants_need_ten_per_cent_more():
    need = PARAMS["means"]["monthly_need_cents"] * (100 + PARAMS["means"]["surcharge_percent"])
    a = run(APPLICANT, {"finances.blocked_account_monthly_eur": 992})
    assert _finding(a, "money.below_need").values["need"] == need // 100 / 100
    assert "money.below_need" not in ids(APPLICANT, {"finances.blocked_account_monthly_eur": 1092})


def test_no_amount_before_any_published_one_says_ask_the_authority():
    found = ids({"finances.blocked_account_monthly_eur": 100}, today=date(2020, 6, 1))
    assert "money.below_need" not in found and "money.need_not_cited" in found


def test_travel_insurance_is_not_called_sufficient():
    text = _finding(run({"health_insurance.kind": "travel"}), "money.health_insurance_check")
    assert "Ask the immigration office" in text.text("en")
    assert "money.health_insurance_check" not in ids({"health_insurance.kind": "statutory"})


# --- point 3: the working-day account --------------------------------------------------------


def _days(**work) -> float | None:
    a = run({f"work.{k}": v for k, v in work.items()})
    for rule_id in ("work.account_over_limit", "work.account_within_limit"):
        if any(f.id == rule_id for f in a.findings):
            return _finding(a, rule_id).values["days"]
    return None


def test_each_side_of_the_limit():
    assert "work.account_over_limit" not in ids({"work.full_days_per_year": LIMIT})
    assert "work.account_over_limit" in ids({"work.full_days_per_year": LIMIT + 1})


def test_a_day_of_up_to_four_hours_counts_half():
    # 3 days of 4 hours a week for 20 weeks of lecture time: 30 days by days (better than 50)
    assert _days(term_hours_per_week=12, term_days_per_week=3, term_weeks=20) == 30
    # 5 hours a day: whole days, 60; the weekly count gives 2.5 x 20 = 50, better for the person
    assert _days(term_hours_per_week=15, term_days_per_week=3, term_weeks=20) == 50


def test_the_weekly_count_holds_in_the_lecture_time_only_up_to_twenty_hours():
    # 21 hours on 3 days in lecture time: the weekly count does not apply, 3 whole days a week
    assert _days(term_hours_per_week=21, term_days_per_week=3, term_weeks=10) == 30
    # outside the lecture time any hours count 2.5 days a week
    assert _days(holiday_hours_per_week=40, holiday_days_per_week=5, holiday_weeks=8) == 20


def test_a_year_of_twenty_hours_in_term_and_full_time_in_the_holidays():
    # 40 weeks of 20 h on 5 days (4 h a day: 2.5 days either way) and 12 holiday weeks of 40 h
    days = _days(term_hours_per_week=20, term_days_per_week=5, term_weeks=40,
                 holiday_hours_per_week=40, holiday_days_per_week=5, holiday_weeks=12)
    assert days == 40 * 2.5 + 12 * 2.5


def test_a_student_job_at_the_university_is_not_counted():
    a = run({"work.student_assistant": True, "work.full_days_per_year": 0})
    assert not {"work.account_over_limit", "work.account_within_limit"} & {f.id for f in a.findings}


def test_a_mandatory_internship_is_not_counted_a_voluntary_one_is():
    base = {"work.full_days_per_year": LIMIT - 10, "work.internship_days": 20}
    assert "work.account_over_limit" not in ids(base, {"work.mandatory_internship": True})
    assert "work.account_over_limit" in ids(base, {"work.voluntary_internship": True})


def test_the_same_account_holds_for_preparatory_measures():
    from rule_cases import LANGUAGE_COURSE
    assert "work.account_over_limit" in ids(LANGUAGE_COURSE,
                                            {"work.full_days_per_year": LIMIT + 1})


def test_preparatory_measures_may_work_in_the_first_year_from_1_march_2024():
    from rule_cases import STUDIENKOLLEG
    work = {"work.full_days_per_year": 20}
    assert "preparatory.work_holidays_only" not in ids(STUDIENKOLLEG, work)
    assert "preparatory.work_holidays_only" in ids(
        STUDIENKOLLEG, work, {"study.preparatory_start": "2023-10-01"}, today=date(2024, 2, 29))


def test_the_seeds_account_holds_before_1_march_2024():
    old = date(2024, 2, 29)
    found = ids({"work.full_days_per_year": 130}, today=old)
    assert "work.over_limit" in found and "work.account_over_limit" not in found


def test_study_applicants_may_work_twenty_hours_a_week_from_1_march_2024():
    assert "applicant.work_hours_over" not in ids(APPLICANT, {"work.term_hours_per_week": 20})
    assert "applicant.no_work" not in ids(APPLICANT, {"work.half_days_per_year": 20})
    assert "applicant.no_work" in ids(APPLICANT, {"work.half_days_per_year": 20},
                                      today=date(2024, 2, 29))


def test_law_quotes_are_in_the_law_texts(shared_dir):
    law = shared_dir / "law"
    text = " ".join(" ".join(p.read_text(encoding="utf-8").split())
                    for p in law.rglob("*.md"))
    for rule in catalogue().rules:
        if rule.quote and ".txt" not in rule.source:
            assert " ".join(rule.quote.split()) in text, rule.id


def test_the_timeline_and_the_check_say_overdue_register_now():
    from packet_support import norm, part_text

    from assistant.commands.check import as_text
    from assistant.packet import build_packet

    case_patch = {"registration_date": None, "address.moved_in_on": "2026-10-25"}
    a = run(case_patch)
    registration = next(d for d in a.deadlines if d.id == "deadline.registration")
    assert registration.passed and registration.overdue["en"] == "Overdue: register now"
    text = part_text(build_packet(make(case_patch), a, "uk"), "timeline")
    assert norm("Überfällig: jetzt anmelden") in text
    assert norm("Прострочено: зареєструйтеся зараз") in text
    assert "(Overdue: register now)" in as_text(a, "en")


def test_a_registration_in_time_is_not_overdue():
    a = run({"registration_date": None, "address.moved_in_on": "2026-11-20"})
    registration = next(d for d in a.deadlines if d.id == "deadline.registration")
    assert not registration.passed and not registration.overdue


def test_the_packet_of_a_swiss_citizen_says_no_fee_instead_of_ask_the_authority():
    from packet_support import norm, part_text

    from assistant.packet import build_packet
    from assistant.packet.i18n import t

    patch = {"person.nationalities": ["CH"]}
    a = run(patch)
    assert not a.fees.ask_authority
    packet = build_packet(make(patch), a, "tr")
    # no fee: no page for it, the line on the cover
    assert "fees" not in [p.key for p in packet.parts]
    text = part_text(packet, "cover")
    assert norm(t("fees.none", "de")) in text and norm(t("fees.none", "tr")) in text
    assert norm(t("fees.ask", "de")) not in text
    assert "deadline.subject_change_window" not in {d.id for d in a.deadlines}


def test_the_check_output_of_a_swiss_citizen_lists_no_documents_no_fee_no_deadline():
    from assistant.commands.check import as_text

    text = as_text(run({"person.nationalities": ["CH"], "registration_date": "2026-09-25"}), "en")
    assert "Documents to bring: none" in text and "Fee estimate: none" in text
    assert "Deadlines: none" in text and "[ ]" not in text
