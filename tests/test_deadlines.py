"""Deadlines computed from the case and today (resources/deadlines.toml). Each test quotes the
sentence of the seed the deadline rests on; every deadline is tested where it applies and where
it does not."""

from __future__ import annotations

from datetime import date

from law_quotes import quote_in_source
from seed_quotes import run

from assistant.catalogue import catalogue


def deadlines(**parts) -> dict[str, date]:
    return {d.id: d.date for d in run(**parts).deadlines}


RP = {"kind": "residence_permit", "valid_until": "2027-03-31"}


def test_every_deadline_quotes_its_seed_or_paragraph(shared_dir):
    for spec in catalogue().deadlines:
        assert spec.label["de"] and spec.label["en"] and spec.note["de"] and spec.note["en"]
        assert quote_in_source(shared_dir, spec.source, spec.quote), spec.id


def test_latest_day_to_apply_for_the_extension():
    # 002, 2: "You must apply for the extension of your residence title at least six weeks before
    # it expires."
    assert deadlines(application={"kind": "extension"}, status=RP)["deadline.apply_extension"] == (
        date(2027, 2, 17)
    )
    assert "deadline.apply_extension" not in deadlines()  # a visa, first permit


def test_first_permit_on_a_visa_must_be_applied_for_before_the_visa_expires():
    # 002, 2: "Before the expiration of your residence title (the validity date is printed on the
    # chip card) you must extend your residence title in order to be allowed to continue your stay
    # in Germany." A visa is a residence title (§ 4 Abs. 1 AufenthG).
    visa = {"kind": "visa", "valid_until": "2026-12-24"}
    got = run(application={"kind": "first_permit"}, status=visa).deadlines
    day = next(d for d in got if d.id == "deadline.apply_before_visa_expires")
    assert day.date == date(2026, 12, 24) and day.apply_by
    assert "deadline.apply_before_visa_expires" not in deadlines(
        application={"kind": "first_permit"}, status={"kind": "none"})
    assert "deadline.apply_before_visa_expires" not in deadlines(
        application={"kind": "extension"}, status=RP)


def test_end_of_the_14_day_registration_period():
    # 001: "Sobald Sie eine Wohnung in Sachsen beziehen, müssen Sie sich innerhalb von 14 Tagen
    # nach Wohnungsbezug bei der örtlichen Gemeinde anmelden."
    got = deadlines(address={"place": "Dresden", "moved_in_on": "2026-11-15"})
    assert got["deadline.registration"] == date(2026, 11, 29)
    registered = deadlines(address={"place": "Dresden", "moved_in_on": "2026-11-15"},
                           registration_date="2026-11-16")
    assert "deadline.registration" not in registered
    moved_again = deadlines(address={"place": "Dresden", "moved_in_on": "2026-11-15"},
                            registration_date="2026-01-10")
    assert moved_again["deadline.registration"] == date(2026, 11, 29)
    assert "deadline.registration" not in deadlines()


def test_end_of_the_nine_month_applicant_phase():
    # 001: "Der Aufenthalt als Studienbewerber darf höchstens neun Monate betragen."
    got = deadlines(application={"purpose": "study_applicant"},
                    study={"applicant_phase_start": "2026-04-01"})
    assert got["deadline.applicant_phase_end"] == date(2027, 1, 1)
    assert "deadline.applicant_phase_end" not in deadlines(study={"applicant_phase_start":
                                                                   "2026-04-01"})


def test_end_of_the_18_month_window_for_changing_subject():
    # 001: "Ein Wechsel des Studiengangs oder einem Wechsel des Studienfachs innerhalb desselben
    # Studiengangs ist in den ersten 18 Monaten nach Beginn des Studiums möglich."
    assert deadlines(study={"start_date": "2026-10-01"})["deadline.subject_change_window"] == (
        date(2028, 4, 1)
    )
    # Long past and no change planned: not shown; with a planned change it is shown as passed.
    assert "deadline.subject_change_window" not in deadlines(study={"start_date": "2024-01-15"})
    planned = run(study={"start_date": "2024-01-15",
                         "subject_change": {"planned_on": "2027-01-01"}}).deadlines
    window = next(d for d in planned if d.id == "deadline.subject_change_window")
    assert window.date == date(2025, 7, 15) and window.passed
    assert "deadline.subject_change_window" not in deadlines(
        application={"purpose": "language_course"}, study={"start_date": "2026-10-01"})


def test_end_of_the_18_month_job_search():
    # 001: "... besteht für Sie die Möglichkeit, in Deutschland 18 Monate lang einen Ihrer
    # Qualifikation angemessenen Arbeitsplatz zu finden."
    got = deadlines(application={"purpose": "job_search_graduate"},
                    study={"graduated_on": "2026-09-30"})
    assert got["deadline.job_search_end"] == date(2028, 3, 30)
    assert "deadline.job_search_end" not in deadlines()


def test_six_month_absence_limit_and_applying_before_leaving():
    # 002, 4: "If you leave Germany for more than 6 months (consecutive), your residence permit
    # loses its validity." and "If possible, apply for the extension before you leave Freiberg."
    long = deadlines(application={"kind": "absence_permission"}, status=RP,
                     absences=[{"start": "2027-03-01", "end": "2027-10-15"}])
    assert long["deadline.absence_limit"] == date(2027, 9, 1)
    assert long["deadline.absence_apply_before_leaving"] == date(2027, 2, 28)
    short = deadlines(status=RP, absences=[{"start": "2027-03-01", "end": "2027-05-01"}])
    assert short["deadline.absence_limit"] == date(2027, 9, 1)
    assert "deadline.absence_apply_before_leaving" not in short
    ongoing = deadlines(status=RP, absences=[{"start": "2026-10-01"}])
    assert ongoing["deadline.absence_limit"] == date(2027, 4, 1)
    assert "deadline.absence_apply_before_leaving" not in ongoing  # already left
    past = deadlines(status=RP, absences=[{"start": "2025-01-01", "end": "2025-02-01"}])
    assert "deadline.absence_limit" not in past
    assert "deadline.absence_limit" not in deadlines()


def test_expected_card_ready_date():
    # 002, 1.5: "The residence permit is a plastic card that needs approx. 30 days to be made."
    assert deadlines()["deadline.card_ready"] == date(2026, 12, 22)
    assert "deadline.card_ready" not in deadlines(application={"kind": "address_change"})


def test_deadlines_are_sorted_and_marked_passed():
    result = run(application={"kind": "extension"},
                 status={"kind": "residence_permit", "valid_until": "2026-12-01"})
    days = [d.date for d in result.deadlines]
    assert days == sorted(days)
    extension = next(d for d in result.deadlines if d.id == "deadline.apply_extension")
    assert extension.date == date(2026, 10, 20) and extension.passed
