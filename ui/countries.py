"""Country names in the UI language, from pycountry's ISO 3166 translations."""

from __future__ import annotations

import gettext
from functools import cache, cmp_to_key
from types import ModuleType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, Qt

from .i18n import qlocale

# Travel documents also use these codes, which are not ISO 3166 countries (see assistant.model).
_EXTRA = {
    "XK": QT_TRANSLATE_NOOP("Countries", "Kosovo"),
    "XX": QT_TRANSLATE_NOOP("Countries", "Stateless"),
}


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
    country = _pycountry().countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    translated = _translation(lang).gettext(name)
    if translated == name and name != country.name:
        translated = _translation(lang).gettext(country.name)
    return translated


def countries(lang: str) -> list[tuple[str, str]]:
    """(code, name) for every country, sorted by name as people of that language sort."""
    codes = [c.alpha_2 for c in _pycountry().countries] + list(_EXTRA)
    collator = QCollator(qlocale(lang))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    names = [(code, country_name(code, lang)) for code in codes]
    return sorted(names, key=cmp_to_key(lambda a, b: collator.compare(a[1], b[1])))
