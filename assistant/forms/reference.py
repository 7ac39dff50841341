"""`forms fields`: the reference for profile writers, every case path a profile can read.

Walks the case model (assistant/model.py), so that a field added there is listed without a change
here. For each path: its type, the profile formats that suit it, its allowed values with German and
English labels, and an example.

- The labels of a value are the wizard's own words for it: the English text of the interview's
  choice (`[choices]` in resources/interview.toml) and its German translation in the wizard's
  catalogue (resources/i18n/permit_de.ts, context "Interview"), i.e. what a person saw when
  answering. Yes/no answers are "ja / yes" and "nein / no", as on the continuation sheet.
- The example is the first value the example case files (examples/*.json) hold for the path;
  where none holds one, a value of the right type.
"""

from __future__ import annotations

import json
import types
import typing
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from ..model import Case, CountryCode
from ..paths import RESOURCES, ROOT

EXAMPLES = ROOT / "examples"
GERMAN_CATALOGUE = RESOURCES / "i18n" / "permit_de.ts"
YES_NO = (("true", "ja", "yes"), ("false", "nein", "no"))


@dataclass(frozen=True)
class CaseField:
    path: str  # as a profile's `source` names it; a list entry's field as `<list>.<field>`
    kind: str  # what it holds, in words
    formats: tuple[str, ...]  # the profile formats that suit it
    values: tuple[tuple[str, str, str], ...] = ()  # (value, German label, English label)
    example: str = ""  # as a case file writes it (JSON)
    in_list: str = ""  # the list it belongs to: its entries' fields are read in [[list]]
    derived: bool = False  # written by the program where the case leaves it empty


def _unwrap(annotation: Any) -> tuple[Any, bool, bool]:
    """(inner type, is a list, is a country code)."""
    country = False
    is_list = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            args = typing.get_args(annotation)
            country = country or list(args[1:]) == list(typing.get_args(CountryCode)[1:])
            annotation = args[0]
        elif origin in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        elif origin is list:
            is_list = True
            annotation = typing.get_args(annotation)[0]
        else:
            return annotation, is_list, country


def _kind(typ: Any, is_list: bool, country: bool) -> tuple[str, tuple[str, ...]]:
    if country:
        return (("list of country codes (ISO, two letters)", ("countries",)) if is_list else
                ("country code (ISO, two letters)", ("country", "text")))
    if is_list:
        return "list of texts", ("choice",)
    if isinstance(typ, type) and issubclass(typ, StrEnum):
        return "one of the values below", ("enum", "choice")
    if typ is bool:
        return "yes/no", ("check", "choice")
    if typ is date:
        return "date", ("date",)
    if typ is int:
        return "whole number", ("number", "text")
    if typ is float:
        return "number", ("number", "text")
    return "text", ("text",)


@lru_cache(maxsize=1)
def _german() -> dict[str, str]:
    """The wizard's German for its interview texts (English source -> German)."""
    try:
        root = ET.parse(GERMAN_CATALOGUE).getroot()
    except (OSError, ET.ParseError):
        return {}
    out: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Interview":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                out[source] = translation
    return out


@lru_cache(maxsize=1)
def _labels() -> dict[type, dict[str, str]]:
    """Enumeration -> value -> the interview's English label, from the interview's fields that
    ask for a value of that enumeration."""
    from ..interview import interview

    out: dict[type, dict[str, str]] = {}

    def visit(fields: Any, prefix: str = "") -> None:
        for f in fields:
            if f.items:
                visit(f.items, f"{prefix}{f.path}.")
            if not f.choices:
                continue
            try:
                typ = _type_at(f"{prefix}{f.path}")
            except KeyError:
                continue
            if isinstance(typ, type) and issubclass(typ, StrEnum):
                out.setdefault(typ, {c.value: c.label for c in f.choices})

    visit(interview().all_fields())
    return out


def _type_at(path: str) -> Any:
    current: Any = Case
    for part in path.split("."):
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            raise KeyError(path)
        info = current.model_fields.get(part)
        if info is None:
            raise KeyError(path)
        current, _, _ = _unwrap(info.annotation)
    return current


@lru_cache(maxsize=1)
def _examples() -> dict[str, Any]:
    """Path -> the first non-empty value an example case file holds (a list's entries merged
    under `<list>.<field>`)."""
    from ..casefile import load_case
    from ..errors import UserError

    out: dict[str, Any] = {}

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{prefix}{key}.")
            return
        path = prefix[:-1]
        if isinstance(node, list) and node and all(isinstance(v, dict) for v in node):
            out.setdefault(path, node[:1])
            for entry in node:
                walk(entry, prefix)
            return
        if node not in (None, "", [], {}):
            out.setdefault(path, node)

    for file in sorted(EXAMPLES.glob("*.json")):
        try:
            walk(load_case(file).model_dump(mode="json"), "")
        except UserError:
            continue
    return out


def _fallback(typ: Any, is_list: bool, country: bool) -> Any:
    if country:
        return ["TR"] if is_list else "TR"
    if isinstance(typ, type) and issubclass(typ, StrEnum):
        return next(iter(typ)).value
    return {bool: True, date: "2025-10-01", int: 12, float: 20.5}.get(typ)


def case_fields() -> list[CaseField]:
    """Every field of the case model, in the model's order."""
    from ..derive import derived_paths

    derived = derived_paths()
    labels = _labels()
    german = _german()
    examples = _examples()
    out: list[CaseField] = []

    def visit(model: type[BaseModel], prefix: str, in_list: str) -> None:
        for name, info in model.model_fields.items():
            path = f"{prefix}{name}"
            typ, is_list, country = _unwrap(info.annotation)
            if isinstance(typ, type) and issubclass(typ, BaseModel):
                if is_list:
                    out.append(CaseField(path, "list of entries: read its fields in a [[list]] "
                                         f"with source = \"{path}\"", ("choice",),
                                         example="[ { …one entry… }, … ]", in_list=in_list))
                    visit(typ, f"{path}.", path)
                else:
                    visit(typ, f"{path}.", in_list)
                continue
            kind, formats = _kind(typ, is_list, country)
            values: tuple[tuple[str, str, str], ...] = ()
            if isinstance(typ, type) and issubclass(typ, StrEnum) and not is_list:
                english = labels.get(typ, {})
                values = tuple((m.value, german.get(english.get(m.value, ""), ""),
                                english.get(m.value, "")) for m in typ)
            elif typ is bool and not is_list:
                values = YES_NO
            example = examples.get(path, _fallback(typ, is_list, country))
            shown = "(any text)" if example is None else json.dumps(example, ensure_ascii=False)
            out.append(CaseField(path, kind, formats, values, shown, in_list, path in derived))
    visit(Case, "", "")
    return out


def reference_lines(prefix: str = "") -> list[str]:
    """The text `forms fields` prints: one line per path, its values indented below it."""
    lines: list[str] = []
    for f in case_fields():
        if prefix and not (f.path == prefix or f.path.startswith(prefix.rstrip(".") + ".")):
            continue
        notes = []
        if f.in_list:
            notes.append(f"in [[list]] source = \"{f.in_list}\": write source = "
                         f"\"{f.path.removeprefix(f.in_list + '.')}\"")
        if f.derived:
            notes.append("written by the program where the case leaves it empty")
        lines.append("\t".join([f.path, f.kind, "formats: " + ", ".join(f.formats),
                                f"example: {f.example}", *notes]))
        for value, de, en in f.values:
            lines.append(f"    {value}\t{de or '-'}\t{en or '-'}")
    return lines
