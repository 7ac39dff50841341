"""Country names in the UI language, from pycountry's ISO 3166 translations, and finding the
country a person means from what they type.

A country is found by its name in the UI language, its German name, its English names (short,
common and official, and a few names in everyday use such as "Turkey") or its ISO code (alpha-2
or alpha-3, typed in capitals: "TR", "TUR"). Names are compared without case and, where a
person would not type them, without accents ("turkiye" finds Türkiye, "الاتحاد" finds
"الاتّحاد"). `resolve` takes a text only when it means one country; `suggestions` ranks the
countries a text fits, those whose name is the text or begins with it first.
"""

from __future__ import annotations

import gettext
import unicodedata
from dataclasses import dataclass
from functools import cache, cmp_to_key
from types import ModuleType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, Qt

from .i18n import qlocale

# Travel documents also use these codes, which are not ISO 3166 countries (see assistant.model).
_EXTRA = {
    "XK": QT_TRANSLATE_NOOP("Countries", "Kosovo"),
    "XX": QT_TRANSLATE_NOOP("Countries", "Stateless"),
}

# Names pycountry's catalogues lack or get wrong: the Arabic and Persian catalogues do not yet have
# "Türkiye" (the English short name since 2022); the Arabic one gives "Moldova" as "المالديف",
# the Maldives.
_CORRECTIONS = {("TR", "ar"): "تركيا", ("TR", "fa"): "ترکیه", ("MD", "ar"): "مولدوفا"}

# Names in everyday use that are not the catalogues' names, so that a person typing them finds the
# country (and "روسيا" is Russia, not the start of "روسيا البيضاء", Belarus).
_ALIASES = {
    "TR": ("Turkey", "Türkei"),
    "CI": ("Ivory Coast", "Elfenbeinküste"),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia", "Mazedonien"),
    "MM": ("Burma", "Birma"),
    "CV": ("Cape Verde", "Kap Verde"),
    "TL": ("East Timor", "Osttimor"),
    "RU": ("Russia", "Russland", "Россия", "Росія", "روسيا", "روسیه", "Rusya"),
    "BY": ("Weißrussland", "Белоруссия"),
    "MD": ("Молдова",),
    "SY": ("سوريا", "سورية", "سوریه"),
    "GB": ("Great Britain", "Großbritannien", "Великобритания", "بريطانيا", "بریتانیا",
           "İngiltere"),
    "US": ("United States of America", "Vereinigte Staaten von Amerika", "Америка", "أمريكا",
           "آمریکا", "Amerika"),
    "NL": ("Holland",),
    "XX": ("Staatenlos",),
}
# Codes in everyday use that are not ISO codes.
_CODE_ALIASES = {"UK": "GB", "ABD": "US"}


def _pycountry() -> ModuleType:
    """pycountry, loaded with the first country list (after the first page is shown)."""
    import pycountry

    return pycountry


@cache
def _translation(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    try:
        return gettext.translation("iso3166-1", _pycountry().LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def country_name(code: str, lang: str) -> str:
    if code in _EXTRA:
        return QCoreApplication.translate("Countries", _EXTRA[code])
    if (code, lang) in _CORRECTIONS:
        return _CORRECTIONS[code, lang]
    country = _pycountry().countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    translated = _translation(lang).gettext(name)
    if translated == name and name != country.name:
        translated = _translation(lang).gettext(country.name)
    return translated


def _codes() -> list[str]:
    return [c.alpha_2 for c in _pycountry().countries] + list(_EXTRA)


def countries(lang: str) -> list[tuple[str, str]]:
    """(code, name) for every country, sorted by name as people of that language sort."""
    return list(_sorted_countries(lang, _extra_names()))


def _extra_names() -> tuple[str, ...]:
    """Kosovo and Stateless as the installed translator says them (part of the cache keys)."""
    return tuple(country_name(code, "") for code in _EXTRA)


@cache
def _sorted_countries(lang: str, _extras: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    collator = QCollator(qlocale(lang))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    names = [(code, country_name(code, lang)) for code in _codes()]
    return tuple(sorted(names, key=cmp_to_key(lambda a, b: collator.compare(a[1], b[1]))))


# --- finding what the person means ---------------------------------------------------------------

_LETTERS = str.maketrans({
    "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ё": "е",  # Russian and Ukrainian texts write е for ё
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ـ": "",
    "'": "", "’": "", "ʼ": "",
})


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def fold(text: str) -> str:
    """A text as compared: lower case; accents and Arabic vowel marks dropped (not the marks
    that make Cyrillic letters, such as й); punctuation as spaces; spaces collapsed."""
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text.casefold()):
        if unicodedata.category(char) == "Mn" and not (out and _is_cyrillic(out[-1])):
            continue
        out.append(char)
    folded = unicodedata.normalize("NFC", "".join(out)).translate(_LETTERS)
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())


@dataclass(frozen=True)
class _Entry:
    code: str
    name: str  # in the UI language
    names: tuple[str, ...]  # folded: the names the country is found by while typing
    official: tuple[str, ...]  # folded official names: found when typed in full
    codes: tuple[str, ...]  # ISO alpha-2 and alpha-3, and code aliases


def _folded(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for f in (fold(n) for n in names) if f))


def _names_of(code: str, lang: str) -> tuple[list[str], list[str]]:
    """The names a country is found by, and its official names (found only when typed in full:
    "Independent State of Samoa" is no suggestion for "ind")."""
    names = [country_name(code, lang), country_name(code, "de"), country_name(code, "en")]
    official: list[str] = []
    country = _pycountry().countries.get(alpha_2=code)
    if country is not None:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if english:
                found = official if attr == "official_name" else names
                found += [english, _translation("de").gettext(english)]
    if code in _EXTRA:
        names.append(_EXTRA[code])  # the English name, whatever the UI language
    names += _ALIASES.get(code, ())
    return names, official


@cache
def _shared() -> dict[str, tuple[str, ...]]:
    """Countries whose short name is also the start of another's ISO name: "Congo" is the
    Republic of the Congo and the first word of "Congo, The Democratic Republic of the", so
    "Congo" (or "Kongo", "Конго") alone does not say which is meant."""
    by_name: dict[str, str] = {}
    heads: list[tuple[str, str]] = []
    for country in _pycountry().countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                by_name[fold(name)] = country.alpha_2
        if ", " in country.name:
            heads.append((country.alpha_2, fold(country.name.split(", ")[0])))
    shared: dict[str, list[str]] = {}
    for code, head in heads:
        other = by_name.get(head)
        if other is not None and other != code:
            shared.setdefault(other, []).append(code)
    return {code: tuple(others) for code, others in shared.items()}


def _index(lang: str) -> tuple[_Entry, ...]:
    return _index_for(lang, _extra_names())


@cache
def _index_for(lang: str, _extras: tuple[str, ...]) -> tuple[_Entry, ...]:
    entries = []
    for code, name in countries(lang):
        names, official = _names_of(code, lang)
        country = _pycountry().countries.get(alpha_2=code)
        codes = [code] + ([country.alpha_3] if country is not None else [])
        codes += [alias for alias, target in _CODE_ALIASES.items() if target == code]
        entries.append(_Entry(code, name, _folded(names), _folded(official), tuple(codes)))
    return tuple(entries)


def _rank(entry: _Entry, folded: str, typed: str) -> int | None:
    """How well a text fits a country, best first. 0: it is a name or code of the country; then
    a name begins with it, a word of a name begins with it, a name contains it, each first by the
    name in the UI language, then by the country's other names. None: it does not fit."""
    if typed.isupper() and typed in entry.codes or folded in entry.official:
        return 0
    best: int | None = None
    for index, name in enumerate(entry.names):
        if name == folded:
            return 0
        if name.startswith(folded):
            level = 1
        elif f" {folded}" in f" {name}":
            level = 2
        elif folded in name:
            level = 3
        else:
            continue
        rank = 2 * level - (index == 0)  # names[0] is the name in the UI language
        best = rank if best is None else min(best, rank)
    return best


def _ranked(text: str, lang: str) -> list[tuple[int, _Entry]]:
    typed = text.strip()
    folded = fold(typed)
    ranked = []
    for position, entry in enumerate(_index(lang)):
        rank = _rank(entry, folded, typed)
        if rank is not None:
            ranked.append((rank, position, entry))
    return [(rank, entry) for rank, _position, entry in sorted(ranked, key=lambda r: r[:2])]


def suggestions(text: str, lang: str) -> list[tuple[str, str]]:
    """(code, name in `lang`) of every country `text` fits, the best fitting first; every country
    for an empty text."""
    if not fold(text):
        return [(e.code, e.name) for e in _index(lang)]
    return [(e.code, e.name) for _rank_, e in _ranked(text, lang)]


@dataclass(frozen=True)
class Resolved:
    """What a typed text means: one country (`code`), or the countries it fits, best first
    (`fits`: several when it is ambiguous, none when no country has this name)."""

    code: str | None
    fits: tuple[tuple[str, str], ...]


def resolve(text: str, lang: str) -> Resolved:
    """The one country `text` means: a name or code of exactly one country (the "Guinea" of
    Guinea and Guinea-Bissau), else the one country it fits. Nothing if it fits several."""
    if not fold(text):
        return Resolved(None, ())
    ranked = _ranked(text, lang)
    exact: list[str] = []
    for rank, entry in ranked:
        if rank == 0:
            exact.append(entry.code)
            if not (text.strip().isupper() and text.strip() in entry.codes):
                exact += _shared().get(entry.code, ())
    names = {e.code: e.name for e in _index(lang)}
    codes = list(dict.fromkeys(exact)) or [e.code for _rank_, e in ranked]
    return Resolved(codes[0] if len(codes) == 1 else None, tuple((c, names[c]) for c in codes))
