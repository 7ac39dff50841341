"""The interview as data (resources/interview.toml, assistant/interview.py), without Qt: which
pages and questions apply to a case, and how answers become a case."""

from __future__ import annotations

from datetime import date

from assistant.interview import interview

TODAY = date(2026, 11, 22)
STUDENT = {
    "application.kind": "first_permit",
    "application.purpose": "study",
    "person.family_name": "Şahin",
    "person.first_names": "Elif",
    "person.nationalities": ["TR"],
}


def page_ids(evaluation) -> list[str]:
    return [p.id for p in evaluation.pages]


def test_a_page_that_does_not_apply_is_not_asked():
    ev = interview().evaluate(dict(STUDENT), TODAY)
    assert "study" in page_ids(ev)
    assert "language_course" not in page_ids(ev)
    course = interview().evaluate({**STUDENT, "application.purpose": "language_course"}, TODAY)
    assert "language_course" in page_ids(course)
    assert "study.language_course.hours_per_week" in course.applicable


def test_answers_to_questions_that_no_longer_apply_leave_the_case():
    """Someone first chose a language course, typed 16 lessons a week, then switched to study:
    the 16 lessons must neither reach the case nor raise the language-course finding."""
    answers = {**STUDENT, "application.purpose": "language_course",
               "study.language_course.hours_per_week": 16}
    course = interview().evaluate(dict(answers), TODAY)
    assert course.case.study.language_course.hours_per_week == 16
    assert "language_course.min_hours" in course.assessment.finding_ids()
    answers["application.purpose"] = "study"
    study = interview().evaluate(answers, TODAY)
    assert study.case.study.language_course is None
    assert "language_course.min_hours" not in study.assessment.finding_ids()
    assert "study.language_course.hours_per_week" not in study.applicable


def test_a_value_the_case_model_rejects_is_reported_and_the_rest_kept():
    ev = interview().evaluate({**STUDENT, "contact.email": "elif@"}, TODAY)
    assert "contact.email" in ev.errors
    assert ev.case.person.family_name == "Şahin"
    assert ev.case.contact.email == ""


def test_an_eu_citizen_ends_the_interview_after_the_reason_is_shown():
    ev = interview().evaluate({**STUDENT, "person.nationalities": ["CH"]}, TODAY)
    assert ev.terminal
    assert "general.eu_citizen_no_permit" in ev.assessment.finding_ids()
    assert "study" not in page_ids(ev)
    assert page_ids(ev)[-2:] == ["review", "packet"]


def test_the_packets_essential_answers_are_known_case_fields(tmp_path):
    """The interview names the answers without which no packet is complete; a misspelt path is
    refused when the interview loads, not silently never asked."""
    import pytest

    from assistant.errors import ResourceError
    from assistant.interview import INTERVIEW_FILE, load_interview

    assert "person.family_name" in interview().packet_requires
    assert "address.place" in interview().packet_requires
    broken = tmp_path / "interview.toml"
    broken.write_text(INTERVIEW_FILE.read_text(encoding="utf-8").replace(
        '"passport.number"', '"passport.numbr"'), encoding="utf-8")
    with pytest.raises(ResourceError, match="numbr"):
        load_interview(broken)


def test_one_evaluation_builds_the_rules_facts_once(monkeypatch):
    """The live check runs after every keystroke: the facts of a case are built once and serve
    both the choice of pages and the rules; a second time only when dropped answers changed the
    case."""
    from assistant import engine, facts

    calls = []
    real = facts.build_facts
    counted = lambda *a, **k: calls.append(1) or real(*a, **k)  # noqa: E731
    monkeypatch.setattr(facts, "build_facts", counted)
    monkeypatch.setattr(engine, "build_facts", counted)
    plain = interview().evaluate(dict(STUDENT), TODAY)
    assert len(calls) == 1 and "study" in page_ids(plain)
    calls.clear()
    interview().evaluate({**STUDENT, "application.purpose": "language_course",
                          "study.institution_type": "state"}, TODAY)
    assert len(calls) == 2  # the university's kind no longer applies: the case is built again
