"""Loading the legal facts from `resources/`: rules, documents, fees, deadlines, parameters,
authorities, municipalities and country groups.

Every entry is validated when loaded (pydantic), every expression is parsed (assistant.expr), and a
malformed file gives a `ResourceError` naming the file and the entry, so that a counselling centre
that edits a data file learns at once what is wrong.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .assessment import Severity
from .datafiles import read_toml, validation_problems
from .errors import LawNotKnownError, ResourceError
from .expr import Expression, ExpressionError, compile_expression
from .paths import RESOURCES
from .texts import REQUIRED_LANGUAGES

TextData = dict[str, str]


def _text(value: TextData) -> TextData:
    missing = [lang for lang in REQUIRED_LANGUAGES if not value.get(lang)]
    if missing:
        raise ValueError(f"text needs the languages {', '.join(missing)}")
    return value


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Cited(_Spec):
    id: str
    source: str = Field(min_length=3)
    quote: str = ""  # the sentence of the seed or statute the entry rests on
    as_of: str = ""
    valid_from: date | None = None


def _expr(value: str) -> str:
    compile_expression(value)  # raises ExpressionError (a ValueError) with the reason
    return value


class RuleSpec(Cited):
    severity: Severity
    when: str
    message: TextData
    why: TextData = Field(default_factory=dict)
    fields: list[str] = Field(default_factory=list)
    values: dict[str, str] = Field(default_factory=dict)
    # the finding ends the purpose of the stay: no permit checklist, fee or card date follow it
    ends_purpose: bool = False

    _v_when = field_validator("when")(_expr)
    _v_message = field_validator("message")(_text)

    @field_validator("values")
    @classmethod
    def _v_values(cls, value: dict[str, str]) -> dict[str, str]:
        for expr in value.values():
            compile_expression(expr)
        return value


def _v_value_exprs(value: dict[str, str]) -> dict[str, str]:
    for expr in value.values():
        compile_expression(expr)
    return value


class NoteSpec(_Spec):
    """A note added to a checklist item only when `when` holds (for example one authority's
    practice), with its own source."""

    when: str
    text: TextData
    source: str = Field(min_length=3)
    quote: str = ""

    _v_when = field_validator("when")(_expr)
    _v_text = field_validator("text")(_text)


class DocumentSpec(Cited):
    name: TextData
    why: TextData = Field(default_factory=dict)
    note: TextData = Field(default_factory=dict)
    extra_notes: list[NoteSpec] = Field(default_factory=list)
    values: dict[str, str] = Field(default_factory=dict)  # placeholders of the texts
    when: str = "True"
    original: bool = True
    copies: int | str = 0  # a number, or an expression giving the number of copies
    order: int = 100

    _v_when = field_validator("when")(_expr)
    _v_name = field_validator("name")(_text)
    _v_values = field_validator("values")(_v_value_exprs)

    @field_validator("copies")
    @classmethod
    def _v_copies(cls, value: int | str) -> int | str:
        if isinstance(value, str):
            compile_expression(value)
        return value


class FeeSpec(Cited):
    kind: Literal["fee", "exemption"] = "fee"
    label: TextData
    when: str
    amount_cents: int | None = None  # None: no amount can be cited
    amount: str = ""  # or an expression giving the cents, e.g. a dated parameter
    values: dict[str, str] = Field(default_factory=dict)  # placeholders of the label
    # An exemption that reduces the fee: the share (percent, an expression, e.g. a dated
    # parameter) that remains payable of the fee lines named in `applies_to`.
    payable_percent: str = ""
    applies_to: list[str] = Field(default_factory=list)

    _v_when = field_validator("when")(_expr)
    _v_label = field_validator("label")(_text)
    _v_values = field_validator("values")(_v_value_exprs)

    @field_validator("amount", "payable_percent")
    @classmethod
    def _v_amount(cls, value: str) -> str:
        return _expr(value) if value else value


class DeadlineSpec(Cited):
    label: TextData
    note: TextData = Field(default_factory=dict)
    when: str = "True"
    date: str
    apply_by: bool = False  # a day by which the application must be made (on the cover sheet)
    # shown instead of "passed" once the day is past: the step is still to be done ("overdue")
    overdue: TextData = Field(default_factory=dict)
    values: dict[str, str] = Field(default_factory=dict)  # placeholders of label and note

    _v_when = field_validator("when")(_expr)
    _v_date = field_validator("date")(_expr)
    _v_label = field_validator("label")(_text)
    _v_values = field_validator("values")(_v_value_exprs)


UNITS = ("days", "weeks", "months", "semesters", "years", "hours", "hours_per_week",
         "lessons_per_week", "euro_cents", "half_days", "percent", "count")


class ParameterValue(_Spec):
    """One value of a parameter and the text it was read from."""

    valid_from: date  # the day it took effect (or, for a seed, the day it is known to have held)
    value: Any
    source: str = Field(min_length=3)  # a paragraph (`§ 16b Abs. 3 AufenthG`), a seed and section
    quote: str = Field(min_length=3)  # the sentence of the text that gives the value
    as_of: str = Field(min_length=4)  # the date of that text, or "undated (seed 002)"


class ParameterSpec(_Spec):
    """A dated legal value (OpenFisca style): the value in force on a day is the latest entry
    whose `valid_from` is not after that day. There is no value before the first entry."""

    id: str
    unit: str
    description: TextData
    values: list[ParameterValue] = Field(min_length=1)

    _v_description = field_validator("description")(_text)

    @field_validator("unit")
    @classmethod
    def _v_unit(cls, value: str) -> str:
        if value not in UNITS:
            raise ValueError(f"unit '{value}' is not one of {', '.join(UNITS)}")
        return value

    @field_validator("values")
    @classmethod
    def _v_values(cls, value: list[ParameterValue]) -> list[ParameterValue]:
        days = [v.valid_from for v in value]
        if len(set(days)) != len(days):
            raise ValueError("two values have the same valid_from")
        return sorted(value, key=lambda v: v.valid_from)

    @property
    def known_from(self) -> date:
        return self.values[0].valid_from

    def entry_at(self, day: date) -> ParameterValue | None:
        """The value in force on `day`, or None before the first known value."""
        current = [v for v in self.values if v.valid_from <= day]
        return current[-1] if current else None

    def at(self, day: date) -> Any:
        """The value in force on `day`; raises LawNotKnownError before the first value."""
        entry = self.entry_at(day)
        if entry is None:
            raise LawNotKnownError(_not_known(self, day))
        return entry.value


def _not_known(spec: ParameterSpec, day: date) -> str:
    return (
        f"The program knows the law for '{spec.description.get('en', spec.id)}' ({spec.id}) "
        f"only from {spec.known_from.isoformat()} on; it cannot assess a case on "
        f"{day.isoformat()}. Choose a day from {spec.known_from.isoformat()} on (--today)."
    )


class _Unknown:
    """Stands in the parameter tree for a parameter that has no value on the day."""

    def __init__(self, spec: ParameterSpec, day: date) -> None:
        self.spec, self.day = spec, day


class ParameterTree(dict):  # type: ignore[type-arg]
    """The parameters of one day as nested mappings (`param.study.work_days`). Reading a
    parameter that has no value on that day raises LawNotKnownError; parameters a case does not
    need are never read, so they do not stop it."""

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        if isinstance(value, _Unknown):
            raise LawNotKnownError(_not_known(value.spec, value.day))
        return value

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default


class ContactSpec(_Spec):
    kind: Literal["phone", "email", "web", "booking", "fax", "online", "address", "postal", "hours"]
    value: str
    label: TextData = Field(default_factory=dict)
    source: str
    as_of: str = ""


# How an office takes applications (resources/authorities.toml, `submission`).
SUBMISSION_CHANNELS = ("in_person", "post", "letter_box", "email", "contact_form", "online")


class SubmissionSpec(_Spec):
    channels: list[Literal["in_person", "post", "letter_box", "email", "contact_form", "online"]]
    source: str
    as_of: str
    quote: str = ""
    ahead_weeks: int | None = Field(default=None, ge=1, le=52)  # apply this long before expiry
    ahead_months: int | None = Field(default=None, ge=1, le=12)
    ahead_source: str = ""  # where another page than `source` gives the lead time
    ahead_as_of: str = ""
    ahead_quote: str = ""
    note: TextData = Field(default_factory=dict)  # what the lead time depends on, if anything


class AuthoritySpec(Cited):
    name: TextData
    kind: Literal["city", "district"]
    seat: str = ""
    address: list[str] = Field(default_factory=list)
    contacts: list[ContactSpec] = Field(default_factory=list)
    hours: TextData = Field(default_factory=dict)
    directions: TextData = Field(default_factory=dict)
    booking_steps: list[TextData] = Field(default_factory=list)
    booking_source: str = ""  # where the booking steps come from (default: `source`)
    booking_as_of: str = ""
    submission: SubmissionSpec | None = None  # None: no page read says how it takes them


class MunicipalitySpec(_Spec):
    name: str
    authority: str
    postcodes: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)  # other spellings, looked up like `name`
    note: str = ""

    @field_validator("postcodes")
    @classmethod
    def _v_postcodes(cls, value: list[str]) -> list[str]:
        bad = [p for p in value if not (len(p) == 5 and p.isdigit())]
        if bad:
            raise ValueError(f"a postcode has exactly five digits: {bad}")
        return value


class Catalogue(BaseModel):
    """Everything loaded from resources/, ready for the engine."""

    model_config = ConfigDict(frozen=True)

    rules: list[RuleSpec]
    documents: list[DocumentSpec]
    fees: list[FeeSpec]
    fee_note: TextData
    fee_ask_authority: TextData
    # application purpose -> its legal basis; another basis on extension is a change of purpose
    purpose_basis: dict[str, str] = Field(default_factory=dict)
    deadlines: list[DeadlineSpec]
    parameters: dict[str, ParameterSpec]
    authorities: dict[str, AuthoritySpec]
    municipalities: dict[str, MunicipalitySpec]  # key: folded name
    country_groups: dict[str, list[str]]
    country_group_sources: dict[str, str]

    def params_at(self, day: date) -> ParameterTree:
        """Parameters in force on `day` as a nested mapping (`param.study.work_full_days`).
        The live check asks for the same day after every keystroke: the last day's tree is
        remembered (the law's values, nobody's data) and the same tree returned, to be read,
        never changed."""
        global _last_params
        last = _last_params
        if last is not None and last[0] is self and last[1] == day:
            return last[2]
        tree = self._tree_at(day)
        _last_params = (self, day, tree)
        return tree

    def _tree_at(self, day: date) -> ParameterTree:
        tree = ParameterTree()
        for pid, spec in self.parameters.items():
            node = tree
            *parents, leaf = pid.split(".")
            for part in parents:
                node = dict.setdefault(node, part, ParameterTree())
            entry = spec.entry_at(day)
            node[leaf] = _Unknown(spec, day) if entry is None else entry.value
        return tree

    def amount_value(self, fee: FeeSpec, day: date) -> ParameterValue | None:
        """The dated value a fee line's amount (or an exemption's payable share) is
        (`amount = "param.fee.…"`) on `day`, whose source and quote the line then shows; None
        for any other amount."""
        pid = _parameter_named(fee.amount or fee.payable_percent)
        spec = self.parameters.get(pid) if pid else None
        return spec.entry_at(day) if spec else None

    def known_from(self) -> date:
        """The first day on which every parameter has a value."""
        return max(spec.known_from for spec in self.parameters.values())

    def find_municipality(self, place: str) -> MunicipalitySpec | None:
        return self.municipalities.get(fold_place(place))

    def expressions(self) -> list[tuple[str, Expression]]:
        """Every expression with the id of its entry, for checks and tests."""
        out: list[tuple[str, Expression]] = []
        for r in self.rules:
            out.append((r.id, compile_expression(r.when)))
            out.extend((r.id, compile_expression(v)) for v in r.values.values())
        for d in self.documents:
            out.append((d.id, compile_expression(d.when)))
            if isinstance(d.copies, str):
                out.append((d.id, compile_expression(d.copies)))
            out.extend((d.id, compile_expression(n.when)) for n in d.extra_notes)
            out.extend((d.id, compile_expression(v)) for v in d.values.values())
        out.extend((f.id, compile_expression(f.when)) for f in self.fees)
        out.extend((f.id, compile_expression(f.amount)) for f in self.fees if f.amount)
        out.extend((f.id, compile_expression(f.payable_percent)) for f in self.fees
                   if f.payable_percent)
        out.extend((f.id, compile_expression(v)) for f in self.fees for v in f.values.values())
        for dl in self.deadlines:
            out.append((dl.id, compile_expression(dl.when)))
            out.append((dl.id, compile_expression(dl.date)))
            out.extend((dl.id, compile_expression(v)) for v in dl.values.values())
        return out


@cache  # the expressions of resources/fees.toml, matched for every fee line of every check
def _parameter_named(expression: str) -> str | None:
    """The parameter an expression is, if it is nothing but one (`param.fee.first_cents`)."""
    match = re.fullmatch(r"\s*param\.([a-z_.0-9]+)\s*", expression)
    return match.group(1) if match else None


# Catalogue.params_at: the catalogue, the day last asked for and its tree.
_last_params: tuple[Catalogue, date, ParameterTree] | None = None

# Parameters the engine reads directly (assistant/facts.py), not only through expressions.
REQUIRED_PARAMETERS = ("general.majority_age",)


def fold_place(name: str) -> str:
    """Place names compared without case, accents, 'ß' and punctuation differences."""
    name = name.strip().casefold().replace("ß", "ss")
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    for sep in ("-", "/", ".", ","):
        name = name.replace(sep, " ")
    return " ".join(name.split())




def _entries(path: Path, key: str, model: type[BaseModel]) -> list[Any]:
    out = []
    seen: set[str] = set()
    for i, raw in enumerate(read_toml(path).get(key, [])):
        label = raw.get("id", f"entry {i + 1}") if isinstance(raw, dict) else f"entry {i + 1}"
        try:
            item = model.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(validation_problems(exc, "(the entry)"))
            raise ResourceError(f"{path}, [[{key}]] '{label}': {problems}") from None
        except ExpressionError as exc:
            raise ResourceError(f"{path}, [[{key}]] '{label}': {exc}") from None
        ident = getattr(item, "id", None) or getattr(item, "name", None)
        if ident in seen:
            raise ResourceError(f"{path}, [[{key}]]: the id '{ident}' appears twice")
        seen.add(ident)
        out.append(item)
    return out


def load_catalogue(root: Path = RESOURCES) -> Catalogue:
    rules: list[RuleSpec] = []
    for path in sorted((root / "rules").glob("*.toml")):
        rules.extend(_entries(path, "rule", RuleSpec))
    ids = [r.id for r in rules]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise ResourceError(f"{root / 'rules'}: rule ids appear twice: {sorted(dupes)}")

    fees_doc = read_toml(root / "fees.toml")
    params: dict[str, ParameterSpec] = {}
    for path in sorted((root / "parameters").glob("*.toml")):
        for p in _entries(path, "parameter", ParameterSpec):
            if p.id in params:
                raise ResourceError(f"{path}: the parameter '{p.id}' is defined twice")
            params[p.id] = p
    missing = [p for p in REQUIRED_PARAMETERS if p not in params]
    if missing:
        raise ResourceError(f"{root / 'parameters'}: the parameters {missing} are missing; the "
                            "program needs them (see resources/README.md)")
    authorities = {a.id: a for a in _entries(root / "authorities.toml", "authority", AuthoritySpec)}
    municipalities: dict[str, MunicipalitySpec] = {}
    for m in _entries(root / "municipalities.toml", "municipality", MunicipalitySpec):
        if m.authority not in authorities:
            raise ResourceError(
                f"{root / 'municipalities.toml'}: '{m.name}' names the unknown authority "
                f"'{m.authority}'"
            )
        municipalities[fold_place(m.name)] = m
    countries = read_toml(root / "countries.toml")
    groups = {k: [c.upper() for c in v["members"]] for k, v in countries.get("group", {}).items()}
    try:
        return Catalogue(
            rules=rules,
            documents=sorted(
                _entries(root / "documents.toml", "document", DocumentSpec), key=lambda d: d.order
            ),
            fees=_entries(root / "fees.toml", "fee", FeeSpec),
            fee_note=_text(fees_doc.get("note", {})),
            fee_ask_authority=_text(fees_doc.get("ask_authority", {})),
            purpose_basis=dict(fees_doc.get("purpose_basis", {}).get("basis", {})),
            deadlines=_entries(root / "deadlines.toml", "deadline", DeadlineSpec),
            parameters=params,
            authorities=authorities,
            municipalities=municipalities,
            country_groups=groups,
            country_group_sources={
                k: v.get("source", "") for k, v in countries.get("group", {}).items()
            },
        )
    except ValueError as exc:
        raise ResourceError(f"{root}: {exc}") from None


@cache
def catalogue() -> Catalogue:
    """The program's catalogue, loaded once."""
    return load_catalogue()
