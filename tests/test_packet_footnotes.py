"""Sources in the packet as compact footnotes (issue 16, point 6): a fee, a finding, a text of the
proof sheet or the cover carries raised note numbers, and the notes at the end of its part give
each source once by its title, in German beside the applicant's language. No part prints a source
column or an inline "Quelle: …" line any more."""

from __future__ import annotations

import re

import pytest
from packet_support import example, example_packet, norm, page_texts, part_text

from assistant.packet.i18n import AUTHORITY_LANGUAGE, t
from assistant.sources import citation_texts, parse, plain
from assistant.texts import format_money, text_in

LANGUAGES = ["de", "en", "uk", "ar", "fa"]
LATIN = ["en", "uk"]  # languages whose notes text extraction keeps in reading order


def _title(source: str, lang: str) -> list[str]:
    """The titles of a source's citations as the notes give them (text extraction's form)."""
    return [norm(plain(text)) for text, _ in citation_texts(source, lang)]


def _notes(text: str) -> str:
    """The notes of a part: everything from their heading on."""
    heading = norm(t("sources", AUTHORITY_LANGUAGE))
    assert text.count(heading + " ") == 1, "one list of notes per part"
    return text[text.index(heading + " "):]


def _numbers(marks: str) -> set[int]:
    return {int(n) for n in marks.split("˒")}


def _note_numbers(source: str, notes: str) -> set[int]:
    """The numbers under which the notes give the (German) titles of `source`."""
    found = set()
    for title in _title(source, AUTHORITY_LANGUAGE):
        match = re.search(r"(\d+) " + re.escape(title), notes)
        assert match, f"no note for {title!r}"
        found.add(int(match.group(1)))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_fee_table_has_no_source_column_and_each_fee_marks_its_notes(lang: str) -> None:
    name = "minor-language-course"  # a fee and an exemption that halves it
    _, assessment = example(name)
    fees = assessment.fees
    text = part_text(example_packet(name, lang), "fees")
    for header in ("Grundlage und Quelle", "Rule and source", "Підстава та джерело"):
        assert header not in text
    notes = _notes(text)
    for line in [*fees.lines, *fees.exemptions]:
        assert norm(text_in(line.label, "de")) in text
        # the paragraph in the fee's own line, short, with the marks of all its sources
        paragraphs = "; ".join(c.paragraph for c in parse(line.source) if c.paragraph)
        match = re.search(re.escape(paragraphs) + r" ([\d˒]+)", text)
        assert match, line.id
        assert _numbers(match.group(1)) == _note_numbers(line.source, notes), line.id
        if lang in LATIN:
            for title in _title(line.source, lang):
                assert notes.count(title) == 1, title
        # a page's title is given in the notes only, once (not repeated in the table)
        for citation, title in zip(parse(line.source), _title(line.source, "de"), strict=True):
            if not citation.paragraph:
                assert text.count(title) == 1, title
    # the amounts, the exemption and the total still come from the parameters
    for line in [*fees.lines, *fees.exemptions]:
        assert line.amount_cents is not None
        assert norm(format_money(line.amount_cents, "de")) in text
    assert fees.total_cents is not None
    assert norm(format_money(fees.total_cents, "de")) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_finding_marks_its_sources_and_the_part_lists_each_once(lang: str) -> None:
    name = "swiss-citizen"  # an obstacle citing two sources
    _, assessment = example(name)
    finding = next(f for f in assessment.findings if f.severity.value == "blocker")
    assert len(parse(finding.source)) == 2
    text = part_text(example_packet(name, lang), "findings")
    assert "Quelle:" not in text
    marks = re.search(norm(t("source", "de")) + r" ([\d˒]+)", text)
    assert marks and _numbers(marks.group(1)) == {1, 2}
    notes = _notes(text)
    assert _note_numbers(finding.source, notes) == {1, 2}
    for title in _title(finding.source, "de"):
        assert text.count(title) == 1, title
    if lang in LATIN:
        assert text.count(f"{norm(t('source', lang))} 1˒2") == 1  # the mark in their column
        for title in _title(finding.source, lang):
            assert notes.count(title) == 1, title


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_proof_sheet_marks_the_paragraphs_and_names_each_law_once(lang: str) -> None:
    text = part_text(example_packet("student-first-permit", lang), "proof")
    assert "Quelle:" not in text and "Quelle " not in text
    notes = _notes(text)
    # the certificate rests on three paragraphs: its text ends with their marks
    assert re.search(r"§ 47 Abs\. 1 Nr\. 8 AufenthV\.1˒2˒3", text)
    for number, paragraph in enumerate(("§ 81 Abs. 4 AufenthG", "§ 81 Abs. 5 AufenthG",
                                        "§ 47 AufenthV"), start=1):
        assert f"{number} {paragraph}" in notes
    if lang == "en":
        assert notes.count("§ 81 Abs. 4 AufenthG – Residence Act") == 1
        assert notes.count("§ 47 AufenthV – Residence Ordinance") == 1


@pytest.mark.parametrize(("lang", "pages"), [("de", 1), ("ru", 2)])
def test_the_proof_sheets_notes_stay_on_the_page_of_its_last_text(lang: str, pages: int) -> None:
    # in German the sheet fills half a page, notes and all; in Russian it takes two pages, and
    # the notes go with the last text, not alone
    packet = example_packet("student-first-permit", lang)
    texts = [page_texts(packet)[i] for i in packet.part("proof").pages]
    assert len(texts) == pages
    last = norm(t("proof.record_hint", "de"))
    with_notes = [p for p in texts if norm(t("sources", "de")) + " " in p]
    assert len(with_notes) == 1 and last in with_notes[0]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_cover_cites_the_paragraph_it_recommends_by_as_a_note(lang: str) -> None:
    cover = part_text(example_packet("student-first-permit", lang), "cover")
    assert "Quelle:" not in cover
    notes = cover[cover.rindex(norm(t("sources", "de"))):]
    # the advice to apply before expiry ends with the mark of its paragraph's note
    advice = re.search(re.escape(norm(t("submission.before_expiry", "de"))) + r"(\d+)", cover)
    assert advice
    assert re.search(advice.group(1) + r" § 81 Abs\. 4 AufenthG https://www\.gesetze-im-internet\.de/",
                     notes)
    if lang == "en":
        assert notes.count("§ 81 Abs. 4 AufenthG – Residence Act") == 1


@pytest.mark.parametrize(("name", "lang"), [
    ("student-first-permit", "en"), ("extension-near-expiry", "ar"),
    ("minor-language-course", "uk"), ("family-five-children", "fa"), ("swiss-citizen", "de"),
])
def test_no_part_prints_an_inline_source_line(name: str, lang: str) -> None:
    packet = example_packet(name, lang)
    for part in packet.parts:
        if part.key == "form":  # the authority's form, not the packet's typesetting
            continue
        text = part_text(packet, part.key)
        assert f"{norm(t('source', 'de'))}:" not in text, part.key
        if lang in LATIN:
            assert f"{norm(t('source', lang))}:" not in text, part.key


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_items_of_one_list_cited_by_several_documents_are_one_note(lang: str) -> None:
    # the checklist cites "1.3. Required application documents" item by item: one note names
    # the items, instead of one note per item repeating the section's whole title
    notes = _notes(part_text(example_packet("student-first-permit", lang), "checklist"))
    section = norm("„1.3. Required application documents“")
    assert notes.count(section) == 1, notes
    assert re.search(re.escape(section) + r" \(Nr\. 1–8; undatiert\)", notes), notes
    if lang == "en":
        assert "(items 1–8; undated)" in notes
