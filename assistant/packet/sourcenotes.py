"""Numbered source notes for parts of the packet where many rows share few sources (the cover's
contacts, the checklist): each row says "Quelle [1, 3]", and the list below the part gives each
citation by its title (assistant.sources) in German beside the applicant's language."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ..sources import citation_texts, ltr
from .i18n import AUTHORITY_LANGUAGE, is_rtl, t
from .styles import bilingual, para, rtl_style, side_by_side, styles


class SourceNotes:
    """Collects the citations of the rows in the order they are first cited."""

    def __init__(self, lang: str, urls: bool = False) -> None:
        self.lang = lang
        self.urls = urls  # give each source's address where it has one (on the cover)
        self.texts: list[tuple[str, str]] = []  # (German, applicant's language)

    def numbers(self, source: str) -> list[int]:
        out: list[int] = []
        german = citation_texts(source, AUTHORITY_LANGUAGE)
        other = citation_texts(source, self.lang)
        for (de, url), (text, _) in zip(german, other, strict=True):
            url = url if self.urls else ""
            pair = (de + (f" {url}" if url else ""),
                    text + (f" {ltr(url) if is_rtl(self.lang) else url}" if url else ""))
            if pair not in self.texts:
                self.texts.append(pair)
            number = self.texts.index(pair) + 1
            if number not in out:
                out.append(number)
        return out

    def refs(self, source: str, lang: str) -> Flowable:
        """"Quelle [1, 3]" in `lang` for a row."""
        numbers = ("، " if is_rtl(lang) else ", ").join(str(n) for n in self.numbers(source))
        return para(f"{t('source', lang)} [{numbers}]", rtl_style(styles().small, lang))

    def story(self, heading_key: str) -> list[Flowable]:
        """The numbered list (nothing if no row cited a source)."""
        if not self.texts:
            return []
        st = styles()
        out: list[Flowable] = [side_by_side(
            [para(t(heading_key, AUTHORITY_LANGUAGE), st.label)],
            [para(t(heading_key, self.lang), rtl_style(st.label, self.lang))], self.lang)]
        for number, (de, other) in enumerate(self.texts, start=1):
            left = [para(f"[{number}] {de}", st.small)]
            right = [para(f"[{number}] {other}", rtl_style(st.small, self.lang))] \
                if bilingual(self.lang) else []
            out.append(side_by_side(left, right, self.lang))
        return out
