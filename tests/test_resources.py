"""The data files of resources/: they load, every rule is cited and bilingual, every expression
runs on the example cases, and a malformed file gives a ResourceError naming file and entry."""

from __future__ import annotations

import ast
import re
import shutil
import string
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT
from pydantic import BaseModel

from assistant.casefile import load_case
from assistant.catalogue import catalogue, load_catalogue
from assistant.engine import assess
from assistant.errors import LawNotKnownError, ResourceError
from assistant.facts import build_facts
from assistant.model import Case

RULE_FILES = ("general", "status", "applicant", "preparatory", "language_course", "study",
              "work", "absence", "special_cases", "validation")
DAYS = (date(2020, 1, 1), date(2026, 11, 22), date(2027, 1, 1), date(2035, 6, 30))


def _examples() -> list[Path]:
    return sorted(EXAMPLES.glob("*.json"))


def test_every_resource_file_loads():
    cat = load_catalogue()
    assert cat.rules and cat.parameters
    assert {p.stem for p in (ROOT / "resources" / "rules").glob("*.toml")} >= set(RULE_FILES)


def test_each_rule_file_contributes_rules():
    for name in RULE_FILES:
        path = ROOT / "resources" / "rules" / f"{name}.toml"
        assert "[[rule]]" in path.read_text(encoding="utf-8"), name


@pytest.mark.parametrize("rule", catalogue().rules, ids=lambda r: r.id)
def test_every_rule_is_cited_and_speaks_german_and_english(rule):
    assert len(rule.source) > 10
    assert rule.message["de"].strip() and rule.message["en"].strip()
    assert rule.why.get("de", "").strip() and rule.why.get("en", "").strip()
    assert rule.message["de"] != rule.message["en"]
    assert re.fullmatch(r"[a-z_]+\.[a-z_]+", rule.id)


def _resolves(path: str) -> bool:
    model: type[BaseModel] = Case
    for part in path.split("."):
        field = model.model_fields.get(part)
        if field is None:
            return False
        ann = field.annotation
        inner = [a for a in getattr(ann, "__args__", ()) if isinstance(a, type)]
        candidates = [ann, *inner]
        model = next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)),
                     None)  # type: ignore[assignment]
        if model is None:
            return part == path.split(".")[-1]
    return True


@pytest.mark.parametrize("rule", catalogue().rules, ids=lambda r: r.id)
def test_every_rule_names_existing_case_fields(rule):
    """The wizard shows a finding next to these fields, so each must be a real field path."""
    assert rule.fields, rule.id
    for path in rule.fields:
        assert _resolves(path), f"{rule.id}: {path} is not a field of the case"


@pytest.mark.parametrize("rule", catalogue().rules, ids=lambda r: r.id)
def test_placeholders_in_messages_have_values(rule):
    for text in (*rule.message.values(), *rule.why.values()):
        names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
        assert names <= set(rule.values), f"{rule.id}: {names - set(rule.values)} have no value"


@pytest.mark.parametrize("rule", catalogue().rules, ids=lambda r: r.id)
def test_legal_numbers_live_in_parameters_not_in_conditions(rule):
    for text in (rule.when, *rule.values.values()):
        numbers = [n.value for n in ast.walk(ast.parse(text, mode="eval"))
                   if isinstance(n, ast.Constant) and isinstance(n.value, int | float)
                   and not isinstance(n.value, bool)]
        assert set(numbers) <= {0, 1}, f"{rule.id}: write {numbers} as a parameter"


def test_every_parameter_a_rule_reads_exists_and_is_cited():
    cat = catalogue()
    used = set()
    for rule in cat.rules:
        for text in (rule.when, *rule.values.values()):
            used |= set(re.findall(r"param\.([a-z_]+\.[a-z_]+)", text))
    assert used, "rules read parameters"
    assert used <= set(cat.parameters), used - set(cat.parameters)
    for pid in used:
        assert all(v.source and v.quote and v.as_of for v in cat.parameters[pid].values), pid


def test_parameters_of_this_file_are_cited():
    cat = load_catalogue()
    text = (ROOT / "resources" / "parameters" / "rules.toml").read_text(encoding="utf-8")
    for pid in re.findall(r'^id = "([^"]+)"', text, flags=re.M):
        spec = cat.parameters[pid]
        assert spec.description["de"] and spec.unit, pid
        for value in spec.values:
            assert (".txt" in value.source or value.source.startswith("§")) and value.quote, pid


@pytest.mark.parametrize("path", _examples(), ids=lambda p: p.name)
@pytest.mark.parametrize("day", DAYS, ids=str)
def test_every_expression_evaluates_on_the_example_cases(path, day):
    cat = catalogue()
    case = load_case(path)
    ns = build_facts(case, day, cat.params_at(day), cat)
    for entry, expr in cat.expressions():
        _evaluates(entry, expr, ns)


def _evaluates(entry: str, expr, ns) -> None:
    """Raises on an unknown name or field: that would be a resource defect. A parameter the law
    of that day does not know is a deliberate refusal, allowed only where the expression reads
    it."""
    try:
        expr.evaluate(ns)
    except LawNotKnownError as exc:
        unknown = re.search(r"\(([a-z_]+\.[a-z_.0-9]+)\)", str(exc))
        assert unknown and f"param.{unknown.group(1)}" in expr.text, (entry, str(exc))


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_every_expression_evaluates_on_an_empty_case(day):
    cat = catalogue()
    ns = build_facts(Case(), day, cat.params_at(day), cat)
    for entry, expr in cat.expressions():
        _evaluates(entry, expr, ns)


def test_the_examples_give_the_findings_they_were_written_for():
    today = date(2026, 11, 22)
    swiss = assess(load_case(EXAMPLES / "swiss-citizen.json"), today)
    assert "general.eu_citizen_no_permit" in swiss.finding_ids()
    minor = assess(load_case(EXAMPLES / "minor-language-course.json"), today)
    assert not minor.blockers
    assert not {"general.minor_consent_missing", "general.minor_consent_unknown",
                "language_course.min_hours"} & set(minor.finding_ids())
    ext = load_case(EXAMPLES / "extension-near-expiry.json")
    assert "status.extension_apply_now" not in assess(ext, today).finding_ids()
    assert "status.extension_apply_now" in assess(ext, date(2026, 11, 28)).finding_ids()


# --- malformed resources -------------------------------------------------------------------


@pytest.fixture
def resources_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", dest, ignore=shutil.ignore_patterns("fonts", "*.qm"))
    return dest


def _append_rule(root: Path, text: str) -> Path:
    path = root / "rules" / "study.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")
    return path


GOOD_TEXTS = ('message.de = "a"\nmessage.en = "b"\nsource = "001_640c1961240af47c.txt, x"\n'
              'fields = ["study.mode"]\n')


@pytest.mark.parametrize(
    ("snippet", "complaint"),
    [
        ('id = "study.bad_severity"\nseverity = "fatal"\nwhen = "True"\n', "severity"),
        ('id = "study.bad_expr"\nseverity = "info"\nwhen = "__import__(\'os\')"\n', "only these"),
        ('id = "study.bad_syntax"\nseverity = "info"\nwhen = "purpose =="\n', "cannot parse"),
    ],
)
def test_a_malformed_rule_names_file_and_entry(resources_copy, snippet, complaint):
    path = _append_rule(resources_copy, "[[rule]]\n" + snippet + GOOD_TEXTS)
    with pytest.raises(ResourceError) as err:
        load_catalogue(resources_copy)
    message = str(err.value)
    assert str(path) in message
    assert snippet.split('"')[1] in message  # the rule's id
    assert complaint in message


def test_a_rule_without_english_text_is_refused(resources_copy):
    _append_rule(resources_copy, '[[rule]]\nid = "study.no_en"\nseverity = "info"\n'
                 'when = "True"\nmessage.de = "nur Deutsch"\nsource = "somewhere"\n')
    with pytest.raises(ResourceError, match=r"study\.no_en.*languages en"):
        load_catalogue(resources_copy)


def test_a_rule_id_used_in_two_files_is_refused(resources_copy):
    _append_rule(resources_copy, '[[rule]]\nid = "work.over_limit"\nseverity = "info"\n'
                 'when = "True"\n' + GOOD_TEXTS)
    with pytest.raises(ResourceError, match="work.over_limit"):
        load_catalogue(resources_copy)


def test_a_parameter_defined_twice_is_refused(resources_copy):
    path = resources_copy / "parameters" / "rules.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[[parameter]]\nid = "absence.max_months"'
                    '\nsource = "x.txt"\nvalues = [{ valid_from = 2020-01-01, value = 7 }]\n',
                    encoding="utf-8")
    with pytest.raises(ResourceError, match="absence.max_months"):
        load_catalogue(resources_copy)


def test_a_file_that_is_not_toml_names_the_file(resources_copy):
    path = resources_copy / "rules" / "work.toml"
    path.write_text("[[rule]\nid = ", encoding="utf-8")
    with pytest.raises(ResourceError, match=re.escape(str(path)) + ".*not valid TOML"):
        load_catalogue(resources_copy)


def test_a_rule_reading_an_unknown_name_fails_with_the_rule_id(resources_copy):
    _append_rule(resources_copy, '[[rule]]\nid = "study.typo"\nseverity = "info"\n'
                 'when = "studdy.mode == \'evening\'"\n' + GOOD_TEXTS)
    cat = load_catalogue(resources_copy)
    with pytest.raises(ResourceError, match="study.typo.*unknown name 'studdy'"):
        assess(Case(), date(2026, 11, 22), cat)


def test_a_dated_parameter_changes_the_rule_from_its_date(resources_copy):
    """A counselling centre edits one data file when the law changes (resources/README.md, "When
    the law changes"): one added value takes effect on its day and not the day before."""
    path = resources_copy / "parameters" / "rules.toml"
    text = path.read_text(encoding="utf-8")
    anchor = '  { valid_from = 2024-03-01, value = 140,'
    assert anchor in text
    added = ('  { valid_from = 2027-01-01, value = 160, source = "§ 16b Abs. 3 AufenthG", '
             'quote = "bis zu 160 Arbeitstage im Jahr", as_of = "2027-01-01" },\n')
    start = text.index(anchor)
    end = text.index("\n", start) + 1
    path.write_text(text[:end] + added + text[end:], encoding="utf-8")
    cat = load_catalogue(resources_copy)
    case = Case.model_validate({"application": {"purpose": "study"},
                                "work": {"full_days_per_year": 150}})
    before = assess(case, date(2026, 12, 31), cat)
    assert "work.account_over_limit" in before.finding_ids()
    over = next(f for f in before.findings if f.id == "work.account_over_limit")
    assert "140" in over.text("en")
    assert "work.account_over_limit" not in assess(case, date(2027, 1, 1), cat).finding_ids()


def test_a_parameter_the_engine_needs_cannot_be_deleted_silently(resources_copy):
    """The age of majority decides who needs the guardians' consent; without it the program
    must refuse to start rather than assume a value."""
    path = resources_copy / "parameters" / "general.toml"
    text = path.read_text(encoding="utf-8").replace('id = "general.majority_age"',
                                                    'id = "general.majority_age_renamed"')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResourceError, match=r"general\.majority_age"):
        load_catalogue(resources_copy)


def test_each_value_of_a_parameter_cites_its_own_text_and_no_value_exists_before_the_first():
    """A law change adds a value resting on a new paragraph; a value citing nothing is refused; a
    day before the first value is refused, not answered with the earliest value."""
    from assistant.catalogue import ParameterSpec
    from assistant.errors import LawNotKnownError

    desc = {"de": "Arbeitstage", "en": "Working days"}
    spec = ParameterSpec.model_validate({
        "id": "study.work_days", "unit": "days", "description": desc, "values": [
            {"valid_from": date(2024, 3, 1), "value": 140, "source": "§ 16b Abs. 3 AufenthG",
             "quote": "140 Arbeitstage", "as_of": "2026-04-16"},
            {"valid_from": date(2012, 8, 1), "value": 120, "source": "001_640c1961240af47c.txt",
             "quote": "120 Tage", "as_of": "undated (seed 001)"},
        ]})
    assert spec.at(date(2024, 2, 29)) == 120 and spec.at(date(2024, 3, 1)) == 140
    with pytest.raises(LawNotKnownError, match="only from 2012-08-01 on"):
        spec.at(date(2012, 7, 31))
    with pytest.raises(ValueError, match="source"):
        ParameterSpec.model_validate({"id": "x", "unit": "days", "description": desc, "values": [
            {"valid_from": date(2024, 3, 1), "value": 2, "quote": "zwei", "as_of": "2026"}]})
    with pytest.raises(ValueError, match="unit"):
        ParameterSpec.model_validate({"id": "x", "unit": "parsecs", "description": desc,
                                      "values": [{"valid_from": date(2024, 3, 1), "value": 2,
                                                  "source": "§ 1 AufenthG", "quote": "zwei",
                                                  "as_of": "2026"}]})
