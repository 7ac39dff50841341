"""The wizard's behaviour: skipping, blockers, warnings, going back, accessibility."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)
from wizard_driver import (
    TODAY,
    click,
    click_step,
    enter,
    example_answers,
    fill_page,
    focus_chain,
    make_window,
    settle,
)

from ui.pages import FormPage


def _go_to(qtbot, window, page_id, answers):
    click(qtbot, window.welcome.start_button)
    while window.current_id != page_id:
        fill_page(qtbot, window, answers)
        before = window.current_id
        click(qtbot, window.next_button)
        assert window.current_id != before, f"stuck on {before}: {window.status.text()}"


def test_pages_that_do_not_apply_are_skipped(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    assert "study" in window.page_ids() and "language_course" not in window.page_ids()
    _go_to(qtbot, window, "application", answers)
    enter(qtbot, window.pages["application"].fields["application.purpose"], "language_course")
    settle(qtbot, window)
    assert "language_course" in window.page_ids() and "study" not in window.page_ids()
    enter(qtbot, window.pages["application"].fields["application.kind"], "address_change")
    settle(qtbot, window)
    ids = window.page_ids()
    for skipped in ("family", "language_course", "finances", "work", "legal"):
        assert skipped not in ids
    assert ids[-2:] == ["review", "packet"]


def test_a_field_that_does_not_apply_is_hidden(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    _go_to(qtbot, window, "person", answers)
    since = window.pages["person"].fields["marital.since"]
    assert since.isHidden()
    enter(qtbot, window.pages["person"].fields["marital.status"], "married")
    settle(qtbot, window)
    assert not since.isHidden()


def test_a_blocker_shows_at_its_field_says_why_and_holds_only_the_packet(qtbot):
    window = make_window(qtbot)
    answers = example_answers("minor-language-course")
    _go_to(qtbot, window, "language_course", answers)
    hours = window.pages["language_course"].fields["study.language_course.hours_per_week"]
    enter(qtbot, hours, 10)
    settle(qtbot, window)
    shown = hours.problems.items()
    assert [i.problem.key for i in shown] == ["language_course.min_hours"]
    assert shown[0].label.text().startswith("<b>Problem:</b>")  # a word, not only a colour
    assert not shown[0].why_button.isHidden() and shown[0].problem.source
    # the way on stays open: Next goes on and says that the problem stays listed
    click(qtbot, window.next_button)
    assert window.current_id != "language_course"
    assert "stays listed in the review" in window.status.text()
    # every page can still be opened from the list of steps; the page is marked
    steps = {page: (text, enabled) for page, text, enabled in window.step_items()}
    assert all(enabled for _text, enabled in steps.values())
    assert steps["language_course"][0].endswith("⚠")
    assert steps["review"][1] and steps["packet"][1]
    # the review lists it, with a way back to its page
    window.show_page("review")
    review = window.pages["review"]
    assert "Not ready to hand in" in review.summary_text()
    assert [b for b in review.findChildren(QAbstractButton)
            if b.objectName() == "goto:language_course" and b.isVisible()]
    # choosing the page in the list of steps brings the person to the field
    row = [p for p, _t, _e in window.step_items()].index("language_course")
    click_step(qtbot, window, row)
    assert window.current_id == "language_course"
    assert window.focusWidget() is hours.edit
    enter(qtbot, hours, 20)
    settle(qtbot, window)
    assert hours.problems.items() == []
    assert window.all_blockers() == []
    click(qtbot, window.next_button)
    assert window.current_id != "language_course"
    assert "stays listed" not in window.status.text()


def test_unreadable_input_is_marked_and_listed(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    _go_to(qtbot, window, "person", answers)
    email = window.pages["person"].fields["contact.email"]
    enter(qtbot, email, "elif@")
    settle(qtbot, window)
    assert any("not complete" in i.problem.text for i in email.problems.items())
    assert [p.key for p in window.page_blockers("person")] == ["input:contact.email"]
    click(qtbot, window.next_button)
    assert window.current_id == "passport"
    assert "stays listed in the review" in window.status.text()
    click(qtbot, window.back_button)
    birth = window.pages["person"].fields["person.date_of_birth"]
    enter(qtbot, email, "elif@example.org")
    enter(qtbot, birth, TODAY)
    qtbot.keyClicks(birth.edit, "x")
    settle(qtbot, window)
    assert any("cannot be read" in i.problem.text for i in birth.problems.items())
    assert [p.key for p in window.all_blockers()] == ["input:person.date_of_birth"]


def test_a_required_answer_holds_next(qtbot):
    window = make_window(qtbot)
    click(qtbot, window.welcome.start_button)
    assert window.current_id == "application"
    click(qtbot, window.next_button)
    assert window.current_id == "application"
    assert window.status.text().startswith("Please answer:")
    kind = window.pages["application"].fields["application.kind"]
    assert window.focusWidget() is kind.focus_widget()


def test_a_warning_does_not_stop_the_way(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    answers["health_insurance.kind"] = "none"
    _go_to(qtbot, window, "finances", answers)
    fill_page(qtbot, window, answers)
    widget = window.pages["finances"].fields["health_insurance.kind"]
    severities = {i.problem.severity for i in widget.problems.items()}
    assert severities == {"warning"}
    click(qtbot, window.next_button)
    assert window.current_id == "work"
    review = window.pages["review"]
    assert review.problem_count() >= 1


def test_going_back_and_forth_keeps_every_answer(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    answers["children"] = [{"family_name": "Şahin", "first_names": "Can",
                            "date_of_birth": TODAY - timedelta(days=400)}]
    _go_to(qtbot, window, "stay", answers)
    snapshot = dict(window.answers)
    for _ in range(6):
        click(qtbot, window.back_button)
    assert window.current_id == "application"
    for _ in range(6):
        click(qtbot, window.next_button)
    assert window.current_id == "stay"
    assert window.answers == snapshot
    family = window.pages["family"].fields["children"]
    assert family.value()[0]["first_names"] == "Can"
    assert window.evaluation.case.children[0].first_names == "Can"


def test_the_review_links_back_to_the_page_of_a_finding(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    answers["health_insurance.kind"] = "none"
    _go_to(qtbot, window, "review", answers)
    review = window.pages["review"]
    buttons = [b for b in review.findChildren(QAbstractButton)
               if b.objectName() == "goto:finances" and b.isVisible()]
    assert buttons
    click(qtbot, buttons[0])
    assert window.current_id == "finances"


def _inputs_of(page):
    found = [w for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton)
             for w in page.findChildren(kind)]
    return [w for w in found
            if w.isVisibleTo(page) and not isinstance(w.parent(), QComboBox)]


def test_every_input_has_an_accessible_name_and_a_label(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    answers["marital.status"] = "married"
    answers["children"] = [{"first_names": "Can"}]
    _go_to(qtbot, window, "review", answers)
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    checked = 0
    for page_id in window.page_ids():
        page = window.pages[page_id]
        if not isinstance(page, FormPage):
            continue
        window.show_page(page_id)
        for widget in _inputs_of(page):
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else "")
            assert name.strip(), f"{page_id}: {widget.objectName()} has no accessible name"
            if isinstance(widget, (QLineEdit, QComboBox, QPlainTextEdit)):
                assert id(widget) in buddies, f"{page_id}: {widget.objectName()} has no label"
            checked += 1
    assert checked > 80


def test_tab_reaches_every_input_of_a_page(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    _go_to(qtbot, window, "person", answers)
    chain = focus_chain(window)
    page = window.pages["person"]
    for widget in _inputs_of(page):
        if isinstance(widget, QAbstractButton) and widget.objectName().endswith("#no"):
            continue  # radio buttons of one question share one tab stop (arrow keys move)
        assert widget in chain, widget.objectName()
    positions = [chain.index(page.fields[p].focus_widget()) for p in
                 ("person.family_name", "person.first_names", "person.date_of_birth",
                  "contact.email")]
    assert positions == sorted(positions)
    assert chain.index(window.next_button) > positions[-1]


def test_idle_timeout_in_shared_mode_erases_everything_and_returns_to_page_one(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    _go_to(qtbot, window, "person", answers)
    fill_page(qtbot, window, answers)
    now = [0.0]
    window.start_idle_watch(600, 60, clock=lambda: now[0])
    now[0] = 570.0
    window.idle.check()
    assert "30" in window.status.text()
    now[0] = 601.0
    window.idle.check()
    assert window.current_id == "welcome"
    assert window.answers == {}
    assert window.pages["person"].fields["person.family_name"].value() == ""


def test_finish_erases_everything(qtbot, monkeypatch):
    window = make_window(qtbot)
    answers = example_answers("swiss-citizen")
    _go_to(qtbot, window, "person", answers)
    fill_page(qtbot, window, answers)
    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    window.finish()
    assert window.current_id == "welcome"
    assert window.answers == {}
    nationality = window.pages["nationality"].fields["person.nationalities"]
    assert nationality.value() == []


def test_the_review_shows_each_finding_once_without_leftovers(qtbot):
    """Re-rendering the review (new findings, a language switch) must not leave the old rows
    painted over the new ones."""
    from ui.inputs import ProblemItem

    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    answers["health_insurance.kind"] = "none"
    _go_to(qtbot, window, "review", answers)
    review = window.pages["review"]
    window.set_language("de")
    review.retranslate()
    # Straight after the re-render, before the event loop runs (as a screenshot or a repaint
    # would meet it): only the new rows belong to the page.
    assert review.problem_count() >= 1
    assert len(review.findChildren(ProblemItem)) == review.problem_count()
