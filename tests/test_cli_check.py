"""`python main.py check CASE.json [--json] [--today] [--lang]`, run as a user runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT


def check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "check", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_text_output_lists_findings_with_ids_and_sources():
    out = check(str(EXAMPLES / "swiss-citizen.json"), "--today", "2026-11-22")
    assert out.returncode == 0, out.stderr
    assert "[BLOCKER] As a citizen of the EU" in out.stdout
    assert ("general.eu_citizen_no_permit; source: Information sheet “Residence Permit for "
            "Students” – Sächsisches Staatsministerium des Innern, introduction") in out.stdout
    assert "Assessment of 22 Nov 2026" in out.stdout


def test_text_output_gives_sources_by_title_never_by_file_name():
    for example in ("student-first-permit.json", "extension-near-expiry.json"):
        for lang in ("en", "de", "ar"):
            out = check(str(EXAMPLES / example), "--today", "2026-11-22", "--lang", lang)
            assert out.returncode == 0, out.stderr
            assert ".txt" not in out.stdout and "seed" not in out.stdout, (example, lang)
    german = check(str(EXAMPLES / "student-first-permit.json"), "--today", "2026-11-22",
                   "--lang", "de").stdout
    assert "Informationsblatt „Aufenthaltserlaubnis für Studenten“" in german
    assert "TU Bergakademie Freiberg: Aufenthaltstitel (Ausländerbehörde Mittelsachsen)" in german


def test_text_output_in_german():
    out = check(str(EXAMPLES / "swiss-citizen.json"), "--today", "2026-11-22", "--lang", "de")
    assert out.returncode == 0, out.stderr
    assert "brauchen Sie keinen Aufenthaltstitel" in out.stdout
    assert "22.11.2026" in out.stdout


def test_json_output_has_stable_ids_and_cited_findings():
    out = check(str(EXAMPLES / "minor-language-course.json"), "--json", "--today", "2026-11-22")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["today"] == "2026-11-22"
    ids = [f["id"] for f in data["findings"]]
    assert "preparatory.limited_to_measure" in ids
    assert "language_course.min_hours" not in ids
    for f in data["findings"]:
        assert f["severity"] in ("blocker", "warning", "info")
        assert f["source"] and f["message_template"]["de"] and f["message_template"]["en"]
        assert f["message"] and "{" not in f["message"] and "{" not in f["why"]
    limited = next(f for f in data["findings"] if f["id"] == "preparatory.limited_to_measure")
    assert limited["values"]["end"] == "2027-07-30"
    assert "{end}" in limited["message_template"]["en"] and "30 Jul 2027" in limited["message"]
    assert {"checklist", "fees", "deadlines", "authority"} <= set(data)


def test_json_gives_documents_fees_and_deadlines_filled_in_with_their_templates():
    out = check(str(EXAMPLES / "minor-language-course.json"), "--json", "--today", "2026-11-22",
                "--lang", "uk")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    entries = [*data["checklist"], *data["fees"]["lines"], *data["fees"]["exemptions"],
               *data["deadlines"]]
    assert data["checklist"] and data["fees"]["lines"] and data["deadlines"]
    for entry in entries:
        text = entry.get("name") or entry.get("label")
        assert isinstance(text, str) and text and "{" not in text, entry["id"]
        template = entry.get("name_template") or entry.get("label_template")
        assert template["de"] and template["uk"], entry["id"]
        assert "values" in entry
    # a template with a placeholder sits beside the number that filled it
    placed = [e for e in entries
              if "{" in (e.get("name_template") or e.get("label_template"))["en"]]
    assert placed, "no entry of this case has a placeholder"
    for entry in placed:
        assert entry["values"], entry["id"]
    minor = next(e for e in data["fees"]["exemptions"] if e["id"] == "fee.minor_half")
    assert minor["amount_cents"] < 0 and "§ 50" in minor["label"]
    assert isinstance(data["fees"]["note"], str) and data["fees"]["note"]


def test_json_keeps_the_source_ids_and_adds_their_titles():
    out = check(str(EXAMPLES / "student-first-permit.json"), "--json", "--today", "2026-11-22",
                "--lang", "de")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    fee = data["fees"]["lines"][0]  # the dated value of § 45 AufenthV in force since 1.9.2017
    assert fee["source"].startswith("§ 45 Abs. 1 Nr. 1 Buchst. b AufenthV; https://")  # raw id
    assert fee["source_title"] == ("§ 45 Abs. 1 Nr. 1 Buchst. b AufenthV; Änderung § 45 AufenthV "
                                   "vom 01.09.2017 – buzer.de (undatiert)")
    assert [s["id"] for s in fee["source_citations"]] == [
        "AufenthV", "https://www.buzer.de/gesetz/949/al64105-0.htm"]
    assert fee["source_citations"][0]["url"] == "https://www.gesetze-im-internet.de/aufenthv/"
    checklist_sources = [item["source"] for item in data["checklist"]]
    assert any(s.startswith("001_640c1961240af47c.txt, ") for s in checklist_sources)
    for item in data["checklist"]:
        assert item["source"] and ".txt" not in item["source_title"]
    contacts = data["authority"]["contacts"]
    shown = {c["as_of_text"] for c in contacts} | {
        ref["as_of_text"] for c in contacts for ref in c.get("sources", [])}
    assert "Stand: April 2020" in shown  # the seed's table, by its date, not by its file
    assert all(text == "undatiert" or text.startswith("Stand: ") for text in shown), shown


def test_json_output_is_the_same_on_the_same_day():
    args = (str(EXAMPLES / "extension-near-expiry.json"), "--json", "--today", "2026-12-01")
    assert check(*args).stdout == check(*args).stdout


def test_today_decides_the_date_rules():
    """The extension example's permit ends on 2027-01-08: six weeks before is 2026-11-27."""
    case = str(EXAMPLES / "extension-near-expiry.json")
    before = json.loads(check(case, "--json", "--today", "2026-11-22").stdout)
    after = json.loads(check(case, "--json", "--today", "2026-12-01").stdout)
    expired = json.loads(check(case, "--json", "--today", "2027-01-09").stdout)

    def ids(data: dict) -> set[str]:
        return {f["id"] for f in data["findings"]}

    assert "status.extension_apply_now" not in ids(before)
    assert "status.extension_apply_now" in ids(after)
    assert "status.permit_expired" in ids(expired)
    assert "status.extension_apply_now" not in ids(expired)


def test_a_bad_today_is_a_clear_error():
    out = check(str(EXAMPLES / "swiss-citizen.json"), "--today", "22.11.2026")
    assert out.returncode == 2
    assert "--today" in out.stderr and "YYYY-MM-DD" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"schema_version": 1, ', "not valid JSON"),
        ('{"schema_version": 1, "passport": {"number": "AB-12"}}', "passport.number"),
        ('{"schema_version": 1, "person": {"nationalities": ["QQ"]}}', "person.nationalities"),
        ('{"schema_version": 1, "study": {"semester": 0}}', "study.semester"),
        ('{"schema_version": 1, "study": {"language_course": {"start": "2027-01-01", '
         '"end": "2026-01-01"}}}', "language course cannot end before it starts"),
        ('{"schema_version": 1, "application": {"purpose": "holiday"}}', "application.purpose"),
    ],
)
def test_a_malformed_or_invalid_case_file_names_file_and_field(tmp_path: Path, content, expected):
    path = tmp_path / "my-case.json"
    path.write_text(content, encoding="utf-8")
    out = check(str(path))
    assert out.returncode == 2
    assert str(path) in out.stderr
    assert expected in out.stderr
    assert "Traceback" not in out.stderr + out.stdout


def test_a_missing_file_is_a_clear_error(tmp_path: Path):
    out = check(str(tmp_path / "nowhere.json"))
    assert out.returncode == 2
    assert "nowhere.json" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize(("day", "total", "rule", "key", "max_full"), [
    # § 45 AufenthV from 1.9.2011 (110 euro), half for a minor (§ 50 Abs. 1 AufenthV: she was 13);
    # the seed's 120 days from 1.8.2012
    ("2016-06-01", 5500, "work.over_limit", "max_full", 120),
    ("2023-06-01", 10000, "work.over_limit", "max_full", 120),  # § 45 AufenthV from 1.9.2017
    # § 16b Abs. 3 AufenthG from 1.3.2024: the working-day account of 140 days
    ("2026-11-24", 10000, "work.account_over_limit", "limit", 140),
])
def test_check_today_applies_the_law_of_that_day(tmp_path, day, total, rule, key, max_full):
    case = json.loads((EXAMPLES / "student-first-permit.json").read_text(encoding="utf-8"))
    case.setdefault("work", {})["full_days_per_year"] = 150
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    out = check(str(path), "--json", "--today", day)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["fees"]["total_cents"] == total
    over = next(f for f in data["findings"] if f["id"] == rule)
    assert over["values"][key] == max_full and re.search(rf"\b{max_full}\b", over["message"])


def test_a_day_before_the_known_law_is_refused_with_one_message():
    out = check(str(EXAMPLES / "student-first-permit.json"), "--today", "2011-01-01")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "only from" in out.stderr and "2011-01-01" in out.stderr and not out.stdout
