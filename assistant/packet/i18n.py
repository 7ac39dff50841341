"""The packet's own headings and labels, in every packet language, from resources/packet_texts.toml.

These are typographic texts (headings, column titles, "page x of y"), not legal facts: everything
legal comes from the Assessment with its source. Each text has every language of `PACKET_LANGUAGES`.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from babel.dates import format_date

from ..datafiles import read_toml
from ..errors import ResourceError
from ..paths import RESOURCES
from ..texts import LANGUAGES, RTL_LANGUAGES, format_day

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


def month_year(as_of: str, lang: str) -> str | None:
    """'2020-04' -> 'April 2020' in the language; None if `as_of` is not such a date."""
    parts = as_of.strip().split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 0
        day = date(year, month, 1) if month else None
    except (ValueError, IndexError):
        return None
    if day is None:
        return str(year)
    if len(parts) > 2:
        try:
            return format_day(date(year, month, int(parts[2])), lang)
        except ValueError:
            return None
    return format_date(day, format="LLLL y", locale=_babel_locale(lang))


def _babel_locale(lang: str) -> str:
    return {"de": "de_DE", "en": "en_GB", "uk": "uk_UA", "ar": "ar", "ru": "ru_RU",
            "tr": "tr_TR", "fa": "fa_IR"}.get(lang, "en_GB")
