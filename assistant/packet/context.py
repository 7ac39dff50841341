"""What every part of the packet needs: the case, its assessment and the applicant's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..assessment import Assessment
from ..model import Case
from ..texts import Text, format_day, render, text_in
from .i18n import AUTHORITY_LANGUAGE


@dataclass(frozen=True)
class PacketContext:
    case: Case
    assessment: Assessment
    lang: str  # the applicant's language; German is always printed beside it

    def de(self, text: Text | None) -> str:
        return text_in(text, AUTHORITY_LANGUAGE)

    def tr(self, text: Text | None) -> str:
        return text_in(text, self.lang)

    def render_de(self, text: Text | None, values: dict[str, object] | None = None) -> str:
        return render(text, AUTHORITY_LANGUAGE, values)

    def render_tr(self, text: Text | None, values: dict[str, object] | None = None) -> str:
        return render(text, self.lang, values)

    def shown_lang(self, text: Text | None) -> str:
        """The language `tr(text)` is really in: the applicant's, or the English fallback while a
        resource text is not translated yet (labels around it then follow that language)."""
        return shown_lang(text, self.lang)

    def day_de(self, day: date) -> str:
        return format_day(day, AUTHORITY_LANGUAGE)

    def day_tr(self, day: date) -> str:
        return format_day(day, self.lang)


def shown_lang(text: Text | None, lang: str) -> str:
    """The language `text_in(text, lang)` returns: `lang`, else en, else de."""
    if not text or text.get(lang):
        return lang
    return "en" if text.get("en") else AUTHORITY_LANGUAGE
