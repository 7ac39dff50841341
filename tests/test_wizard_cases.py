"""End to end: the real wizard, driven by key presses and clicks, for four cases; each ends with a
packet whose text holds the entered names and the expected checklist items."""

from __future__ import annotations

import pytest
from wizard_driver import example_answers, make_window, packet_text, walk_to_packet

from assistant.interview import interview

CASES = [
    # example, pages that must be skipped, checklist ids expected
    ("student-first-permit", {"language_course", "absence", "applicant"},
     {"doc.passport", "doc.admission_letter", "doc.subsistence_blocked_account",
      "doc.health_insurance"}),
    ("extension-near-expiry", {"language_course", "absence"},
     {"doc.passport", "doc.matriculation_certificate", "doc.study_achievements"}),
    ("minor-language-course", {"study", "absence"},
     {"doc.passport", "doc.guardians_consent"}),
    ("swiss-citizen", {"passport", "address", "family", "study", "finances", "legal"}, set()),
]


@pytest.mark.parametrize(("name", "skipped", "documents"), CASES, ids=[c[0] for c in CASES])
def test_case_from_start_to_packet(qtbot, name, skipped, documents):
    answers = example_answers(name)
    window = make_window(qtbot)
    seen = walk_to_packet(qtbot, window, answers)
    assert not skipped & set(seen), f"pages that do not apply were shown: {skipped & set(seen)}"

    case = window.evaluation.case
    assert case.person.family_name == answers["person.family_name"]
    asked = {f.path: f for p in interview().pages if p.id in seen for f in p.fields}
    for path, value in answers.items():
        if path in asked and path in window.evaluation.applicable and value:
            if asked[path].kind == "list":
                assert len(window.answers[path]) == len(value), path
            else:
                assert window.answers.get(path) == value, path

    text = packet_text(qtbot, window)
    packet = window.pages["packet"].packet
    # the cover prints the family name in capitals; the form as written
    assert answers["person.family_name"].upper() in text.upper()
    assert answers["person.first_names"].split()[0] in text
    # a person who needs no permit gets no application form; everyone else the one to hand in
    assert packet.has_form is (name != "swiss-citizen")
    assert packet.kind == ("no_permit" if name == "swiss-citizen" else "hand_in")
    checklist = {item.id: item for item in window.evaluation.assessment.checklist}
    assert documents <= set(checklist)
    for doc_id in documents:
        name_de = checklist[doc_id].name_in("de")
        assert name_de.split()[0] in text, doc_id


def test_swiss_citizen_is_told_at_once_and_why(qtbot):
    window = make_window(qtbot)
    answers = example_answers("swiss-citizen")
    from wizard_driver import click, fill_page

    click(qtbot, window.welcome.start_button)
    fill_page(qtbot, window, answers)
    click(qtbot, window.next_button)
    assert window.current_id == "nationality"
    fill_page(qtbot, window, answers)
    widget = window.pages["nationality"].fields["person.nationalities"]
    shown = widget.problems.items()
    assert [item.problem.key for item in shown] == ["general.eu_citizen_no_permit"]
    assert "Switzerland" in shown[0].label.text()
    assert not shown[0].why_button.isHidden()
    assert window.page_ids()[window.page_ids().index("nationality") + 1:] == \
        ["person", "review", "packet"]
