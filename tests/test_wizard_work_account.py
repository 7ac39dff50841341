"""The work page asks what the working-day account of § 16b Abs. 3 AufenthG needs: a regular job's
hours a week in and outside the lecture period, the days they are spread over and the weeks; the
finding follows what is typed."""

from __future__ import annotations

from rule_cases import make
from wizard_driver import enter, make_window, settle


def _field(window, path):
    return next(w for w in window.pages["work"].visible_fields() if w.path == path)


def test_the_work_page_asks_for_the_week_and_counts_it(qtbot):
    window = make_window(qtbot)
    window.show_case(make())
    window.show_page("work")
    paths = {w.path for w in window.pages["work"].visible_fields()}
    assert {"work.term_hours_per_week", "work.holiday_hours_per_week"} <= paths
    assert "work.term_days_per_week" not in paths  # asked once hours are given
    enter(qtbot, _field(window, "work.holiday_hours_per_week"), 40.0)
    settle(qtbot, window)
    paths = {w.path for w in window.pages["work"].visible_fields()}
    assert {"work.holiday_days_per_week", "work.holiday_weeks"} <= paths
    enter(qtbot, _field(window, "work.holiday_weeks"), 12)
    settle(qtbot, window)
    shown = [p.text for p in window.problems_on("work")]
    # 12 weeks outside the lecture period count 2.5 days each, whatever the hours: 30 days
    assert any("counts 30 of the" in text for text in shown), shown
    enter(qtbot, _field(window, "work.holiday_weeks"), 60)
    settle(qtbot, window)
    shown = [p.text for p in window.problems_on("work")]
    assert any("53" in text for text in shown), shown  # a year has no 60 weeks
    window.grab().save("/tmp/o/work.png")
