"""A counselling centre's day (issue 19): after Finish, the idle timeout or closing, nothing a
person typed is left in the process for the next one, and the window does not grow from person to
person.

People are typed into one window in shared mode with key presses (benchmarks/soak.py, which uses
tests/wizard_driver.py); each person's names, places, passport number, e-mail address, phone number
and free texts carry a marker of their own. The search covers every object Python's garbage
collector tracks and everything they refer to (strings, bytes, the keys and values of caches, the
pattern cache of `re`), and the texts of every widget.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from assistant import logsetup, model
from benchmarks import soak

pytest.importorskip("PySide6.QtPdfWidgets")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _markers(*people: int) -> list[str]:
    return [n for p in people for n in soak.needles(p)]


def _notes(window: Any) -> set[str]:
    return {item.problem.text for field in window.all_inputs() for one in field.inputs()
            for item in one.problems.items()}


def test_finish_idle_timeout_and_close_leave_no_earlier_person_in_memory(qtbot: Any) -> None:
    window = soak.shared_window(qtbot)
    assert window.shared

    soak.enter_person(qtbot, window, 1)
    # the search finds a person while they are in the window (else it could not fail)
    assert set(soak.reachable([1])) == set(_markers(1))
    assert _notes(window)  # the example's person has findings beside their answers
    soak.finish(qtbot, window)
    assert soak.reachable([1]) == {}
    # every problem note left on an input, shown or hidden, is one the empty case has
    assert _notes(window) <= {p.text for p in window.state.problems}

    soak.enter_person(qtbot, window, 2, lang="uk", example=soak.FAMILY)  # rows of children
    clock = Clock()
    window.start_idle_watch(120, 20, clock=clock, tick_ms=60_000)
    clock.now += 121
    window.idle.check()  # nobody at the keyboard: the session ends as at Finish
    qtbot.waitUntil(lambda: window.current_id == "welcome", timeout=5000)
    soak.settle_deletions(window)
    assert soak.reachable([1, 2]) == {}

    soak.enter_person(qtbot, window, 3)  # (no language switch after a family: see below)
    assert soak.marker(3) in soak.reachable([1, 2, 3])
    window.close()
    soak.settle_deletions(window)
    assert soak.reachable([1, 2, 3]) == {}


def test_the_language_can_be_switched_after_a_family_was_typed_in(qtbot: Any) -> None:
    window = soak.shared_window(qtbot)
    soak.enter_person(qtbot, window, 4, example=soak.FAMILY)
    window.set_language("de")
    assert window.menuBar().actions()[0].text() == "&Fall"


def test_redaction_keeps_no_pattern_of_values_in_re_cache() -> None:
    name = soak.marker(77)  # made at run time: a literal would stay in this test's code
    case = model.Case.model_validate({"person": {"family_name": name}})
    logsetup.watch_case(case)
    try:
        assert logsetup.REDACTOR.redact("Hello " + name) == f"Hello {logsetup.REDACTED}"
        assert not any(name in str(key) for key in re._cache)
        logsetup.watch_case(None)
        del case
        assert logsetup.REDACTOR.redact("Hello " + name) == "Hello " + name
        assert soak.markers_in_objects([name]) == {}
    finally:
        logsetup.watch_case(None)


def test_checked_e_mail_and_phone_are_forgotten_at_the_end_of_a_session() -> None:
    from assistant.config import Mode, Settings
    from assistant.session import AppSession

    mail, digits = soak.marker(88).lower(), soak.phone_digits(88)
    session = AppSession(Settings(mode=Mode.SHARED))
    try:
        contact = model.Contact(email=mail + "@example.org", phone="+49 176 " + digits)
        assert contact.phone.endswith(digits)
        del contact
        assert set(soak.markers_in_objects([mail, digits])) == {mail, digits}  # remembered
        session.end_session(keep_draft=False)
        assert soak.markers_in_objects([mail, digits]) == {}
    finally:
        session.close(keep_draft=False)


def test_ten_people_with_language_switches_leave_no_marker_and_no_growth(qtbot: Any) -> None:
    """The short soak: ten people (a student and an extension in turn), the window's language
    changing between German and Arabic. From person 3 on, a person and the one two later had
    the same example and language: after them the QObjects and the mapped files are the same, and
    the open files are the same after every person (RSS is the benchmark's)."""
    window = soak.shared_window(qtbot)
    samples = {}
    for person in range(1, 11):
        soak.run_person(qtbot, window, person, lang="ar" if person % 2 else "de")
        samples[person] = soak.sample(person, 0.0)
    assert soak.reachable(range(1, 11)) == {}
    for first, again in ((3, 9), (4, 10), (3, 5), (4, 6)):  # each example and language seen
        assert samples[again].qobjects == samples[first].qobjects, samples
        assert samples[again].mapped_files == samples[first].mapped_files, samples
    assert len({samples[p].fds for p in range(3, 11)}) == 1, samples
