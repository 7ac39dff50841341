"""Loading the UI translations (Qt .qm files from resources/i18n/) and switching language live.

Every UI string goes through Qt's translation system: `self.tr()` in widgets, and the context
"Interview" for the texts of resources/interview.toml. `set_language` swaps the translators, sets
the layout direction (right to left for Arabic and Persian) and Qt then sends a LanguageChange
event to every widget, which relabels itself.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from assistant.paths import RESOURCES
from assistant.texts import LANGUAGES, RTL_LANGUAGES

I18N_DIR = RESOURCES / "i18n"
CATALOGUE = "permit"  # resources/i18n/permit_<lang>.ts / .qm
INTERVIEW_CONTEXT = "Interview"

_QT_LOCALES = {"de": "de_DE", "en": "en_GB", "uk": "uk_UA", "ar": "ar", "ru": "ru_RU",
               "tr": "tr_TR", "fa": "fa_IR"}

_state: dict[str, object] = {"lang": "en", "translators": []}


def system_language() -> str:
    """The system's language if the program speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def current_language() -> str:
    return str(_state["lang"])


def qlocale(lang: str | None = None) -> QLocale:
    return QLocale(_QT_LOCALES.get(lang or current_language(), "en_GB"))


def qm_path(lang: str) -> str:
    return str(I18N_DIR / f"{CATALOGUE}_{lang}.qm")


def set_language(lang: str, app: QApplication | None = None) -> None:
    """Switch the whole UI to `lang`: translators, locale and layout direction."""
    if lang not in LANGUAGES:
        lang = "en"
    app = app or QApplication.instance()  # type: ignore[assignment]
    old: list[QTranslator] = _state["translators"]  # type: ignore[assignment]
    for translator in old:
        # removed and deleted: a replaced translator kept alive keeps its .qm file mapped
        QCoreApplication.removeTranslator(translator)
        shiboken6.delete(translator)
    new: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(qm_path(lang)):
        new.append(own)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        new.append(qt_base)
    _state["lang"] = lang
    _state["translators"] = new
    QLocale.setDefault(qlocale(lang))
    for translator in new:
        QCoreApplication.installTranslator(translator)
    rtl = lang in RTL_LANGUAGES
    if app is not None and app.isRightToLeft() != rtl:
        # PySide6 builds the whole Qt namespace (all its enums) on first use, some 35 ms: the
        # window's first frame comes without it, so it is touched only when the direction changes
        from PySide6.QtCore import Qt

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                               else Qt.LayoutDirection.LeftToRight)


def itr(text: str) -> str:
    """A text of resources/interview.toml in the UI language."""
    if not text:
        return ""
    return QCoreApplication.translate(INTERVIEW_CONTEXT, text)
