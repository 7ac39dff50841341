"""Case format 2 stores the university's and the host's (employer's) address as street, postcode
and place. Case files of format 1 (the examples as they were shipped, kept in tests/casefiles_v1)
load and migrate: a one-line address is split where it ends in a postcode and place, and kept
whole as the street where it does not, so that nothing is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.casefile import case_from_json_text, case_to_json_text, load_case
from assistant.model import SCHEMA_VERSION

OLD = Path(__file__).parent / "casefiles_v1"


def _v1(host: str, institution: str = "") -> str:
    return json.dumps({"schema_version": 1,
                       "host": {"name": "Arbeitgeber GmbH", "address": host},
                       "study": {"institution": {"name": "TU Dresden", "address": institution}}})


def test_a_one_line_address_is_split_into_street_postcode_and_place():
    case = case_from_json_text(_v1("Teststraße 1, 01069 Dresden", "01062 Dresden"), "old.json")
    assert case.schema_version == SCHEMA_VERSION
    host = case.host.address
    assert (host.street, host.postcode, host.place) == ("Teststraße 1", "01069", "Dresden")
    uni = case.study.institution.address
    assert (uni.street, uni.postcode, uni.place) == ("", "01062", "Dresden")


@pytest.mark.parametrize("line", ["Markt 1", "Hauptstraße 5, 1234 Wien", "c/o Müller; Dresden",
                                  "10 Downing Street, London SW1A 2AA"])
def test_an_address_that_cannot_be_split_is_kept_whole_in_the_street(line):
    case = case_from_json_text(_v1(line), "old.json")
    assert (case.host.address.street, case.host.address.postcode,
            case.host.address.place) == (line, "", "")


def test_a_migrated_case_is_saved_in_the_new_format_and_reads_back_the_same():
    case = case_from_json_text(_v1("c/o Institut, Am Markt 2, 09599 Freiberg"), "old.json")
    doc = json.loads(case_to_json_text(case))
    assert doc["schema_version"] == SCHEMA_VERSION
    assert doc["host"]["address"] == {"street": "c/o Institut, Am Markt 2", "postcode": "09599",
                                      "place": "Freiberg"}
    assert case_from_json_text(case_to_json_text(case)) == case


@pytest.mark.parametrize("name", sorted(p.name for p in OLD.glob("*.json")))
def test_the_examples_as_shipped_in_format_1_load_and_lose_nothing(name):
    old = json.loads((OLD / name).read_text(encoding="utf-8"))
    assert old["schema_version"] == 1
    case = load_case(OLD / name)
    assert case.schema_version == SCHEMA_VERSION
    for before, after in ((old.get("host", {}), case.host),
                          (old.get("study", {}).get("institution", {}), case.study.institution)):
        assert after.address.one_line() == before.get("address", "")
        assert after.name == before.get("name", "")
    # everything else of the file is as it was
    assert case.person.family_name == old["person"]["family_name"]
