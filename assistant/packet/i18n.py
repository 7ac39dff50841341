"""The packet's own headings and labels, in every packet language, from resources/packet_texts.toml.

These are typographic texts (headings, column titles, "page x of y"), not legal facts: everything
legal comes from the Assessment with its source. Each text has every language of `PACKET_LANGUAGES`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..datafiles import read_toml
from ..errors import ResourceError
from ..paths import RESOURCES
from ..texts import LANGUAGES, RTL_LANGUAGES

TEXTS_FILE = RESOURCES / "packet_texts.toml"
# The languages the packet is printed in: German for the authority plus one of these.
PACKET_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)
AUTHORITY_LANGUAGE = "de"


@cache
def packet_texts() -> dict[str, dict[str, str]]:
    """All packet texts: key -> {language: text}. Raises ResourceError if the file is unusable."""
    data = read_toml(TEXTS_FILE)
    for key, value in data.items():
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ResourceError(f"{TEXTS_FILE}: [{key}] must map languages to texts")
        missing = [lang for lang in PACKET_LANGUAGES if not value.get(lang)]
        if missing:
            raise ResourceError(f"{TEXTS_FILE}: [{key}] lacks the languages {', '.join(missing)}")
    return data


def t(key: str, lang: str, **values: Any) -> str:
    """The packet text `key` in `lang` (English if the language is unknown), placeholders filled."""
    texts = packet_texts()
    try:
        entry = texts[key]
    except KeyError:
        raise ResourceError(f"{TEXTS_FILE}: the text [{key}] is missing") from None
    template = entry.get(lang) or entry["en"]
    return template.format(**values) if values else template


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES
