"""The printable packet: parts in order with an outline entry each, page numbers on the typeset
parts, metadata without personal data, and the expected content of every part for several
scenario cases and languages."""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import cache

import pytest
from packet_support import (
    TODAY,
    example,
    example_packet,
    norm,
    page_texts,
    part_text,
    reader,
    synthetic_assessment,
)
from pypdf import PdfReader

from assistant.fonts import missing_glyphs
from assistant.packet import PART_KEYS, Packet, build_packet, packet_title, part_title
from assistant.packet.context import PacketContext
from assistant.packet.cover import apply_by
from assistant.packet.i18n import PACKET_LANGUAGES, packet_texts, t
from assistant.texts import format_day, format_money, text_in

# (example case, applicant's language): German beside English, Arabic, Ukrainian, Russian, Turkish
SCENARIOS = [
    ("student-first-permit", "en"),
    ("extension-near-expiry", "ar"),
    ("minor-language-course", "uk"),
    ("swiss-citizen", "ru"),
    ("family-five-children", "tr"),
    ("student-first-permit", "de"),
]


@cache
def synthetic_packet(lang: str, items: int = 6, cited_fees: bool = True) -> Packet:
    case, _ = example("student-first-permit")
    return build_packet(case, synthetic_assessment(items=items, cited_fees=cited_fees), lang)


@pytest.mark.parametrize(("name", "lang"), SCENARIOS)
def test_parts_in_order_each_with_one_outline_entry(name: str, lang: str) -> None:
    packet = example_packet(name, lang)
    pdf = reader(packet)
    keys = [p.key for p in packet.parts]
    assert keys == [k for k in PART_KEYS if k in keys] and keys[:2] == ["cover", "form"]
    assert packet.page_count == len(pdf.pages)
    # The parts tile the packet without gaps or overlaps.
    position = 0
    for part in packet.parts:
        assert part.first_page == position and part.page_count >= 1, part
        position += part.page_count
    outline = pdf.outline
    assert all(not isinstance(entry, list) for entry in outline)  # no nested entries
    assert [entry.title for entry in outline] == [part_title(k, lang) for k in keys]
    assert [pdf.get_destination_page_number(e) for e in outline] == [
        p.first_page for p in packet.parts]


# A part with nothing to show: the line that says so, instead of a page of its own.
EMPTY = {"checklist": "checklist.empty", "fees": "fees.none", "timeline": "timeline.none",
         "findings": "findings.none"}


def _holding(packet, key: str) -> str:
    """The part that holds the line of the empty part `key`: the part before it (not the sheet
    on the form, which follows the form: then the cover), or, where that part's last page had no
    room, the next part; the line is in one of them only."""
    line = norm(t(EMPTY[key], "de"))
    before = next(p for p in reversed(packet.parts) if p.typeset and p.key != "sign"
                  and PART_KEYS.index(p.key) < PART_KEYS.index(key))
    after = [p for p in packet.parts if p.typeset and PART_KEYS.index(p.key) > PART_KEYS.index(key)]
    places = [p.key for p in [before, *after[:1]] if line in part_text(packet, p.key)]
    assert len(places) == 1, (key, places)
    if places[0] != before.key:  # at the top of the next part's first page
        assert page_texts(packet)[after[0].first_page].index(line) < 200, key
    return places[0]


@pytest.mark.parametrize(("name", "lang"), SCENARIOS)
def test_an_empty_part_is_a_line_at_the_end_of_the_part_before_it(name: str, lang: str) -> None:
    packet = example_packet(name, lang)
    keys = [p.key for p in packet.parts]
    for key, none_key in EMPTY.items():
        line = norm(t(none_key, "de"))
        if key in keys:
            assert line not in part_text(packet, key), key
            continue
        holder = _holding(packet, key)
        assert norm(t(f"part.{key}", "de")) in part_text(packet, holder)


def test_an_empty_parts_line_never_takes_a_page_of_its_own() -> None:
    # the Russian packet of the first permit: the deadlines fill their last page, so "nothing
    # to discuss" goes to the top of the proof sheet instead of a page of its own
    packet = example_packet("student-first-permit", "ru")
    assert "findings" not in [p.key for p in packet.parts]
    assert _holding(packet, "findings") == "proof"
    line = norm(t("findings.none", "de"))
    for text in page_texts(packet):
        if line in text:
            assert len(text) > 3 * len(line) + 200, "a page for the line alone"


def test_a_packet_with_nothing_to_discuss_has_no_page_for_it() -> None:
    with_findings = synthetic_packet("en")
    assert "findings" in [p.key for p in with_findings.parts]
    case, _ = example("student-first-permit")
    assessment = synthetic_assessment().model_copy(update={"findings": []})
    packet = build_packet(case, assessment, "en")
    assert "findings" not in [p.key for p in packet.parts]
    assert packet.page_count == with_findings.page_count - 1
    # the line that says so ends the deadlines' page (the proof sheet to keep comes last)
    before = part_text(packet, "timeline")
    assert norm(t("findings.none", "de")) in before and norm(t("findings.none", "en")) in before


@pytest.mark.parametrize(("name", "lang"), SCENARIOS)
def test_typeset_pages_numbered_in_german_and_the_applicants_language(name: str,
                                                                       lang: str) -> None:
    packet = example_packet(name, lang)
    texts = page_texts(packet)
    total = len(texts)
    for part in packet.parts:
        for index in part.pages:
            german = f"Seite {index + 1} von {total}"
            other = norm(t("footer.page", lang, page=index + 1, pages=total))
            if part.typeset:
                assert german in texts[index], (part.key, index)
                if lang == "de":
                    continue
                tail = texts[index].split(f"{german} / ", 1)[1]
                if lang in ("ar", "fa"):  # extraction reorders digits in right-to-left runs
                    assert sorted(tail.replace(" ", "")) == sorted(other.replace(" ", ""))
                else:
                    assert tail == other, (part.key, index)
            else:  # the form keeps its own page numbers; the packet does not stamp it
                assert f"von {total} /" not in texts[index], "form pages unstamped"
                assert german not in texts[index]


def test_metadata_has_a_title_and_no_personal_data() -> None:
    case, _ = example("student-first-permit")
    packet = example_packet("student-first-permit", "en")
    pdf = reader(packet)
    meta = {k: str(v) for k, v in (pdf.metadata or {}).items()}
    assert meta["/Title"] == packet_title("en")
    personal = [case.person.family_name, case.person.first_names, case.passport.number,
                case.contact.email, case.address.street, case.person.place_of_birth]
    for value in meta.values():
        for item in personal:
            assert item.casefold() not in value.casefold()
    assert "/Metadata" not in pdf.trailer["/Root"]  # no XMP packet that could carry more


@pytest.mark.parametrize(("name", "lang"), SCENARIOS)
def test_checklist_lists_every_item_in_german_and_the_language(name: str, lang: str) -> None:
    _, assessment = example(name)
    packet = example_packet(name, lang)
    if "general.eu_citizen_no_permit" in assessment.finding_ids():
        assert assessment.checklist == [], "who needs no permit gets no permit checklist"
        assert "checklist" not in [p.key for p in packet.parts]  # a line on the cover
        return
    text = part_text(packet, "checklist")
    assert norm(t("part.checklist", "de")) in text
    assert assessment.checklist, "the scenario has documents"
    for item in assessment.checklist:
        assert norm(text_in(item.name, "de")) in text
        if lang not in ("de", "ar"):  # Arabic is compared word by word below
            assert norm(text_in(item.name, lang)) in text


def test_checklist_item_has_tick_box_copies_why_and_note() -> None:
    text = part_text(synthetic_packet("en"), "checklist")
    assert "Register within 14 days of moving in" in text
    assert "Innerhalb von 14 Tagen nach dem Einzug anmelden" in text
    assert "Why: Reason 2 for the document" in text
    assert "Wozu: Begründung 2 der Unterlage" in text


def test_long_checklist_breaks_across_pages_with_repeated_header() -> None:
    packet = synthetic_packet("uk", items=45)
    part = packet.part("checklist")
    assert part.page_count >= 2
    texts = page_texts(packet)
    for index in part.pages:
        assert "Unterlage" in texts[index] and "Документ" in texts[index]
    joined = " ".join(texts[i] for i in part.pages)
    for i in range(1, 46):
        assert f"Testunterlage Nummer {i} " in joined + " "
        assert f"Тестовий документ номер {i} " in joined + " "


def test_arabic_is_shaped_and_extracts_as_the_arabic_text() -> None:
    packet = synthetic_packet("ar")
    raw = " ".join(p.extract_text() or "" for p in reader(packet).pages)
    # Joined letter forms (Arabic Presentation Forms) are what is drawn...
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in raw)
    text = norm(raw)
    # ...and they read back as the words of the translation.
    for key in ("part.checklist", "part.fees", "part.timeline", "part.findings"):
        assert norm(t(key, "ar")) in text
    assert norm("مستند اختبار رقم") in text


@pytest.mark.parametrize("lang", ["de", "en", "ar", "uk"])
def test_fee_estimate_lines_total_exemption_and_authority_note(lang: str) -> None:
    packet = synthetic_packet(lang)
    text = part_text(packet, "fees")
    assert "Testgebühr" in text
    assert norm(format_money(10000, "de")) in text  # 100,00 €
    assert "100,00 €" in text
    assert "test fixture (not a legal source)" in text
    assert norm(t("fees.total", "de")) in text
    assert "Testbefreiung DAAD" in text
    assert "Die Behörde setzt die Gebühr fest (Test)." in text
    if lang != "de":
        assert norm(t("fees.total", lang)) in text


def test_no_cited_fee_says_ask_the_authority() -> None:
    packet = synthetic_packet("en", cited_fees=False)
    text = part_text(packet, "fees")
    assert "ask the authority" in text
    assert "bei der Behörde erfragen" in text
    assert "€" not in text  # no amount is made up


@pytest.mark.parametrize(("name", "lang"), SCENARIOS)
def test_fee_part_of_scenarios_shows_each_line(name: str, lang: str) -> None:
    _, assessment = example(name)
    packet = example_packet(name, lang)
    has_part = "fees" in [p.key for p in packet.parts]
    text = part_text(packet, "fees" if has_part else "cover")
    for line in assessment.fees.lines:
        assert norm(text_in(line.label, "de"))[:40] in text
        if line.amount_cents is not None:
            assert norm(format_money(line.amount_cents, "de")) in text
    if not assessment.fees.lines and not assessment.fees.exemptions:
        # no permit applied for (a Swiss citizen): no fee, and no "ask the authority" either
        assert norm(t("fees.none", "de")) in text and "bei der Behörde erfragen" not in text
    elif assessment.fees.total_cents is None:
        assert "bei der Behörde erfragen" in text
    else:
        assert norm(format_money(assessment.fees.total_cents, "de")) in text


def test_timeline_lists_dates_with_passed_marked() -> None:
    packet = synthetic_packet("en")
    text = part_text(packet, "timeline")
    assessment = synthetic_assessment()
    for d in assessment.deadlines:
        assert format_day(d.date, "de") in text
        assert text_in(d.label, "de") in text and text_in(d.label, "en") in text
    assert "abgelaufen" in text and "passed" in text
    assert "heute / today" in text  # the mark for today on the line
    assert "Note on the test deadline" in text


def test_findings_show_blockers_and_warnings_with_reason_and_source_not_info() -> None:
    text = part_text(synthetic_packet("en"), "findings")
    assert "Testhindernis" in text and "Test obstacle" in text
    assert "Testwarnung" in text and "Test warning" in text
    assert "Begründung: Grund des Hindernisses" in text
    assert "Reason: Reason for the obstacle" in text
    # each finding's source by its mark in both columns, the source once in the notes below
    assert text.count("Quelle 1") == 2 and text.count("Source 1") == 2
    assert "Quelle:" not in text
    assert "Quellen Sources 1 test fixture (not a legal source)" in text
    assert "Testinformation" not in text


@pytest.mark.parametrize(("name", "lang"), SCENARIOS)
def test_findings_of_scenarios(name: str, lang: str) -> None:
    _, assessment = example(name)
    packet = example_packet(name, lang)
    shown = [f for f in assessment.findings if f.severity.value in ("blocker", "warning")]
    if not shown:  # a line on the page of the part before (or the next) instead of a page
        assert "findings" not in [p.key for p in packet.parts]
        _holding(packet, "findings")
        return
    text = part_text(packet, "findings")
    for finding in shown:
        assert norm(finding.text("de"))[:50] in text


def test_cover_has_authority_contacts_with_source_date_booking_and_apply_by() -> None:
    text = part_text(synthetic_packet("en"), "cover")
    assert "Testbehörde" in text and "Teststraße 1" in text
    assert "+49 30 1234567" in text and "test@example.org" in text
    assert "Stand: April 2020" in text and "as of April 2020" in text
    assert "Erster Testschritt" in text and "Second test step" in text
    assert "Nur nach Termin (Test)" in text
    assessment = synthetic_assessment()
    first = next(d for d in assessment.deadlines if d.id == "deadline.apply_fixture")
    assert format_day(first.date, "de") in text
    # What to bring: 6 documents, 4 originals, 6 copies (1+2+0+1+2+0)
    assert re.search(r"Unterlagen insgesamt Documents in total 6\b", text)
    assert re.search(r"Kopien insgesamt Copies in total 6\b", text)


def test_cover_of_mittelsachsen_case_has_booking_steps_and_dated_contacts() -> None:
    case, assessment = example("student-first-permit")
    assert assessment.authority is not None
    text = part_text(example_packet("student-first-permit", "en"), "cover")
    assert norm(text_in(assessment.authority.name, "de"))[:30] in text
    for contact in assessment.authority.contacts:
        assert norm(contact.value)[:20] in text.replace(" ", "") or norm(contact.value)[
            :20] in text
    for step in assessment.authority.booking_steps:
        assert norm(text_in(step, "de"))[:25] in text
    if any(c.as_of.startswith("2020-04") for c in assessment.authority.contacts):
        assert "Stand: April 2020" in text
    deadline = apply_by(PacketContext(case, assessment, "en"))
    if deadline is None:
        assert norm(t("cover.apply_by_none", "de"))[:30] in text
    else:
        assert format_day(deadline.date, "de") in text


def test_typical_student_packet_is_under_500_kb() -> None:
    assert len(example_packet("student-first-permit", "en").pdf) < 500 * 1024
    assert len(example_packet("extension-near-expiry", "ar").pdf) < 500 * 1024


def test_unknown_language_is_refused() -> None:
    from assistant.errors import UserError

    case, assessment = example("student-first-permit")
    with pytest.raises(UserError, match="cannot be printed in 'xx'"):
        build_packet(case, assessment, "xx")


def test_packet_texts_complete_and_printable_in_every_language() -> None:
    texts = packet_texts()
    for key, entry in texts.items():
        for lang in PACKET_LANGUAGES:
            assert entry.get(lang), f"[{key}] lacks {lang}"
            assert not missing_glyphs(entry[lang]), (key, lang)
            placeholders = set(re.findall(r"\{(\w+)\}", entry[lang]))
            assert placeholders == set(re.findall(r"\{(\w+)\}", entry["en"])), (key, lang)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) absent")
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_text_outside_the_page(tmp_path, lang: str) -> None:
    packet = synthetic_packet(lang, items=45)
    path = tmp_path / "packet.pdf"
    path.write_bytes(packet.pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    assert len(pages) == packet.page_count
    for index, (width, height, body) in enumerate(pages):
        if index in packet.part("form").pages:
            continue
        for x0, y0, x1, y1 in re.findall(
                r'xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)"', body):
            assert float(x0) >= 0 and float(y0) >= 0, (index, x0, y0)
            assert float(x1) <= float(width) and float(y1) <= float(height), (index, x1, y1)


def test_packet_pdf_reads_back_without_errors() -> None:
    pdf = PdfReader(__import__("io").BytesIO(synthetic_packet("tr").pdf), strict=True)
    assert len(pdf.pages) == synthetic_packet("tr").page_count
    for page in pdf.pages:
        assert page.mediabox.width == pytest.approx(595.28, abs=0.5)
        assert page.mediabox.height == pytest.approx(841.89, abs=0.5)


def test_same_input_gives_the_same_packet() -> None:
    case, assessment = example("student-first-permit")
    assert build_packet(case, assessment, "en").pdf == build_packet(case, assessment, "en").pdf


def test_today_is_the_assessment_day() -> None:
    assert synthetic_assessment().today == TODAY


def test_editable_form_keeps_its_fields_in_the_packet() -> None:
    case, assessment = example("student-first-permit")
    packet = build_packet(case, assessment, "en", editable_form=True)
    fields = PdfReader(__import__("io").BytesIO(packet.pdf)).get_fields() or {}
    assert fields.get("family_name", {}).get("/V") == case.person.family_name
    flat = PdfReader(__import__("io").BytesIO(example_packet("student-first-permit",
                                                            "en").pdf)).get_fields()
    assert not flat
