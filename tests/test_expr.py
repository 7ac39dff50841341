"""The expression language of resources/: what it allows, what it refuses, how unknown values
behave, and the date functions (month ends, leap years)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.expr import (
    ExpressionError,
    add_days,
    add_months,
    add_weeks,
    compile_expression,
    days_between,
    months_between,
    years_between,
)
from assistant.model import Case, Purpose


def ev(text: str, **ns):
    return compile_expression(text).evaluate(ns)


# --- allowed constructs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 + 2 * 3", 7),
        ("7 // 2 + 7 % 2", 4),
        ("10 / 4", 2.5),
        ("-x + 1", -4),
        ("x > 3 and x < 10", True),
        ("not (x == 5)", False),
        ("x in [1, 5, 9]", True),
        ("x not in (1, 2)", True),
        ("1 < x <= 5", True),
        ("'a' if x > 3 else 'b'", "a"),
        ("len(items)", 3),
        ("sum(items)", 6),
        ("any([False, x == 5])", True),
        ("all([True, x == 4])", False),
        ("min(x, 2, None)", 2),
        ("max([x, 9])", 9),
        ("date('2026-11-22')", date(2026, 11, 22)),
        ("x is None", False),
    ],
)
def test_allowed_expressions(text, expected):
    assert ev(text, x=5, items=[1, 2, 3]) == expected


def test_attributes_of_case_parts_and_enums_as_strings():
    case = Case.model_validate({"application": {"purpose": "language_course"}})
    assert ev("application.purpose == 'language_course'", application=case.application)
    assert ev("application.purpose", application=case.application) == Purpose.LANGUAGE_COURSE.value


def test_mapping_keys_read_like_attributes():
    assert ev("param.study.permit_max_months", param={"study": {"permit_max_months": 24}}) == 24


def test_names_are_collected_at_parse_time():
    expr = compile_expression("course.hours_per_week < param.x and add_days(today, 1) > today")
    assert expr.names == {"course", "param", "today"}


# --- forbidden constructs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os')",
        "open('/etc/passwd')",
        "x.__class__",
        "x._private",
        "[i for i in items]",
        "(i for i in items)",
        "lambda: 1",
        "items[0]",
        "x.upper()",
        "{'a': 1}",
        "f'{x}'",
        "x := 1",
        "1 +",
        "",
    ],
)
def test_forbidden_or_malformed_expressions_are_refused_when_parsed(text):
    with pytest.raises(ExpressionError):
        compile_expression(text)


def test_unknown_name_is_an_error_not_a_silent_none():
    with pytest.raises(ExpressionError, match="unknown name 'nope'"):
        ev("nope == 1", x=1)


def test_unknown_field_of_a_case_part_is_an_error():
    with pytest.raises(ExpressionError, match="has no field 'colour'"):
        ev("person.colour == 'x'", person=Case().person)


def test_unknown_key_of_a_mapping_is_an_error():
    with pytest.raises(ExpressionError, match="unknown key 'missing'"):
        ev("param.missing", param={"there": 1})


# --- unknown values (None) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["x < 3", "x > 3", "x <= 3", "x >= 3", "3 < x", "x < today", "1 < x < 5"],
)
def test_an_ordering_comparison_with_none_is_false(text):
    assert ev(text, x=None, today=date(2026, 1, 1)) is False


def test_negated_ordering_with_none_is_true_so_rules_can_fire_when_unknown():
    assert ev("not (x <= 3)", x=None) is True


def test_attribute_of_none_is_none_and_arithmetic_with_none_is_none():
    assert ev("course.hours_per_week", course=None) is None
    assert ev("x + 1", x=None) is None
    assert ev("-x", x=None) is None
    assert ev("x == None", x=None) is True


def test_functions_with_none_give_none_or_a_neutral_value():
    assert ev("add_months(d, 6)", d=None) is None
    assert ev("add_days(d, n)", d=date(2026, 1, 1), n=None) is None
    assert ev("days_between(d, today)", d=None, today=date(2026, 1, 1)) is None
    assert ev("min(a, b)", a=None, b=None) is None
    assert ev("len(x)", x=None) == 0
    assert ev("any(x)", x=None) is False
    assert ev("sum(x)", x=None) == 0
    assert ev("x in [1, 2]", x=None) is False
    assert ev("1 in x", x=None) is False


def test_and_or_short_circuit_past_unknown_values():
    assert ev("x is not None and x.hours_per_week > 3", x=None) is False
    assert ev("x is None or x.hours_per_week > 3", x=None) is True


# --- date functions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 5, 15), 9, date(2027, 2, 15)),
        (date(2026, 11, 22), 18, date(2028, 5, 22)),
        (date(2026, 12, 31), 12, date(2027, 12, 31)),
        (date(2026, 1, 1), -13, date(2024, 12, 1)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_of_a_shorter_month(start, months, expected):
    assert add_months(start, months) == expected


def test_add_days_and_weeks():
    assert add_days(date(2026, 2, 27), 2) == date(2026, 3, 1)
    assert add_days(date(2028, 2, 27), 2) == date(2028, 2, 29)
    assert add_weeks(date(2027, 1, 8), -6) == date(2026, 11, 27)


def test_dates_beyond_the_calendar_are_unknown_not_a_crash():
    assert add_months(date(9999, 12, 1), 1) is None
    assert add_days(date(9999, 12, 31), 1) is None
    assert add_weeks(date(1, 1, 3), -1) is None
    assert add_months(date(1, 1, 1), -1) is None


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2026, 1, 31), date(2026, 2, 28), 0),
        (date(2026, 1, 28), date(2026, 2, 28), 1),
        (date(2026, 1, 10), date(2026, 7, 10), 6),
        (date(2026, 1, 10), date(2026, 7, 9), 5),
        (date(2026, 7, 10), date(2026, 1, 10), -6),
    ],
)
def test_months_between_counts_whole_months(start, end, months):
    assert months_between(start, end) == months


def test_years_between_is_age_in_whole_years():
    assert years_between(date(2008, 11, 22), date(2026, 11, 22)) == 18
    assert years_between(date(2008, 11, 23), date(2026, 11, 22)) == 17
    assert years_between(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert days_between(date(2026, 11, 22), date(2027, 1, 8)) == 47
