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

    def day_de(self, day: date) -> str:
        return format_day(day, AUTHORITY_LANGUAGE)

    def day_tr(self, day: date) -> str:
        return format_day(day, self.lang)
