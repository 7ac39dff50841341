"""Common answers to questions the form asks as free text (resources/answer_lists.toml).

The profession learned, the intended employment, the purpose of an earlier stay and the eye
colour are free text on the form. The wizard offers the common answers as a choice in the
person's language, with "Other (type it)" for anything else. The case stores a chosen answer as
its code (`"engineer"`); the form gets its German name (`Ingenieur`, `Ingenieurin` for a woman).
A typed answer is stored and written as typed. A case file written before the lists may hold the
old free text: `known_codes` reads a name or known word of an answer as its code, anything else
stays as typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from .datafiles import read_toml
from .errors import ResourceError
from .paths import RESOURCES
from .texts import LANGUAGES

LISTS_FILE = RESOURCES / "answer_lists.toml"


def plain(word: str) -> str:
    """A word as compared: NFC, without case, the Persian zero-width non-joiner or extra
    spaces."""
    return " ".join(unicodedata.normalize("NFC", word).replace("\u200c", " ").casefold().split())


@dataclass(frozen=True)
class ListedAnswer:
    code: str
    names: dict[str, str]  # language -> name, every language of the program
    de_female: str = ""  # the German name for a woman, where German has one of its own

    def german(self, female: bool = False) -> str:
        return self.de_female if female and self.de_female else self.names["de"]


@dataclass(frozen=True)
class AnswerList:
    name: str
    paths: tuple[str, ...]
    answers: tuple[ListedAnswer, ...]

    def answer(self, code: str) -> ListedAnswer | None:
        """The answer with this code; None for a typed answer."""
        for answer in self.answers:
            if answer.code == code:
                return answer
        return None

    def choices(self, lang: str) -> list[tuple[str, str]]:
        """(code, name in `lang`) of every answer, in the order of the list."""
        return [(a.code, a.names.get(lang) or a.names["en"]) for a in self.answers]

    def code_for(self, typed: str) -> str | None:
        """The code of the answer whose name (in any language), German form for a woman or known
        word `typed` is; None if it is none of them."""
        return _words(self.name).get(plain(typed))


def _text(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ResourceError(f"{LISTS_FILE}: {where} needs '{key}'")
    return value


@cache
def answer_lists() -> dict[str, AnswerList]:
    """Every list, by its name. Raises ResourceError if the file is unusable."""
    out: dict[str, AnswerList] = {}
    seen_paths: set[str] = set()
    for name, raw in read_toml(LISTS_FILE).items():
        paths = raw.get("paths") if isinstance(raw, dict) else None
        if not isinstance(paths, list) or not paths or \
                not all(isinstance(p, str) and p for p in paths):
            raise ResourceError(f"{LISTS_FILE}: [{name}] needs 'paths', the case paths it answers")
        twice = seen_paths & set(paths)
        if twice:
            raise ResourceError(f"{LISTS_FILE}: [{name}]: {', '.join(sorted(twice))} has a list "
                                "already")
        seen_paths |= set(paths)
        answers: list[ListedAnswer] = []
        for i, entry in enumerate(raw.get("answer", [])):
            where = f"[[{name}.answer]] {entry.get('code') or i + 1}"
            code = _text(entry, "code", where)
            names = {lang: _text(entry, lang, where) for lang in LANGUAGES}
            words = entry.get("words", [])
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise ResourceError(f"{LISTS_FILE}: {where}: 'words' is a list of words")
            answers.append(ListedAnswer(code=code, names=names,
                                        de_female=entry.get("de_female", "")))
        if not answers:
            raise ResourceError(f"{LISTS_FILE}: [{name}] has no answers")
        codes = [a.code for a in answers]
        if len(set(codes)) != len(codes):
            raise ResourceError(f"{LISTS_FILE}: [{name}]: a code appears twice")
        out[name] = AnswerList(name=name, paths=tuple(paths), answers=tuple(answers))
    return out


@cache
def _words(name: str) -> dict[str, str]:
    """Every known word of the list `name` (as compared) -> its answer's code."""
    out: dict[str, str] = {}
    for entry in read_toml(LISTS_FILE)[name].get("answer", []):
        code = entry["code"]
        for word in (code, *(entry.get(lang, "") for lang in LANGUAGES),
                     entry.get("de_female", ""), *entry.get("words", [])):
            if not word:
                continue
            other = out.setdefault(plain(word), code)
            if other != code:
                raise ResourceError(f"{LISTS_FILE}: [{name}]: the word {word!r} belongs to "
                                    f"'{other}' and '{code}'")
    return out


def list_for(path: str) -> AnswerList | None:
    """The list that answers the case path `path` (a list row's field as
    "previous_stays.purpose"), if there is one."""
    for answers in answer_lists().values():
        if path in answers.paths:
            return answers
    return None


def german(path: str, value: str, female: bool = False) -> str:
    """What the form writes for the answer `value` at `path`: the German name of a listed
    answer's code, anything else as it is."""
    answers = list_for(path)
    answer = answers.answer(value) if answers is not None and value else None
    return answer.german(female) if answer is not None else value


def known_codes(doc: dict[str, Any], lists: tuple[str, ...] | None = None) -> dict[str, Any]:
    """A case file's data (a copy where something changed) with every answer of a listed path
    that is a known word of its list read as the code: "Krankenschwester" as "nurse". Anything
    else stays as it is. `lists`: only these lists (default: all)."""
    def fix(node: Any, parts: list[str], answers: AnswerList) -> Any:
        if not isinstance(node, dict):
            return node
        head, *rest = parts
        value = node.get(head)
        if rest:
            if isinstance(value, list):
                new = [fix(row, rest, answers) for row in value]
            else:
                new = fix(value, rest, answers)
        elif isinstance(value, str) and value and answers.answer(value.strip()) is None:
            code = answers.code_for(value)
            new = code if code is not None else value
        else:
            return node
        if new is value or new == value:
            return node
        return {**node, head: new}

    for name, answers in answer_lists().items():
        if lists is not None and name not in lists:
            continue
        for path in answers.paths:
            doc = fix(doc, path.split("."), answers)
    return doc
