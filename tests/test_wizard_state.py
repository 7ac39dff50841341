"""The wizard's decisions without a window: blockers, reachability, completeness, readiness."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

from conftest import EXAMPLES

from assistant.casefile import load_case
from assistant.interview import (
    Evaluation,
    FieldSpec,
    Interview,
    answers_from_case,
    interview,
    is_empty,
)
from assistant.model import BOUND_MESSAGES
from assistant.wizard_state import (
    SEVERITIES,
    Missing,
    Problem,
    WizardState,
    our_form_paths,
    wizard_state,
)
from benchmarks.casegen import DEFAULT_TODAY, generate_cases
from benchmarks.live_check import family

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


# --- the same state as the straightforward walk ---------------------------------------------------
# wizard_state indexes the inputs shown and reads each answer once (a family of 30 children and 40
# stays, after every keystroke); what it decides must be what the straightforward walk below, the
# implementation of the sixth session, decides for every input.


def assert_same_state(iv: Interview, evaluation: Evaluation, input_errors: dict[str, str],
                      answers: dict[str, Any], **kwargs: Any) -> WizardState:
    state = wizard_state(iv, evaluation, input_errors, answers, **kwargs)
    expected = reference_wizard_state(iv, evaluation, input_errors, answers, **kwargs)
    assert state == expected
    # in the same order (the pages and the review show them so), with the engine's findings
    assert list(state.field_problems) == list(expected.field_problems)
    assert list(state.page_problems) == list(expected.page_problems)
    assert list(state.required_missing) == list(expected.required_missing)
    assert [p.finding for p in state.problems] == [p.finding for p in expected.problems]
    return state


def _check_all(answers: dict[str, Any], input_errors: dict[str, str] | None = None,
               iv: Interview | None = None, today: date = TODAY, **kwargs: Any) -> WizardState:
    iv = iv or interview()
    evaluation = iv.evaluate(answers, today, None, kwargs.get("lang", "en"))
    return assert_same_state(iv, evaluation, input_errors or {}, answers, **kwargs)


def test_the_examples_and_their_edits_get_the_state_of_the_straightforward_walk():
    outcomes = set()
    for path in sorted(EXAMPLES.glob("*.json")):
        answers = answers_of(path.stem)
        for lang in ("en", "de", "ar"):
            outcomes.add(_check_all(answers, lang=lang).terminal)
        # an unreadable date, a rejected e-mail address, a passport expired, names blanked
        edited = copy.deepcopy(answers)
        edited.pop("person.date_of_birth", None)
        edited.update({"contact.email": "elif@", "passport.valid_until": TODAY - timedelta(days=3),
                       "person.family_name": "", "person.first_names": None,
                       "address.postcode": "12"})
        state = _check_all(edited, {"person.date_of_birth": "This date cannot be read.",
                                    "not.shown": "never placed", "person.height_cm": ""},
                           translate=lambda text: f"<{text}>")
        assert state.problems_at("person.date_of_birth")
        for row in edited.get("children") or []:
            row["date_of_birth"] = None  # every child's date of birth missing
        _check_all(edited, {"children.1.date_of_birth": "This date cannot be read."})
        # a form that reads fewer answers
        _check_all(edited, form_paths=our_form_paths() - {"person.family_name", "children"})
    assert outcomes == {True, False}  # a terminal outcome (the Swiss citizen) among them


def test_generated_cases_get_the_state_of_the_straightforward_walk():
    fields = interview().all_fields()
    kinds = set()
    for case in generate_cases(48, seed=19):
        answers = answers_from_case(case, fields)
        state = _check_all(answers, today=DEFAULT_TODAY, lang=case.language)
        kinds.add(bool(state.missing))
        for path in ("passport.number", "address.place", "person.nationalities"):
            answers[path] = [] if path == "person.nationalities" else ""
        _check_all(answers, today=DEFAULT_TODAY)
    assert kinds == {True, False}


def test_a_big_family_typed_in_gets_the_state_of_the_straightforward_walk():
    """The live check's family (30 children, 40 stays), keystroke by keystroke and edit by edit."""
    iv = interview()
    answers = answers_from_case(family(30, 40), iv.all_fields())
    name = answers["children"][0]["first_names"]
    for letters in ("", "a", "an", "ann"):
        answers["children"][0]["first_names"] = name + letters
        _check_all(answers, lang="de")
    answers["children"][4]["first_names"] = ""  # a row's item missing, and a date being typed
    answers["children"][7]["date_of_birth"] = None
    state = _check_all(answers, {"children.7.date_of_birth": "This date cannot be read."})
    assert "children.4.first_names" in {m.path for m in state.missing}
    assert state.problems_at("children.7.date_of_birth")[0].key == "input:children.7.date_of_birth"
    stay = answers["previous_stays"][2]  # an earlier stay that ends before it began
    stay["to_date"] = stay["from_date"] - timedelta(days=400)
    state = _check_all(answers)
    assert state.problems_at("previous_stays.2.to_date")
    answers["children"].append({})  # a new row, nothing in it yet
    answers["previous_stays"].insert(0, {"place": "Plauen"})
    state = _check_all(answers)
    assert "children.30.date_of_birth" in {m.path for m in state.missing}
    # rows the window did not make (a mapping that is no dict, a row that is none): the walk reads
    # them as the straightforward one does, for the same evaluation
    evaluation = iv.evaluate(answers, TODAY)
    odd = dict(answers, children=[MappingProxyType(answers["children"][0]), None,
                                  *answers["children"][2:]])
    assert_same_state(iv, evaluation, {}, odd)
    answers.update({"application.kind": "first_permit", "person.nationalities": ["CH"]})
    assert _check_all(answers).terminal  # no permit needed, whatever the family


def test_a_list_asked_on_two_pages_gets_the_state_of_the_straightforward_walk():
    """A question asked on two pages has an input on each (the interview asks some study
    questions twice); a list too, with its rows."""
    iv = interview()
    children = next(f for page in iv.pages for f in page.fields if f.path == "children")
    pages = [dataclasses.replace(page, fields=(*page.fields, children))
             if page.id == "person" else page for page in iv.pages]
    twice = dataclasses.replace(iv, pages=pages)
    answers = answers_from_case(family(4, 2), iv.all_fields())
    answers["children"][1]["family_name"] = ""
    state = _check_all(answers, {"children.2.date_of_birth": "This date cannot be read."},
                       iv=twice)
    shown = state.problems_at("children.2.date_of_birth")[0]
    assert shown in state.page_problems["person"] and shown in state.page_problems["family"]
    _check_all({}, iv=twice)
    _check_all({"application.kind": "first_permit", "application.purpose": "study",
                "person.nationalities": ["IN"]}, iv=twice)


def test_the_end_of_a_session_leaves_no_trace_of_which_pages_and_rows_were_shown():
    """The slots made for the pages and rows shown hold paths only, but which pages applied, how
    many children a family had and which answers were missing are the person's."""
    from assistant import caches
    from assistant import wizard_state as module

    answers = answers_from_case(family(3, 2), interview().all_fields())
    answers["children"][0]["date_of_birth"] = None
    state = _check_all(answers)
    assert "children.0.date_of_birth" in {m.path for m in state.missing}
    assert module._PAGES and module._ROWS and module._form_reads.cache_info().currsize
    caches.forget()
    assert not module._PAGES and not module._ROWS and not module._form_reads.cache_info().currsize
    assert _check_all(answers) == state  # made again for the next person


# The reference: wizard_state of the sixth session, kept as it was (its slots made afresh).


@dataclasses.dataclass(frozen=True)
class _RefSlot:
    path: str
    page: str
    spec: FieldSpec
    is_list: bool = False
    row: tuple[str, int, str] | None = None


def _ref_related(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _ref_get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part, None)
    return obj


def _ref_slots(interview: Interview, evaluation: Evaluation,
               answers: Mapping[str, Any]) -> list[_RefSlot]:
    out: list[_RefSlot] = []
    for page in evaluation.pages:
        for spec in page.fields:
            if spec.path not in evaluation.applicable:
                continue
            out.append(_RefSlot(spec.path, page.id, spec, is_list=spec.kind == "list"))
            if spec.kind == "list":
                for i, _row in enumerate(answers.get(spec.path) or []):
                    out.extend(_ref_row_slots(page.id, spec, i))
    return out


def _ref_row_slots(page: str, spec: FieldSpec, index: int) -> tuple[_RefSlot, ...]:
    return tuple(_RefSlot(f"{spec.path}.{index}.{item.path}", page, item,
                          row=(spec.path, index, item.path)) for item in spec.items)


def _ref_targets(path: str, shown: list[_RefSlot]) -> list[_RefSlot]:
    """The inputs a finding about `path` is shown at: those of the path itself, else the first
    one below it (or the list that holds it)."""
    exact = [s for s in shown if s.path == path]
    if exact:
        return exact
    near = [s for s in shown if s.path.startswith(path + ".")
            or (s.is_list and path.startswith(s.path + "."))]
    return near[:1]


def _ref_unanswered(spec: FieldSpec, value: Any) -> bool:
    if spec.kind == "check":
        return False  # a box not ticked is an answer
    if spec.kind == "list":
        return False  # no rows is an answer (no children); the rows' items are asked one by one
    return is_empty(value)


def _ref_form_reads(path: str, form_paths: frozenset[str]) -> bool:
    parts = path.split(".")
    if len(parts) > 2 and parts[1].isdigit():  # a list row: children.0.first_names
        path = ".".join([parts[0], *parts[2:]])
    return any(_ref_related(path, p) for p in form_paths)


def reference_wizard_state(interview: Interview, evaluation: Evaluation,
                 input_errors: Mapping[str, str] | None = None,
                 answers: Mapping[str, Any] | None = None, *, lang: str = "en",
                 translate: Callable[[str], str] = str,
                 form_paths: frozenset[str] | None = None) -> WizardState:
    """The wizard's state for `evaluation` of `answers`.

    input_errors: slot path -> why the UI could not read what was typed (an unreadable date),
    already in the UI language. translate: turns an interview text (a field's `invalid` message,
    the case model's bounds messages) into the UI language. form_paths: the case paths the form
    reads (default: our form's).
    """
    answers = answers or {}
    input_errors = input_errors or {}
    if form_paths is None:
        form_paths = our_form_paths()
    shown = _ref_slots(interview, evaluation, answers)
    terminal_ids = interview.terminal_findings

    at_field: dict[str, list[Problem]] = {}
    at_page: dict[str, list[Problem]] = {}
    review: list[Problem] = []

    def place(problem: Problem, where: list[_RefSlot], first: bool = False) -> None:
        for slot in where:
            listed = at_field.setdefault(slot.path, [])
            listed.insert(0, problem) if first else listed.append(problem)
            on_page = at_page.setdefault(slot.page, [])
            if problem not in on_page:
                on_page.append(problem)
        review.append(problem)

    # An answer that cannot be read (an unreadable date) is empty for the engine: what the engine
    # says about it ("Please enter your date of birth") would contradict "cannot be read", so
    # such a field shows only why it cannot be read.
    unreadable = {s.path for s in shown
                  if input_errors.get(s.path) or s.path in evaluation.errors}
    for finding in evaluation.assessment.findings:
        where: list[_RefSlot] = []
        targets = [s for path in finding.fields for s in _ref_targets(path, shown)]
        if targets and all(s.path in unreadable for s in targets):
            continue
        for slot in targets:
            # once a page: a finding about several answers (the working-day account reads
            # five) stands at the first of them, not beside each
            if slot.path not in unreadable and all(w.page != slot.page for w in where):
                where.append(slot)
        place(Problem(severity=finding.severity.value, text=finding.text(lang),
                      key=finding.id, why=finding.why_text(lang), source=finding.source,
                      quote=finding.quote, page=where[0].page if where else "",
                      terminal=finding.id in terminal_ids, finding=finding), where)

    seen: set[str] = set()
    for slot in shown:
        if slot.path in seen:
            continue
        message = input_errors.get(slot.path, "")
        if not message and slot.path in evaluation.errors:
            message = evaluation.errors[slot.path]
            # the field's own message, unless the value is out of the model's bounds (a date in
            # the year 9999, a name too long), which the model says for itself
            if slot.spec.invalid and message not in BOUND_MESSAGES:
                message = slot.spec.invalid
            message = translate(message)
        if not message:
            continue
        seen.add(slot.path)
        same = [s for s in shown if s.path == slot.path]
        place(Problem(severity="blocker", text=message, key=f"input:{slot.path}",
                      page=slot.page), same, first=True)

    problems = sorted(review, key=lambda p: SEVERITIES.index(p.severity)
                      if p.severity in SEVERITIES else len(SEVERITIES))

    troubled = {path for path, listed in at_field.items() if any(p.blocks for p in listed)}
    missing: list[Missing] = []
    required: dict[str, list[Missing]] = {}
    listed_paths: set[str] = set()
    for slot in shown:
        if slot.spec.kind in ("check", "list") or slot.path in troubled or \
                not _ref_unanswered(slot.spec, _ref_slot_answer(answers, slot)):
            continue  # (a box and a list are always answered: no need to read them)
        entry = Missing(slot.path, slot.spec.label, slot.page)
        if slot.spec.required:
            required.setdefault(slot.page, []).append(entry)
        if evaluation.terminal or slot.path in listed_paths or slot.spec.optional \
                or not _ref_form_reads(slot.path, form_paths):
            continue  # a terminal outcome prints no form
        listed_paths.add(slot.path)
        missing.append(entry)

    essentials: list[Missing] = []
    for path in interview.packet_requires:
        if not is_empty(_ref_get(evaluation.case, path)):
            continue
        asked = [s for s in shown if _ref_related(s.path, path)]
        if evaluation.terminal and not asked:
            continue  # not needed for a packet that says no permit is needed
        spec = asked[0].spec if asked else next(
            (f for f in interview.all_fields() if _ref_related(f.path, path)), None)
        essentials.append(Missing(path, spec.label if spec else path,
                                  asked[0].page if asked else ""))

    return WizardState(
        pages=tuple(p.id for p in evaluation.pages),
        field_problems={k: tuple(v) for k, v in at_field.items()},
        page_problems={k: tuple(v) for k, v in at_page.items()},
        problems=tuple(problems),
        missing=tuple(missing),
        essentials_missing=tuple(essentials),
        required_missing={k: tuple(v) for k, v in required.items()},
        terminal=evaluation.terminal,
    )


def _ref_slot_answer(answers: Mapping[str, Any], slot: _RefSlot) -> Any:
    """The answer shown in a slot (a list row's item read directly, without parsing its path:
    a family of 30 children has some 500 of them, checked after every keystroke)."""
    if slot.row is None:
        return _ref_answer(answers, slot.path)
    name, index, item = slot.row
    rows = answers.get(name) or []
    if index < len(rows) and isinstance(rows[index], Mapping):
        return rows[index].get(item)
    return None


def _ref_answer(answers: Mapping[str, Any], path: str) -> Any:
    """The answer at a slot path; list rows as `<list>.<row>.<item>`."""
    if path in answers:
        return answers[path]
    parts = path.split(".")
    for i, part in enumerate(parts):
        if part.isdigit() and i > 0:
            rows = answers.get(".".join(parts[:i])) or []
            index = int(part)
            if index < len(rows) and isinstance(rows[index], Mapping):
                return rows[index].get(".".join(parts[i + 1:]))
            return None
    return None


