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

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from .interview import Evaluation, FieldSpec, Interview, is_empty
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
    """One input the wizard shows: a field of a page that applies, or an item of a list row."""

    path: str
    page: str
    spec: FieldSpec
    is_list: bool = False
    row: tuple[str, int, str] | None = None  # an item of a list row: (list, row, item path)


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


def slots(interview: Interview, evaluation: Evaluation,
          answers: Mapping[str, Any]) -> list[Slot]:
    """The inputs shown for these answers, page by page (a field asked on two pages twice)."""
    out: list[Slot] = []
    for page in evaluation.pages:
        for spec in page.fields:
            if spec.path not in evaluation.applicable:
                continue
            out.append(Slot(spec.path, page.id, spec, is_list=spec.kind == "list"))
            if spec.kind == "list":
                for i, _row in enumerate(answers.get(spec.path) or []):
                    out.extend(_row_slots(page.id, spec, i))
    return out


_ROWS: dict[tuple[str, str, int], tuple[FieldSpec, tuple[Slot, ...]]] = {}


def _row_slots(page: str, spec: FieldSpec, index: int) -> tuple[Slot, ...]:
    """The inputs of row `index` of a list (made once: a family of 30 children has some 500,
    checked after every keystroke; they hold the interview's paths only, nothing typed)."""
    key = (page, spec.path, index)
    known = _ROWS.get(key)
    if known is None or known[0] is not spec:
        known = (spec, tuple(Slot(f"{spec.path}.{index}.{item.path}", page, item,
                                  row=(spec.path, index, item.path)) for item in spec.items))
        _ROWS[key] = known
    return known[1]


def _targets(path: str, shown: list[Slot]) -> list[Slot]:
    """The inputs a finding about `path` is shown at: those of the path itself, else the first
    one below it (or the list that holds it)."""
    exact = [s for s in shown if s.path == path]
    if exact:
        return exact
    near = [s for s in shown if s.path.startswith(path + ".")
            or (s.is_list and path.startswith(s.path + "."))]
    return near[:1]


def _unanswered(spec: FieldSpec, value: Any) -> bool:
    if spec.kind == "check":
        return False  # a box not ticked is an answer
    if spec.kind == "list":
        return False  # no rows is an answer (no children); the rows' items are asked one by one
    return is_empty(value)


def _form_reads(path: str, form_paths: frozenset[str]) -> bool:
    parts = path.split(".")
    if len(parts) > 2 and parts[1].isdigit():  # a list row: children.0.first_names
        path = ".".join([parts[0], *parts[2:]])
    return any(_related(path, p) for p in form_paths)


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
    shown = slots(interview, evaluation, answers)
    terminal_ids = interview.terminal_findings

    at_field: dict[str, list[Problem]] = {}
    at_page: dict[str, list[Problem]] = {}
    review: list[Problem] = []

    def place(problem: Problem, where: list[Slot], first: bool = False) -> None:
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
    unreadable = {s.path for s in shown
                  if input_errors.get(s.path) or s.path in evaluation.errors}
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

    seen: set[str] = set()
    for slot in shown:
        if slot.path in seen:
            continue
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
        seen.add(slot.path)
        same = [s for s in shown if s.path == slot.path]
        place(Problem(severity="blocker", text=message, key=f"input:{slot.path}",
                      page=slot.page), same, first=True)

    problems = sorted(review, key=lambda p: SEVERITIES.index(p.severity)
                      if p.severity in SEVERITIES else len(SEVERITIES))

    troubled = {path for path, listed in at_field.items() if any(p.blocks for p in listed)}
    missing: list[Missing] = []
    required: dict[str, list[Missing]] = {}
    listed_paths: set[str] = set()
    for slot in shown:
        if slot.spec.kind in ("check", "list") or slot.path in troubled or \
                not _unanswered(slot.spec, _slot_answer(answers, slot)):
            continue  # (a box and a list are always answered: no need to read them)
        entry = Missing(slot.path, slot.spec.label, slot.page)
        if slot.spec.required:
            required.setdefault(slot.page, []).append(entry)
        if evaluation.terminal or slot.path in listed_paths or slot.spec.optional \
                or not _form_reads(slot.path, form_paths):
            continue  # a terminal outcome prints no form
        listed_paths.add(slot.path)
        missing.append(entry)

    essentials: list[Missing] = []
    for path in interview.packet_requires:
        if not is_empty(_get(evaluation.case, path)):
            continue
        asked = [s for s in shown if _related(s.path, path)]
        if evaluation.terminal and not asked:
            continue  # not needed for a packet that says no permit is needed
        spec = asked[0].spec if asked else next(
            (f for f in interview.all_fields() if _related(f.path, path)), None)
        essentials.append(Missing(path, spec.label if spec else path,
                                  asked[0].page if asked else ""))

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


def _slot_answer(answers: Mapping[str, Any], slot: Slot) -> Any:
    """The answer shown in a slot (a list row's item read directly, without parsing its path:
    a family of 30 children has some 500 of them, checked after every keystroke)."""
    if slot.row is None:
        return _answer(answers, slot.path)
    name, index, item = slot.row
    rows = answers.get(name) or []
    if index < len(rows) and isinstance(rows[index], Mapping):
        return rows[index].get(item)
    return None


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
