"""The letters' texts, from resources/letter_texts.toml: key -> {language: text}, each with its
`source` and `quote` where it states the law (see the file's header)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..datafiles import read_toml
from ..errors import ResourceError
from ..paths import RESOURCES
from ..texts import LANGUAGES

LETTER_TEXTS_FILE = RESOURCES / "letter_texts.toml"


@dataclass(frozen=True)
class LetterText:
    key: str
    texts: dict[str, str]
    source: str = ""  # a paragraph ("§ 81 Abs. 4 AufenthG") where the text states the law
    quote: str = ""  # its words in the law's text


@cache
def letter_texts() -> dict[str, LetterText]:
    """Every letter text; raises ResourceError if the file is unusable or a language is missing."""
    data = read_toml(LETTER_TEXTS_FILE)
    out: dict[str, LetterText] = {}
    for key, value in data.items():
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ResourceError(f"{LETTER_TEXTS_FILE}: [{key}] must map languages to texts")
        missing = [lang for lang in LANGUAGES if not value.get(lang)]
        if missing:
            raise ResourceError(f"{LETTER_TEXTS_FILE}: [{key}] lacks the languages "
                                f"{', '.join(missing)}")
        if bool(value.get("source")) != bool(value.get("quote")):
            raise ResourceError(f"{LETTER_TEXTS_FILE}: [{key}] needs both source and quote")
        out[key] = LetterText(key, {lang: value[lang] for lang in LANGUAGES},
                              value.get("source", ""), value.get("quote", ""))
    return out


def lt(key: str, lang: str, **values: Any) -> str:
    """The letter text `key` in `lang`, placeholders filled."""
    try:
        entry = letter_texts()[key]
    except KeyError:
        raise ResourceError(f"{LETTER_TEXTS_FILE}: the text [{key}] is missing") from None
    template = entry.texts.get(lang) or entry.texts["en"]
    return template.format(**values) if values else template
