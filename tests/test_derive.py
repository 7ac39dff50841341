"""The form's values that follow from other answers (assistant/derive.py): the purpose of stay,
the university or employer, the means of subsistence and the intended employment, in the form's
German (and English on a bilingual form); a typed value always wins. And from an empty start:
the answers a person types in the interview, filled into our form, print these lines."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from typing import Any

import pytest

from assistant.derive import derivations, derive, derived_paths, derived_values
from assistant.forms.engine import fill_form, load_form
from assistant.interview import interview
from assistant.model import Case, Purpose

TODAY = date(2026, 11, 22)


def case(purpose: str = "study", **parts: Any) -> Case:
    return Case.model_validate({"application": {"kind": "first_permit", "purpose": purpose},
                                **parts})


TU_DRESDEN = {"institution": {"name": "TU Dresden",
                               "address": {"postcode": "01062", "place": "Dresden"}}}


@pytest.mark.parametrize(("purpose", "study", "expected"), [
    ("study", {**TU_DRESDEN, "degree": "master"}, "Studium (Master), TU Dresden"),
    ("study", {**TU_DRESDEN, "degree": "bachelor", "subject": "Informatik"},
     "Studium (Bachelor), Informatik, TU Dresden"),
    ("study", {}, "Studium"),
    ("study", {**TU_DRESDEN, "degree": "other", "subject": "Musik"}, "Studium, Musik, TU Dresden"),
    ("dual_study", {**TU_DRESDEN, "degree": "bachelor"}, "Duales Studium (Bachelor), TU Dresden"),
    ("phd", {**TU_DRESDEN, "degree": "doctorate", "subject": "Chemie"},
     "Promotion, Chemie, TU Dresden"),
    ("studienkolleg", {"studienkolleg": {"name": "Studienkolleg Sachsen"}},
     "Studienkolleg, Studienkolleg Sachsen"),
    ("language_course", {"institution": {"name": "Sprachschule Leipzig"},
                         "language_course": {"prepares_for": "DSH"}},
     "Sprachkurs (Vorbereitung auf DSH), Sprachschule Leipzig"),
    ("language_course", {"institution": {"name": "Sprachschule Leipzig"}},
     "Sprachkurs, Sprachschule Leipzig"),
    ("study_applicant", {}, "Studienbewerbung"),
    ("job_search_graduate", {**TU_DRESDEN, "degree": "master"},
     "Arbeitsplatzsuche nach Studienabschluss"),
])
def test_the_purpose_of_stay_follows_from_the_purpose_and_the_studies(purpose, study, expected):
    assert derive(case(purpose, study=study)).purpose_of_stay == expected


def test_research_names_its_host_and_another_purpose_is_described_by_the_person():
    research = case("researcher", host={"name": "Universität Leipzig"})
    assert derive(research).purpose_of_stay == "Forschung, Universität Leipzig"
    assert "purpose_of_stay" not in derived_values(case("other"))
    assert "purpose_of_stay" not in derivations(Purpose.OTHER)


def test_a_bilingual_form_gets_german_and_english():
    student = case(study={**TU_DRESDEN, "degree": "master"},
                   finances={"blocked_account": True, "blocked_account_monthly_eur": 992})
    both = derive(student, bilingual=True)
    assert both.purpose_of_stay == "Studium (Master) / study (master's), TU Dresden"
    assert both.subsistence == "Sperrkonto, 992 € monatlich / blocked account, 992 € a month"
    assert derive(student).subsistence == "Sperrkonto, 992 € monatlich"


def test_the_host_is_the_university_or_school_or_the_studienkolleg():
    student = derive(case(study=TU_DRESDEN))
    assert (student.host.name, student.host.address.one_line()) == ("TU Dresden",
                                                                    "01062 Dresden")
    kolleg = derive(case("studienkolleg",
                         study={"studienkolleg": {"name": "Studienkolleg Sachsen"}},
                         host={"address": {"street": "Goethestraße 6", "postcode": "04109",
                                           "place": "Leipzig"}}))
    assert (kolleg.host.name, kolleg.host.address.one_line()) == (
        "Studienkolleg Sachsen", "Goethestraße 6, 04109 Leipzig")
    school = derive(case("language_course", study={"institution": {
        "name": "Sprachschule", "address": {"street": "Markt 1", "place": "Leipzig"}}}))
    assert (school.host.name, school.host.address.street, school.host.address.place) == (
        "Sprachschule", "Markt 1", "Leipzig")


def test_a_typed_host_keeps_its_own_address():
    typed = derive(case(study=TU_DRESDEN, host={"name": "Fraunhofer IWS"}))
    assert (typed.host.name, typed.host.address.one_line()) == ("Fraunhofer IWS", "")


@pytest.mark.parametrize(("finances", "expected"), [
    ({"blocked_account": True, "blocked_account_monthly_eur": 992}, "Sperrkonto, 992 € monatlich"),
    ({"blocked_account": True}, "Sperrkonto"),
    ({"blocked_account_monthly_eur": 992}, ""),  # the amount without the account says nothing
    ({"scholarship": True}, "Stipendium"),
    ({"scholarship": True, "daad_scholarship": True}, "Stipendium (DAAD)"),
    ({"scholarship": True, "scholarship_german_public_funds": True},
     "Stipendium (aus deutschen öffentlichen Mitteln)"),
    ({"verpflichtungserklaerung": True}, "Verpflichtungserklärung"),
    ({"own_income_monthly_eur": 1450}, "eigenes Einkommen 1.450 € monatlich"),
    ({"other_means": "Ersparnisse der Eltern"}, "Ersparnisse der Eltern"),
    ({"blocked_account": True, "blocked_account_monthly_eur": 992, "scholarship": True,
      "daad_scholarship": True, "verpflichtungserklaerung": True, "own_income_monthly_eur": 450,
      "other_means": "Ersparnisse"},
     "Sperrkonto, 992 € monatlich; Stipendium (DAAD); Verpflichtungserklärung; "
     "eigenes Einkommen 450 € monatlich; Ersparnisse"),
    ({}, ""),
])
def test_the_means_of_subsistence_follow_from_the_finances(finances, expected):
    assert derive(case(finances=finances)).subsistence == expected


def test_the_intended_employment_follows_from_the_work_answers():
    worker = derive(case(work={"half_days_per_year": 40, "student_assistant": True}))
    assert worker.intended_employment == "40 halbe Arbeitstage im Jahr; studentische Hilfskraft"
    # German only, also on a bilingual form: its place is one short line
    assert derive(case(work={"full_days_per_year": 120}), bilingual=True).intended_employment \
        == "120 ganze Arbeitstage im Jahr"
    assert derive(case()).intended_employment == ""


def test_a_typed_value_always_wins():
    typed = case(study={**TU_DRESDEN, "degree": "master"}, purpose_of_stay="Masterstudium",
                 subsistence="Gehalt", intended_employment="Tutor",
                 finances={"blocked_account": True}, work={"student_assistant": True})
    result = derive(typed)
    assert (result.purpose_of_stay, result.subsistence, result.intended_employment) == (
        "Masterstudium", "Gehalt", "Tutor")
    assert derived_values(typed) == {"host.name": "TU Dresden",
                                     "host.address.postcode": "01062",
                                     "host.address.place": "Dresden"}


def test_the_case_itself_is_not_changed():
    student = case(study=TU_DRESDEN, finances={"blocked_account": True})
    derive(student)
    assert (student.purpose_of_stay, student.subsistence, student.host.name) == ("", "", "")


def test_what_is_derived_is_read_by_the_forms():
    """Every derived path has a place on our form; each is made from real case fields."""
    from assistant.forms.profile import source_type

    assert derived_paths() <= load_form("antrag-aufenthaltstitel").profile.case_paths()
    for purpose in Purpose:
        for sources in derivations(purpose).values():
            for source in sources:
                source_type(Case, source)  # raises KeyError for a path the case lacks


# --- from an empty start ----------------------------------------------------------------------

TYPED = {
    "application.kind": "first_permit",
    "application.purpose": "study",
    "person.nationalities": ["IN"],
    "person.family_name": "Sharma",
    "person.first_names": "Aarav",
    "person.date_of_birth": date(2001, 3, 14),
    "passport.number": "Z1234567",
    "address.street": "Nöthnitzer Straße",
    "address.house_number": "46",
    "address.postcode": "01187",
    "address.place": "Dresden",
    "study.institution.name": "TU Dresden",
    "study.institution.address.postcode": "01062",
    "study.institution.address.place": "Dresden",
    "study.degree": "master",
    "study.subject": "Computational Modeling and Simulation",
    "finances.blocked_account": True,
    "finances.blocked_account_monthly_eur": 992,
}


def _pdftotext(pdf: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf,
                         capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_typed_answers_fill_purpose_university_and_subsistence_on_the_printed_form():
    evaluation = interview().evaluate(dict(TYPED), TODAY)
    assert evaluation.case.purpose_of_stay == ""  # nobody typed it: the form derives it
    text = _pdftotext(fill_form(evaluation.case).pdf)
    assert "Studium (Master) / study (master's), Computational Modeling and Simulation, " \
           "TU Dresden" in text
    assert "01062 Dresden" in text
    assert "Sperrkonto, 992 € monatlich" in text


def test_a_german_official_form_gets_the_derived_values_in_german(shared_dir):
    """The Berlin form (German only, no `bilingual`) gets "Sperrkonto, 992 € monatlich" without
    the English words."""
    template = shared_dir / "fixtures/official-forms/berlin-labo-agen1-2018-flat.pdf"
    if not template.is_file():
        pytest.skip(f"{template} is absent from ../shared")
    evaluation = interview().evaluate(dict(TYPED), TODAY)
    text = _pdftotext(fill_form(evaluation.case, "berlin-agen1", template=template).pdf)
    assert "Sperrkonto, 992 € monatlich" in text
    assert "Studium (Master)" in text and "TU Dresden" in text
    assert "blocked account" not in text and "study (master's)" not in text


def test_a_broken_texts_file_is_named(tmp_path, monkeypatch):
    """A purpose the case does not know, or a text without its German, is reported with the file
    and the entry."""
    from assistant import derive as module
    from assistant.errors import ResourceError

    text = module.TEXTS_FILE.read_text(encoding="utf-8")
    for broken, named in ((text.replace("[purpose.phd]", "[purpose.phdd]"), "purpose.phdd"),
                          (text.replace('de = "Studium"\n', "", 1), "purpose.study")):
        path = tmp_path / "form_texts.toml"
        path.write_text(broken, encoding="utf-8")
        monkeypatch.setattr(module, "TEXTS_FILE", path)
        module._texts.cache_clear()
        try:
            with pytest.raises(ResourceError, match=named.replace(".", r"\.")):
                derive(case())
        finally:
            module._texts.cache_clear()


@pytest.mark.parametrize(("chosen", "on_form"), [
    ("brown", "braun"), ("dark_brown", "dunkelbraun"), ("light_brown", "hellbraun"),
    ("hazel", "haselnussbraun"), ("blue", "blau"), ("green", "grün"), ("grey", "grau"),
    ("black", "schwarz"),
    ("braun mit grünen Punkten", "braun mit grünen Punkten"),  # typed under "Other": as typed
    ("Карі", "Карі"),  # typed, not chosen: as typed (a file of this version says what it holds)
])
def test_an_eye_colour_chosen_from_the_list_is_german_on_the_form(chosen, on_form):
    person = {"family_name": "Test", "eye_colour": chosen}
    derived = derive(case(person=person), bilingual=True)
    assert derived.person.eye_colour == on_form
    assert derived.person.family_name == "Test"


def test_the_printed_form_says_braun_for_brown_eyes():
    evaluation = interview().evaluate({**TYPED, "person.eye_colour": "brown"}, TODAY)
    assert evaluation.case.person.eye_colour == "brown"  # the case keeps the chosen code
    text = _pdftotext(fill_form(evaluation.case).pdf)
    assert "braun" in text and "brown" not in text.replace("Brown", "")
