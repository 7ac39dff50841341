"""Case files are versioned JSON: the current version round-trips, an older one is migrated, a
newer one is refused with a message that says to update the program."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES

from assistant.casefile import case_from_json_text, case_to_json_text, load_case
from assistant.errors import CaseFileError
from assistant.model import SCHEMA_VERSION


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_every_example_round_trips_unchanged(example):
    case = load_case(EXAMPLES / example)
    again = case_from_json_text(case_to_json_text(case))
    assert again == case
    assert json.loads(case_to_json_text(case))["schema_version"] == SCHEMA_VERSION


def test_an_unversioned_draft_of_the_first_format_is_migrated():
    old = {"name": "Şahin, Elif Naz", "contact": {"email": "elif@example.org"}}
    case = case_from_json_text(json.dumps(old), "old.json")
    assert case.schema_version == SCHEMA_VERSION
    assert (case.person.family_name, case.person.first_names) == ("Şahin", "Elif Naz")
    assert case.contact.email == "elif@example.org"


def test_a_file_from_a_newer_program_is_refused_with_what_to_do():
    with pytest.raises(CaseFileError, match="newer version of the program.*update"):
        case_from_json_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}), "new.json")


@pytest.mark.parametrize("text, reason", [
    ("[1, 2]", "JSON object"),
    ('{"schema_version": "one"}', "schema_version"),
    ('{"person": {"height_cm": 900}}', "person.height_cm"),
    ('{"person": {"family_nme": "X"}}', "not known"),
])
def test_a_bad_file_names_the_file_and_the_problem(text, reason):
    with pytest.raises(CaseFileError, match=reason) as err:
        case_from_json_text(text, "client-7.json")
    assert str(err.value).startswith("client-7.json")
