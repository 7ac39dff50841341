"""The wizard's decisions without a window: blockers, reachability, completeness, readiness."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from conftest import EXAMPLES

from assistant.casefile import load_case
from assistant.interview import Interview, answers_from_case, interview
from assistant.wizard_state import our_form_paths, wizard_state

TODAY = date(2026, 11, 22)


def answers_of(name: str) -> dict[str, Any]:
    return answers_from_case(load_case(EXAMPLES / f"{name}.json"), interview().all_fields())


def state_of(answers: dict[str, Any], input_errors: dict[str, str] | None = None,
             iv: Interview | None = None, **kwargs: Any):
    iv = iv or interview()
    evaluation = iv.evaluate(answers, TODAY)
    return wizard_state(iv, evaluation, input_errors or {}, answers, **kwargs)


def test_a_complete_case_is_ready_to_hand_in():
    state = state_of(answers_of("student-first-permit"))
    assert state.blocker_count == 0
    assert state.essentials_missing == ()
    assert state.ready
    assert state.pages[-2:] == ("review", "packet")


def test_an_expired_passport_blocks_the_packet_but_hides_no_page():
    complete = state_of(answers_of("student-first-permit"))
    answers = answers_of("student-first-permit")
    answers["passport.issued_on"] = TODAY - timedelta(days=3650)
    answers["passport.valid_until"] = TODAY - timedelta(days=10)
    state = state_of(answers)
    keys = [p.key for p in state.problems_at("passport.valid_until")]
    assert "validation.passport_expired" in keys
    assert "validation.passport_expired" in [p.key for p in state.page_blockers("passport")]
    assert state.page_blockers("address") == ()
    assert state.blocker_count >= 1 and not state.ready
    # every page after the passport page still applies and can be opened
    assert state.reachable() == complete.reachable()
    assert {"address", "study", "finances", "review", "packet"} <= set(state.reachable())
    expired = next(p for p in state.problems if p.key == "validation.passport_expired")
    assert expired.page == "passport" and expired.blocks and expired.source
    assert state.by_severity("blocker")[0] is state.problems[0]  # the review lists it first


def test_a_terminal_finding_is_an_outcome_not_a_blocker():
    state = state_of(answers_of("swiss-citizen"))
    outcome = [p for p in state.problems if p.key == "general.eu_citizen_no_permit"]
    assert outcome and outcome[0].terminal and not outcome[0].blocks
    assert outcome[0].page == "nationality"
    assert state.terminal and state.blocker_count == 0
    assert not state.ready  # there is no permit packet to hand in
    assert "passport" not in state.pages
    assert state.missing == ()  # no form is printed, so nothing is missing for it
    assert [m.path for m in state.essentials_missing] == []


def test_a_nearly_empty_case_says_which_essentials_are_missing():
    answers = {"application.kind": "first_permit", "application.purpose": "study",
               "person.nationalities": ["IN"]}
    state = state_of(answers)
    assert state.blocker_count == 0
    assert not state.ready
    assert [m.path for m in state.essentials_missing] == [
        "person.family_name", "person.first_names", "person.date_of_birth",
        "passport.number", "address.place"]
    pages = {m.path: m.page for m in state.essentials_missing}
    assert pages["person.family_name"] == "person" and pages["address.place"] == "address"
    missing = {m.path: m for m in state.missing}
    assert missing["person.family_name"].label == "Family name"
    assert missing["passport.valid_until"].page == "passport"
    assert "person.nationalities" not in missing  # answered
    assert state.open_count == len(state.essentials_missing)


def test_only_the_required_answers_hold_a_page():
    state = state_of({})
    assert [m.path for m in state.required_missing["application"]] == [
        "application.kind", "application.purpose"]
    assert [m.path for m in state.required_missing["nationality"]] == ["person.nationalities"]
    assert "person" not in state.required_missing  # names are missing, but do not hold Next


def test_missing_lists_only_what_the_form_reads_and_is_not_optional():
    answers = answers_of("student-first-permit")
    answers["person.eye_colour"] = ""
    answers["person.birth_name"] = ""
    assert "person.eye_colour" in {m.path for m in state_of(answers).missing}
    # a form that does not read the eye colour does not miss it
    reads = our_form_paths() - {"person.eye_colour"}
    assert "person.eye_colour" not in {m.path for m in state_of(answers, form_paths=reads).missing}
    # a question marked optional is never listed
    iv = interview()
    pages = [dataclasses.replace(page, fields=tuple(
        dataclasses.replace(f, optional=True) if f.path == "person.eye_colour" else f
        for f in page.fields)) for page in iv.pages]
    optional = dataclasses.replace(iv, pages=pages)
    assert "person.eye_colour" not in {m.path for m in state_of(answers, iv=optional).missing}


def test_a_list_row_without_a_needed_answer_is_missing_with_its_row():
    answers = answers_of("student-first-permit")
    answers["children"] = [{"family_name": "Şahin", "first_names": "Can"}]
    state = state_of(answers)
    missing = {m.path: m for m in state.missing}
    assert missing["children.0.date_of_birth"].page == "family"
    assert "children" not in missing  # no rows at all would be an answer too


def test_an_unreadable_answer_is_a_blocker_at_its_field_first():
    answers = answers_of("student-first-permit")
    del answers["person.date_of_birth"]
    state = state_of(answers, {"person.date_of_birth": "This date cannot be read."})
    shown = state.problems_at("person.date_of_birth")
    assert shown[0].text == "This date cannot be read." and shown[0].blocks
    assert shown[0].page == "person"
    assert state.page_blockers("person")[0] == shown[0]
    assert not state.ready
    # what cannot be read is a problem to solve, not also listed as missing
    assert "person.date_of_birth" not in {m.path for m in state.missing}


def test_an_answer_the_case_model_rejects_says_what_to_write():
    answers = answers_of("student-first-permit")
    answers["contact.email"] = "elif@"
    state = state_of(answers, translate=lambda text: f"<{text}>")
    shown = state.problems_at("contact.email")
    assert shown and shown[0].text.startswith("<This e-mail address is not complete")
    assert shown[0].key == "input:contact.email"


def test_problems_are_listed_once_and_by_severity():
    answers = answers_of("student-first-permit")
    answers["health_insurance.kind"] = "none"
    answers["passport.valid_until"] = TODAY - timedelta(days=1)
    state = state_of(answers)
    keys = [p.key for p in state.problems]
    assert len(keys) == len(set(keys))
    order = ["blocker", "warning", "info"]
    ranks = [order.index(p.severity) for p in state.problems]
    assert ranks == sorted(ranks)
    assert state.by_severity("warning")


def test_a_case_file_gets_the_same_decision_as_the_window():
    """The command line decides from a case file what the window decides from typed answers:
    ready, not ready (with the count), or no permit needed."""
    from assistant.packet.build import Readiness
    from assistant.wizard_state import state_for_case

    student = load_case(EXAMPLES / "student-first-permit.json")
    assert Readiness.of(state_for_case(student, TODAY)).kind == "hand_in"
    swiss = load_case(EXAMPLES / "swiss-citizen.json")
    assert Readiness.of(state_for_case(swiss, TODAY)).kind == "no_permit"
    expired = student.model_copy(update={"passport": student.passport.model_copy(update={
        "issued_on": TODAY - timedelta(days=3650), "valid_until": TODAY - timedelta(days=1)})})
    readiness = Readiness.of(state_for_case(expired, TODAY))
    assert readiness.kind == "counselling" and readiness.problems >= 1
    window = state_of(answers_of("student-first-permit"))
    assert state_for_case(student, TODAY).open_count == window.open_count == 0


def test_a_finding_about_several_answers_stands_once_on_its_page():
    """The working-day account reads the full and half days and the weekly hours: its note is
    shown beside the first of them, not repeated under each."""
    answers = answers_of("student-first-permit")
    answers["work.full_days_per_year"] = 30
    state = state_of(answers)
    account = [p for p in state.problems if p.key.startswith("work.account_")]
    assert account, [p.key for p in state.problems]
    key = account[0].key
    at = [path for path, listed in state.field_problems.items()
          if any(p.key == key for p in listed)]
    assert at == ["work.full_days_per_year"], at
    assert [p.key for p in state.page_problems["work"]].count(key) == 1


def test_an_unreadable_answer_gets_one_message_not_also_please_enter():
    """'This date cannot be read' stands alone: the engine's 'Please enter your date of birth'
    (the unreadable date is empty for it) would contradict it."""
    answers = answers_of("student-first-permit")
    del answers["person.date_of_birth"]
    empty = state_of(answers)
    said = {p.key for p in empty.problems_at("person.date_of_birth")}
    assert said, "an empty date of birth is pointed out"
    state = state_of(answers, {"person.date_of_birth": "This date cannot be read."})
    shown = state.problems_at("person.date_of_birth")
    assert [p.text for p in shown] == ["This date cannot be read."]
    assert not said & {p.key for p in state.problems}


def test_every_problem_stands_once_per_field_and_once_per_page():
    """No field shows the same problem twice, no page lists it twice (the living-costs warning
    stood five times on one page)."""
    for name in ("student-first-permit", "extension-near-expiry", "family-five-children",
                 "minor-language-course"):
        answers = answers_of(name)
        answers["finances.blocked_account_monthly"] = 100
        state = state_of(answers)
        for path, listed in state.field_problems.items():
            keys = [p.key for p in listed]
            assert len(keys) == len(set(keys)), (name, path, keys)
        for page, listed in state.page_problems.items():
            keys = [p.key for p in listed]
            assert len(keys) == len(set(keys)), (name, page, keys)
