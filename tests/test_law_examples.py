"""The examples beside the rules and dated values (tests/law_examples/*.toml, OpenFisca style),
run by one parametrised test; and the check that every rule and every change of a dated value
has its examples: where a rule applies and where it does not, and for a change of a value the day
before it took effect and the day it did (issue 13, point 7)."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from rule_cases import make

from assistant.catalogue import catalogue
from assistant.engine import assess
from assistant.errors import LawNotKnownError

FOLDER = Path(__file__).parent / "law_examples"


def _examples() -> list[dict[str, Any]]:
    out = []
    for path in sorted(FOLDER.glob("*.toml")):
        for example in tomllib.loads(path.read_text(encoding="utf-8"))["example"]:
            out.append({"file": path.name, **example})
    return out


EXAMPLES = _examples()


def _none(value: Any) -> Any:
    if value == "(none)":
        return None
    if isinstance(value, dict):
        return {k: _none(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_none(v) for v in value]
    return value


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e['file']}: {e['name']}")
def test_example(example: dict[str, Any]):
    case = make(*(_none(change) for change in example["changes"]))
    today: date = example["today"]
    if example.get("refused"):
        with pytest.raises(LawNotKnownError, match="only from"):
            assess(case, today)
        return
    result = assess(case, today)
    found = set(result.finding_ids())
    assert set(example.get("findings", [])) <= found, found
    assert not set(example.get("absent", [])) & found, found
    lines = {line.id: line.amount_cents for line in [*result.fees.lines, *result.fees.exemptions]}
    for fee_id, cents in example.get("fees", {}).items():
        assert lines.get(fee_id, "missing") == cents, lines
    if "total_cents" in example:
        assert result.fees.total_cents == example["total_cents"]
    days = {d.id: d.date for d in result.deadlines}
    for deadline_id, day in example.get("deadlines", {}).items():
        assert days.get(deadline_id) == day, days
    for finding_id, words in example.get("texts", {}).items():
        finding = next(f for f in result.findings if f.id == finding_id)
        assert words in finding.text("en") + " " + finding.why_text("en")


def test_every_rule_has_an_example_where_it_applies_and_one_where_it_does_not():
    applies = {i for e in EXAMPLES for i in e.get("findings", [])}
    absent = {i for e in EXAMPLES for i in e.get("absent", [])}
    rules = {r.id for r in catalogue().rules}
    assert not rules - applies, sorted(rules - applies)
    assert not rules - absent, sorted(rules - absent)


def _read_parameters() -> set[str]:
    import re

    used: set[str] = set()
    for _entry, expression in catalogue().expressions():
        used |= set(re.findall(r"param\.([a-z_]+\.[a-z_0-9]+)", expression.text))
    return used


def test_every_change_of_a_value_has_an_example_on_each_side_of_its_day():
    days = {(e.get("parameter"), e["today"]) for e in EXAMPLES if e.get("parameter")}
    missing = []
    for pid in sorted(_read_parameters()):
        for value in catalogue().parameters[pid].values[1:]:
            for day in (value.valid_from - timedelta(days=1), value.valid_from):
                if (pid, day) not in days:
                    missing.append(f"{pid} on {day}")
    assert not missing, missing


def test_examples_refuse_only_days_before_a_first_value():
    firsts = {p.known_from for p in catalogue().parameters.values()}
    for e in EXAMPLES:
        if e.get("refused"):
            assert any(e["today"] < d for d in firsts), e["name"]
