"""Every value has bounds a person understands (issue 15 point 6): dates between 1.1.1900 and
31.12.2199 (and, depending on today, findings for a date of birth in the future or a validity 30
years ahead), names and texts up to a length the form and the packet can always set, Unicode
normalised to NFC before it is checked and stored."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from assistant.casefile import case_from_json_text, case_to_json_text
from assistant.engine import assess
from assistant.errors import CaseFileError
from assistant.forms.engine import fill_form
from assistant.forms.profile import _unwrap
from assistant.interview import load_interview
from assistant.model import (
    BOUND_MESSAGES,
    DATE_OUT_OF_RANGE,
    LINE_MAX,
    NAME_MAX,
    NAME_TOO_LONG,
    TEXT_MAX,
    TEXT_TOO_LONG,
    Case,
)
from assistant.packet import build_packet

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
TODAY = date(2026, 11, 22)


def _doc(name: str = "student-first-permit.json") -> dict[str, Any]:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def _load(doc: dict[str, Any]) -> Case:
    return case_from_json_text(json.dumps(doc, ensure_ascii=False), "case.json")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "day"), [
    (("status", "valid_until"), "9999-12-31"),
    (("passport", "valid_until"), "2200-01-01"),
    (("person", "date_of_birth"), "1899-12-31"),
    (("entry", "date"), "0001-01-01"),
])
def test_a_date_outside_1900_to_2199_is_refused_naming_the_field(path, day):
    doc = _doc()
    doc[path[0]][path[1]] = day
    with pytest.raises(CaseFileError) as exc:
        _load(doc)
    assert f"{'.'.join(path)}: {DATE_OUT_OF_RANGE}" in str(exc.value)


def test_the_first_and_last_day_of_the_bounds_are_taken():
    doc = _doc()
    doc["person"]["date_of_birth"] = "1900-01-01"
    doc["status"]["valid_until"] = "2199-12-31"
    case = _load(doc)
    assert case.person.date_of_birth == date(1900, 1, 1)
    assert case.status.valid_until == date(2199, 12, 31)


def test_a_validity_30_years_ahead_blocks_with_a_message_in_every_language():
    doc = _doc()
    doc["passport"]["valid_until"] = "2056-11-22"
    doc["status"]["valid_until"] = "2150-01-01"
    found = {f.id: f for f in assess(_load(doc), TODAY).findings}
    for rule, field in (("validation.passport_validity_far_ahead", "passport.valid_until"),
                        ("validation.permit_validity_far_ahead", "status.valid_until")):
        finding = found[rule]
        assert finding.severity.value == "blocker" and field in finding.fields
        for lang in ("de", "en", "uk", "ar", "ru", "tr", "fa"):
            assert "30" in finding.text(lang) or "۳۰" in finding.text(lang), lang


def test_check_of_a_case_file_with_the_year_9999_says_so_and_exits_2(tmp_path):
    doc = _doc()
    doc["status"]["valid_until"] = "9999-12-31"
    (tmp_path / "case.json").write_text(json.dumps(doc), encoding="utf-8")
    done = _run("check", "case.json", cwd=tmp_path)
    assert done.returncode == 2
    assert "status.valid_until" in done.stderr and "31 December 2199" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("day", ["9999-12-01", "1899-12-31", "0001-01-01"])
def test_today_outside_the_bounds_is_refused_with_one_message(tmp_path, day):
    (tmp_path / "case.json").write_text(json.dumps(_doc()), encoding="utf-8")
    done = _run("packet", "case.json", "-o", "p.pdf", "--ics", "d.ics", "--today", day,
                cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: --today") and "Traceback" not in done.stderr
    assert not (tmp_path / "p.pdf").exists() and not (tmp_path / "d.ics").exists()


def test_the_calendar_export_takes_a_deadline_in_the_last_year_of_the_bounds():
    from assistant.calendar_export import deadlines_to_ics

    doc = _doc("extension-near-expiry.json")
    doc["status"]["valid_until"] = "2199-12-31"
    ics = deadlines_to_ics(assess(_load(doc), TODAY), "de").decode()
    assert "DTSTART;VALUE=DATE:21991119" in ics  # six weeks before the end


def test_the_calendar_export_takes_the_last_day_there_is():
    """The export is a pure function of an assessment: even a deadline on 31.12.9999 (which no
    case within the bounds gives) is exported, as an all-day event of that day."""
    from assistant.calendar_export import deadlines_to_ics

    assessment = assess(_load(_doc("extension-near-expiry.json")), TODAY)
    last = assessment.deadlines[0].model_copy(update={"date": date.max})
    ics = deadlines_to_ics(assessment.model_copy(update={"deadlines": [last]}), "en").decode()
    assert "DTSTART;VALUE=DATE:99991231" in ics and "DTEND" not in ics


# --- texts ------------------------------------------------------------------------------------


def test_a_first_name_of_2500_characters_is_refused_with_the_limit():
    doc = _doc()
    doc["person"]["first_names"] = "A" * 2500
    with pytest.raises(CaseFileError) as exc:
        _load(doc)
    assert f"person.first_names: {NAME_TOO_LONG}" in str(exc.value)
    assert f"at most {NAME_MAX} characters" in NAME_TOO_LONG


def test_packet_of_a_2500_character_first_name_exits_2_without_traceback(tmp_path):
    doc = _doc()
    doc["person"]["first_names"] = "A" * 2500
    (tmp_path / "case.json").write_text(json.dumps(doc), encoding="utf-8")
    done = _run("packet", "case.json", "-o", "p.pdf", cwd=tmp_path)
    assert done.returncode == 2
    assert "person.first_names" in done.stderr and "100 characters" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "p.pdf").exists()


def test_a_free_text_over_its_limit_is_refused():
    doc = _doc()
    doc["legal"] = {"convicted_abroad": True, "convicted_abroad_details": "x " * TEXT_MAX}
    with pytest.raises(CaseFileError) as exc:
        _load(doc)
    assert TEXT_TOO_LONG in str(exc.value)


# Texts with a format of their own (codes, numbers, e-mail, phone): not filled to a limit.
_NOT_FREE = {"language", "number", "postcode", "email", "phone", "country_of_birth",
             "from_country", "destination"}


def _longest(case: Case, path: list[str | int], sample: str) -> str:
    """The longest repetition of `sample` the model takes at `path` (one of the limits)."""
    for limit in (TEXT_MAX, LINE_MAX, NAME_MAX):
        text = (sample * limit)[:limit].strip()
        doc = case.model_dump(mode="json")
        node: Any = doc
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = text
        try:
            Case.model_validate(doc)
        except ValueError:
            continue
        return text
    raise AssertionError(f"{path}: not even {NAME_MAX} characters are taken")


def _holds_text(path: list[str | int]) -> bool:
    """Whether the case field at `path` (list rows by their index) is a text, not a code."""
    model: Any = Case
    typ: Any = None
    is_list = False
    for part in path:
        if isinstance(part, int):
            continue
        typ, is_list = _unwrap(model.model_fields[part].annotation)
        model = typ
    return typ is str and not (is_list and isinstance(path[-1], int))


def _at_the_limits(case: Case, sample: str) -> Case:
    """The case with every free text it holds filled to its limit with `sample`."""
    doc = case.model_dump(mode="json")

    def walk(node: Any, path: list[str | int]) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            if isinstance(value, dict | list):
                walk(value, [*path, key])
            elif isinstance(value, str) and value and key not in _NOT_FREE \
                    and _holds_text([*path, key]):
                node[key] = _longest(case, [*path, key], sample)

    walk(doc, [])
    return Case.model_validate(doc)


def _full_case() -> Case:
    doc = _doc("family-five-children.json")
    doc["legal"] = {"convicted_abroad": True, "convicted_abroad_details": "x",
                    "expelled_or_deported": True, "expelled_or_deported_details": "x",
                    "convicted_in_germany": True, "convicted_in_germany_details": "x",
                    "refused_entry_or_residence": True,
                    "refused_entry_or_residence_details": "x"}
    doc["finances"]["other_means"] = "x"
    doc["absences"] = [{"start": "2027-01-01", "end": "2027-09-01", "destination": "VN",
                        "reason": "x"}]
    return _load(doc)


@pytest.mark.parametrize("sample", ["Nguyễn Thị Minh Khai ", "Ш" * 7, "محمد عبد الرحمن "],
                         ids=["words", "one-long-word", "arabic"])
def test_every_text_at_its_limit_is_set_on_the_form_and_in_the_packet(sample):
    """The limits are what the form (its boxes, else the continuation sheet) and the packet can
    always set: every text of a full case at its limit, in words and as one long word."""
    case = _at_the_limits(_full_case(), sample)
    assert NAME_MAX - len(sample) < len(case.person.first_names) <= NAME_MAX
    assert TEXT_MAX - len(sample) < len(case.legal.convicted_abroad_details) <= TEXT_MAX
    filled = fill_form(case, today=TODAY)
    assert filled.continuation_pages >= 1  # what has no room in its box is on the sheet
    packet = build_packet(case, assess(case, TODAY), "de")
    reader = PdfReader(io.BytesIO(packet.pdf))
    # (Arabic is set in its presentation forms, which NFKC turns back into letters)
    text = unicodedata.normalize("NFKC", "".join(page.extract_text() for page in reader.pages))
    assert case.person.family_name[:12] in text


# --- Unicode ----------------------------------------------------------------------------------


def test_a_vietnamese_name_in_decomposed_unicode_is_stored_composed_without_a_warning():
    doc = _doc()
    doc["person"]["family_name"] = unicodedata.normalize("NFD", "Nguyễn")
    doc["person"]["first_names"] = unicodedata.normalize("NFD", "Thị Hồng")
    assert doc["person"]["family_name"] != "Nguyễn"  # really decomposed
    case = _load(doc)
    assert case.person.family_name == "Nguyễn" and case.person.first_names == "Thị Hồng"
    assert "validation.non_latin_names" not in assess(case, TODAY).finding_ids()
    saved = case_to_json_text(case)
    assert unicodedata.is_normalized("NFC", saved) and "Nguyễn" in saved


def test_a_name_is_counted_in_composed_letters():
    """100 letters typed decomposed (200 code points) are still 100 letters."""
    doc = _doc()
    doc["person"]["family_name"] = unicodedata.normalize("NFD", "é" * NAME_MAX)
    assert len(doc["person"]["family_name"]) == 2 * NAME_MAX
    assert _load(doc).person.family_name == "é" * NAME_MAX


# --- the window's messages --------------------------------------------------------------------


def test_the_bounds_messages_are_texts_of_the_interview_catalogue():
    """The wizard shows the model's bounds messages translated (tests/test_wizard_i18n.py fails
    while one is missing in a language)."""
    strings = load_interview().strings()
    assert all(message in strings for message in BOUND_MESSAGES)


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_the_window_says_at_the_field_that_31_12_9999_cannot_be_right(qtbot, lang):
    from PySide6.QtCore import QCoreApplication
    from wizard_driver import enter, example_answers, fill_page, make_window, settle

    window = make_window(qtbot, lang)
    window.show_page("passport")
    fill_page(qtbot, window, example_answers("student-first-permit"))
    field = window.pages["passport"].fields["passport.valid_until"]
    enter(qtbot, field, date(9999, 12, 31))
    settle(qtbot, window)
    shown = [item.label.text() for item in field.problems.items()]
    wanted = QCoreApplication.translate("Interview", DATE_OUT_OF_RANGE)
    assert wanted != DATE_OUT_OF_RANGE  # translated
    assert any(wanted in text for text in shown), shown
    assert not any("out of range" in text for text in shown)


def test_the_window_states_the_limit_of_a_name_at_the_field(qtbot):
    from PySide6.QtCore import QCoreApplication
    from wizard_driver import enter, example_answers, fill_page, make_window, settle

    window = make_window(qtbot, "tr")
    window.show_page("person")
    fill_page(qtbot, window, example_answers("student-first-permit"))
    field = window.pages["person"].fields["person.first_names"]
    enter(qtbot, field, "A" * 2500)
    settle(qtbot, window)
    shown = " ".join(item.label.text() for item in field.problems.items())
    wanted = QCoreApplication.translate("Interview", NAME_TOO_LONG)
    assert wanted != NAME_TOO_LONG and "100" in wanted
    assert wanted in shown, shown


def test_the_messages_state_the_limits_the_model_keeps():
    from assistant.model import EARLIEST_DATE, LATEST_DATE, LINE_TOO_LONG

    assert f"at most {NAME_MAX} characters" in NAME_TOO_LONG
    assert f"at most {LINE_MAX} characters" in LINE_TOO_LONG
    assert f"at most {TEXT_MAX} characters" in TEXT_TOO_LONG
    assert f"1 January {EARLIEST_DATE.year}" in DATE_OUT_OF_RANGE and EARLIEST_DATE.day == 1
    assert f"31 December {LATEST_DATE.year}" in DATE_OUT_OF_RANGE and LATEST_DATE.month == 12
