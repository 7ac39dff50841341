"""Sources as footnotes: a row of the packet carries small raised numbers (a value ¹˒³, a
document's name ²), and the notes at the end of the part give each citation by its title
(assistant.sources), with its date and address, in German beside the applicant's language. One
citation is one note however many rows cite it, and the items of one list cited by several rows
are one note naming them ("Nr. 1–3, 5")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reportlab.platypus import Flowable, KeepTogether

from ..sources import DATED_KINDS, Citation, as_of_text, parse, phrase, render_citation
from .i18n import AUTHORITY_LANGUAGE, t
from .styles import bilingual, para, rtl_style, side_by_side, styles

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SEPARATOR = "˒"  # a raised comma between two marks
_ITEM = re.compile(r"^\d+$")  # a note that is the number of an item of a list ("Nr. 3")


def mark(numbers: list[int]) -> str:
    """Footnote marks as raised digits: [1, 3] -> "¹˒³"."""
    return _SEPARATOR.join(str(n).translate(_SUPERSCRIPT) for n in numbers)


def _ranges(items: list[int]) -> str:
    """[1, 2, 3, 5] -> "1–3, 5"."""
    runs: list[list[int]] = []
    for n in sorted(set(items)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run))
                     for run in runs)


@dataclass
class _Note:
    """One note: a citation (without its item numbers), when it was read, the items cited."""

    citation: Citation
    when_de: str
    when: str
    url: str
    items: list[int] = field(default_factory=list)

    def text(self, lang: str, when: str) -> str:
        notes = list(self.citation.notes)
        if self.items:
            key = "item {0}" if len(self.items) == 1 else "items {0}"
            notes.insert(0, phrase(key, lang, _ranges(self.items)))
        text = render_citation(replace(self.citation, notes=notes), lang)
        return text + (f" ({when})" if when else "")


class SourceNotes:
    """Collects the citations of the rows in the order they are first cited. Citations of one
    section that differ only in the item cited ("Nr. 1", "Nr. 2" of a list of documents) are one
    note naming the items."""

    def __init__(self, lang: str, urls: bool = False) -> None:
        self.lang = lang
        self.urls = urls  # give each source's address where it has one (on the cover)
        self._notes: dict[tuple[str, str, str], _Note] = {}

    @property
    def texts(self) -> list[tuple[str, str, str]]:
        """The notes in order: (German, applicant's language, URL)."""
        return [(note.text(AUTHORITY_LANGUAGE, note.when_de), note.text(self.lang, note.when),
                 note.url) for note in self._notes.values()]

    def numbers(self, source: str, as_of: str = "") -> list[int]:
        """The note numbers of the citations of `source`. `as_of`: when the cited value was
        read there, said in the note of a citation that does not carry its own date."""
        out: list[int] = []
        for citation in parse(source):
            dated = citation.entry is not None and citation.entry.kind in DATED_KINDS \
                and not citation.paragraph
            items = [int(n) for n in citation.notes if _ITEM.match(n)]
            base = replace(citation, notes=[n for n in citation.notes if not _ITEM.match(n)])
            when_de = "" if dated else as_of_text(as_of, AUTHORITY_LANGUAGE)
            url = citation.entry.url if self.urls and citation.entry else ""
            key = (render_citation(base, AUTHORITY_LANGUAGE), when_de, url)
            note = self._notes.get(key)
            if note is None:
                note = self._notes[key] = _Note(
                    base, when_de, "" if dated else as_of_text(as_of, self.lang), url)
            note.items += [n for n in items if n not in note.items]
            number = list(self._notes).index(key) + 1
            if number not in out:
                out.append(number)
        return out

    def mark(self, source: str, as_of: str = "") -> str:
        """The raised note numbers of `source` in ascending order, to put right after the text
        they belong to."""
        return mark(sorted(self.numbers(source, as_of)))

    def mark_all(self, cited: list[tuple[str, str]]) -> str:
        """The raised note numbers of several (source, as_of), ascending, each once."""
        return mark(sorted({n for source, as_of in cited for n in self.numbers(source, as_of)}))

    def refs(self, source: str, lang: str, as_of: str = "") -> Flowable:
        """"Quelle ¹˒³" in `lang`, a line of its own."""
        return self.refs_all([(source, as_of)], lang)

    def refs_all(self, cited: list[tuple[str, str]], lang: str) -> Flowable:
        """"Quelle ¹˒³" for several (source, as_of) in `lang`, a line of its own."""
        return para(f"{t('source', lang)} {self.mark_all(cited)}",
                    rtl_style(styles().small, lang))

    def story(self, heading_key: str) -> list[Flowable]:
        """The numbered notes (nothing if no row cited a source), one line each. The heading
        stays with the first note and the last note with the one before it: no note alone on a
        page."""
        rows = self.lines(heading_key)
        if len(rows) <= 4:
            return [KeepTogether(rows)] if rows else []
        return [KeepTogether(rows[:2]), *rows[2:-2], KeepTogether(rows[-2:])]

    def lines(self, heading_key: str, run_in: bool = False) -> list[Flowable]:
        """The heading and the notes (nothing if no row cited a source), not held together: to
        keep them with a text before them (a KeepTogether cannot hold another). With `run_in`,
        the notes in one paragraph per language (for short citations)."""
        texts = self.texts
        if not texts:
            return []
        st = styles()
        head = side_by_side(
            [para(t(heading_key, AUTHORITY_LANGUAGE), st.label)],
            [para(t(heading_key, self.lang), rtl_style(st.label, self.lang))], self.lang)
        numbered = list(enumerate(texts, start=1))
        # the address once, under the German (an address reads the same in every language)
        german = [f"{mark([n])} {de}" + (f" {url}" if url else "") for n, (de, _, url) in numbered]
        other = [f"{mark([n])} {text}" for n, (_, text, _) in numbered]
        if run_in:
            german, other = ["   ".join(german)], ["   ".join(other)]
        return [head] + [side_by_side([para(de, st.small)],
                                      [para(text, rtl_style(st.small, self.lang))]
                                      if bilingual(self.lang) else [], self.lang)
                         for de, text in zip(german, other, strict=True)]
