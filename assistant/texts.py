"""Texts in several languages, and formatting of dates, numbers and money for a language.

Every text that comes from `resources/` is a `Text`: a mapping of language code to string, with
German (`de`) and English (`en`) always present. Other languages fall back to English.
Placeholders `{name}` are filled from a finding's values; dates and amounts are formatted for the
language with Babel.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .caches import personal

# Babel takes 0.05-0.1 ms to format one number or date; the engine fills each text's placeholders
# in every language on every check (about a hundred a keystroke). The results are remembered per
# value and language, and forgotten at the end of a session (a date or number may be a person's).
_FORMATS = 4096

# The languages the program speaks. The packet is printed in German plus one of these.
LANGUAGES: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "uk": "Українська",
    "ar": "العربية",
    "ru": "Русский",
    "tr": "Türkçe",
    "fa": "فارسی",
}
RTL_LANGUAGES = frozenset({"ar", "fa"})
REQUIRED_LANGUAGES = ("de", "en")

Text = Mapping[str, str]


def text_in(text: Text | None, lang: str) -> str:
    """The text in `lang`, else English, else German, else empty."""
    if not text:
        return ""
    return text.get(lang) or text.get("en") or text.get("de") or ""


@personal(maxsize=_FORMATS)
def format_day(day: date, lang: str) -> str:
    """A date as people in that language write it (German: 22.11.2026)."""
    if lang == "de":
        return day.strftime("%d.%m.%Y")
    from babel.dates import format_date  # Babel loads on first use, not at start-up

    return format_date(day, format="medium", locale=_locale(lang))


@personal(maxsize=_FORMATS)
def format_month(day: date, lang: str) -> str:
    """A month and year as people in that language write them ("April 2020")."""
    from babel.dates import format_date

    return format_date(day, format="LLLL y", locale=_locale(lang))


@personal(maxsize=_FORMATS)
def format_money(cents: int, lang: str) -> str:
    """An amount in euro for the language: `100,00 €` in German."""
    from babel.numbers import format_currency

    return format_currency(cents / 100, "EUR", locale=_locale(lang))


@personal(maxsize=_FORMATS)
def format_number(value: float, lang: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale(lang))


def _locale(lang: str) -> str:
    return {"de": "de_DE", "en": "en_GB", "uk": "uk_UA", "ar": "ar", "ru": "ru_RU",
            "tr": "tr_TR", "fa": "fa_IR"}.get(lang, "en_GB")


def _format_value(value: Any, lang: str) -> str:
    if isinstance(value, date):
        return format_day(value, lang)
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int | float):
        return format_number(value, lang)
    return str(value)


# Values whose equality decides how they are written, so that a filled text can be remembered
# by them: not floats (-0.0 == 0.0, but "-0" is not "0") nor other types (a tuple holding True
# equals one holding 1). bool is told from int by the type in the key.
_KEYED = frozenset({str, int, bool, date, type(None)})


ValueKey = tuple[tuple[str, type, Any], ...]


def value_key(values: Mapping[str, Any]) -> ValueKey | None:
    """`values` as a key, equal for values that are written alike in every language; None where
    a value's type does not allow that."""
    if not all(type(v) in _KEYED for v in values.values()):
        return None
    return tuple((k, type(v), v) for k, v in values.items())


def fill(text: Text, values: Mapping[str, Any]) -> dict[str, str]:
    """A text with its `{placeholders}` filled in every language it has (for texts printed
    without their values: checklist, fee lines, deadlines). Without values it is unchanged."""
    if not values:
        return dict(text)
    key = value_key(values)
    if key is None:
        return _fill(text, values)
    # the engine fills the same texts with the same values after every keystroke
    return dict(_filled(tuple(text.items()), key))


@personal(maxsize=256)  # the values may be a person's (a date of their case)
def _filled(text: tuple[tuple[str, str], ...], values: ValueKey) -> dict[str, str]:
    return _fill(dict(text), {k: v for k, _, v in values})


def _fill(text: Text, values: Mapping[str, Any]) -> dict[str, str]:
    return {lang: render(text, lang, values) for lang in text}


def render(text: Text | None, lang: str, values: Mapping[str, Any] | None = None) -> str:
    """`text_in` with `{placeholders}` filled from `values`, formatted for the language."""
    template = text_in(text, lang)
    if not values:
        return template
    formatted = {k: _format_value(v, lang) for k, v in values.items()}
    try:
        return template.format_map(formatted)
    except (KeyError, IndexError, ValueError):
        return template
