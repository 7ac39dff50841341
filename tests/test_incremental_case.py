"""The live check after a keystroke builds the case again from the answers, but a list row whose
answers did not change is not validated again (assistant/interview.py, `build_case`): a family of
30 children and 40 earlier stays is checked within its budget. What the person sees must be the
same as after a fresh evaluation of the same answers, whatever was edited before; and nothing of
the rows stays after the person's session ends."""

from __future__ import annotations

import copy
import math
from datetime import date
from typing import Any

from assistant import caches
from assistant.interview import Evaluation, answers_from_case, interview
from assistant.wizard_state import wizard_state
from benchmarks import soak
from benchmarks.live_check import family

TODAY = date(2026, 11, 22)


def _seen(ev: Evaluation, answers: dict[str, Any], lang: str) -> dict[str, Any]:
    """What the window shows of an evaluation: the case, the refused answers, the pages and
    questions, the assessment, and every problem with its text where it is shown."""
    state = wizard_state(interview(), ev, {}, answers, lang=lang)
    return {
        "case": ev.case.model_dump(mode="json"),
        "errors": ev.errors,
        "pages": [p.id for p in ev.pages],
        "applicable": sorted(ev.applicable),
        "terminal": ev.terminal,
        "assessment": ev.assessment.model_dump(mode="json"),
        "findings": [(f.id, f.text(lang), f.why_text(lang)) for f in ev.assessment.findings],
        "problems": [(p.key, p.text, p.page) for p in state.problems],
        "missing": [m.path for m in state.missing],
    }


def _check(answers: dict[str, Any], lang: str = "en",
           base: dict[str, Any] | None = None) -> tuple[Evaluation, Evaluation]:
    """The evaluation after the edits so far (rows remembered from the last one), and a fresh
    evaluation of the same answers with nothing remembered; both must show the same."""
    kept = interview().evaluate(answers, TODAY, base, lang)
    seen = _seen(kept, answers, lang)
    caches.forget()
    fresh_answers = copy.deepcopy(answers)
    fresh = interview().evaluate(fresh_answers, TODAY, copy.deepcopy(base), lang)
    assert seen == _seen(fresh, fresh_answers, lang)
    # and again after the fresh one, whose rows are now the remembered ones
    again = interview().evaluate(answers, TODAY, base, lang)
    assert _seen(again, answers, lang) == seen
    return kept, fresh


def test_edits_of_a_family_give_what_a_fresh_evaluation_gives() -> None:
    answers = answers_from_case(family(8, 6), interview().all_fields())
    _, before = _check(answers)
    assert len(before.case.children) == 8 and len(before.case.previous_stays) == 6

    # typing a child's first name: the other rows are taken as they were
    name = answers["children"][0]["first_names"]
    for letters in ("a", "an", "ann"):
        answers["children"][0]["first_names"] = f"{name} {letters}"
        kept, fresh = _check(answers)
        assert kept.case.children[0].first_names == f"{name} {letters}"
        assert kept.case.children[1] is before.case.children[1]  # not validated again
        assert kept.case.children[0] is not before.case.children[0]
        before = fresh

    # an earlier stay that ends before it began, and then mended
    stay = answers["previous_stays"][2]
    began = stay["from_date"]
    stay["to_date"] = date(began.year - 1, 1, 1)
    kept, _ = _check(answers)
    assert "previous_stays.2.to_date" in kept.errors
    assert kept.case.previous_stays[2].to_date is None
    stay["to_date"] = date(began.year, 12, 31)
    kept, _ = _check(answers)
    assert not kept.errors
    assert kept.case.previous_stays[2].to_date == date(began.year, 12, 31)

    # a child removed, two alike, an empty row: the rows shift, the case follows
    removed = answers["children"].pop(3)
    answers["children"].insert(0, copy.deepcopy(answers["children"][1]))
    answers["children"].append({})
    kept, _ = _check(answers)
    names = [c.first_names for c in kept.case.children]
    assert len(names) == 8 and names[0] == names[2]
    assert removed["first_names"] not in names

    # an absence of eight months in another EU state during studies: the rule about a part of
    # the studies abroad applies; shortened to two months it does not
    answers.update({"application.kind": "absence_permission", "application.purpose": "study"})
    answers["absences"] = [{"start": date(2027, 2, 1), "end": date(2027, 10, 1),
                            "destination": "FR", "reason": "Erasmus"}]
    kept, _ = _check(answers)
    assert "outcome.study_in_other_eu_state" in kept.assessment.finding_ids()
    answers["absences"][0]["end"] = date(2027, 4, 1)
    kept, _ = _check(answers)
    assert "outcome.study_in_other_eu_state" not in kept.assessment.finding_ids()
    assert kept.case.absences[0].end == date(2027, 4, 1)

    # back to an extension: the absences no longer apply and leave the case
    answers["application.kind"] = "extension"
    kept, _ = _check(answers)
    assert kept.case.absences == []
    assert "absences" not in kept.applicable

    # the language switched: the same rows, the texts in Arabic
    kept, _ = _check(answers, "ar")
    assert kept.case.language == "ar"
    assert kept.assessment.findings
    assert kept.assessment.findings[0].text("ar") != kept.assessment.findings[0].text("en")


def test_the_end_of_a_session_leaves_no_row_of_the_person() -> None:
    marker = soak.marker(91)  # made at run time: a literal would stay in this test's code
    answers = answers_from_case(family(3, 2), interview().all_fields())
    answers["children"][1]["first_names"] = f"{marker} Amal"
    answers["previous_stays"][0]["place"] = f"{marker}dorf"
    first = interview().evaluate(answers, TODAY)
    again = interview().evaluate(answers, TODAY)
    assert again.case.children[1] is first.case.children[1]  # the row was remembered
    del first, again, answers
    assert marker in soak.markers_in_objects([marker])  # the search finds what is remembered
    caches.forget()
    assert soak.markers_in_objects([marker]) == {}


def test_rows_edited_back_reordered_and_retyped_give_what_a_fresh_evaluation_gives() -> None:
    answers = answers_from_case(family(6, 5), interview().all_fields())
    _check(answers)

    # a name typed and deleted again: the row is the one of before, not a stale one
    name = answers["children"][2]["first_names"]
    for typed in (f"{name} x", name):
        answers["children"][2]["first_names"] = typed
        kept, _ = _check(answers)
        assert kept.case.children[2].first_names == typed

    # the rows reversed: each is taken as it was, at its new place
    shown = interview().evaluate(answers, TODAY)
    answers["children"].reverse()
    answers["previous_stays"].reverse()
    reversed_ = interview().evaluate(answers, TODAY)
    assert reversed_.case.children == shown.case.children[::-1]
    assert all(a is b for a, b in zip(reversed_.case.children, shown.case.children[::-1],
                                      strict=True))
    _check(answers)

    # an answer of the same value and another type: 1, 1.0, True are told apart, 1.5 refused
    child = answers["children"][0]
    for value in (1, 1.0, True, 1.5, True, 0, False, None):
        child["lives_in_germany"] = value
        kept, _ = _check(answers)
        if value == 1.5:
            assert kept.errors == {"children.0.lives_in_germany": "Input should be a valid boolean"}
            assert kept.case.children[0].lives_in_germany is None
        else:
            assert not kept.errors
            assert kept.case.children[0].lives_in_germany is (None if value is None
                                                               else bool(value))
    # a text where a number was, and the number again; an unknown country in a list, mended
    stay = answers["previous_stays"][1]
    for place in (1, "1", 1):
        stay["place"] = place
        kept, _ = _check(answers)
        assert ("previous_stays.1.place" in kept.errors) == (place == 1)
    stay["place"] = "Leipzig"
    child["nationalities"].append("QQ")
    kept, _ = _check(answers)
    assert "children.0.nationalities" in kept.errors
    child["nationalities"].pop()  # changed in place: the row is not taken for the one before
    kept, _ = _check(answers)
    assert not kept.errors
    assert kept.case.children[0].nationalities == child["nationalities"]


def test_edits_over_a_loaded_case_give_what_a_fresh_evaluation_gives() -> None:
    """A case opened from a file: its data is the base the answers are laid over."""
    loaded = family(5, 4)
    base = loaded.model_dump(mode="python")
    base["subsistence"] = "savings of my parents"  # a part of the case the wizard does not ask
    answers = answers_from_case(loaded, interview().all_fields())
    kept, _ = _check(answers, base=base)
    assert kept.case.subsistence == "savings of my parents"
    name = answers["person.family_name"]
    for typed in (f"{name}a", f"{name}ab", name):
        answers["person.family_name"] = typed
        kept, _ = _check(answers, base=base)
        assert kept.case.person.family_name == typed
    answers["children"][1]["first_names"] = "Amal"
    kept, _ = _check(answers, base=base)
    assert kept.case.children[1].first_names == "Amal"
    # another case opened: the answers are the same, the base is not
    other = copy.deepcopy(base)
    other["subsistence"] = "a scholarship"
    kept, _ = _check(answers, base=other)
    assert kept.case.subsistence == "a scholarship"
    kept, _ = _check(answers, base=None)
    assert kept.case.subsistence == ""
    kept, _ = _check(answers, "de", base=base)
    assert kept.case.subsistence == "savings of my parents"


def test_answers_outside_the_lists_retyped_and_changed_in_place() -> None:
    """The case's parts outside the lists are taken as they were while their answers stay the
    same; any change of an answer, of its type, or of a list answer in place is seen."""
    answers = answers_from_case(family(4, 3), interview().all_fields())
    answers["application.purpose"] = "study"
    answers["study.semester"] = 3  # one question more for study: the case is built twice
    kept, _ = _check(answers)
    assert "work.term_hours_per_week" in kept.applicable
    assert "study.semester" in kept.applicable and kept.case.study.semester == 3
    before = interview().evaluate(answers, TODAY)
    answers["children"][0]["first_names"] += " a"
    typed = interview().evaluate(answers, TODAY)
    assert typed.case.person is before.case.person  # not validated again
    assert typed.case.children[0].first_names.endswith(" a")

    # hours of 0.0 and -0.0 compare equal, but the case holds what was given
    for hours in (0.0, -0.0, 0.0, 12.5):
        answers["work.term_hours_per_week"] = hours
        kept, _ = _check(answers)
        assert math.copysign(1, kept.case.work.term_hours_per_week) == math.copysign(1, hours)
    # days as 1, 1.0, True, then 1.5 (refused) and 2
    for days in (1, 1.0, True, 1.5, 2):
        answers["work.full_days_per_year"] = days
        kept, _ = _check(answers)
        assert ("work.full_days_per_year" in kept.errors) == (days == 1.5)
        assert kept.case.work.full_days_per_year == (0 if days == 1.5 else int(days))
    # a nationality added to the list and taken away again, in place
    answers["person.nationalities"].append("TR")
    kept, _ = _check(answers)
    assert kept.case.person.nationalities[-1] == "TR"
    answers["person.nationalities"].pop()
    kept, _ = _check(answers)
    assert "TR" not in kept.case.person.nationalities
    # a refused postcode, mended: the rest of the case follows
    answers["address.postcode"] = "0109"
    kept, _ = _check(answers)
    assert "address.postcode" in kept.errors and kept.case.address.postcode == ""
    answers["address.postcode"] = "01099"
    kept, _ = _check(answers)
    assert not kept.errors and kept.case.address.postcode == "01099"
