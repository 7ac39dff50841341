"""Profession kinds and the purposes of earlier stays: chosen from a list in the person's
language (or typed under "Other"), stored as a code, written on the German form in German; a
typed answer stays as typed; old case files with free text still load."""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest

from assistant.answer_lists import answer_lists, list_for
from assistant.casefile import case_from_json_text, case_to_json_text
from assistant.derive import derive
from assistant.forms import fill_form
from assistant.interview import interview
from assistant.model import Case
from assistant.texts import LANGUAGES


def _pdftotext(pdf: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf,
                         capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_every_listed_answer_has_a_name_in_every_language_and_the_wizard_offers_the_lists():
    for answers in answer_lists().values():
        for answer in answers.answers:
            assert set(answer.names) == set(LANGUAGES), answer.code
            assert all(name.strip() for name in answer.names.values()), answer.code
    picks = {f.path: f.answer_list for f in interview().all_fields() if f.kind == "pick"}
    assert picks == {"trained_profession": "profession", "intended_employment": "profession",
                     "person.eye_colour": "eye_colour"}
    stays = next(f for f in interview().all_fields() if f.path == "previous_stays")
    assert [(i.path, i.kind, i.answer_list) for i in stays.items if i.path == "purpose"] == [
        ("purpose", "pick", "stay_purpose")]
    assert list_for("previous_stays.purpose") is answer_lists()["stay_purpose"]


@pytest.mark.parametrize(("answers", "sex", "on_form"), [
    ({"trained_profession": "engineer"}, "male", {"trained_profession": "Ingenieur"}),
    ({"trained_profession": "engineer"}, "female", {"trained_profession": "Ingenieurin"}),
    ({"trained_profession": "nurse"}, "female", {"trained_profession": "Pflegefachkraft"}),
    ({"intended_employment": "research_assistant"}, None,
     {"intended_employment": "wissenschaftlicher Mitarbeiter"}),
    # typed under "Other": as typed, never taken for something else
    ({"trained_profession": "Bergbauingenieurin (B.Sc.)"}, "female",
     {"trained_profession": "Bergbauingenieurin (B.Sc.)"}),
    ({"intended_employment": "Engineer"}, "male", {"intended_employment": "Engineer"}),
])
def test_a_chosen_answer_is_german_on_the_form_a_typed_one_as_typed(answers, sex, on_form):
    case = Case.model_validate({**answers, "person": {"sex": sex}})
    derived = derive(case, bilingual=True)
    for path, expected in on_form.items():
        assert getattr(derived, path) == expected
    assert {p: getattr(case, p) for p in answers} == answers  # the case keeps the code


def test_an_earlier_stays_purpose_is_german_on_the_form():
    case = Case.model_validate({"previous_stays": [
        {"place": "Dresden", "purpose": "language_course"},
        {"place": "Leipzig", "purpose": "Hochzeit meiner Schwester"}]})
    assert [s.purpose for s in derive(case).previous_stays] == [
        "Sprachkurs", "Hochzeit meiner Schwester"]


def _old_file(**values: Any) -> str:
    return json.dumps({"schema_version": 2, "person": {"family_name": "Test"}, **values})


def test_a_case_file_with_the_old_free_text_still_loads():
    case = case_from_json_text(_old_file(
        trained_profession="Pflegefachfrau", intended_employment="Chemiker (Dr. rer. nat.)",
        previous_stays=[{"purpose": "Urlaub"}, {"purpose": "Sprachkurs / language course"},
                        {"purpose": "مترجم"}]))
    assert case.trained_profession == "nurse"  # a known German word: its code
    assert case.intended_employment == "Chemiker (Dr. rer. nat.)"  # unknown: as typed
    assert [s.purpose for s in case.previous_stays] == [
        "tourism", "Sprachkurs / language course", "مترجم"]  # a profession is no purpose
    # a translated word, written on the form in German
    translated = case_from_json_text(_old_file(trained_profession="معلمة",
                                               person={"sex": "female"}))
    assert translated.trained_profession == "teacher"
    assert derive(translated).trained_profession == "Lehrerin"
    # and a saved code comes back as the code
    assert case_from_json_text(case_to_json_text(case)).trained_profession == "nurse"


@pytest.mark.parametrize(("typed", "code"), [
    ("brown", "brown"), ("Карі", "brown"), ("بني", "brown"),
    ("قهوه\u200cای", "brown"), ("kahverengi", "brown"), ("голубые", "blue"),
    ("dark brown", "dark_brown"), ("braun", "brown"), ("Gray", "grey"),
    ("braun mit grünen Punkten", None),
])
def test_a_version_3_files_typed_eye_colour_is_read_as_the_colour(typed, code):
    # before version 4 the eye colour was typed; a word the program translated is the colour now
    doc = {"schema_version": 3, "person": {"family_name": "Test", "eye_colour": typed},
           "trained_profession": "Ingenieur"}
    case = case_from_json_text(json.dumps(doc))
    assert case.person.eye_colour == (code or typed)
    assert case.trained_profession == "Ingenieur"  # version 3 held professions as they are
    on_form = derive(case).person.eye_colour
    assert on_form == (answer_lists()["eye_colour"].answer(code).names["de"] if code else typed)


def test_the_eye_colour_is_a_list_in_the_persons_language(qtbot):
    from ui import i18n
    from ui.inputs import PickInput, make_input

    i18n.set_language("fa")
    try:
        spec = next(f for f in interview().all_fields() if f.path == "person.eye_colour")
        widget = make_input(spec, spec.path)
        qtbot.addWidget(widget)
        assert isinstance(widget, PickInput)
        choices = [widget.combo.itemText(i) for i in range(widget.combo.count())]
        assert "قهوه‌ای" in choices and "آبی" in choices
        widget.combo.setCurrentIndex(widget.combo.findText("آبی"))
        assert widget.value() == "blue"
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("typed", ["Pflegehelferin", "Kfz-Mechatroniker", "Dolmetscher",
                                   "Programmierer", "Kaufmann", "Busfahrer", "Wissenschaftler"])
def test_an_old_files_related_but_other_job_stays_as_typed(typed: str) -> None:
    # read as a listed job, it would put a qualification on the form the person did not state
    case = case_from_json_text(_old_file(trained_profession=typed))
    assert case.trained_profession == typed
    assert derive(case).trained_profession == typed


def test_a_typed_answer_of_a_file_of_this_version_stays_as_typed():
    case = Case.model_validate({"trained_profession": "Krankenschwester",
                                "previous_stays": [{"purpose": "Urlaub"}]})
    again = case_from_json_text(case_to_json_text(case))
    assert again == case and again.trained_profession == "Krankenschwester"
    assert derive(again).trained_profession == "Krankenschwester"  # on the form as typed


def test_the_printed_form_says_a_chosen_profession_in_german():
    case = Case.model_validate({"person": {"family_name": "Test", "sex": "male"},
                                "trained_profession": "electrician",
                                "intended_employment": "Schweißer bei Bosch",
                                "previous_stays": [{"place": "Halle", "purpose": "au_pair"}]})
    text = _pdftotext(fill_form(case).pdf)
    assert "Elektriker" in text and "electrician" not in text
    assert "Schweißer bei Bosch" in text  # typed: as typed
    assert "Au-pair" in text and "au_pair" not in text


def test_the_wizard_offers_the_list_in_arabic_and_the_printed_form_says_it_in_german(qtbot):
    from wizard_driver import example_answers, make_window, packet_text, walk_to_packet

    from ui import i18n
    from ui.inputs import PickInput

    window = make_window(qtbot, "ar")
    try:
        answers = example_answers("student-first-permit")
        answers["trained_profession"] = "engineer"
        walk_to_packet(qtbot, window, answers)
        picked = window.pages["work"].fields["trained_profession"]  # the page asking it
        assert isinstance(picked, PickInput) and picked.combo.currentText() == "مهندس"
        choices = [picked.combo.itemText(i) for i in range(picked.combo.count())]
        assert "معلّم" in choices and "غير ذلك (اكتبه بنفسك)" == choices[-1]
        assert window.answers["trained_profession"] == "engineer"
        text = " ".join(packet_text(qtbot, window).split())
        # the student is a woman: the form says "Ingenieurin"
        assert "Ingenieurin" in text and "engineer" not in text.lower().replace("ingenieur", "")
    finally:
        i18n.set_language("en")


def test_other_shows_a_line_to_type_the_answer(qtbot):
    from ui import i18n
    from ui.inputs import PickInput, make_input

    i18n.set_language("uk")
    try:
        spec = next(f for f in interview().all_fields() if f.path == "trained_profession")
        widget = make_input(spec, spec.path)
        qtbot.addWidget(widget)
        widget.show()
        assert isinstance(widget, PickInput)
        assert not widget.typed_widget().isVisible()
        widget.combo.setCurrentIndex(widget.combo.findData(PickInput.OTHER))
        assert widget.combo.currentText() == "Інше (введіть самі)"
        assert widget.typed_widget().isVisible()
        qtbot.keyClicks(widget.typed_widget(), "Welder")
        assert widget.value() == "Welder"
        widget.set_value("teacher")
        assert widget.combo.currentText() == "Вчитель" and not widget.typed_widget().isVisible()
        widget.set_value("Schweißer")
        assert widget.typed_widget().isVisible() and widget.typed_widget().text() == "Schweißer"
        widget.set_value(None)
        assert widget.value() == "" and widget.combo.currentIndex() == 0
    finally:
        i18n.set_language("en")
