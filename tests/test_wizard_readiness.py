"""The way is never hidden: with a blocker or a nearly empty case the person still reaches every
page, the review says what is wrong and what is missing, and the packet page offers a copy for
counselling instead of the packet to hand in (and says why)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QAbstractButton
from wizard_driver import (
    TODAY,
    click,
    example_answers,
    fill_page,
    make_window,
    packet_text,
    walk_to_packet,
)


def _goto_buttons(page) -> set[str]:
    return {b.objectName() for b in page.findChildren(QAbstractButton)
            if b.objectName().startswith("goto:") and b.isVisibleTo(page)}


def test_an_expired_passport_hides_nothing_and_gives_a_counselling_copy(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    answers["passport.issued_on"] = TODAY - timedelta(days=3700)
    answers["passport.valid_until"] = TODAY - timedelta(days=20)
    seen = walk_to_packet(qtbot, window, answers)
    # every page after the passport page was shown
    assert {"address", "study", "finances", "legal", "review", "packet"} <= set(seen)
    keys = [p.key for p in window.all_blockers()]
    assert "validation.passport_expired" in keys
    review = window.pages["review"]
    assert "goto:passport" in _goto_buttons(review)
    assert review.summary_text().startswith("Not ready to hand in:")

    page = window.pages["packet"]
    assert page.kind() == "counselling"
    assert not page.notice.isHidden()
    assert page.notice.text().startswith(f"Not ready to hand in: {len(keys)} problem")
    assert not page.review_button.isHidden()
    text = packet_text(qtbot, window)
    assert page.packet.kind == "counselling" and not page.packet.has_form
    assert f"Not ready to hand in – open points: {len(keys)}" in text
    assert "Persönliche Checkliste" in text and "Fristen" in text and "Zu besprechen" in text
    assert "Unterschrift" not in text
    click(qtbot, page.review_button)
    assert window.current_id == "review"


def test_a_nearly_empty_case_is_never_called_complete(qtbot):
    window = make_window(qtbot, "en")
    answers = {"application.kind": "first_permit", "application.purpose": "study",
               "person.nationalities": ["IN"]}
    click(qtbot, window.welcome.start_button)
    while window.current_id != "review":
        fill_page(qtbot, window, answers)
        before = window.current_id
        click(qtbot, window.next_button)
        assert window.current_id != before, window.status.text()
    review = window.pages["review"]
    missing = review.missing_paths()
    assert missing[:5] == ["person.family_name", "person.first_names", "person.date_of_birth",
                           "passport.number", "address.place"]
    assert "passport.valid_until" in missing
    assert {"goto:person", "goto:passport", "goto:address"} <= _goto_buttons(review)
    assert "nothing to point out" not in " ".join(
        label.text() for label in review.findChildren(type(window.status)))
    assert review.summary_text().startswith("Not ready to hand in: 5 problem")
    # a "Go to" button brings the person to the question
    button = next(b for b in review.findChildren(QAbstractButton)
                  if b.objectName() == "goto:person" and b.isVisible())
    click(qtbot, button)
    assert window.current_id == "person"

    window.show_page("packet")
    page = window.pages["packet"]
    assert page.kind() == "counselling"
    assert "Still missing: Family name, First names, Date of birth, Passport number" in \
        page.notice.text()
    text = packet_text(qtbot, window)
    assert "Familienname" in text and "Passnummer" in text and "Wohnort in Sachsen" in text
    assert not page.packet.has_form


def test_a_complete_case_gets_the_packet_to_hand_in(qtbot):
    window = make_window(qtbot)
    walk_to_packet(qtbot, window, example_answers("student-first-permit"))
    review = window.pages["review"]
    assert review.summary_text().startswith("Ready to hand in")
    page = window.pages["packet"]
    assert page.kind() == "hand_in" and page.notice.isHidden()
    packet_text(qtbot, window)
    assert page.packet.has_form


def test_a_person_who_needs_no_permit_is_told_the_packet_has_no_form(qtbot):
    window = make_window(qtbot)
    walk_to_packet(qtbot, window, example_answers("swiss-citizen"))
    page = window.pages["packet"]
    assert page.kind() == "no_permit"
    assert "need no residence permit" in page.notice.text()
    assert window.all_blockers() == []
    assert "need no residence permit" in window.pages["review"].summary_text()
    packet_text(qtbot, window)
    assert not page.packet.has_form


def test_the_review_and_packet_page_in_arabic_say_it_is_not_ready(qtbot):
    window = make_window(qtbot, "ar")
    answers = {"application.kind": "first_permit", "application.purpose": "study",
               "person.nationalities": ["IN"]}
    click(qtbot, window.welcome.start_button)
    while window.current_id != "packet":
        fill_page(qtbot, window, answers)
        click(qtbot, window.next_button)
    assert window.pages["packet"].notice.text().startswith("غير جاهز للتقديم")
    assert window.pages["review"].summary_text().startswith("غير جاهز للتقديم")
