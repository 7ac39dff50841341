"""The expression language of resources/: what it allows, what it refuses, how unknown values
behave, and the date functions (month ends, leap years)."""

from __future__ import annotations

import ast
import operator
from collections import Counter
from collections.abc import Mapping
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path

import pytest
from pydantic import BaseModel

from assistant.casefile import load_case
from assistant.catalogue import catalogue
from assistant.errors import LawNotKnownError
from assistant.expr import (
    FUNCTIONS,
    ExpressionError,
    add_days,
    add_months,
    add_weeks,
    compile_expression,
    days_between,
    months_between,
    years_between,
)
from assistant.facts import build_facts, outcome_facts
from assistant.interview import interview
from assistant.model import Case, Purpose
from benchmarks.casegen import DEFAULT_TODAY, generate_cases

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


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


# --- the compiled expressions against a plain tree walker ---------------------------------------
#
# assistant/expr.py turns each checked expression into generated Python code. `reference` below is
# the language's semantics written as the simplest tree walker; every expression of resources/ is
# evaluated both ways over the facts of many cases and days, and must give the same value (of the
# same type) or raise the same exception with the same message.


def _plain_ref(value):
    return value.value if isinstance(value, Enum) else value


def _walk(node, ns, text):  # noqa: C901 - one branch per node kind
    def walk(n):
        return _walk(n, ns, text)

    match node:
        case ast.Constant(value=value):
            return value
        case ast.Name(id=name) if name in FUNCTIONS:
            return FUNCTIONS[name]
        case ast.Name(id=name):
            if name not in ns:
                raise ExpressionError(f"{text!r}: unknown name {name!r}")
            return ns[name]
        case ast.Attribute(value=value, attr=attr):
            base = walk(value)
            if base is None:
                return None
            if isinstance(base, Mapping):
                if attr not in base:
                    raise ExpressionError(f"{text!r}: unknown key {attr!r}")
                return base[attr]
            fields = getattr(type(base), "model_fields", None)
            if fields is not None and attr not in fields:
                raise ExpressionError(f"{text!r}: {type(base).__name__} has no field {attr!r}")
            return getattr(base, attr)
        case ast.Call(func=ast.Name(id=fn), args=args):
            return FUNCTIONS[fn](*[_plain_ref(walk(a)) for a in args])
        case ast.BoolOp(op=ast.And(), values=values):
            result = True
            for v in values:
                result = walk(v)
                if not result:
                    return result
            return result
        case ast.BoolOp(op=ast.Or(), values=values):
            result = False
            for v in values:
                result = walk(v)
                if result:
                    return result
            return result
        case ast.UnaryOp(op=ast.Not(), operand=operand):
            return not walk(operand)
        case ast.UnaryOp(op=op, operand=operand):
            value = walk(operand)
            if value is None:
                return None
            return -value if isinstance(op, ast.USub) else +value
        case ast.BinOp(op=op, left=left, right=right):
            a, b = _plain_ref(walk(left)), _plain_ref(walk(right))
            if a is None or b is None:
                return None
            return {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
                    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv,
                    ast.Mod: operator.mod}[type(op)](a, b)
        case ast.Compare(left=left, ops=ops, comparators=comps):
            a = _plain_ref(walk(left))
            for op, comp in zip(ops, comps, strict=True):
                b = _plain_ref(walk(comp))
                match op:
                    case ast.Lt() | ast.LtE() | ast.Gt() | ast.GtE() if a is None or b is None:
                        return False
                    case ast.Eq():
                        ok = a == b
                    case ast.NotEq():
                        ok = a != b
                    case ast.Lt():
                        ok = a < b
                    case ast.LtE():
                        ok = a <= b
                    case ast.Gt():
                        ok = a > b
                    case ast.GtE():
                        ok = a >= b
                    case ast.In():
                        ok = b is not None and a in b
                    case ast.NotIn():
                        ok = b is None or a not in b
                    case ast.Is():
                        ok = a is b
                    case ast.IsNot():
                        ok = a is not b
                if not ok:
                    return False
                a = b
            return True
        case ast.List(elts=elts) | ast.Tuple(elts=elts):
            return [_plain_ref(walk(e)) for e in elts]
        case ast.IfExp(test=test, body=body, orelse=orelse):
            return walk(body) if walk(test) else walk(orelse)
    raise AssertionError(f"no reference for {ast.dump(node)}")


@cache
def _parsed(text: str) -> ast.AST:
    return ast.parse(text.strip(), mode="eval").body


def reference(text: str, ns: Mapping) -> object:
    return _plain_ref(_walk(_parsed(text), ns, text))


def _outcome(fn):
    try:
        return "value", fn()
    except Exception as exc:  # noqa: BLE001 - the exception is the outcome compared
        return "raised", exc


def _same(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, BaseException):
        return str(a) == str(b)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def assert_same(text: str, ns: Mapping) -> str:
    """The compiled expression and the reference agree on `ns`; returns how it ended."""
    got = _outcome(lambda: compile_expression(text).evaluate(ns))
    want = _outcome(lambda: reference(text, ns))
    assert got[0] == want[0] and _same(got[1], want[1]), (text, got, want)
    return got[0] if got[0] == "raised" else type(got[1]).__name__


def _resource_expressions() -> list[str]:
    texts = {e.text for _, e in catalogue().expressions()}

    def add_field(f):
        if f.when:
            texts.add(f.when)
        for item in f.items:
            add_field(item)

    for page in interview().pages:
        if page.when:
            texts.add(page.when)
        for f in page.fields:
            add_field(f)
    return sorted(texts)


def _namespaces():
    """The facts of the examples and of generated cases on several days (one far ahead, where
    parameters have no value yet), the case parts also as plain dicts (as a dumped case holds
    them, enums and all), both before and after a rule ended the purpose."""
    cat = catalogue()
    cases = [load_case(p) for p in sorted(EXAMPLES.glob("*.json"))]
    cases += generate_cases(30, seed=5)
    days = (DEFAULT_TODAY, date(2025, 2, 28), date(2027, 8, 31), date(2040, 1, 1))
    for i, case in enumerate(cases):
        for day in days[: 2 + (i % 4 == 0)] + days[3:] * (i % 7 == 0):
            try:
                ns = build_facts(case, day, cat.params_at(day), cat)
            except LawNotKnownError:
                continue
            ended = {**ns, **outcome_facts(ns, purpose_ended=True)}
            dumped = {k: v.model_dump(mode="python") if isinstance(v, BaseModel) else v
                      for k, v in ns.items()}
            yield from (ns, ended, dumped)
        if i % 10 == 0:
            yield {name: None for name in ns}  # nothing known at all


def test_every_resource_expression_evaluates_as_the_reference_says():
    texts = _resource_expressions()
    assert len(texts) > 200
    outcomes = Counter()
    for ns in _namespaces():
        for text in texts:
            outcomes[assert_same(text, ns)] += 1
    # the comparison covered values of every kind and the exceptions (unknown law, a dict
    # without the key a model has) as well
    assert {"bool", "NoneType", "date", "int", "str", "raised"} <= set(outcomes), outcomes


# --- edge cases, each also checked against the reference ---------------------------------------


class Colour(Enum):
    RED = "red"
    BLUE = "blue"


class Loud:
    """Compares equal to and less than anything, and says so with a string."""

    def __eq__(self, other):
        return "yes"

    __lt__ = __eq__

    __hash__ = object.__hash__


class Grumpy(dict):
    """A mapping whose reading raises, as the parameter tree does for a law not known yet."""

    def __getitem__(self, key):
        raise LookupError(f"no {key} today")


EDGE_NAMESPACE = {
    "n": None, "x": 5, "y": 0, "z": 2.5, "s": "red", "c": Colour.RED, "cs": [Colour.RED, None],
    "items": [1, 2, None], "d": date(2026, 11, 22), "m": {"a": 1, "c": Colour.BLUE, "inner": None},
    "case": Case(), "loud": Loud(), "grumpy": Grumpy(a=1), "t": True, "f": False,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # None everywhere
        ("n.a.b", None), ("n + 1", None), ("1 - n", None), ("-n", None), ("+n", None),
        ("n < 1", False), ("n >= n", False), ("not (n > 1)", True), ("n == None", True),
        ("n != None", False), ("n is None", True), ("add_days(n, 1)", None), ("m.inner.x", None),
        ("[n, n]", [None, None]), ("n if n else 'no'", "no"), ("n and x", None), ("n or x", 5),
        ("n * n", None), ("min(n, n)", None), ("max(items)", 2), ("sum(items)", 3),
        # chains with None in the middle, and as far as a chain gets
        ("1 < n < 3", False), ("1 < x < n", False), ("n < x < 10", False), ("1 < x < 10", True),
        ("x == 5 < 10", True), ("n == None < 3", False), ("0 < x <= 5 != z", True),
        ("x < 3 < nope", False), ("n is None is not None", False),
        # in / not in with None
        ("1 in n", False), ("1 not in n", True), ("n in [None]", True),
        ("n not in [1, None]", False),
        ("n in items", True), ("x in items", False), ("x not in items", True), ("n in n", False),
        ("s in m", False), ("'a' in m", True), ("x in [1, x] == [1, 5]", True),
        # enums are compared, computed with and returned as their values
        ("c", "red"), ("c == 'red'", True), ("c == s", True), ("c != 'red'", False),
        ("c in ['red', 'blue']", True), ("c in cs", False), ("'red' in cs", False),
        ("[c, 1]", ["red", 1]), ("m.c", "blue"), ("m.c == 'blue'", True), ("c is 'red'", False),
        ("c if t else 1", "red"), ("f or c", "red"), ("min(c, 'zzz')", "red"), ("c + '!'", "red!"),
        ("case.application.kind", "first_permit"),
        ("case.application.kind == 'first_permit'", True),
        # a comparison gives True or False, whatever the operands' `==` returns
        ("loud == 1", True), ("loud != 1", False), ("loud == 1 == 1", True),
        ("loud < 1", True), ("1 > loud", True), ("1 < 2 > loud", True),
        # constants of every kind the parser makes
        ("0.1 + 0.2", 0.1 + 0.2), ("z * 2", 5.0), ("1e999 > x", True), ("...", ...),
        ("b'a'", b"a"), ("'it''s'", "its"), ("'a\\'b\"c\\n'", "a'b\"c\n"), ("2j * 2", 4j),
        ("\"') or __import__('os') or ('\"", "') or __import__('os') or ('"),
        ("x // 2 + x % 2 + -x", -2), ("- 1", -1), ("--x", 5), ("10 / 4", 2.5), ("x - - 1", 6),
        # short-circuits skip what they do not read
        ("f and nope", False), ("t or nope", True), ("x if t else nope", 5), ("n.a and nope", None),
        # names of FUNCTIONS are the functions, and nothing else of Python is there
        ("len", FUNCTIONS["len"]), ("len(items) + len(n)", 3),
    ],
)
def test_edge_cases(text, expected):
    got = ev(text, **EDGE_NAMESPACE)
    assert type(got) is type(expected) and got == expected
    assert_same(text, EDGE_NAMESPACE)


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("nope", ExpressionError, "'nope': unknown name 'nope'"),
        ("open('x')", ExpressionError, None),  # refused when parsed: not one of FUNCTIONS
        ("print == 1", ExpressionError, "'print == 1': unknown name 'print'"),
        # both operands are read before None decides, the left one first
        ("n + nope", ExpressionError, "'n + nope': unknown name 'nope'"),
        ("n < nope", ExpressionError, "'n < nope': unknown name 'nope'"),
        ("nope1 in nope2", ExpressionError, "'nope1 in nope2': unknown name 'nope1'"),
        ("nope1 < nope2", ExpressionError, "'nope1 < nope2': unknown name 'nope1'"),
        ("[x, nope]", ExpressionError, "'[x, nope]': unknown name 'nope'"),
        ("m.b", ExpressionError, "'m.b': unknown key 'b'"),
        ("case.person.colour", ExpressionError,
         "'case.person.colour': Person has no field 'colour'"),
        ("x / y", ZeroDivisionError, "division by zero"),
        ("x // y", ZeroDivisionError, "integer division or modulo by zero"),
        ("x % y", ZeroDivisionError, "integer modulo by zero"),
        ("-s", TypeError, "bad operand type for unary -: 'str'"),
        ("-c", TypeError, "bad operand type for unary -: 'Colour'"),
        ("d < x", TypeError, None),
        ("x in x", TypeError, None),
        ("s.nope", AttributeError, "'str' object has no attribute 'nope'"),
        ("grumpy.a", LookupError, "no a today"),
        ("date('not a date')", ValueError, None),
    ],
)
def test_errors_are_raised_as_before(text, error, message):
    with pytest.raises(error) as caught:
        ev(text, **EDGE_NAMESPACE)
    if message is not None:
        assert str(caught.value) == message
    if error is not ExpressionError or message is not None:
        assert_same(text, EDGE_NAMESPACE)


def test_one_expression_reads_mappings_models_and_objects_in_turn():
    """What the compiled code learns about a class at one node (a mapping, a model and its fields,
    a plain object) never decides the reading of a value of another class."""
    expr = compile_expression("v.a")

    class Plain:
        a = 3

    class Other(dict):
        pass

    for _ in range(2):  # the second round reads each class as one seen before
        assert expr.evaluate({"v": {"a": 1}}) == 1
        assert expr.evaluate({"v": Other(a=2)}) == 2
        assert expr.evaluate({"v": Plain()}) == 3
        assert expr.evaluate({"v": None}) is None
        with pytest.raises(ExpressionError, match="unknown key 'a'"):
            expr.evaluate({"v": {}})
        with pytest.raises(ExpressionError, match="Person has no field 'a'"):
            expr.evaluate({"v": Case().person})
        with pytest.raises(AttributeError):
            expr.evaluate({"v": object()})
    assert compile_expression("v.family_name").evaluate({"v": Case().person}) == ""


@pytest.mark.parametrize(
    "text",
    [
        " + ".join(["x"] * 120),
        "min(" * 100 + "x" + ")" * 100,
        "[" * 100 + "x" + "]" * 100,
        "x" + ".real" * 120,
        "-" * 120 + "x",
        "(n if " * 60 + "t" + " else x)" * 60,
        " < ".join(["x"] * 100),
    ],
    ids=["sum", "calls", "lists", "attributes", "signs", "ifs", "chain"],
)
def test_deeply_nested_expressions_evaluate_like_the_reference(text):
    """Deeper than the 200 parentheses Python's own parser allows in the code made from them."""
    assert assert_same(text, EDGE_NAMESPACE) != "raised"
