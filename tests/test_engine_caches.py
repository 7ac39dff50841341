"""The live check assesses the case after every keystroke, and the engine remembers what is the
same from one keystroke to the next (the parameters of the day, the authority's merged contacts,
filled texts). What it returns must be exactly what the engine without anything remembered
returns, for every case, day and address, whatever was assessed before; and what it remembers of
a person ends with their session."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from assistant import caches, engine, texts
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


@contextlib.contextmanager
def _nothing_remembered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as m:
        m.setattr(Catalogue, "params_at", Catalogue._tree_at)
        m.setattr(engine, "_authority", engine._authority_of)
        m.setattr(engine, "fill", _fill_as_written)
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


def test_the_end_of_a_session_forgets_the_filled_texts_and_the_authority() -> None:
    value = soak.marker(61)  # made at run time: a literal would stay in this test's code
    filled = texts.fill({"de": "Ort: {place}", "en": "Place: {place}"}, {"place": value})
    assert filled == {"de": f"Ort: {value}", "en": f"Place: {value}"}
    assess(_moved(load_case(EXAMPLES[0]), "Görlitz", ""), date(2026, 11, 22))
    del filled
    assert set(soak.markers_in_objects([value])) == {value}  # remembered (else it could not fail)
    assert any(spec.id == "goerlitz" for spec, _ in engine._AUTHORITIES.values())
    caches.forget()
    assert soak.markers_in_objects([value]) == {}
    assert engine._AUTHORITIES == {}
