"""A small, safe expression language for the conditions and dates written in `resources/`.

Rules, checklist items, fee lines and deadlines carry expressions such as::

    when = "purpose == 'language_course' and course.hours_per_week < param.min_hours_per_week"
    date = "add_weeks(status.valid_until, -param.weeks_before)"

They are parsed once with Python's `ast` and evaluated by a tree walker that allows only
literals, names, attribute access, comparisons, boolean logic, arithmetic and a fixed set of
functions. Nothing else (no calls on objects, no dunder access, no imports) can be expressed.

Unknown values are `None`: an attribute of `None` is `None`, an ordering comparison or arithmetic
with `None` is `None` (which is false in a condition), and the date functions return `None` when
an argument is `None`. So a rule whose data has not been entered yet simply does not fire.
"""

from __future__ import annotations

import ast
import calendar
import operator
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache
from typing import Any

Evaluator = Callable[[Mapping[str, Any]], Any]


class ExpressionError(ValueError):
    """An expression in a resource file is malformed or uses something not allowed."""


def add_days(day: date | None, n: float | None) -> date | None:
    if day is None or n is None:
        return None
    try:
        return day + timedelta(days=int(n))
    except OverflowError:  # beyond year 9999: no such date, so unknown
        return None


def add_weeks(day: date | None, n: float | None) -> date | None:
    if day is None or n is None:
        return None
    try:
        return day + timedelta(weeks=int(n))
    except OverflowError:  # beyond year 9999: no such date, so unknown
        return None


def add_months(day: date | None, n: float | None) -> date | None:
    """Calendar months; the 31st plus one month is the last day of the shorter month."""
    if day is None or n is None:
        return None
    months = day.year * 12 + (day.month - 1) + int(n)
    year, month = divmod(months, 12)
    month += 1
    if not 1 <= year <= 9999:  # no such date, so unknown
        return None
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def days_between(start: date | None, end: date | None) -> int | None:
    if start is None or end is None:
        return None
    return (end - start).days


def months_between(start: date | None, end: date | None) -> int | None:
    """Whole calendar months from `start` to `end` (negative if `end` is earlier)."""
    if start is None or end is None:
        return None
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return months


def years_between(start: date | None, end: date | None) -> int | None:
    months = months_between(start, end)
    return None if months is None else months // 12


def _nonnull(fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any) -> Any:
        values = [a for a in (args[0] if len(args) == 1 and isinstance(args[0], list) else args)]
        values = [v for v in values if v is not None]
        return fn(values) if values else None

    return wrapped


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "add_days": add_days,
    "add_weeks": add_weeks,
    "add_months": add_months,
    "days_between": days_between,
    "months_between": months_between,
    "years_between": years_between,
    "min": _nonnull(min),
    "max": _nonnull(max),
    "len": lambda v: 0 if v is None else len(v),
    "any": lambda v: False if v is None else any(v),
    "all": lambda v: False if v is None else all(v),
    "sum": lambda v: 0 if v is None else sum(x for x in v if x is not None),
    "date": lambda s: None if s is None else date.fromisoformat(s),
}

_COMPARE = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: b is not None and a in b,
    ast.NotIn: lambda a, b: b is None or a not in b,
    ast.Is: operator.is_,
    ast.IsNot: operator.is_not,
}
_ORDERING = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
}


def _plain(value: Any) -> Any:
    """Enums compare as their string values, so resources can write `kind == 'extension'`."""
    if isinstance(value, Enum):
        return value.value
    return value


class Expression:
    """A compiled expression. `names` are the top-level names it reads (checked at load time)."""

    def __init__(self, text: str) -> None:
        self.text = text
        try:
            self._tree = ast.parse(text.strip(), mode="eval").body
        except SyntaxError as exc:
            raise ExpressionError(f"cannot parse expression {text!r}: {exc.msg}") from None
        self.names: set[str] = set()
        self._check(self._tree)
        self._fn = self._compile(self._tree)

    def _check(self, node: ast.AST) -> None:
        match node:
            case ast.Constant() | ast.Load():
                return
            case ast.Name(id=name):
                if name not in FUNCTIONS:
                    self.names.add(name)
                return
            case ast.Attribute(value=value, attr=attr):
                if attr.startswith("_"):
                    raise ExpressionError(f"{self.text!r}: private attribute {attr!r} not allowed")
                self._check(value)
                return
            case ast.Call(func=ast.Name(id=fn), args=args, keywords=[]) if fn in FUNCTIONS:
                for arg in args:
                    self._check(arg)
                return
            case ast.Call():
                raise ExpressionError(
                    f"{self.text!r}: only these functions may be called: {sorted(FUNCTIONS)}"
                )
            case ast.BoolOp(values=values):
                for v in values:
                    self._check(v)
                return
            case ast.UnaryOp(op=ast.Not() | ast.USub() | ast.UAdd(), operand=operand):
                self._check(operand)
                return
            case ast.BinOp(op=op, left=left, right=right) if type(op) in _BINARY:
                self._check(left)
                self._check(right)
                return
            case ast.Compare(left=left, ops=ops, comparators=comps) if all(
                type(op) in _COMPARE for op in ops
            ):
                self._check(left)
                for c in comps:
                    self._check(c)
                return
            case ast.List(elts=elts) | ast.Tuple(elts=elts):
                for e in elts:
                    self._check(e)
                return
            case ast.IfExp(test=test, body=body, orelse=orelse):
                self._check(test)
                self._check(body)
                self._check(orelse)
                return
            case ast.GeneratorExp() | ast.ListComp():
                raise ExpressionError(f"{self.text!r}: comprehensions are not allowed")
        raise ExpressionError(
            f"{self.text!r}: '{type(node).__name__}' is not allowed in a resource expression"
        )

    def evaluate(self, namespace: Mapping[str, Any]) -> Any:
        return _plain(self._fn(namespace))

    # The checked tree is turned once into nested closures, which the engine then calls for every
    # case (the live check runs after each keystroke): no tree walking at evaluation time.

    def _compile(self, node: ast.AST) -> Evaluator:  # noqa: C901 - one branch per node kind
        text = self.text
        match node:
            case ast.Constant(value=value):
                return lambda ns: value
            case ast.Name(id=name) if name in FUNCTIONS:
                function = FUNCTIONS[name]
                return lambda ns: function
            case ast.Name(id=name):
                def name_of(ns: Mapping[str, Any]) -> Any:
                    if name not in ns:
                        raise ExpressionError(f"{text!r}: unknown name {name!r}")
                    return ns[name]
                return name_of
            case ast.Attribute(value=value, attr=attr):
                get_base = self._compile(value)

                def attribute(ns: Mapping[str, Any]) -> Any:
                    base = get_base(ns)
                    if base is None:
                        return None
                    if isinstance(base, Mapping):
                        if attr not in base:
                            raise ExpressionError(f"{text!r}: unknown key {attr!r}")
                        return base[attr]
                    fields = getattr(type(base), "model_fields", None)  # a pydantic model
                    if fields is not None and attr not in fields:
                        raise ExpressionError(
                            f"{text!r}: {type(base).__name__} has no field {attr!r}"
                        )
                    return getattr(base, attr)
                return attribute
            case ast.Call(func=ast.Name(id=fn), args=args):
                function = FUNCTIONS[fn]
                arguments = [self._compile(a) for a in args]
                return lambda ns: function(*[_plain(a(ns)) for a in arguments])
            case ast.BoolOp(op=ast.And(), values=values):
                parts = [self._compile(v) for v in values]

                def all_of(ns: Mapping[str, Any]) -> Any:
                    result: Any = True
                    for part in parts:
                        result = part(ns)
                        if not result:
                            return result
                    return result
                return all_of
            case ast.BoolOp(op=ast.Or(), values=values):
                parts = [self._compile(v) for v in values]

                def any_of(ns: Mapping[str, Any]) -> Any:
                    result: Any = False
                    for part in parts:
                        result = part(ns)
                        if result:
                            return result
                    return result
                return any_of
            case ast.UnaryOp(op=ast.Not(), operand=operand):
                inner = self._compile(operand)
                return lambda ns: not inner(ns)
            case ast.UnaryOp(op=op, operand=operand):
                inner = self._compile(operand)
                sign = -1 if isinstance(op, ast.USub) else 1

                def signed(ns: Mapping[str, Any]) -> Any:
                    value = inner(ns)
                    return None if value is None else (-value if sign < 0 else +value)
                return signed
            case ast.BinOp(op=op, left=left, right=right):
                lhs, rhs, apply = self._compile(left), self._compile(right), _BINARY[type(op)]

                def arithmetic(ns: Mapping[str, Any]) -> Any:
                    a, b = _plain(lhs(ns)), _plain(rhs(ns))
                    return None if a is None or b is None else apply(a, b)
                return arithmetic
            case ast.Compare(left=left, ops=ops, comparators=comps):
                first = self._compile(left)
                steps = [(isinstance(op, _ORDERING), _COMPARE[type(op)], self._compile(c))
                         for op, c in zip(ops, comps, strict=True)]

                def compare(ns: Mapping[str, Any]) -> bool:
                    a = _plain(first(ns))
                    for ordering, test, comp in steps:
                        b = _plain(comp(ns))
                        if ordering and (a is None or b is None):
                            return False
                        if not test(a, b):
                            return False
                        a = b
                    return True
                return compare
            case ast.List(elts=elts) | ast.Tuple(elts=elts):
                items = [self._compile(e) for e in elts]
                return lambda ns: [_plain(item(ns)) for item in items]
            case ast.IfExp(test=test, body=body, orelse=orelse):
                cond, yes, no = self._compile(test), self._compile(body), self._compile(orelse)
                return lambda ns: yes(ns) if cond(ns) else no(ns)
        raise ExpressionError(f"{text!r}: cannot evaluate {type(node).__name__}")


@lru_cache(maxsize=2048)
def compile_expression(text: str) -> Expression:
    return Expression(text)
