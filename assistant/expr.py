"""A small, safe expression language for the conditions and dates written in `resources/`.

Rules, checklist items, fee lines and deadlines carry expressions such as::

    when = "purpose == 'language_course' and course.hours_per_week < param.min_hours_per_week"
    date = "add_weeks(status.valid_until, -param.weeks_before)"

They are parsed once with Python's `ast` and checked against a whitelist that allows only
literals, names, attribute access, comparisons, boolean logic, arithmetic and a fixed set of
functions. Nothing else (no calls on objects, no dunder access, no imports) can be expressed.
The checked tree is then translated into one small Python function (see `_Translation`).

Unknown values are `None`: an attribute of `None` is `None`, an ordering comparison with `None`
is False, arithmetic with `None` is `None`, and the date functions return `None` when an
argument is `None`. So a rule whose data has not been entered yet simply does not fire.
"""

from __future__ import annotations

import ast
import calendar
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

# The operators an expression may use, as Python writes them.
_COMPARE = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
}
_ORDERING = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_BINARY = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
}


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
        self._fn: Evaluator = self._first

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
        return self._fn(namespace)

    def _first(self, namespace: Mapping[str, Any]) -> Any:
        # Compiled when first evaluated: loading the catalogue checks every expression, and
        # compiling costs several times what checking does, for expressions a session may not read.
        self._fn = _Translation(self.text).function(self._tree)
        return self._fn(namespace)


# The checked tree is translated once into the source of one Python function, which is compiled:
# evaluating it runs Python's own bytecode, with no call per node. This is safe because the source
# is made only from the tree that `_check` let through: names and attributes are identifiers (the
# parser's, and `_check` refused private ones), and names are only ever read as string keys of the
# namespace, attributes only as `.identifier`; constants other than None/True/False/str/int are
# passed in as globals, the others written with `repr`; everything else is our own text. The
# function's globals hold only the helpers below and no builtins, so even a mistake here could not
# reach anything beyond them.
#
# The semantics are those of the tree walker this replaced (tests/test_expr.py keeps one as the
# reference): operands of comparisons, arithmetic, calls and lists are "plain" (an Enum is its
# value), an ordering comparison with None is False, arithmetic with None is None (both operands
# are still evaluated, left first), `in`/`not in` None is False/True, a comparison is True or
# False, `and`/`or`/`if` return their operands as Python's do, and the result is plain.


def _fail(message: str) -> Any:
    raise ExpressionError(message)


def _read(base: Any, attr: str, known: set[type], text: str) -> Any:
    """`base.attr` (base not None) as a resource means it: a mapping's key, a pydantic model's
    field, or any other object's attribute. Adds the class of `base` to `known` when the read is
    a plain `getattr`, which the generated code then does directly for values of that class:
    whether it is depends only on the class (not a Mapping, and `attr` one of its model fields if
    it has any). Classes are code, not a person's data, so `known` may live as long as the
    expression."""
    if isinstance(base, Mapping):
        if attr not in base:
            raise ExpressionError(f"{text!r}: unknown key {attr!r}")
        return base[attr]
    fields = getattr(type(base), "model_fields", None)  # a pydantic model
    if fields is not None and attr not in fields:
        raise ExpressionError(f"{text!r}: {type(base).__name__} has no field {attr!r}")
    known.add(type(base))
    return getattr(base, attr)


class _Translation:
    """The Python source of one checked expression, and the globals it needs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.env: dict[str, Any] = {
            "__builtins__": {}, "isinstance": isinstance, "type": type, "Enum": Enum,
            "_fail": _fail, "_read": _read, "_text": text,
        }
        self.temps = 0
        self.depth = 0

    def function(self, tree: ast.AST) -> Evaluator:
        return self.env[self.define(tree, self.plain)]  # type: ignore[no-any-return]

    def define(self, node: ast.AST, body: Callable[[ast.AST], str]) -> str:
        """Compile `def _fN(ns): return <body(node)>` into the globals; returns its name."""
        name = self.bind(None)
        depth, self.depth = self.depth, 0
        source = f"def {name}(ns):\n    return {body(node)}\n"
        self.depth = depth
        exec(compile(source, f"<expression {self.text!r}>", "exec"), self.env)
        return name

    def temp(self) -> str:
        self.temps += 1
        return f"_{self.temps}"

    def bind(self, value: Any) -> str:
        name = f"_g{len(self.env)}"
        self.env[name] = value
        return name

    def constant(self, value: Any) -> str:
        if value is None or type(value) in (bool, int, str):
            return repr(value)
        return self.bind(value)

    def plain(self, node: ast.AST) -> str:
        """The value of `node`, an Enum replaced by its value."""
        if isinstance(node, ast.Constant | ast.Compare | ast.List | ast.Tuple) or (
            isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)
        ):
            return self.value(node)  # never an Enum
        t = self.temp()
        return f"({t}.value if isinstance(({t} := {self.value(node)}), Enum) else {t})"

    def operand(self, node: ast.AST, identity: bool = False) -> tuple[str, str, bool]:
        """How to read a plain operand once (into a temporary), how to refer to it after that,
        and whether it may be None. A constant is written where it is used; for `is`, the very
        object the parser made (`x is 'a'` as before, and no SyntaxWarning for it)."""
        if isinstance(node, ast.Constant):
            value = node.value
            singleton = value is None or value is True or value is False
            c = self.bind(value) if identity and not singleton else self.constant(value)
            return c, c, value is None
        t = self.temp()
        return f"({t} := {self.plain(node)})", t, True

    def value(self, node: ast.AST) -> str:
        """The Python expression for `node`. Python's tokenizer allows 200 nested parentheses;
        a node about 15 levels down (a few parentheses each) becomes a function of its own."""
        if self.depth > 15 and not isinstance(node, ast.Constant | ast.Name):
            return f"{self.define(node, self.value)}(ns)"
        self.depth += 1
        try:
            return self.node(node)
        finally:
            self.depth -= 1

    def node(self, node: ast.AST) -> str:  # noqa: C901 - one branch per node kind
        match node:
            case ast.Constant(value=value):
                return self.constant(value)
            case ast.Name(id=name) if name in FUNCTIONS:
                return self.bind(FUNCTIONS[name])
            case ast.Name(id=name):
                message = self.bind(f"{self.text!r}: unknown name {name!r}")
                return f"(ns[{name!r}] if {name!r} in ns else _fail({message}))"
            case ast.Attribute(value=base, attr=attr):
                # an attribute of a class `_read` has read before, else `_read`
                t, known = self.temp(), self.bind(set())
                return (f"(None if ({t} := {self.value(base)}) is None else {t}.{attr}"
                        f" if type({t}) in {known} else _read({t}, {attr!r}, {known}, _text))")
            case ast.Call(func=ast.Name(id=fn), args=args):
                arguments = ", ".join(self.plain(a) for a in args)
                return f"{self.bind(FUNCTIONS[fn])}({arguments})"
            case ast.BoolOp(op=op, values=values):
                word = " and " if isinstance(op, ast.And) else " or "
                return "(" + word.join(self.value(v) for v in values) + ")"
            case ast.UnaryOp(op=ast.Not(), operand=operand):
                return f"(not {self.value(operand)})"
            case ast.UnaryOp(op=op, operand=operand):
                sign = "-" if isinstance(op, ast.USub) else "+"
                t = self.temp()
                return f"(None if ({t} := {self.value(operand)}) is None else {sign}{t})"
            case ast.BinOp(op=op, left=left, right=right):
                (a_read, a, a_none), (b_read, b, b_none) = self.operand(left), self.operand(right)
                result = f"({a} {_BINARY[type(op)]} {b})"
                unknown = [f"({r} is None)" for r, maybe in ((a_read, a_none), (b_read, b_none))
                           if maybe]
                # `|`, not `or`: the right operand is read even when the left one is None
                return f"(None if {' | '.join(unknown)} else {result})" if unknown else result
            case ast.Compare(left=left, ops=ops, comparators=comps):
                return self.compare(left, ops, comps)
            case ast.List(elts=elts) | ast.Tuple(elts=elts):
                return "[" + "".join(self.plain(e) + ", " for e in elts) + "]"
            case ast.IfExp(test=test, body=body, orelse=orelse):
                return f"({self.value(body)} if {self.value(test)} else {self.value(orelse)})"
        raise ExpressionError(f"{self.text!r}: cannot evaluate {type(node).__name__}")

    def compare(self, left: ast.AST, ops: list[ast.cmpop], comps: list[ast.AST]) -> str:
        """`a < b <= c` as `<step> and <step>`: each operand read once, in order, and only as far
        as the chain gets, as the tree walker did; True or False."""
        steps: list[str] = []
        boolean = True  # every step gives True or False, so the chain does
        identity = any(type(op) in (ast.Is, ast.IsNot) for op in ops)
        a_read, a, a_none = self.operand(left, identity)
        for i, (op, comp) in enumerate(zip(ops, comps, strict=True)):
            kind = type(op)
            if kind in (ast.In, ast.NotIn) and isinstance(comp, ast.List | ast.Tuple) and \
                    i == len(ops) - 1:
                # a list written out is never None: Python's `in` over a tuple of its items
                items = "".join(self.plain(e) + ", " for e in comp.elts)
                steps.append(f"({a_read} {_COMPARE[kind]} ({items}))")
                break
            b_read, b, b_none = self.operand(comp, identity)
            if kind in (ast.In, ast.NotIn):
                if a_read != a:  # read the left operand first: `x is x` does only that
                    steps.append(f"({a_read} is {a})")
                test = "is not None and" if kind is ast.In else "is None or"
                steps.append(f"({b_read} {test} {a} {_COMPARE[kind]} {b})")
            elif kind in _ORDERING:
                known = [f"({r} is not None)" for r, maybe in ((a_read, a_none), (b_read, b_none))
                         if maybe]
                test = f"{a} {_COMPARE[kind]} {b}"
                # `&`, not `and`: the right operand is read even when the left one is None
                steps.append(f"({' & '.join(known)} and {test})" if known else f"({test})")
                boolean = False
            else:
                steps.append(f"({a_read} {_COMPARE[kind]} {b_read})")
                boolean = boolean and kind in (ast.Is, ast.IsNot)
            a_read, a, a_none = b, b, b_none  # read already
        chain = " and ".join(steps)
        return f"({chain})" if boolean else f"(True if {chain} else False)"


@lru_cache(maxsize=2048)
def compile_expression(text: str) -> Expression:
    return Expression(text)
