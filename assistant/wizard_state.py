"""The wizard's decisions for one evaluation, free of Qt.

`wizard_state(interview, evaluation, input_errors)` says, for the answers as they are now: which
problem belongs to which field and page, how many problems stop the packet to hand in (blockers;
a terminal finding such as "EU citizen: no permit needed" is an outcome, not a blocker), which
pages apply (every one of them can be opened at any time), which questions the form needs are
still unanswered, which of the essentials (names, birth date, nationality, passport, place in
Saxony) are missing, and whether the packet is ready to hand in. The window computes it once per
evaluation and its pages only show it.

A field is identified by its case path; a row of a list field by `<list>.<row>.<item>`
(`children.0.first_names`), the paths of the answers and of the case model's errors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from .caches import on_forget, personal
from .interview import Evaluation, FieldSpec, Interview, PageSpec, is_empty
from .model import BOUND_MESSAGES

SEVERITIES: tuple[str, ...] = ("blocker", "warning", "info")


@dataclass(frozen=True)
class Problem:
    """Something to show at a field and in the review: a finding of the engine, or an answer
    that cannot be read or is rejected by the case model."""

    severity: str  # blocker, warning, info
    text: str
    key: str  # the finding's id, or "input:<path>"
    why: str = ""
    source: str = ""
    quote: str = ""
    page: str = ""  # the page the review links to ("" if no page shows it)
    terminal: bool = False  # an outcome that ends the interview, not a problem to solve
    finding: Any = field(default=None, compare=False, repr=False)  # the engine's Finding

    @property
    def blocks(self) -> bool:
        """Stops the packet to hand in."""
        return self.severity == "blocker" and not self.terminal


@dataclass(frozen=True)
class Missing:
    """A question without an answer: its path, its label (the interview's source text) and the
    page that asks it ("" if no page that applies asks it)."""

    path: str
    label: str
    page: str


@dataclass(frozen=True)
class Slot:
    """One input the wizard shows: a field of a page that applies, or an item of a list row.
    Made once per page field and row item (`_page_slots`, `_row_slots`: a family of 30 children
    has some 500, checked after every keystroke), it holds the interview's paths only, nothing
    typed, and what does not depend on the answers."""

    path: str
    page: str
    spec: FieldSpec
    is_list: bool = False
    # an empty answer is missing (a box not ticked and a list without rows are answers)
    asks: bool = field(init=False, compare=False, repr=False)
    # the path the form reads it at: a row's item by its column (`children.first_names`)
    column: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "asks", self.spec.kind not in ("check", "list"))
        object.__setattr__(self, "column", _column(self.path))


@dataclass(frozen=True)
class WizardState:
    pages: tuple[str, ...]  # the pages that apply, in order; each can be opened at any time
    field_problems: Mapping[str, tuple[Problem, ...]]  # slot path -> problems shown there
    page_problems: Mapping[str, tuple[Problem, ...]]  # page id -> problems of its fields
    problems: tuple[Problem, ...]  # every problem once, for the review
    missing: tuple[Missing, ...]  # questions the form needs that have no answer
    essentials_missing: tuple[Missing, ...]  # of interview.packet_requires
    required_missing: Mapping[str, tuple[Missing, ...]]  # page -> answers Next waits for
    terminal: bool  # a finding ended the interview (no permit needed)

    @property
    def blockers(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.blocks)

    @property
    def blocker_count(self) -> int:
        return len(self.blockers)

    @property
    def ready(self) -> bool:
        """The packet can be handed in: nothing blocks and nothing essential is missing."""
        return not self.blockers and not self.essentials_missing and not self.terminal

    @property
    def open_count(self) -> int:
        """What stands between the case and a packet to hand in: blockers and essentials."""
        return self.blocker_count + len(self.essentials_missing)

    def problems_at(self, path: str) -> tuple[Problem, ...]:
        return self.field_problems.get(path, ())

    def page_blockers(self, page_id: str) -> tuple[Problem, ...]:
        return tuple(p for p in self.page_problems.get(page_id, ()) if p.blocks)

    def by_severity(self, severity: str) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == severity)

    def reachable(self) -> tuple[str, ...]:
        """The pages the list of steps opens: all that apply, whatever their problems."""
        return self.pages


@cache
def our_form_paths() -> frozenset[str]:
    """The case paths our application form reads (list columns as `children.first_names`)."""
    from .forms.engine import load_form
    from .paths import OUR_FORM

    return frozenset(load_form(OUR_FORM).profile.case_paths())


def _related(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part, None)
    return obj


def _column(path: str) -> str:
    """A slot path as the form reads it: a list row's item by its column."""
    parts = path.split(".")
    if len(parts) > 2 and parts[1].isdigit():  # a list row: children.0.first_names
        return ".".join([parts[0], *parts[2:]])
    return path


@personal(4096)  # paths only, but which answers were missing is the person's
def _form_reads(column: str, form_paths: frozenset[str]) -> bool:
    return any(_related(column, p) for p in form_paths)


# The slots made (`_page_slots`, `_row_slots`) hold paths only, but which pages applied and how
# many rows a list had are the person's: emptied at the end of a session.
_PAGES: dict[str, tuple[PageSpec, tuple[Slot, ...]]] = {}
on_forget(_PAGES.clear)


def _page_slots(page: PageSpec) -> tuple[Slot, ...]:
    """The inputs of a page's fields, whether they apply or not (made once a page)."""
    known = _PAGES.get(page.id)
    if known is None or known[0] is not page:
        known = (page, tuple(Slot(spec.path, page.id, spec, is_list=spec.kind == "list")
                             for spec in page.fields))
        _PAGES[page.id] = known
    return known[1]


class _Row(NamedTuple):
    by_path: dict[str, tuple[Slot]]  # each slot by its path
    asked: tuple[Slot, ...]  # the slots whose answer can be missing (not a box)
    keys: tuple[str, ...]  # their item paths, the keys of a row's answers
    nothing: tuple[None, ...]  # their answers in a row that is not a mapping


_ROWS: dict[tuple[str, str], tuple[FieldSpec, list[_Row]]] = {}
on_forget(_ROWS.clear)


def _row_slots(page: str, spec: FieldSpec, count: int) -> list[_Row]:
    """The inputs of the first `count` rows of a list (or more: each row is made once)."""
    known = _ROWS.get((page, spec.path))
    if known is None or known[0] is not spec:
        known = _ROWS[page, spec.path] = (spec, [])
    rows = known[1]
    while len(rows) < count:
        index = len(rows)
        made = [Slot(f"{spec.path}.{index}.{item.path}", page, item) for item in spec.items]
        asked = tuple(slot for slot in made if slot.asks)
        rows.append(_Row({slot.path: (slot,) for slot in made}, asked,
                         tuple(slot.spec.path for slot in asked), (None,) * len(asked)))
    return rows


class _Shown(NamedTuple):
    """The inputs shown for these answers, page by page (a field asked on two pages twice)."""

    by_path: dict[str, tuple[Slot, ...]]  # path -> its slots; the paths in the order shown
    fields: list[Slot]  # the slots of page fields (a list's rows come after their list)
    asked: list[Slot]  # the slots whose answer can be missing, in the order shown
    answers: list[Any]  # the answer in each of them


def _shown(evaluation: Evaluation, answers: Mapping[str, Any]) -> _Shown:
    by_path: dict[str, tuple[Slot, ...]] = {}
    fields: list[Slot] = []
    asked: list[Slot] = []
    values: list[Any] = []
    for page in evaluation.pages:
        for slot in _page_slots(page):
            if slot.path not in evaluation.applicable:
                continue
            twice = slot.path in by_path  # asked on an earlier page too
            by_path[slot.path] = by_path.get(slot.path, ()) + (slot,)
            fields.append(slot)
            if slot.asks:
                asked.append(slot)
                values.append(_answer(answers, slot.path))
            if not slot.is_list:
                continue
            rows = answers.get(slot.path) or []
            made_rows = _row_slots(page.id, slot.spec, len(rows))
            for row, made in zip(rows, made_rows, strict=False):  # (rows made before: more)
                asked.extend(made.asked)
                # a row is a dict (the cheap check), else read as any mapping is
                values.extend(map(row.get, made.keys)
                              if type(row) is dict or isinstance(row, Mapping) else made.nothing)
                if twice:
                    for path, (item,) in made.by_path.items():
                        by_path[path] = by_path[path] + (item,)
                else:  # a row's paths are its own (its index is part of them)
                    by_path.update(made.by_path)
    return _Shown(by_path, fields, asked, values)


def _targets(path: str, shown: _Shown) -> tuple[Slot, ...]:
    """The inputs a finding about `path` is shown at: those of the path itself, else the first
    one below it (or the list that holds it)."""
    exact = shown.by_path.get(path)
    if exact:
        return exact
    # a page field, never a row's item: the row's list comes before it and is near too
    return next(((s,) for s in shown.fields if s.path.startswith(path + ".")
                 or (s.is_list and path.startswith(s.path + "."))), ())


def wizard_state(interview: Interview, evaluation: Evaluation,
                 input_errors: Mapping[str, str] | None = None,
                 answers: Mapping[str, Any] | None = None, *, lang: str = "en",
                 translate: Callable[[str], str] = str,
                 form_paths: frozenset[str] | None = None) -> WizardState:
    """The wizard's state for `evaluation` of `answers`.

    input_errors: slot path -> why the UI could not read what was typed (an unreadable date),
    already in the UI language. translate: turns an interview text (a field's `invalid` message,
    the case model's bounds messages) into the UI language. form_paths: the case paths the form
    reads (default: our form's).
    """
    answers = answers or {}
    input_errors = input_errors or {}
    if form_paths is None:
        form_paths = our_form_paths()
    shown = _shown(evaluation, answers)
    terminal_ids = interview.terminal_findings

    at_field: dict[str, list[Problem]] = {}
    at_page: dict[str, list[Problem]] = {}
    review: list[Problem] = []

    def place(problem: Problem, where: Iterable[Slot], first: bool = False) -> None:
        for slot in where:
            listed = at_field.setdefault(slot.path, [])
            listed.insert(0, problem) if first else listed.append(problem)
            on_page = at_page.setdefault(slot.page, [])
            if problem not in on_page:
                on_page.append(problem)
        review.append(problem)

    # An answer that cannot be read (an unreadable date) is empty for the engine: what the engine
    # says about it ("Please enter your date of birth") would contradict "cannot be read", so
    # such a field shows only why it cannot be read.
    flagged = {path for path, message in input_errors.items() if message} | evaluation.errors.keys()
    unreadable = {path for path in flagged if path in shown.by_path}
    for finding in evaluation.assessment.findings:
        where: list[Slot] = []
        targets = [s for path in finding.fields for s in _targets(path, shown)]
        if targets and all(s.path in unreadable for s in targets):
            continue
        for slot in targets:
            # once a page: a finding about several answers (the working-day account reads
            # five) stands at the first of them, not beside each
            if slot.path not in unreadable and all(w.page != slot.page for w in where):
                where.append(slot)
        place(Problem(severity=finding.severity.value, text=finding.text(lang),
                      key=finding.id, why=finding.why_text(lang), source=finding.source,
                      quote=finding.quote, page=where[0].page if where else "",
                      terminal=finding.id in terminal_ids, finding=finding), where)

    for path, where in shown.by_path.items() if unreadable else ():  # in the order shown
        if path not in unreadable:
            continue
        slot = where[0]
        message = input_errors.get(slot.path, "")
        if not message and slot.path in evaluation.errors:
            message = evaluation.errors[slot.path]
            # the field's own message, unless the value is out of the model's bounds (a date in
            # the year 9999, a name too long), which the model says for itself
            if slot.spec.invalid and message not in BOUND_MESSAGES:
                message = slot.spec.invalid
            message = translate(message)
        if not message:
            continue
        place(Problem(severity="blocker", text=message, key=f"input:{slot.path}",
                      page=slot.page), where, first=True)

    problems = sorted(review, key=lambda p: SEVERITIES.index(p.severity)
                      if p.severity in SEVERITIES else len(SEVERITIES))

    troubled = {path for path, listed in at_field.items() if any(p.blocks for p in listed)}
    missing: list[Missing] = []
    required: dict[str, list[Missing]] = {}
    listed_paths: set[str] = set()
    for slot, value in zip(shown.asked, shown.answers, strict=True):
        if value or slot.path in troubled or not is_empty(value):
            continue  # (a true answer is never empty: most are told without the call)
        # a terminal outcome prints no form
        listed = not (evaluation.terminal or slot.path in listed_paths or slot.spec.optional) \
            and _form_reads(slot.column, form_paths)
        if not (listed or slot.spec.required):
            continue  # (most empty answers: a birth name, as it is the name)
        entry = Missing(slot.path, slot.spec.label, slot.page)
        if slot.spec.required:
            required.setdefault(slot.page, []).append(entry)
        if listed:
            listed_paths.add(slot.path)
            missing.append(entry)

    essentials: list[Missing] = []
    for path in interview.packet_requires:
        if not is_empty(_get(evaluation.case, path)):
            continue
        # a page field, never a row's item: the row's list comes before it and is related too
        asked = next((s for s in shown.fields if _related(s.path, path)), None)
        if evaluation.terminal and asked is None:
            continue  # not needed for a packet that says no permit is needed
        spec = asked.spec if asked is not None else next(
            (f for f in interview.all_fields() if _related(f.path, path)), None)
        essentials.append(Missing(path, spec.label if spec else path,
                                  asked.page if asked is not None else ""))

    return WizardState(
        pages=tuple(p.id for p in evaluation.pages),
        field_problems={k: tuple(v) for k, v in at_field.items()},
        page_problems={k: tuple(v) for k, v in at_page.items()},
        problems=tuple(problems),
        missing=tuple(missing),
        essentials_missing=tuple(essentials),
        required_missing={k: tuple(v) for k, v in required.items()},
        terminal=evaluation.terminal,
    )


def _answer(answers: Mapping[str, Any], path: str) -> Any:
    """The answer at a slot path; list rows as `<list>.<row>.<item>`."""
    if path in answers:
        return answers[path]
    parts = path.split(".")
    for i, part in enumerate(parts):
        if part.isdigit() and i > 0:
            rows = answers.get(".".join(parts[:i])) or []
            index = int(part)
            if index < len(rows) and isinstance(rows[index], Mapping):
                return rows[index].get(".".join(parts[i + 1:]))
            return None
    return None


def state_for_case(case: Any, today: date, lang: str = "en") -> WizardState:
    """The wizard's state for a case that did not come through the window (a case file given to
    the command line): the same questions, problems and essentials as the window would show."""
    from .interview import answers_from_case, interview

    program = interview()
    answers = answers_from_case(case, program.all_fields())
    evaluation = program.evaluate(answers, today, case.model_dump(mode="python"), lang)
    return wizard_state(program, evaluation, answers=answers, lang=lang)
