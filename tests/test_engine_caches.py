"""The live check assesses the case after every keystroke, and the engine remembers what is the
same from one keystroke to the next (the parameters of the day, the address looked up, the
authority's merged contacts, filled texts, the findings, items, deadlines and fee lines made of
the same values). What it returns must be exactly what the engine without anything remembered
returns, for every case, day and address, whatever was assessed before; and what it remembers of
a person ends with their session."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from assistant import authorities, caches, engine, facts, texts
from assistant import catalogue as catalogue_module
from assistant.casefile import load_case
from assistant.catalogue import Catalogue, catalogue
from assistant.engine import assess
from assistant.errors import LawNotKnownError
from assistant.model import Case
from benchmarks import soak
from benchmarks.casegen import generate_cases
from benchmarks.live_check import family

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.json"))
# days of older law, the first day every parameter is known, the benchmark's day, a later day,
# and a day before the law is known (the assessment fails the same way with and without)
DAYS = (date(2020, 1, 1), date(2026, 4, 16), date(2026, 11, 22), date(2028, 12, 31),
        date(2015, 1, 1))


def _fill_as_written(text: Mapping[str, str], values: Mapping[str, Any]) -> dict[str, str]:
    """texts.fill as it was before it remembered anything: every language rendered anew."""
    if not values:
        return dict(text)
    return {lang: texts.render(text, lang, values) for lang in text}


def _look_up(place: str, postcode: str = "", cat: Catalogue | None = None) -> Any:
    """authorities.find_authority without the addresses it remembers."""
    cat = cat or catalogue()
    return authorities._find(place, postcode, cat, authorities._index(cat))


@contextlib.contextmanager
def _nothing_remembered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as m:
        m.setattr(Catalogue, "params_at", Catalogue._tree_at)
        m.setattr(engine, "_authority", engine._authority_of)
        m.setattr(engine, "fill", _fill_as_written)
        m.setattr(engine, "_made", lambda make, spec, inputs, *args: make(spec, *args))
        m.setattr(facts, "find_authority", _look_up)
        m.setattr(facts, "is_latin_text", facts.is_latin_text.__wrapped__)
        m.setattr(catalogue_module, "_parameter_named",
                  catalogue_module._parameter_named.__wrapped__)
        yield


def _outcome(case: Case, day: date) -> Any:
    try:
        result = assess(case, day, catalogue())
    except LawNotKnownError as exc:
        return ("law not known", str(exc))
    return result, result.model_dump(mode="json")


def _moved(case: Case, place: str, postcode: str) -> Case:
    return case.model_copy(update={"address": case.address.model_copy(
        update={"place": place, "postcode": postcode})})


def _places() -> list[tuple[str, str]]:
    """A place of every authority (with and without its postcode), a name two districts have,
    a place the data does not know, and none."""
    by_authority: dict[str, tuple[str, str]] = {}
    for m in catalogue().municipalities.values():
        by_authority.setdefault(m.authority, (m.name, m.postcodes[0] if m.postcodes else ""))
    out = []
    for i, (name, code) in enumerate(sorted(by_authority.values())):
        out.append((name, code if i % 2 else ""))
    return [*out, ("Reichenbach", ""), ("Atlantis", "01067"), ("", "")]


def test_assessments_equal_those_made_with_nothing_remembered(
        monkeypatch: pytest.MonkeyPatch) -> None:
    cases = [load_case(p) for p in EXAMPLES] + generate_cases(36) + [family(30, 40)]
    places = _places()
    assert len({catalogue().municipalities[k].authority for k in catalogue().municipalities}) \
        == len(places) - 3 == 13
    caches.forget()
    compared, authorities, raised = 0, set(), 0
    for i, case in enumerate(cases):
        # the case as it is, then moved twice (the authority changes with the town), on each day
        versions = [case, _moved(case, *places[i % len(places)]),
                    _moved(case, *places[(i * 7 + 3) % len(places)])]
        for day in DAYS:
            for version in versions:
                remembered = _outcome(version, day)
                with _nothing_remembered(monkeypatch):
                    fresh = _outcome(version, day)
                assert remembered == fresh, (i, day, version.address)
                compared += 1
                if remembered[0] == "law not known":
                    raised += 1
                elif remembered[0].authority is not None:
                    authorities.add(remembered[0].authority.id)
    # the comparisons covered every authority, and days on which the law is not known
    assert compared == len(cases) * len(DAYS) * 3
    assert len(authorities) == 13 and 0 < raised < compared


def test_assessing_the_same_case_again_gives_the_same_after_other_cases_and_days(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a session: the same case on the same day after other cases and days were assessed
    (the remembered day's parameters and texts are another case's then)."""
    case, other = generate_cases(2, seed=11)
    day = date(2026, 11, 22)
    with _nothing_remembered(monkeypatch):
        fresh = _outcome(case, day)
    first = _outcome(case, day)
    _outcome(other, date(2027, 3, 1))
    _outcome(_moved(case, "Leipzig", ""), day)
    assert _outcome(case, day) == first == fresh


def test_the_end_of_a_session_forgets_what_was_remembered_of_the_person() -> None:
    # made at run time: a literal would stay in this test's code
    place, name, value = soak.marker(61), soak.marker(62), soak.marker(63)
    caches.forget()  # as at the start of a session
    case = load_case(EXAMPLES[0])
    # the name as a typed one is: another string than the one searched for (which is passed over)
    case = case.model_copy(update={"person": case.person.model_copy(
        update={"family_name": "".join(list(name))})})
    assert assess(_moved(case, place, ""), date(2026, 11, 22)).authority is None  # not known
    assert assess(_moved(case, "Görlitz", ""), date(2026, 11, 22)).authority.id == "goerlitz"
    filled = texts.fill({"de": "Wert: {value}", "en": "Value: {value}"}, {"value": value})
    assert filled == {"de": f"Wert: {value}", "en": f"Value: {value}"}
    del case, filled
    # remembered: the address looked up, the name checked, the text filled (else the search
    # below could not fail), and the office the person's town belongs to
    assert set(soak.markers_in_objects([place, name, value])) == {place, name, value}
    assert [spec.id for spec, _ in engine._AUTHORITIES.values()] == ["goerlitz"]
    caches.forget()
    assert soak.markers_in_objects([place, name, value]) == {}
    assert engine._AUTHORITIES == {} and engine._LAST_MADE == {}


def test_a_text_filled_with_values_that_compare_equal_is_written_as_each_value() -> None:
    """1, True and 1.0 are equal (and so are -0.0 and 0.0), but written differently: a text
    remembered for one of them is not given for another."""
    text = {"de": "Anzahl: {n}", "en": "Number: {n}", "ar": "العدد: {n}"}
    values = [1, True, 1.0, 0, False, -0.0, 0.0, None, "1", date(2026, 1, 1), 1, True]
    caches.forget()
    for value in values:
        assert texts.fill(text, {"n": value}) == _fill_as_written(text, {"n": value}), value
    assert texts.fill(text, {"n": True})["en"] == "Number: True"
    assert texts.fill(text, {"n": 1})["en"] == "Number: 1"
