"""Sources as people read them: the registry of cited documents (resources/sources/*.toml) and the
rendering of a resource entry's `source` and `as_of` strings in a language.

A `source` string is one or more citations joined by "; ". A citation is

    reference[, locator]*[ (note)]*

- reference: a registered id (a seed file name, a page's URL, a form), a paragraph of a registered
  law (`§ 16b Abs. 3 AufenthG`, `Art. 52 EUV`) or a law alone (`BeschV`). A citation that starts
  with a quoted heading continues the reference before it (`001_….txt, 'A'; 'B'`);
- locator: the part of the source: quoted headings (`'Gebühren'`, `'A' / 'B'`), shown as a
  section, or a registered phrase with quoted parts (`row 'Chemnitz'`, `introduction`);
- note: an item number (`(6)`), a quotation (`('Wenn Sie …')`) or a registered phrase
  (`(names no fee)`). A citation that is only a registered phrase is shown as that phrase.

Phrases (resources/sources/phrases.toml) are keyed by their English text with `{0}`, `{1}` for
the quoted parts, and give the text in every language. `cite` never fails: a part it cannot
resolve is shown as written (`unresolved` lists such parts; a test keeps resources/ free of them).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .datafiles import read_toml, validation_problems
from .errors import ResourceError
from .paths import RESOURCES
from .texts import LANGUAGES, REQUIRED_LANGUAGES, RTL_LANGUAGES, format_day, format_month

SOURCES_DIR = RESOURCES / "sources"
PHRASES_FILE = "phrases.toml"
AUTHORITY_LANGUAGE = "de"

SourceKind = Literal["seed", "law", "page", "form", "standard", "data"]
# Kinds whose date is shown after the title (a law's consolidated text is always "as of" the
# data's date; a standard is cited by its number; "data" is the program's own list).
DATED_KINDS = frozenset({"seed", "page", "form"})

# Quotation marks as each language writes them (typography, not a legal fact).
QUOTES: dict[str, tuple[str, str]] = {
    "de": ("„", "“"), "en": ("“", "”"), "uk": ("«", "»"), "ru": ("«", "»"),
    "tr": ("“", "”"), "ar": ("«", "»"), "fa": ("«", "»"),
}

# Separators between the parts of a citation and between citations ("," and ";" in Arabic script).
_COMMA = {"ar": "، ", "fa": "، "}
_SEMICOLON = {"ar": "؛ ", "fa": "؛ "}

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_UNDATED = re.compile(r"^undated(?: \(seed (\d{3})\))?$")
_NUMBER = re.compile(r"^\d+$")


class SourceEntry(BaseModel):
    """One cited document: a seed, a law, a public page, a form or a standard."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=2)  # exactly as the data files cite it
    kind: SourceKind
    title: dict[str, str]
    publisher: str = ""  # as the source names it; empty where it names none
    date: str  # "undated", "2020-04", "2026-04-16"
    url: str = ""

    @field_validator("title")
    @classmethod
    def _v_title(cls, value: dict[str, str]) -> dict[str, str]:
        missing = [lang for lang in REQUIRED_LANGUAGES if not value.get(lang)]
        if missing:
            raise ValueError(f"the title needs the languages {', '.join(missing)}")
        return value

    @field_validator("date")
    @classmethod
    def _v_date(cls, value: str) -> str:
        if value != "undated" and not parse_date(value):
            raise ValueError(f"'{value}' is not a date: write \"undated\", YYYY, YYYY-MM or "
                             "YYYY-MM-DD")
        return value

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or self.title.get("en") or self.title[AUTHORITY_LANGUAGE]


class Phrase(BaseModel):
    """A fixed text of citations (a locator, a note, a label) in every language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str  # the English key as the data files write it, quoted parts as {0}, {1}
    de: str
    en: str
    uk: str = ""
    ar: str = ""
    ru: str = ""
    tr: str = ""
    fa: str = ""

    def text_in(self, lang: str) -> str:
        return str(getattr(self, lang, "") or self.en) if lang in LANGUAGES else self.en


@dataclass(frozen=True)
class Registry:
    sources: dict[str, SourceEntry]
    phrases: dict[str, Phrase]

    @property
    def laws(self) -> dict[str, SourceEntry]:
        return {k: v for k, v in self.sources.items() if v.kind == "law"}


def load_registry(folder: Path = SOURCES_DIR) -> Registry:
    """Every [[source]] and [[phrase]] of every .toml file in the folder."""
    sources: dict[str, SourceEntry] = {}
    phrases: dict[str, Phrase] = {}
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise ResourceError(f"{folder}: the source registry is missing; reinstall the program")
    for path in files:
        doc = read_toml(path)
        for key, model, target in (("source", SourceEntry, sources), ("phrase", Phrase, phrases)):
            for i, raw in enumerate(doc.get(key, [])):
                label = raw.get("id") or raw.get("text") if isinstance(raw, dict) else None
                try:
                    item = model.model_validate(raw)
                except ValidationError as exc:
                    problems = "; ".join(validation_problems(exc, "(the entry)"))
                    raise ResourceError(
                        f"{path}, [[{key}]] '{label or f'entry {i + 1}'}': {problems}") from None
                ident = item.id if isinstance(item, SourceEntry) else item.text
                if ident in target:
                    raise ResourceError(f"{path}, [[{key}]]: '{ident}' appears twice in "
                                        f"{folder}")
                target[ident] = item
    return Registry(sources, phrases)


@cache
def registry() -> Registry:
    """The program's source registry, loaded once."""
    return load_registry()


# --- dates --------------------------------------------------------------------------------------


def parse_date(value: str) -> tuple[int, int, int] | None:
    """(year, month, day) of "2020", "2020-04" or "2020-04-17" (0 for what is not given)."""
    value = value.strip()
    try:
        if _ISO_DAY.match(value):
            d = date.fromisoformat(value)
            return d.year, d.month, d.day
        if _ISO_MONTH.match(value):
            year, month = (int(p) for p in value.split("-"))
            date(year, month, 1)
            return year, month, 0
        if _YEAR.match(value):
            return int(value), 0, 0
    except ValueError:
        return None
    return None


def _date_in(parsed: tuple[int, int, int], lang: str) -> str:
    year, month, day = parsed
    if day:
        return format_day(date(year, month, day), lang)
    if month:
        return format_month(date(year, month, 1), lang)
    return str(year)


def as_of_text(as_of: str, lang: str) -> str:
    """When a text was read, for people: "Stand: April 2020", "undatiert" (never a seed's name).
    Empty for an empty `as_of`; an `as_of` that is neither shows as written."""
    as_of = as_of.strip()
    if not as_of:
        return ""
    if _UNDATED.match(as_of):
        return phrase("undated", lang)
    parsed = parse_date(as_of)
    if parsed is None:
        return as_of
    return phrase("as of {0}", lang, _date_in(parsed, lang))


def as_of_resolves(as_of: str) -> bool:
    """Whether `as_of` is empty, a date or "undated" (naming a registered seed if it names one)."""
    as_of = as_of.strip()
    match = _UNDATED.match(as_of)
    if match:
        seed = match.group(1)
        return seed is None or any(s.kind == "seed" and s.id.startswith(f"{seed}_")
                                   for s in registry().sources.values())
    return not as_of or parse_date(as_of) is not None


# --- parsing ------------------------------------------------------------------------------------


def _is_quote(text: str, i: int) -> bool:
    """Whether the apostrophe at `i` opens or closes a quotation (not one inside a word)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not (before.isalnum() and after.isalnum())


def _split(text: str, sep: str) -> list[str]:
    """`text` split at `sep` outside brackets and quotations."""
    parts, depth, quoted, start, i = [], 0, False, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "'" and _is_quote(text, i):
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth = max(depth - 1, 0)
        elif not quoted and depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i + len(sep)
            i = start
            continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _trailing_notes(text: str) -> tuple[str, list[str]]:
    """The text without its trailing "(…)" groups, and those groups' contents in order."""
    notes: list[str] = []
    text = text.strip()
    while text.endswith(")"):
        depth, quoted = 0, False
        for i in range(len(text) - 1, -1, -1):
            ch = text[i]
            if ch == "'" and _is_quote(text, i):
                quoted = not quoted
            elif not quoted and ch == ")":
                depth += 1
            elif not quoted and ch == "(":
                depth -= 1
                if depth == 0:
                    break
        else:
            break
        if i == 0:
            break
        notes.insert(0, text[i + 1:-1].strip())
        text = text[:i].strip()
    return text, notes


def _quoted_parts(text: str) -> tuple[str, list[str]]:
    """'row 'Chemnitz'' -> ('row {0}', ['Chemnitz']): quoted parts replaced by placeholders."""
    out, parts, i = [], [], 0
    while i < len(text):
        if text[i] == "'" and _is_quote(text, i):
            end = i + 1
            while end < len(text) and not (text[end] == "'" and _is_quote(text, end)):
                end += 1
            if end < len(text):
                out.append("{" + str(len(parts)) + "}")
                parts.append(text[i + 1:end])
                i = end + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out), parts


@dataclass
class Citation:
    """One citation of a source string, resolved against the registry."""

    raw: str
    entry: SourceEntry | None = None  # the registered source (for a paragraph: its law)
    paragraph: str = ""  # "§ 16b Abs. 3 AufenthG" when a paragraph of a law is cited
    phrase_only: str = ""  # a citation that is only a phrase ("no fee amount cited")
    locators: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.entry.id if self.entry else ""


def _law_paragraph(head: str, laws: dict[str, SourceEntry]) -> tuple[str, SourceEntry] | None:
    if not head.startswith(("§", "Art.")):
        return None
    for law_id in sorted(laws, key=len, reverse=True):
        if head.endswith(" " + law_id):
            return head, laws[law_id]
    return None


def parse(source: str, reg: Registry | None = None) -> list[Citation]:
    """The citations of a source string (see the module's description)."""
    reg = reg or registry()
    out: list[Citation] = []
    for raw in _split(source, "; "):
        body, notes = _trailing_notes(raw)
        pieces = _split(body, ", ") or [body]
        head, locators = pieces[0], pieces[1:]
        citation = Citation(raw=raw, notes=notes)
        law = None
        if head.startswith(("§", "Art.")):  # a paragraph may itself hold commas (§§ 16, 17 …)
            for k in range(1, len(pieces) + 1):
                if law := _law_paragraph(", ".join(pieces[:k]), reg.laws):
                    locators = pieces[k:]
                    break
        if head in reg.sources:
            citation.entry = reg.sources[head]
            citation.locators = locators
        elif law:
            citation.paragraph, citation.entry = law
            citation.locators = locators
        elif head.startswith("'") and out and (out[-1].entry or out[-1].paragraph):
            out[-1].locators += pieces
            out[-1].notes += notes
            continue
        elif _quoted_parts(raw)[0] in reg.phrases:
            citation.phrase_only = raw
            citation.notes = []
        else:
            citation.locators = pieces
        out.append(citation)
    return out


# --- rendering ----------------------------------------------------------------------------------


def quote(text: str, lang: str) -> str:
    """The text in the language's quotation marks. Inside Arabic or Persian, a quoted Latin text
    (a German heading) is embedded left to right as a whole, its final "?" included."""
    opening, closing = QUOTES.get(lang, QUOTES["en"])
    if lang in RTL_LANGUAGES and not any(unicodedata.bidirectional(ch) in ("R", "AL")
                                         for ch in text):
        # the marks inside the embedding: they stay with the words when the line breaks
        return ltr(f"{opening}{text}{closing}")
    return f"{opening}{text}{closing}"


def phrase(key: str, lang: str, *values: str) -> str:
    """A registered phrase in `lang` with its placeholders filled (the key itself if unknown)."""
    entry = registry().phrases.get(key)
    template = entry.text_in(lang) if entry else key
    for i, value in enumerate(values):
        template = template.replace("{" + str(i) + "}", value)
    return template


def _phrase_with_quotes(text: str, lang: str) -> str | None:
    """A text with quoted parts as a registered phrase, quotes set for the language; None if the
    text is not registered."""
    key, parts = _quoted_parts(text)
    if key not in registry().phrases:
        return None
    return phrase(key, lang, *(quote(p, lang) for p in parts))


def _only_headings(key: str, parts: list[str]) -> bool:
    """Whether a locator is only quoted headings ("{0}" or "{0} / {1}"): a section."""
    return bool(parts) and not re.sub(r"\{\d+\}|[ /]", "", key)


def _locator(text: str, lang: str) -> str:
    key, parts = _quoted_parts(text)
    if _only_headings(key, parts):
        # only quoted headings ("'A'" or "'A' / 'B'"): a section of the source
        shown = key
        for i, part in enumerate(parts):
            shown = shown.replace("{" + str(i) + "}", quote(part, lang))
        return phrase("section {0}", lang, shown)
    return _phrase_with_quotes(text, lang) or text


def _note(text: str, lang: str) -> str:
    if _NUMBER.match(text):
        return phrase("item {0}", lang, text)
    key, parts = _quoted_parts(text)
    if key == "{0}":
        return quote(parts[0], lang)
    return _phrase_with_quotes(text, lang) or text


def _title(citation: Citation, lang: str) -> str:
    entry = citation.entry
    assert entry is not None
    if citation.paragraph:
        if lang == AUTHORITY_LANGUAGE:
            return citation.paragraph
        return f"{citation.paragraph} – {entry.title_in(lang)}"
    title = entry.title_in(lang)
    if entry.kind == "law":
        return f"{entry.id} – {title}"
    if entry.publisher and entry.publisher not in title:
        title = f"{title} – {entry.publisher}"
    return title


def render_citation(citation: Citation, lang: str) -> str:
    """One citation of `parse` for people in `lang` (as `cite` renders it)."""
    return _directed(_render(citation, lang), lang)


@lru_cache(maxsize=4096)
def citation_texts(source: str, lang: str) -> tuple[tuple[str, str], ...]:
    """(text in `lang`, URL or "") of each citation of a source string, as `cite` renders them."""
    return tuple((render_citation(c, lang), c.entry.url if c.entry else "")
                 for c in parse(source))


def _render(citation: Citation, lang: str) -> str:
    if citation.phrase_only:
        return _phrase_with_quotes(citation.phrase_only, lang) or citation.phrase_only
    if citation.entry is None:
        return citation.raw
    parts = [_title(citation, lang)] + [_locator(loc, lang) for loc in citation.locators]
    notes = [_note(n, lang) for n in citation.notes]
    if citation.entry.kind in DATED_KINDS and not citation.paragraph:
        notes.append(as_of_text(citation.entry.date, lang))
    text = _COMMA.get(lang, ", ").join(parts)
    return f"{text} ({_SEMICOLON.get(lang, '; ').join(notes)})" if notes else text


# Left-to-right embedding and its end (Unicode bidi controls, invisible).
# Left-to-right embedding and its end, and the right-to-left mark (Unicode bidi controls,
# invisible). The marks around an embedding keep the neutral characters between two embedded runs
# ("(A) – B") in the right-to-left order of the text around them.
LRE, PDF, RLM = "\u202a", "\u202c", "\u200f"


def ltr(text: str) -> str:
    """`text` embedded left to right inside right-to-left text."""
    return f"{RLM}{LRE}{text}{PDF}{RLM}"
_CLOSING = {")": "(", "]": "["}
# Opening brackets and quotation marks, each with its closing one.
_OPENING = {"(": ")", "[": "]", "„": "“", "“": "”", "«": "»", "‚": "‘", '"': '"'}


def embed_ltr(text: str) -> str:
    """Right-to-left text with each run of Latin text ("§ 45 AufenthV", a German or English
    heading) embedded left to right, so that the bidi algorithm keeps the run in its own order:
    without it, "1.4. Costs" inside Arabic is shown as "Costs .1.4"."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == LRE:  # embedded already (a quotation): as it is
            end = text.find(PDF, i)
            end = len(text) if end < 0 else end + 1
            out.append(text[i:end])
            i = end
            continue
        if ch == RLM:
            out.append(ch)
            i += 1
            continue
        # a run begins with a Latin letter or "§"; numbers alone (a date) the bidi algorithm
        # places by itself
        if unicodedata.bidirectional(ch) != "L" and ch != "§":
            out.append(ch)
            i += 1
            continue
        # the brackets and quotation marks that open right before the run belong to it: so
        # they stay with its words when a line breaks inside it
        start = i
        while start > 0 and text[start - 1] in _OPENING and out and out[-1] == text[start - 1]:
            out.pop()
            start -= 1
        openers = text[start:i]
        # a run: up to the last Latin letter or digit before the next right-to-left letter
        # (and before a closing bracket opened outside the run)
        end = i
        j = i
        depth = sum(1 for ch in openers if ch in "([")
        while j < len(text) and unicodedata.bidirectional(text[j]) not in ("R", "AL"):
            if text[j] in "([":
                depth += 1
            elif text[j] in _CLOSING:
                if depth == 0:
                    break
                depth -= 1
                if depth == 0 and any(ch in "([" for ch in openers):
                    end = j  # the bracket opened before the run closes it: the run ends here
                    break
            if unicodedata.bidirectional(text[j]) in ("L", "EN"):
                end = j
            j += 1
        run = text[start:end + 1]
        rest = end + 1
        while rest < len(text) and text[rest] in _CLOSING and \
                run.count(_CLOSING[text[rest]]) > run.count(text[rest]):
            run += text[rest]
            rest += 1
        for opener in reversed(openers):  # the closing quotation marks of the opened ones
            closer = _OPENING[opener]
            if opener not in "([" and rest < len(text) and text[rest] == closer:
                run += closer
                rest += 1
        if openers and any(run.count(o) > run.count(_OPENING[o]) for o in openers
                           if o != '"') or openers.count('"') > run.count('"') - openers.count('"'):
            # a mark the run does not close (it closes after right-to-left words): it stays
            # outside, where the bidi algorithm pairs it with its closing mark
            out.append(openers)
            run = run[len(openers):]
        out.append(ltr(run))
        i = rest
    return "".join(out)


def _directed(text: str, lang: str) -> str:
    return embed_ltr(text) if lang in RTL_LANGUAGES else text


@lru_cache(maxsize=4096)
def cite(source: str, lang: str, embed: bool = True) -> str:
    """A resource entry's `source` for people in `lang`: titles instead of file names, sections,
    notes and dates in the language. Parts that cannot be resolved are shown as written. In
    Arabic and Persian, Latin runs are embedded left to right (see `embed_ltr`) unless `embed`
    is false (plain text for a terminal or JSON)."""
    if not source.strip():
        return ""
    text = _SEMICOLON.get(lang, "; ").join(_render(c, lang) for c in parse(source))
    return _directed(text, lang) if embed else plain(text)


def plain(text: str) -> str:
    """The text without the embedding marks of `embed_ltr` and `quote`."""
    return text.replace(LRE, "").replace(PDF, "").replace(RLM, "")


def cite_parts(source: str, lang: str) -> list[dict[str, str]]:
    """Each citation for the CLI's JSON: the registered id (empty for a phrase or an unresolved
    part), its URL where there is one, and its rendered text."""
    return [{"id": c.id, "url": c.entry.url if c.entry else "", "title": plain(_render(c, lang))}
            for c in parse(source)]


def with_titles(data: object, lang: str) -> object:
    """A JSON-ready structure with, beside every source id string (`source`, `…_source`), its
    title (`source_title`) and its citations (`source_citations`: id, url, title each), and
    beside every `as_of` (`…_as_of`) its text (`as_of_text`)."""
    if isinstance(data, list):
        return [with_titles(v, lang) for v in data]
    if not isinstance(data, dict):
        return data
    out: dict[str, object] = {}
    for key, value in data.items():
        out[key] = with_titles(value, lang)
        if not isinstance(value, str):
            continue
        if key == "source" or key.endswith("_source"):
            out[f"{key}_title"] = cite(value, lang, embed=False)
            out[f"{key}_citations"] = cite_parts(value, lang)
        elif key == "as_of" or key.endswith("_as_of"):
            out[f"{key}_text"] = as_of_text(value, lang)
    return out


def unresolved(source: str) -> list[str]:
    """The parts of a source string that `cite` cannot render from the registry (empty if all
    resolve): unknown references, locators and notes."""
    problems: list[str] = []
    reg = registry()
    for c in parse(source, reg):
        if c.phrase_only:
            continue
        if c.entry is None:
            problems.append(f"unknown source {c.raw!r}")
            continue
        for loc in c.locators:
            key, parts = _quoted_parts(loc)
            if not _only_headings(key, parts) and key not in reg.phrases:
                problems.append(f"unknown locator {loc!r} (add it to resources/sources/"
                                f"{PHRASES_FILE})")
        for note in c.notes:
            key, parts = _quoted_parts(note)
            if not _NUMBER.match(note) and key != "{0}" and key not in reg.phrases:
                problems.append(f"unknown note {note!r} (add it to resources/sources/"
                                f"{PHRASES_FILE})")
    return problems
