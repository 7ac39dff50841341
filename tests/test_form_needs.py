"""What the form needs drives the interview: for every kind of application and every purpose,
every case path our form (and every plugged-in form's profile) reads is asked by the wizard for
some answers of that kind and purpose, or derived from asked answers by assistant/derive.py, or
declared blank for that kind (`[form_blank]` of resources/interview.toml).

A question is "asked" when its page and its own `when` apply to one of a few variant cases of the
kind and purpose (single adult, married with a child, minor, holding a permit, with finances and
insurance, answering yes to the legal questions, changing subject), not to one fixed case."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

import pytest

from assistant.derive import derivations
from assistant.forms.engine import list_forms, load_form
from assistant.interview import Interview, facts_for, interview
from assistant.model import ApplicationKind, Case, Purpose
from assistant.paths import FORMS

TODAY = date(2026, 11, 22)
KINDS = [k.value for k in ApplicationKind]
PURPOSES = [p.value for p in Purpose]

VARIANTS: dict[str, dict[str, Any]] = {
    "single adult": {},
    "married with a child": {
        "marital": {"status": "married", "since": "2021-06-12"},
        "spouse": {"family_name": "Kumar", "first_names": "Priya"},
        "children": [{"family_name": "Kumar", "first_names": "Anya"}],
    },
    "minor": {"person": {"date_of_birth": "2010-05-01"}},
    "holding a permit": {"status": {"kind": "residence_permit", "valid_until": "2027-03-31"}},
    "with finances": {
        "finances": {"blocked_account": True, "blocked_account_monthly_eur": 992,
                     "scholarship": True, "verpflichtungserklaerung": True,
                     "own_income_monthly_eur": 450},
        "health_insurance": {"kind": "statutory"},
    },
    "yes to the legal questions": {
        "legal": {"convicted_in_germany": True, "convicted_abroad": True,
                  "expelled_or_deported": True, "refused_entry_or_residence": True},
    },
    "changing subject": {"study": {"subject_change": {"planned_on": "2027-04-01"}}},
}


def _merged(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def variant_cases(kind: str, purpose: str) -> list[Case]:
    base = {"application": {"kind": kind, "purpose": purpose},
            "person": {"nationalities": ["IN"], "date_of_birth": "1999-04-01"},
            "address": {"place": "Dresden"}}
    return [Case.model_validate(_merged(base, extra)) for extra in VARIANTS.values()]


def asked_paths(iv: Interview, kind: str, purpose: str) -> set[str]:
    """The case paths the wizard asks for some variant of the kind and purpose; a list's columns
    as `<list>.<column>`."""
    asked: set[str] = set()
    for case in variant_cases(kind, purpose):
        facts = facts_for(case, TODAY)
        _, fields = iv.applicable(facts)
        for f in fields:
            asked.add(f.path)
            asked.update(f"{f.path}.{item.path}" for item in f.items
                         if iv.applies(item.when, facts))
    return asked


def unanswered(iv: Interview, paths: set[str], kind: str, purpose: str) -> list[str]:
    """The paths of `paths` that are neither asked nor derived from asked answers nor declared
    blank for the kind."""
    asked = asked_paths(iv, kind, purpose)
    derived = {path for path, sources in derivations(purpose).items()
               if any(source in asked for source in sources)}
    return sorted(p for p in paths
                  if p not in asked and p not in derived and not iv.blank_on_form(kind, p))


@cache
def _form_paths(form_id: str) -> frozenset[str]:
    return frozenset(load_form(form_id).profile.case_paths())


def test_every_form_in_forms_is_checked():
    assert {"antrag-aufenthaltstitel", "berlin-agen1"} <= set(SHIPPED) <= set(list_forms())


# the program's own forms (a centre's or the user's folders are not this test's)
SHIPPED = sorted(p.parent.name for p in FORMS.glob("*/profile.toml"))


@pytest.mark.parametrize("form_id", SHIPPED)
@pytest.mark.parametrize("purpose", PURPOSES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_path_the_form_reads_is_asked_or_derived(form_id, kind, purpose):
    missing = unanswered(interview(), set(_form_paths(form_id)), kind, purpose)
    assert missing == [], (f"form {form_id}, kind {kind}, purpose {purpose}: neither asked nor "
                           f"derived: {', '.join(missing)}")


def _without(iv: Interview, path: str) -> Interview:
    pages = [replace(p, fields=tuple(f for f in p.fields if f.path != path)) for p in iv.pages]
    return replace(iv, pages=pages)


def test_the_check_names_a_question_that_is_removed():
    """Without the question for the spouse's sex, or without the father's nationality, the check
    names the path for the kinds and purposes that need it."""
    paths = set(_form_paths("antrag-aufenthaltstitel"))
    assert unanswered(_without(interview(), "spouse.sex"), paths, "first_permit",
                      "study") == ["spouse.sex"]
    assert unanswered(_without(interview(), "father.nationalities"), paths, "extension",
                      "language_course") == ["father.nationalities"]
    # an address change leaves the family blank: nothing is missing there
    assert unanswered(_without(interview(), "spouse.sex"), paths, "address_change",
                      "study") == []


def test_a_value_is_derived_only_from_answers_that_are_asked():
    """Without the finance page nothing is known to write as the means of subsistence; without
    the study page's university no host: the check names them."""
    iv = interview()
    no_finances = replace(iv, pages=[p for p in iv.pages if p.id != "finances"])
    paths = set(_form_paths("antrag-aufenthaltstitel"))
    missing = unanswered(no_finances, paths, "first_permit", "study")
    assert {"subsistence", "health_insurance.kind"} <= set(missing)
    no_university = _without(_without(iv, "study.institution.name"),
                             "study.institution.address.postcode")
    assert {"host.name", "host.address.postcode"} <= set(unanswered(no_university, paths,
                                                                    "first_permit", "study"))


def test_the_blank_parts_of_a_form_are_case_fields(tmp_path):
    """A misspelt path in `[form_blank]` is refused when the interview loads."""
    from assistant.errors import ResourceError
    from assistant.interview import INTERVIEW_FILE, load_interview

    assert interview().blank_on_form("address_change", "spouse.family_name")
    assert not interview().blank_on_form("first_permit", "spouse.family_name")
    broken = tmp_path / "interview.toml"
    broken.write_text(INTERVIEW_FILE.read_text(encoding="utf-8").replace(
        '"guardians_consent", "host"', '"guardians_consent", "hots"', 1), encoding="utf-8")
    with pytest.raises(ResourceError, match="hots"):
        load_interview(broken)


def test_questions_only_where_they_apply():
    """The spouse is asked only of married people, the guardians' consent only of minors, the
    host directly only where no page of the purpose names it."""
    iv = interview()
    single, married, minor = variant_cases("first_permit", "study")[:3]
    _, fields = iv.applicable(facts_for(single, TODAY))
    assert "spouse.sex" not in {f.path for f in fields}
    assert "guardians_consent" not in {f.path for f in fields}
    assert "host.name" not in {f.path for f in fields}  # the study page's university is the host
    _, fields = iv.applicable(facts_for(married, TODAY))
    assert {"spouse.sex", "spouse.address", "spouse.included_in_application"} <= {
        f.path for f in fields}
    _, fields = iv.applicable(facts_for(minor, TODAY))
    assert "guardians_consent" in {f.path for f in fields}
    researcher = variant_cases("first_permit", "researcher")[0]
    _, fields = iv.applicable(facts_for(researcher, TODAY))
    assert {"host.name", "intended_employment", "trained_profession"} <= {f.path for f in fields}


def test_optional_questions_are_those_a_form_can_leave_blank():
    """A birth name that does not differ, an address addition, voluntary contact details and
    earlier stays may stay empty; what the packet requires never is optional."""
    iv = interview()
    optional = {f.path for page in iv.pages for f in page.fields if f.optional}
    assert {"person.birth_name", "address.address_extra", "contact.email", "contact.phone",
            "person.former_nationalities", "previous_stays"} <= optional
    assert not optional & set(iv.packet_requires)
    assert not {"person.family_name", "passport.number", "spouse.family_name"} & optional
