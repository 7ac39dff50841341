"""The wizard's interview as data (resources/interview.toml), free of Qt.

Which pages and fields apply to a case is derived from the case, docassemble-style: every page and
field may carry a `when` expression of the assistant's expression language, evaluated over the same
facts the rules use (`assistant.facts.build_facts`). The UI renders what this module says applies.

Answers are kept as a flat mapping from a field's case path (`person.family_name`) to its value;
list fields (`children`) hold a list of row mappings. `build_case` turns the answers of the fields
that apply into a `Case`, dropping (and reporting) any value the case model rejects, so that the
person's input is never lost and the rules always see a valid case.
"""

from __future__ import annotations

import copy
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .caches import on_forget
from .datafiles import read_toml
from .errors import ResourceError
from .expr import ExpressionError, compile_expression
from .paths import RESOURCES

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .model import Case

INTERVIEW_FILE = RESOURCES / "interview.toml"

FieldKind = Literal[
    "text", "multiline", "name", "date", "country", "countries", "int", "float", "enum", "yesno",
    "check", "email", "phone", "list", "pick",
]
PageKind = Literal["form", "welcome", "address", "review", "packet"]
FIELD_KINDS: frozenset[str] = frozenset(typing.get_args(FieldKind))
PAGE_KINDS: frozenset[str] = frozenset(typing.get_args(PageKind))

Answers = dict[str, Any]


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class FieldSpec:
    path: str
    kind: str
    label: str
    help: str = ""
    when: str = ""
    unit: str = ""
    invalid: str = ""  # what to say when the case model rejects the value
    second_label: str = ""  # countries: the label of the second choice
    choices: tuple[Choice, ...] = ()
    # pick: the name of its list of common answers (resources/answer_lists.toml), offered in the
    # person's language with "Other (type it)"; the case holds a code or the typed text
    answer_list: str = ""
    items: tuple[FieldSpec, ...] = ()  # list: the fields of one row
    item_label: str = ""
    add_label: str = ""
    remove_label: str = ""
    required: bool = False  # the wizard asks for an answer before going on
    optional: bool = False  # the form does not need an answer (a birth name only if it differs)


@dataclass(frozen=True)
class PageSpec:
    id: str
    title: str
    kind: str = "form"
    intro: str = ""
    when: str = ""
    fields: tuple[FieldSpec, ...] = ()
    keep_when_terminal: bool = False  # still asked after a terminal finding (names for the packet)

    def field_paths(self) -> list[str]:
        return [f.path for f in self.fields]


@dataclass(frozen=True)
class Evaluation:
    """Everything the wizard shows for the current answers."""

    case: Case
    errors: dict[str, str]  # field path -> the case model's reason for rejecting the value
    pages: list[PageSpec]  # the pages that apply, in order
    applicable: frozenset[str]  # field paths that apply (list fields by their list path)
    assessment: Any  # assistant.assessment.Assessment
    terminal: bool = False  # a finding ended the interview


@dataclass
class Interview:
    pages: list[PageSpec]
    terminal_findings: frozenset[str] = field(default_factory=frozenset)
    # case paths without which no packet is called complete (names, birth date, nationality,
    # passport, address in Saxony)
    packet_requires: tuple[str, ...] = ()
    # kind of application -> the case paths of the form it leaves blank (not asked, not missing)
    form_blank: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # every field once (`all_fields`), worked out on first use: the live check needs it after
    # every keystroke, and the pages do not change once loaded
    _fields: tuple[FieldSpec, ...] | None = field(default=None, init=False, repr=False,
                                                  compare=False)

    # --- looking things up -------------------------------------------------------------------

    def page(self, page_id: str) -> PageSpec:
        for page in self.pages:
            if page.id == page_id:
                return page
        raise KeyError(page_id)

    def all_fields(self) -> list[FieldSpec]:
        """Every field of the interview, the first of each path, in the order of the pages."""
        return list(self._all_fields())

    def _all_fields(self) -> tuple[FieldSpec, ...]:
        if self._fields is None:
            seen: dict[str, FieldSpec] = {}
            for page in self.pages:
                for f in page.fields:
                    seen.setdefault(f.path, f)
            self._fields = tuple(seen.values())
        return self._fields

    def page_of(self, path: str) -> PageSpec | None:
        """The first page with a field at `path`, above it or below it."""
        for page in self.pages:
            for f in page.fields:
                if _related(f.path, path):
                    return page
        return None

    def blank_on_form(self, kind: str, path: str) -> bool:
        """True when an application of `kind` leaves the form's `path` blank (`[form_blank]`)."""
        return any(path == p or path.startswith(p + ".") for p in self.form_blank.get(kind, ()))

    def strings(self) -> list[str]:
        """Every text of the interview, for the translation catalogues."""
        out: list[str] = []

        def add(text: str) -> None:
            if text and text not in out:
                out.append(text)

        def add_field(f: FieldSpec) -> None:
            for text in (f.label, f.help, f.unit, f.invalid, f.second_label, f.item_label,
                         f.add_label, f.remove_label):
                add(text)
            for choice in f.choices:
                add(choice.label)
            for item in f.items:
                add_field(item)

        for page in self.pages:
            add(page.title)
            add(page.intro)
            for f in page.fields:
                add_field(f)
        # the case model's messages for values out of bounds, shown at the field
        from .model import BOUND_MESSAGES

        for text in BOUND_MESSAGES:
            add(text)
        return out

    # --- what applies --------------------------------------------------------------------------

    def applies(self, when: str, facts: dict[str, Any]) -> bool:
        if not when:
            return True
        try:
            return bool(compile_expression(when).evaluate(facts))
        except (ExpressionError, TypeError, ValueError, ArithmeticError) as exc:
            raise ResourceError(f"{INTERVIEW_FILE}: the condition {when!r} failed: {exc}") from None

    def applicable(self, facts: dict[str, Any]) -> tuple[list[PageSpec], list[FieldSpec]]:
        # Each condition is evaluated once (the interview's 50 conditions are 29 different ones,
        # and most fields have none), in the order the pages and fields ask for them.
        held: dict[str, bool] = {"": True}
        pages = []
        for page in self.pages:
            applies = held.get(page.when)
            if applies is None:
                applies = held[page.when] = self.applies(page.when, facts)
            if applies:
                pages.append(page)
        fields: dict[str, FieldSpec] = {}
        for page in pages:
            for f in page.fields:
                applies = held.get(f.when)
                if applies is None:
                    applies = held[f.when] = self.applies(f.when, facts)
                if applies:
                    fields.setdefault(f.path, f)
        return pages, list(fields.values())

    def pages_for(self, case: Case, today: date, finding_ids: list[str] | tuple[str, ...] = (),
                  cat: Any = None) -> list[PageSpec]:
        """The pages that apply to `case`. A terminal finding (for example: an EU citizen needs no
        permit) keeps the pages up to the one that raised it and then only review and packet."""
        pages, _ = self.applicable(facts_for(case, today, cat))
        return self._cut_at_terminal(pages, finding_ids, None)[0]

    def _cut_at_terminal(self, pages: list[PageSpec], finding_ids: list[str] | tuple[str, ...],
                         assessment: Any) -> tuple[list[PageSpec], bool]:
        terminal = [fid for fid in finding_ids if fid in self.terminal_findings]
        if not terminal:
            return pages, False
        last = 0
        if assessment is not None:
            for finding in assessment.findings:
                if finding.id not in terminal:
                    continue
                for path in finding.fields:
                    page = self.page_of(path)
                    if page is not None and page in pages:
                        last = max(last, pages.index(page))
        kept = [p for i, p in enumerate(pages)
                if i <= last or p.keep_when_terminal or p.kind in ("review", "packet")]
        return kept, True

    def evaluate(self, answers: Answers, today: date, base: dict[str, Any] | None = None,
                 language: str = "en", cat: Any = None) -> Evaluation:
        """Build the case from the answers that apply, assess it, and say which pages apply."""
        from .catalogue import catalogue
        from .engine import assess

        cat = cat or catalogue()
        everything = self._all_fields()
        case, errors = build_case(answers, everything, everything, base, language)
        facts = facts_for(case, today, cat)
        pages, fields = self.applicable(facts)
        applicable = frozenset(f.path for f in fields)
        if any(not is_empty(answers[p]) and not _is_default(p, answers[p])
               for p in answers.keys() - applicable):
            # Some answers belong to questions that no longer apply (the purpose changed, say):
            # the case is built again without them, and what applies is decided on that case.
            case, errors = build_case(answers, fields, everything, base, language)
            facts = facts_for(case, today, cat)
            pages, fields = self.applicable(facts)
            applicable = frozenset(f.path for f in fields)
        assessment = assess(case, today, cat, facts)  # the facts of this very case, once
        pages, terminal = self._cut_at_terminal(pages, assessment.finding_ids(), assessment)
        return Evaluation(
            case=case,
            errors={p: m for p, m in errors.items() if _under_any(p, applicable)},
            pages=pages,
            applicable=applicable,
            assessment=assessment,
            terminal=terminal,
        )


@cache
def _default_case() -> Case:
    from .model import Case

    return Case()


def _is_default(path: str, value: Any) -> bool:
    """True if an answer is what the case holds without it (a box not ticked, the first choice):
    leaving it out would build the same case, so it need not be built again. A family's case is
    built twice per keystroke otherwise, for the unticked boxes of questions that do not apply."""
    if isinstance(value, list | dict):
        return False
    found, default = _default_at(path)
    if not found:
        return False
    return type(default) is type(value) and default == value or \
        isinstance(default, StrEnum) and isinstance(value, str) and default.value == value


@lru_cache(maxsize=1024)  # keyed by the interview's paths (no person's data), a few hundred
def _default_at(path: str) -> tuple[bool, Any]:
    """Whether the case model has `path`, and its value there in a case of no answers."""
    try:
        return True, _get(_default_case(), path)
    except AttributeError:
        return False, None


def facts_for(case: Case, today: date, cat: Any = None) -> dict[str, Any]:
    from .catalogue import catalogue
    from .facts import build_facts

    cat = cat or catalogue()
    return build_facts(case, today, cat.params_at(today), cat)


def _related(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _under_any(path: str, roots: frozenset[str]) -> bool:
    return any(path == r or path.startswith(r + ".") for r in roots)


# --- loading -------------------------------------------------------------------------------


def _model_field_type(model: type[BaseModel], name: str) -> Any:
    info = model.model_fields.get(name)
    if info is None:
        return None
    return info.annotation


def _unwrap(annotation: Any) -> Any:
    """`X | None` -> X, `list[X]` -> X."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap(args[0]) if len(args) == 1 else annotation
    if origin is list:
        return _unwrap(typing.get_args(annotation)[0])
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    return annotation


def _check_path(model: type[BaseModel], path: str) -> type[BaseModel] | None:
    """The model class at the end of `path` if it is one; raises ValueError for unknown paths."""
    from pydantic import BaseModel

    current: Any = model
    for part in path.split("."):
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            raise ValueError(f"'{path}': '{part}' is below a plain value")
        annotation = _model_field_type(current, part)
        if annotation is None:
            raise ValueError(f"'{path}': the case model has no field '{part}'")
        current = _unwrap(annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _field(raw: dict[str, Any], choices: dict[str, tuple[Choice, ...]], where: str,
           model: type[BaseModel], prefix: str = "") -> FieldSpec:
    known = {"path", "kind", "label", "help", "when", "unit", "invalid", "second_label", "choices",
             "item", "item_label", "add_label", "remove_label", "required", "optional"}
    unknown = set(raw) - known
    if unknown:
        raise ResourceError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("path", "kind", "label"):
        if not raw.get(key):
            raise ResourceError(f"{where}: '{key}' is missing")
    kind = raw["kind"]
    if kind not in FIELD_KINDS:
        raise ResourceError(f"{where}: unknown kind '{kind}' (known: {sorted(FIELD_KINDS)})")
    try:
        item_model = _check_path(model, raw["path"])
    except ValueError as exc:
        raise ResourceError(f"{where}: {exc}") from None
    if raw.get("when"):
        try:
            compile_expression(raw["when"])
        except ExpressionError as exc:
            raise ResourceError(f"{where}: {exc}") from None
    field_choices: tuple[Choice, ...] = ()
    if kind == "enum":
        name = raw.get("choices", "")
        if name not in choices:
            raise ResourceError(f"{where}: the choices '{name}' are not defined in [choices]")
        field_choices = choices[name]
    answer_list = ""
    if kind == "pick":
        from .answer_lists import answer_lists

        answer_list = raw.get("choices", "")
        listed = answer_lists().get(answer_list)
        if listed is None:
            raise ResourceError(f"{where}: the list '{answer_list}' is not in "
                                "resources/answer_lists.toml")
        if prefix + raw["path"] not in listed.paths:
            raise ResourceError(f"{where}: resources/answer_lists.toml does not name "
                                f"'{prefix + raw['path']}' among the paths of [{answer_list}]")
    items: tuple[FieldSpec, ...] = ()
    if kind == "list":
        if item_model is None or not raw.get("item"):
            raise ResourceError(f"{where}: a list field needs [[page.field.item]] entries")
        items = tuple(
            _field(item, choices, f"{where}, item {i + 1}", item_model, raw["path"] + ".")
            for i, item in enumerate(raw["item"])
        )
    return FieldSpec(
        path=raw["path"], kind=kind, label=raw["label"], help=raw.get("help", ""),
        when=raw.get("when", ""), unit=raw.get("unit", ""), invalid=raw.get("invalid", ""),
        second_label=raw.get("second_label", ""), choices=field_choices,
        answer_list=answer_list, items=items,
        item_label=raw.get("item_label", ""), add_label=raw.get("add_label", ""),
        remove_label=raw.get("remove_label", ""), required=bool(raw.get("required", False)),
        optional=bool(raw.get("optional", False)),
    )


def load_interview(path: Path = INTERVIEW_FILE) -> Interview:
    from .model import Case  # the case model (pydantic) loads after the first page is shown

    doc = read_toml(path)
    choices = {
        name: tuple(Choice(value=c["value"], label=c["label"]) for c in entries)
        for name, entries in doc.get("choices", {}).items()
    }
    pages: list[PageSpec] = []
    for i, raw in enumerate(doc.get("page", [])):
        where = f"{path}, page {raw.get('id', i + 1)}"
        kind = raw.get("kind", "form")
        if kind not in PAGE_KINDS:
            raise ResourceError(f"{where}: unknown page kind '{kind}'")
        if raw.get("when"):
            try:
                compile_expression(raw["when"])
            except ExpressionError as exc:
                raise ResourceError(f"{where}: {exc}") from None
        fields = tuple(
            _field(f, choices, f"{where}, field {f.get('path', j + 1)}", Case)
            for j, f in enumerate(raw.get("field", []))
        )
        if not raw.get("id") or not raw.get("title"):
            raise ResourceError(f"{where}: a page needs an 'id' and a 'title'")
        pages.append(PageSpec(id=raw["id"], title=raw["title"], kind=kind,
                              intro=raw.get("intro", ""), when=raw.get("when", ""), fields=fields,
                              keep_when_terminal=bool(raw.get("keep_when_terminal", False))))
    ids = [p.id for p in pages]
    if len(set(ids)) != len(ids):
        raise ResourceError(f"{path}: page ids appear twice")
    requires = tuple(doc.get("packet_requires", []))
    for required_path in requires:
        try:
            _check_path(Case, required_path)
        except ValueError as exc:
            raise ResourceError(f"{path}, packet_requires: {exc}") from None
    from .model import ApplicationKind

    blank: dict[str, tuple[str, ...]] = {}
    for kind, paths in doc.get("form_blank", {}).items():
        if kind not in {k.value for k in ApplicationKind}:
            raise ResourceError(f"{path}, form_blank: '{kind}' is not a kind of application")
        for blank_path in paths:
            try:
                _check_path(Case, blank_path)
            except ValueError as exc:
                raise ResourceError(f"{path}, form_blank.{kind}: {exc}") from None
        blank[kind] = tuple(paths)
    return Interview(pages=pages, terminal_findings=frozenset(doc.get("terminal_findings", [])),
                     packet_requires=requires, form_blank=blank)


@cache
def interview() -> Interview:
    """The program's interview, loaded once."""
    return load_interview()


# --- answers <-> case ----------------------------------------------------------------------------


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def _plain(value: Any) -> Any:
    return value.value if hasattr(value, "value") and not isinstance(value, date) else value


def answers_from_case(case: Case, fields: list[FieldSpec]) -> Answers:
    """The answers a wizard shows for a case (for example one opened from a case file)."""
    answers: Answers = {}
    for f in fields:
        value = _get(case, f.path)
        if f.kind == "list":
            answers[f.path] = [
                {item.path: _plain_value(_get(row, item.path)) for item in f.items}
                for row in (value or [])
            ]
        else:
            answers[f.path] = _plain_value(value)
    return answers


def _plain_value(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return _plain(value)


def _set(doc: dict[str, Any], path: str, value: Any) -> None:
    *parents, leaf = path.split(".")
    node = doc
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[leaf] = value


def _delete(doc: Any, parts: list[str]) -> None:
    node = doc
    for part in parts[:-1]:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return
    leaf = parts[-1]
    if isinstance(node, dict):
        node.pop(leaf, None)


_IMMUTABLE = (str, int, float, date)  # values that need no copy (most of them)


@lru_cache(maxsize=8)  # keyed by the interview's paths, no person's data
def _split_paths(paths: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(path.split(".")) for path in paths)


def _copy_without(node: Any, drop: frozenset[tuple[str, ...]], at: tuple[str, ...] = ()) -> Any:
    """A deep copy of `node` without the parts at the paths in `drop` (the interview's fields,
    which the answers fill in), copying only what is kept."""
    if isinstance(node, dict):
        return {k: _copy_without(v, drop, at + (k,)) for k, v in node.items()
                if at + (k,) not in drop}
    if isinstance(node, list):
        return [_copy_without(v, drop, at + (str(i),)) for i, v in enumerate(node)]
    return node if node is None or isinstance(node, _IMMUTABLE) else copy.deepcopy(node)


def _prune(node: Any) -> Any:
    """Drop empty mappings, so that an optional part nobody filled in stays absent. Only
    mappings and lists are looked into (not the list rows that are models already)."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if isinstance(value, dict):
                if not _prune(value):
                    del node[key]
            elif isinstance(value, list):
                _prune(value)
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, dict | list):
                _prune(item)
    return node


def _row(row: dict[str, Any], items: tuple[FieldSpec, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        value = row.get(item.path)
        if not is_empty(value):
            _set(out, item.path, value)
    return out


# --- list rows, validated once -----------------------------------------------------------------
# The case is built again after every keystroke; a family of 30 children and 40 earlier stays has
# 70 list rows, of which a keystroke changes one. A row whose answers are those of a row of the
# last case built is not made and validated again: its model (a Relative, a PreviousStay, ...) is
# taken as it was. That is the same value: a row's model is checked on its own (no check of the
# case reads its rows) and is not changed after it is built. A row the model rejects is left to
# the case's validation, which says where the problem is. Only the rows of the last case built
# are kept, and `caches.forget` (the end of a person's session) drops them.


_ListKey = tuple[str, tuple[str, ...]]  # a list's path and the paths of its items


@dataclass
class _RowModels:
    # a list (_ListKey) -> a row's answers (`_row_key`) -> the row's model
    models: dict[_ListKey, dict[tuple[Any, ...], Any]] = field(default_factory=dict)

    def forget(self) -> None:
        self.models = {}


_ROWS = _RowModels()
on_forget(_ROWS.forget)


def _answers_key(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """Answers as a dictionary key: the answers and their types, so that answers that compare
    equal but are read differently (1, 1.0, True; 0.0 and -0.0) are told apart; a list answer as
    the tuple of its items and their types. Unhashable if an answer is neither."""
    types = tuple(map(type, values))
    if list in types or float in types:
        values = tuple([(tuple(v), *map(type, v)) if type(v) is list
                        else v.hex() if type(v) is float else v for v in values])
    return values, types


def _row_key(paths: tuple[str, ...], raw: Any) -> tuple[Any, ...]:
    """A row's answers (at the items' `paths`) as a dictionary key (`_answers_key`). TypeError
    for an answer that cannot be part of a key, AttributeError for a row that is no mapping."""
    return _answers_key(tuple(map(raw.get, paths)))


@cache
def _row_model(list_path: str) -> type[BaseModel]:
    """The case model's class of a row of the list at `list_path` (Relative for `children`)."""
    from .model import Case

    model = _check_path(Case, list_path)
    if model is None:  # pragma: no cover - load_interview checks that a list's rows are models
        raise ResourceError(f"{INTERVIEW_FILE}: '{list_path}' is not a list of parts")
    return model


def _row_value(f: FieldSpec, paths: tuple[str, ...], raw: Any,
               known: dict[tuple[Any, ...], Any], kept: dict[tuple[Any, ...], Any]) -> Any:
    """A row of the list `f` (its items at `paths`) for the case: its validated model (from
    `known`, the last case's rows of this list, if its answers are the same), the row's data
    where the model rejects it, or None for a row with no answer. The models of this case's rows
    go into `kept`."""
    key: tuple[Any, ...] | None
    try:
        key = _row_key(paths, raw)
        model = known.get(key)
    except (TypeError, AttributeError):  # an answer that cannot be a key, a row that is no mapping
        key, model = None, None
    if model is not None:
        kept[key] = model  # type: ignore[index]
        return model
    row = _prune(_row(raw, f.items))
    if not row:
        return None
    from pydantic import ValidationError  # here: not imported again for each row taken as it was

    try:
        model = _row_model(f.path).model_validate(row)
    except ValidationError:
        return row
    if key is not None:
        kept[key] = model
    return model


# --- the rest of the case, validated once ------------------------------------------------------
# Outside the lists a keystroke changes one answer at most, and none while the person types in a
# row. Where the answers outside the lists, the loaded case's data and the language are those of
# the last case built, that case's parts (its person, passport, study, ...) are taken as they
# were validated, as the rows are, and only the lists are laid over them. That is the same case:
# a part is checked on its own (no check of the case reads two parts) and is not changed after
# it is built. Only the last case's parts are kept (of the case of all answers, and of the case
# of the answers that apply where `evaluate` builds that one too), and `caches.forget` drops them.


@dataclass
class _RestOfCase:
    # of all answers or not -> the last case's key (`_rest_key`) and its parts as models (its
    # other values as given)
    last: dict[bool, tuple[tuple[Any, ...], dict[str, Any]]] = field(default_factory=dict)

    def forget(self) -> None:
        self.last = {}


_REST = _RestOfCase()
on_forget(_REST.forget)


def _frozen(node: Any) -> Any:
    """A loaded case's data as a dictionary key, with the types of its values (`_answers_key`)."""
    if type(node) is dict:
        return dict, tuple([(k, _frozen(v)) for k, v in node.items()])
    if type(node) is list:
        return list, tuple(map(_frozen, node))
    return type(node), node.hex() if type(node) is float else node


def _rest_key(answers: Answers, fields: Sequence[FieldSpec], from_base: dict[str, Any],
              language: str) -> tuple[Any, ...] | None:
    """What the case outside its lists is made of, as a key; None where it cannot be one (an
    answer that is no plain value, a list below a part)."""
    paths = tuple([f.path for f in fields if f.kind != "list"])
    if any("." in f.path for f in fields if f.kind == "list"):
        return None  # the rows are laid over the parts taken as they were: not into them
    key = (paths, _answers_key(tuple(map(answers.get, paths))), language, type(language),
           _frozen(from_base) if from_base else None)
    try:
        hash(key)
    except TypeError:
        return None
    return key


def build_case(answers: Answers, fields: Sequence[FieldSpec], all_fields: Sequence[FieldSpec],
               base: dict[str, Any] | None = None,
               language: str = "en") -> tuple[Case, dict[str, str]]:
    """The case made of `base` (a loaded case's data, or nothing) and the answers of `fields`.

    Fields of the interview that do not apply are left at the model's defaults. A value the case
    model rejects is left out and reported in the returned errors (field path -> reason).
    """
    from pydantic import ValidationError

    from .model import Case

    doc: dict[str, Any] = (
        _copy_without(base, _split_paths(tuple([f.path for f in all_fields]))) if base else {}
    )
    rest_key = _rest_key(answers, fields, doc, language)
    every = fields is all_fields
    last_key, last_doc = _REST.last.get(every, (None, {}))
    reused = rest_key is not None and rest_key == last_key
    if reused:
        doc = dict(last_doc)
    else:
        for f in fields:
            value = answers.get(f.path)
            if f.kind != "list" and not is_empty(value):
                _set(doc, f.path, value if isinstance(value, _IMMUTABLE) else copy.deepcopy(value))
        doc["language"] = language
        _prune(doc)  # before the rows, which are models or pruned already
    list_rows: dict[str, list[int]] = {}  # list path -> index in the answers of each case row
    known = _ROWS.models  # the rows validated for the last case
    kept: dict[_ListKey, dict[tuple[Any, ...], Any]] = {}  # and for this one
    for f in fields:
        if f.kind == "list":
            rows = []
            indices = []
            paths = tuple(item.path for item in f.items)
            known_rows = known.get((f.path, paths), {})
            kept_rows = kept.setdefault((f.path, paths), {})
            for i, raw in enumerate(answers.get(f.path) or []):
                row = _row_value(f, paths, raw, known_rows, kept_rows)
                if row is not None:
                    rows.append(row)
                    indices.append(i)
            if rows:
                _set(doc, f.path, rows)
                list_rows[f.path] = indices
    errors: dict[str, str] = {}
    by_path = {f.path: f for f in fields}
    _ROWS.models = kept
    for _attempt in range(50):
        try:
            case = Case.model_validate(doc)
        except ValidationError as exc:
            for err in exc.errors():
                loc = [str(p) for p in err["loc"]]
                message = str(err["msg"]).removeprefix("Value error, ")
                blamed = _blame(doc, loc, by_path)
                _delete(doc, blamed.split("."))
                _prune(doc)
                errors.setdefault(_answer_path(blamed, list_rows), message)
            continue
        if not errors and not reused and rest_key is not None:
            lists = {f.path for f in fields if f.kind == "list"}
            _REST.last[every] = rest_key, {
                name: getattr(case, name) if isinstance(value, dict) else value
                for name, value in doc.items() if name not in lists}
        return case, errors
    raise ValueError("the answers cannot be made into a valid case")  # pragma: no cover


def _answer_path(path: str, list_rows: dict[str, list[int]]) -> str:
    """Row indices in the case count only filled rows; map them back to the rows shown."""
    for list_path, indices in list_rows.items():
        prefix = list_path + "."
        if path.startswith(prefix):
            rest = path[len(prefix):].split(".")
            if rest[0].isdigit() and int(rest[0]) < len(indices):
                rest[0] = str(indices[int(rest[0])])
                return prefix + ".".join(rest)
    return path


def _blame(doc: dict[str, Any], loc: list[str], fields: dict[str, FieldSpec]) -> str:
    """The answered field to hold responsible for an error at `loc`."""
    path = ".".join(loc)
    # An error below a field (person.nationalities.0): the field.
    for i in range(len(loc), 0, -1):
        prefix = ".".join(loc[:i])
        if prefix in fields and fields[prefix].kind != "list":
            return prefix
    # The same in a list's row (children.0.nationalities.1): the row's field. (The item of the
    # list alone cannot be taken out, and would be blamed again and again.)
    for i in range(len(loc) - 2, 0, -1):
        spec = fields.get(".".join(loc[:i]))
        if spec is not None and spec.kind == "list" and loc[i].isdigit():
            rest = loc[i + 1:]
            for j in range(len(rest), 0, -1):
                if any(item.path == ".".join(rest[:j]) for item in spec.items):
                    return ".".join(loc[:i + 1 + j])
    # An error of a whole part (passport: valid_until before issued_on): its last answered date.
    node: Any = doc
    for part in loc:
        node = node[int(part)] if isinstance(node, list) else node.get(part) if node else None
    if isinstance(node, dict):
        dates = [k for k, v in node.items() if isinstance(v, date)]
        if dates:
            return f"{path}.{dates[-1]}"
    return path
