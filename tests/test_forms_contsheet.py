"""The continuation sheet never misleads: every long value of every text field of our form and
of the Berlin form is printed in full, inside the page, under its owner's label."""

from __future__ import annotations

import re
import shutil
import subprocess
from itertools import cycle, islice
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from pydantic import BaseModel, ValidationError

from assistant.casefile import load_case
from assistant.forms import fill_form
from assistant.forms.engine import load_form
from assistant.forms.profile import SPECIAL_SOURCES, FieldMap, source_type
from assistant.model import LINE_MAX, NAME_MAX, TEXT_MAX, Case

BERLIN = "fixtures/official-forms/berlin-labo-agen1-2018-flat.pdf"
LENGTHS = [55, 96, 150, 2500]
# values the case model refuses at such lengths (postcode, passport number, e-mail, phone)
VALIDATED = {"address.postcode", "passport.number", "contact.email", "contact.phone"}
# whose value a case path holds, as a reader of the sheet must be told
OWNERS = {"spouse": ("Ehegatte/Lebenspartner", "Spouse/partner"), "father": ("Vater", "Father"),
          "mother": ("Mutter", "Mother")}
APPLICANT = ("Antragsteller", "Applicant")
LIST_OWNERS = {"children": ("Kind", "Child"), "previous_stays": ("Früherer Aufenthalt",
                                                                 "Previous stay")}
LETTERS = "abcdefghijklmnopqrstuvwxyzáéíñóúüäößçğış"


def _long(tag: int, n: int) -> str:
    """n characters, different for every tag: a compound name with spaces at 55, one word
    beyond (a word the page cannot hold at 150 and 2,500)."""
    head = f"Q{tag:03d}"
    body = "".join(islice(cycle(LETTERS[tag % 7:] + LETTERS[:tag % 7]), n - len(head)))
    text = head + body
    if n <= 60:  # "Fernández de la Cruz y Montenegro"-like: words of 8 letters
        text = " ".join(text[i:i + 8] for i in range(0, n, 9))[:n]
    return text


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _set(obj: BaseModel, path: str, value: str) -> str:
    """Set the value, cut to the case model's limit for the field (a name 100 characters, a
    line 200, a free text 1000); returns what was set."""
    *parents, last = path.split(".")
    for part in parents:
        child = getattr(obj, part)
        if child is None:
            typ, _ = source_type(type(obj), part)
            child = typ()
            setattr(obj, part, child)
        obj = child
    for limit in (len(value), TEXT_MAX, LINE_MAX, NAME_MAX):
        try:
            setattr(obj, last, value[:limit])
        except ValidationError:
            continue
        return value[:limit]
    raise AssertionError(f"{path}: the model takes not even {NAME_MAX} characters")


def _text_sources(f: FieldMap, model: type[BaseModel]) -> list[str]:
    if f.sheet or f.kind in ("choice", "check"):
        return []
    out = []
    for i, src in enumerate(f.sources):
        if model is Case and src in SPECIAL_SOURCES:
            continue  # today, the place of signing: not a field of the case
        typ, is_list = source_type(model, src)
        if f.format_of(i) == "text" and typ is str and not is_list:
            out.append(src)
    return [s for s in out if s not in VALIDATED]


def _labels(form_id: str, f: FieldMap, key: str) -> tuple[str, str]:
    if f.label_de:
        return f.label_de, f.label_en
    return load_form(form_id).labels[key]


def _long_case(form_id: str, n: int) -> tuple[Case, list[tuple[str, str]]]:
    """A case with every text field of the form at n characters, and for each value the
    heading the sheet must print it under (if it is not on the form)."""
    case = load_case(EXAMPLES / "family-five-children.json")
    profile = load_form(form_id).profile
    expect: list[tuple[str, str]] = []
    tag = 0
    given: dict[str, str] = {}  # a source on two places of the form has one value
    for f in profile.fields:
        for src in _text_sources(f, Case):
            tag += 1
            if src not in given:
                given[src] = _set(case, src, _long(tag, n))
            value = given[src]
            de, en = _labels(form_id, f, f.name)
            owner_de, owner_en = OWNERS.get(src.split(".")[0], APPLICANT)
            expect.append((f"{owner_de}: {de} / {owner_en}: {en}", value))
    for lst in profile.lists:
        entries: list[Any] = getattr(case, lst.source)
        typ, _ = source_type(Case, lst.source)
        while len(entries) <= lst.rows:  # one entry more than the form has rows
            entries.append(typ())
        for index, entry in enumerate(entries, 1):
            owner_de, owner_en = LIST_OWNERS[lst.source]
            for f in lst.fields:
                for src in _text_sources(f, typ):
                    tag += 1
                    value = _set(entry, src, _long(tag, n))
                    row = min(index, lst.rows)
                    de, en = _labels(form_id, f, f.name.replace("{n}", str(row)))
                    if index <= lst.rows:
                        expect.append((f"{owner_de} {index}: {de} / {owner_en} {index}: {en}",
                                       value))
                    else:  # the whole entry on the sheet, each line with its label
                        expect.append((f"{owner_de} {index} / {owner_en} {index}",
                                       f"{de} / {en}: {value}"))
    return case, expect


def _pages(pdf: Path) -> list[tuple[float, float, list[tuple[str, float, float, float, float]]]]:
    """(width, height, words with their boxes) of every page, from pdftotext -bbox."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(
            r'xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<',
            m.group(3))]
        pages.append((float(m.group(1)), float(m.group(2)), words))
    return pages


def _page_text(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def _sheet_sections(pdf: Path, first: int, last: int, headings: set[str]) -> dict[str, str]:
    """The sheet's text after each heading up to the next one (headings and text without
    white space), the pages' running heads and page numbers left out."""
    body = []
    for page in range(first, last + 1):
        lines = _page_text(pdf, page).splitlines()
        if page > first:
            lines = lines[1:]  # the running head
        body.extend(line for line in lines if not line.startswith("Anlage Seite"))
    text = _norm("\n".join(body)).replace(_norm("(Fortsetzung / continued)"), "")
    keys = sorted({_norm(h) for h in headings}, key=len, reverse=True)
    rx = re.compile("|".join(re.escape(k) for k in keys))
    sections: dict[str, str] = {}
    marks = list(rx.finditer(text))
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        sections[m.group()] = sections.get(m.group(), "") + text[
            m.end():nxt.start() if nxt else len(text)]
    return sections


def _in_order(words: list[str], text: list[str]) -> bool:
    """Whether `words` occur in `text` in this order (other words may come between: the
    other columns of a line)."""
    rest = iter(text)
    return all(any(w == t.rstrip(",;") for t in rest) for w in words)


def _check(form_id: str, n: int, tmp_path: Path, template: Path | None) -> None:
    case, expect = _long_case(form_id, n)
    filled = fill_form(case, form_id, template=template)
    pdf = tmp_path / f"{form_id}-{n}.pdf"
    pdf.write_bytes(filled.pdf)
    pages = _pages(pdf)
    assert len(pages) == filled.form_pages + filled.continuation_pages
    for number, (w, h, words) in enumerate(pages, 1):
        for word, x1, y1, x2, y2 in words:
            assert x1 >= 0 and y1 >= 0 and x2 <= w and y2 <= h, (
                f"page {number}: {word[:30]!r} reaches beyond the page ({x1}, {y1}, {x2}, {y2})")
    form_words = [w[0] for _, _, words in pages[:filled.form_pages] for w in words]
    sections = _sheet_sections(pdf, filled.form_pages + 1, len(pages), {h for h, _ in expect})
    for heading, value in expect:
        if _in_order(value.split(": ")[-1].split(), form_words):
            continue  # it fits its place on the form (on one line or several)
        assert _norm(heading) in sections, f"no entry '{heading}' on the sheet ({n} chars)"
        assert _norm(value) in sections[_norm(heading)], (
            f"'{value[:40]}…' ({n} chars) is not printed in full under '{heading}'")


@pytest.fixture
def poppler() -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")


@pytest.mark.parametrize("n", LENGTHS)
def test_long_values_on_our_form_are_printed_in_full_under_their_owner(
        n: int, tmp_path: Path, poppler: None) -> None:
    _check("antrag-aufenthaltstitel", n, tmp_path, None)


@pytest.mark.parametrize("n", LENGTHS)
def test_long_values_on_the_berlin_form_are_printed_in_full_under_their_owner(
        n: int, tmp_path: Path, poppler: None, shared_dir: Path) -> None:
    path = shared_dir / BERLIN
    if not path.is_file():
        pytest.skip(f"{BERLIN} is absent from ../shared")
    _check("berlin-agen1", n, tmp_path, path)


def test_parents_long_names_are_not_printed_as_the_applicants(poppler: None,
                                                              tmp_path: Path) -> None:
    # the counselling centre's case: Spanish compound names of the parents
    case = load_case(EXAMPLES / "family-five-children.json")
    assert case.father is not None and case.mother is not None
    case.father.family_name = "Fernández de la Cruz y Montenegro-Villalobos de Castilla"
    case.mother.birth_name = "Rodríguez de Mendoza y Sotomayor-Alvarado de la Vega"
    filled = fill_form(case)
    headings = {o.value: o.heading() for o in filled.overflow}
    assert headings[case.father.family_name] == "Vater: Familienname / Father: Family name"
    assert headings[case.mother.birth_name] == "Mutter: Geburtsname / Mother: Name at birth"
    pdf = tmp_path / "f.pdf"
    pdf.write_bytes(filled.pdf)
    sheet = _norm(_page_text(pdf, filled.form_pages + 1))
    assert _norm("Vater: Familienname / Father: Family name" + case.father.family_name) in sheet
    assert "Antragsteller:Familienname" not in sheet  # the applicant's own name fits the form


def test_the_sheet_header_wraps_a_long_applicant_name_and_title(poppler: None,
                                                                tmp_path: Path) -> None:
    from assistant.forms.continuation import render_sheet
    from assistant.forms.values import Overflow

    name = "Wolfeschlegelsteinhausenbergerdorff" * 5 + ", Maria del Carmen Inmaculada"
    title = "Antrag auf Erteilung eines Aufenthaltstitels " * 6
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(render_sheet([Overflow("Geburtsort", "Place of birth", "Leipzig")],
                                 title, title, name))
    (w, h, words), = _pages(pdf)
    assert all(x1 >= 0 and x2 <= w and y1 >= 0 and y2 <= h for _, x1, y1, x2, y2 in words)
    text = _norm(_page_text(pdf, 1))
    assert _norm(f"Antragsteller / Applicant: {name}") in text
    assert _norm(f"{title} / {title}") in text
