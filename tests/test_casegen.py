"""The seeded case generator of the benchmarks: repeatable, valid, covering every purpose."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.casefile import case_from_json_text, case_to_json_text, load_case
from assistant.engine import assess
from assistant.facts import non_latin_name_fields
from assistant.model import ApplicationKind, Case, Purpose
from assistant.texts import LANGUAGES
from benchmarks.casegen import DEFAULT_TODAY, generate_cases, write_cases

COUNT = 60


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return generate_cases(COUNT, seed=11)


def _dumps(cases: list[Case]) -> list[str]:
    return [case_to_json_text(c) for c in cases]


def test_same_seed_gives_the_same_cases(cases):
    assert _dumps(generate_cases(COUNT, seed=11)) == _dumps(cases)


def test_another_seed_gives_other_cases(cases):
    other = _dumps(generate_cases(COUNT, seed=12))
    assert sum(a != b for a, b in zip(other, _dumps(cases), strict=True)) > COUNT // 2


def test_a_shorter_run_is_a_prefix_of_a_longer_one(cases):
    assert _dumps(generate_cases(10, seed=11)) == _dumps(cases)[:10]


def test_every_case_is_valid_survives_a_case_file_and_can_be_assessed(cases):
    for case in cases:
        text = case_to_json_text(case)
        again = case_from_json_text(text, source="generated case")
        assert again == case
        assessment = assess(again, DEFAULT_TODAY)
        assert assessment.today == DEFAULT_TODAY
        assert non_latin_name_fields(case) == []


def test_every_purpose_kind_and_language_is_covered(cases):
    assert {c.application.purpose for c in cases} == set(Purpose)
    assert {c.application.kind for c in cases} == set(ApplicationKind)
    assert {c.language for c in cases} == set(LANGUAGES)
    pairs = {(c.application.purpose, c.application.kind) for c in cases}
    assert len(pairs) == len(Purpose) * len(ApplicationKind)


def test_cases_vary_in_the_lists_and_use_diacritics(cases):
    assert len({len(c.children) for c in cases}) >= 3
    assert len({len(c.previous_stays) for c in cases}) >= 3
    assert any(c.spouse for c in cases) and any(not c.spouse for c in cases)
    assert all(c.absences for c in cases
               if c.application.kind is ApplicationKind.ABSENCE_PERMISSION)
    names = " ".join(f"{c.person.family_name} {c.person.first_names}" for c in cases)
    assert not names.isascii()
    assert len(Counter(c.person.nationalities[0] for c in cases)) >= 7


def test_written_case_files_load_back(tmp_path):
    paths = write_cases(tmp_path, 5, seed=3)
    assert [p.name for p in paths] == [f"case-00{i}.json" for i in range(1, 6)]
    assert [load_case(p) for p in paths] == generate_cases(5, seed=3)
