"""Sources as people read them: the registry (resources/sources/), `cite` and `as_of_text`, and
the places a person meets a source: the packet, the "Why?" dialog and the CLI (test_cli_check)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT
from packet_support import TODAY, example, example_packet, norm, part_text, reader

from assistant import authorities
from assistant.casefile import load_case
from assistant.engine import assess
from assistant.errors import ResourceError
from assistant.packet.i18n import t
from assistant.sources import (
    LRE,
    as_of_resolves,
    as_of_text,
    cite,
    embed_ltr,
    load_registry,
    ltr,
    registry,
    unresolved,
)
from assistant.texts import LANGUAGES

RESOURCES = ROOT / "resources"
SEED_001 = "001_640c1961240af47c.txt"
SEED_002 = "002_42fad1ad22d34fdb.txt"


def _strings(node: object, keys: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in keys and isinstance(value, str):
                yield key, value
            else:
                yield from _strings(value, keys)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value, keys)


def resource_values(key: str) -> list[tuple[str, str]]:
    """(file, value) of every `key` string in every TOML file under resources/."""
    out = []
    for path in sorted(RESOURCES.rglob("*.toml")):
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        out += [(str(path.relative_to(ROOT)), v) for k, v in _strings(doc, (key,))]
    return out


def shown_sources() -> list[str]:
    """Every source string a person can meet: the data files', the code's own (the authority
    rule), and the combined ones the engine builds for the example cases."""
    out = {v for _, v in resource_values("source")} | {authorities.RULE_SOURCE}
    for path in sorted(EXAMPLES.glob("*.json")):
        a = assess(load_case(path), TODAY)
        out |= {f.source for f in a.findings} | {c.source for c in a.checklist}
        out |= {f.source for f in a.fees.lines + a.fees.exemptions}
        out |= {d.source for d in a.deadlines}
        if a.authority:
            out |= {a.authority.source} | {c.source for c in a.authority.contacts}
    return sorted(out)


# --- the registry -----------------------------------------------------------------------------


def test_every_source_in_resources_resolves():
    problems = [f"{where}: {problem}" for where, source in resource_values("source")
                for problem in unresolved(source)]
    assert not problems, "\n".join(problems)


def test_every_as_of_in_resources_resolves():
    bad = [(where, v) for where, v in resource_values("as_of") if not as_of_resolves(v)]
    assert not bad


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_no_source_a_person_sees_shows_a_file_name(lang: str):
    for source in shown_sources():
        shown = cite(source, lang)
        assert ".txt" not in shown and "seed" not in shown.casefold(), (source, shown)
    for _, as_of in resource_values("as_of"):
        shown = as_of_text(as_of, lang)
        assert "seed" not in shown and ".txt" not in shown, (as_of, shown)


def test_every_entry_has_a_title_in_every_language_and_every_phrase_every_language():
    reg = registry()
    for entry in reg.sources.values():
        missing = [lang for lang in LANGUAGES if not entry.title.get(lang)]
        assert not missing, (entry.id, missing)
    for text, phrase in reg.phrases.items():
        missing = [lang for lang in LANGUAGES if not getattr(phrase, lang)]
        assert not missing, (text, missing)
        assert phrase.text_in("de") != "" and text.count("{") == phrase.text_in("ar").count("{")


def test_the_packet_font_draws_every_title_and_phrase():
    from assistant.fonts import missing_glyphs

    reg = registry()
    texts = [(e.id, lang, title) for e in reg.sources.values() for lang, title in e.title.items()]
    texts += [(key, lang, p.text_in(lang)) for key, p in reg.phrases.items() for lang in LANGUAGES]
    assert not [(key, lang, missing_glyphs(text)) for key, lang, text in texts
                if missing_glyphs(text)]


def test_every_seed_is_registered_with_its_own_title_and_publisher(shared_dir: Path):
    seeds = sorted(p.name for p in (shared_dir / "seeds").glob("0*.txt"))
    reg = registry()
    assert seeds and all(reg.sources[name].kind == "seed" for name in seeds)
    sheet = (shared_dir / "seeds" / SEED_001).read_text(encoding="utf-8")
    assert "Informationsblatt\nAufenthaltserlaubnis für Studenten" in sheet
    assert "Erstellt im Sächsischen Staatsministerium des Innern." in sheet
    assert reg.sources[SEED_001].publisher == "Sächsisches Staatsministerium des Innern"
    guide = (shared_dir / "seeds" / SEED_002).read_text(encoding="utf-8")
    assert guide.startswith("Residence permit") and "TU Bergakademie Freiberg" in guide
    assert reg.sources[SEED_002].publisher == "TU Bergakademie Freiberg"


def test_a_malformed_registry_entry_names_its_file(tmp_path: Path):
    (tmp_path / "x.toml").write_text('[[source]]\nid = "a.txt"\nkind = "seed"\ndate = "soon"\n'
                                     'title.de = "A"\ntitle.en = "A"\n', encoding="utf-8")
    with pytest.raises(ResourceError, match=r"x\.toml.*'a\.txt'.*not a date"):
        load_registry(tmp_path)
    (tmp_path / "x.toml").write_text('[[source]]\nid = "a.txt"\nkind = "seed"\n'
                                     'date = "undated"\ntitle.de = "A"\n', encoding="utf-8")
    with pytest.raises(ResourceError, match="title needs the languages en"):
        load_registry(tmp_path)


# --- cite and as_of_text ----------------------------------------------------------------------


def test_cite_gives_title_publisher_section_and_date():
    source = f"{SEED_001}, 'Welche Hochschulen sind erfasst?'"
    assert cite(source, "de") == (
        "Informationsblatt „Aufenthaltserlaubnis für Studenten“ – Sächsisches "
        "Staatsministerium des Innern, Abschnitt „Welche Hochschulen sind erfasst?“ (undatiert)")
    assert cite(source, "en") == (
        "Information sheet “Residence Permit for Students” – Sächsisches Staatsministerium des "
        "Innern, section “Welche Hochschulen sind erfasst?” (undated)")


def test_a_publisher_named_in_the_title_is_not_repeated():
    assert cite(f"{SEED_002}, '2. Renew the residence permit'", "de") == (
        "TU Bergakademie Freiberg: Aufenthaltstitel (Ausländerbehörde Mittelsachsen), "
        "Abschnitt „2. Renew the residence permit“ (undatiert)")


def test_a_paragraph_is_its_own_title_with_the_law_named_in_other_languages():
    assert cite("§ 16b Abs. 3 AufenthG", "de") == "§ 16b Abs. 3 AufenthG"
    assert cite("§ 16b Abs. 3 AufenthG", "en") == "§ 16b Abs. 3 AufenthG – Residence Act"
    assert cite("§ 81 Abs. 4 und 5 AufenthG", "tr") == "§ 81 Abs. 4 und 5 AufenthG – İkamet Kanunu"
    assert cite("BeschV", "de") == "BeschV – Beschäftigungsverordnung"
    several = "§§ 16 i. V. m. 2, 5, 7, 8 und 12 AufenthG"
    assert cite(several, "en") == f"{several} – Residence Act" and unresolved(several) == []


def test_several_citations_item_numbers_notes_and_continued_sections():
    source = (f"{SEED_001}, 'Wer ist Studierender?'; 'Welche Unterlagen sind erforderlich?'; "
              f"{SEED_002}, '1.3. Required application documents' (6); § 45 AufenthV")
    assert cite(source, "de") == (
        "Informationsblatt „Aufenthaltserlaubnis für Studenten“ – Sächsisches Staatsministerium "
        "des Innern, Abschnitt „Wer ist Studierender?“, Abschnitt „Welche Unterlagen sind "
        "erforderlich?“ (undatiert); TU Bergakademie Freiberg: Aufenthaltstitel "
        "(Ausländerbehörde Mittelsachsen), Abschnitt „1.3. Required application documents“ "
        "(Nr. 6; undatiert); § 45 AufenthV")
    assert "(item 6; undated)" in cite(source, "en")


def test_locators_and_notes_are_translated():
    row = "000_0839e95a274599d4.txt, row 'Leipzig', 'Opening hours'"
    assert cite(row, "de").endswith(
        "Zeile „Leipzig“, Abschnitt „Opening hours“ (Stand: April 2020)")
    assert cite(row, "ru").endswith("строка «Leipzig», раздел «Opening hours» "
                                    "(по состоянию на апрель 2020)")
    fee = f"{SEED_002}, '3. Change the address on the residence permit' (names no fee)"
    assert "(nennt keine Gebühr; undatiert)" in cite(fee, "de")
    assert "(bir ücret belirtmiyor; tarihsiz)" in cite(fee, "tr")
    assert cite("no fee amount cited", "de") == "kein Gebührenbetrag belegt"


def test_arabic_and_persian_quotes_separators_and_left_to_right_runs():
    source = f"{SEED_002}, '1.4. Costs for the initial application'; § 45 AufenthV"
    shown = cite(source, "ar")
    # the quotation marks inside the embedding: they stay with the words when a line breaks
    assert ltr("«1.4. Costs for the initial application»") in shown
    assert "؛ " in shown and "، " in shown  # Arabic semicolon and comma
    assert ltr("§ 45 AufenthV") + " – لائحة الإقامة" in shown
    plain = cite(source, "fa", embed=False)
    assert LRE not in plain and "بخش «1.4. Costs for the initial application»" in plain


def test_embed_ltr_keeps_brackets_and_quotes_with_their_run():
    # the brackets and quotation marks around a Latin run are embedded with it, so that a line
    # break inside the run leaves each with its words
    assert embed_ltr("في (Landratsamt Mittelsachsen) هنا") == \
        f"في {ltr('(Landratsamt Mittelsachsen)')} هنا"
    assert embed_ltr("المصدر (Abc (x))") == f"المصدر {ltr('(Abc (x))')}"
    assert embed_ltr("موقف «Brand-Erbisdorf – Dr.-W.-Külz-Straße».") == \
        f"موقف {ltr('«Brand-Erbisdorf – Dr.-W.-Külz-Straße»')}."
    # between two embedded runs the neutral characters stay right to left
    assert embed_ltr("نشرة (Abc) – Def، هنا") == f"نشرة {ltr('(Abc)')} – {ltr('Def')}، هنا"
    # a bracket opened in the Arabic text stays outside a run that does not close it
    assert embed_ltr("(منذ 24.03.2023، Deutsch)") == f"(منذ 24.03.2023، {ltr('Deutsch')})"
    assert embed_ltr("(§ 54 AufenthG – قانون الإقامة).") == \
        f"({ltr('§ 54 AufenthG')} – قانون الإقامة)."


def test_unknown_sources_are_shown_as_written_and_reported():
    assert cite("test fixture (not a legal source)", "uk") == "test fixture (not a legal source)"
    assert unresolved("999_unknown.txt, 'X'") == ["unknown source \"999_unknown.txt, 'X'\""]
    assert unresolved(f"{SEED_001}, chapter nine") != []
    assert unresolved(f"{SEED_001}, 'X' (3)") == []


@pytest.mark.parametrize(("as_of", "lang", "shown"), [
    ("undated (seed 002)", "de", "undatiert"),
    ("undated (seed 001)", "en", "undated"),
    ("undated", "uk", "без дати"),
    ("2020-04", "de", "Stand: April 2020"),
    ("2020-04", "en", "as of April 2020"),
    ("2026-11-22", "de", "Stand: 22.11.2026"),
    ("2020", "tr", "2020 itibarıyla"),
    ("", "de", ""),
])
def test_as_of_text(as_of: str, lang: str, shown: str):
    assert as_of_text(as_of, lang) == shown


def test_as_of_naming_an_unknown_seed_does_not_resolve():
    assert as_of_resolves("undated (seed 002)") and as_of_resolves("2020-04")
    assert not as_of_resolves("undated (seed 777)") and not as_of_resolves("spring")


# --- the packet -------------------------------------------------------------------------------


def _pdftotext(data: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) absent")
@pytest.mark.parametrize("lang", ["de", "en", "ar"])
def test_packet_names_sources_by_title(tmp_path: Path, lang: str):
    packet = example_packet("student-first-permit", lang)
    text = _pdftotext(packet.pdf, tmp_path, lang)
    assert "Informationsblatt" in text
    assert "TU Bergakademie Freiberg" in text
    assert ".txt" not in text and "seed" not in text.casefold()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_cover_and_checklist_list_their_sources_in_both_languages(lang: str):
    packet = example_packet("student-first-permit", lang)
    cover = part_text(packet, "cover")
    assert norm(t("sources", "de")) in cover and norm(t("sources", lang)) in cover
    # numbered notes (the office's own pages come first, the seed's guide after them), marked
    # by raised numbers (which text extraction folds to digits, see norm)
    assert re.search(r"\d TU Bergakademie Freiberg: Aufenthaltstitel", cover)
    # where to check (broken across lines only after "/")
    assert "https://tu-freiberg.de/en/international/residence-permit" in cover.replace(
        "/ ", "/")
    raw = " ".join(reader(packet).pages[i].extract_text() for i in packet.part("cover").pages)
    digits = "[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
    authority = example("student-first-permit")[1].authority
    assert authority is not None
    for phone in (c for c in authority.contacts if c.kind == "phone"):
        # the value once, all its sources' marks beside it
        marks = digits + f"(?:˒{digits})" * (len(phone.sources) - 1)
        assert len(re.findall(re.escape(phone.value) + marks + r"(?!˒)", raw)) == 1, phone
    assert re.search("Quelle " + digits, raw)  # the booking steps' sources
    checklist = part_text(packet, "checklist")
    assert norm(t("sources", "de")) in checklist and norm(t("sources", lang)) in checklist
    assert "Abschnitt „Welche Unterlagen sind erforderlich?“" in checklist
    if lang == "en":
        assert "section “Welche Unterlagen sind erforderlich?”" in checklist
        assert "Source 1" in checklist


def test_calendar_entries_name_sources_by_title():
    from assistant.calendar_export import deadlines_to_ics

    case = load_case(EXAMPLES / "student-first-permit.json")
    ics = deadlines_to_ics(assess(case, TODAY), "en").decode("utf-8")
    unfolded = ics.replace("\r\n ", "")
    assert "Source: TU Bergakademie Freiberg: Residence permit" in unfolded
    assert ".txt" not in unfolded


def test_fees_and_timeline_show_titles_in_german_and_the_applicants_language():
    packet = example_packet("student-first-permit", "en")
    fees = part_text(packet, "fees")
    # the line cites the value of the day: § 45 AufenthV as in force from 1.9.2017, and the page
    # that gives that day, by its title
    assert "§ 45 Abs. 1 Nr. 1 Buchst. b AufenthV – Residence Ordinance" in fees
    assert "Change of § 45 AufenthV of 1 Sep 2017" in fees and "buzer.de/" not in fees
    timeline = part_text(packet, "timeline")
    # each deadline's source by its footnote mark, the notes after the list
    assert re.search(r"Quelle \d", timeline) and re.search(r"Source \d", timeline)
    assert re.search(r"\d TU Bergakademie Freiberg: Aufenthaltstitel", timeline)
    assert re.search(r"\d TU Bergakademie Freiberg: Residence permit", timeline)


# --- the "Why?" dialog ------------------------------------------------------------------------


@pytest.fixture
def ui_language(qtbot):
    from ui import i18n

    yield i18n.set_language
    i18n.set_language("en")


def _why_item(qtbot):
    from ui.inputs import Problem, ProblemItem

    problem = Problem(severity="blocker", text="Too few lessons",
                      why="The course must be intensive.",
                      source=f"{SEED_001}, 'Was wird vorausgesetzt?'; § 16b Abs. 1 AufenthG",
                      quote="mindestens 18 Unterrichtsstunden pro Woche")
    item = ProblemItem(problem)
    qtbot.addWidget(item)
    return item


def _blocks(html: str) -> list[tuple[str, bool, bool]]:
    """(text, right to left, right-aligned) of each paragraph of rich text, as Qt lays it out."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html)
    out = []
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        out.append((block.text(), fmt.layoutDirection() == Qt.LayoutDirection.RightToLeft,
                    bool(fmt.alignment() & Qt.AlignmentFlag.AlignRight)))
        block = block.next()
    return out


def test_why_dialog_in_english_names_the_source_by_its_title(qtbot, ui_language):
    from PySide6.QtCore import Qt

    ui_language("en")
    item = _why_item(qtbot)
    box = item.why_dialog()
    text = "\n".join(b[0] for b in _blocks(box.text()))
    assert "Source: Information sheet “Residence Permit for Students” – Sächsisches " \
           "Staatsministerium des Innern, section “Was wird vorausgesetzt?” (undated); " \
           "§ 16b Abs. 1 AufenthG – Residence Act" in text
    assert ".txt" not in text
    assert box.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not any(rtl for _, rtl, _ in _blocks(box.text()))


@pytest.mark.parametrize(("lang", "label", "title"), [
    ("ar", "المصدر:", "نشرة معلومات «تصريح الإقامة للطلاب»"),
    ("fa", "منبع:", "برگه اطلاعات «اجازه اقامت برای دانشجویان»"),
])
def test_why_dialog_in_arabic_and_persian_reads_right_to_left(qtbot, ui_language, lang, label,
                                                              title):
    from PySide6.QtCore import Qt

    ui_language(lang)
    item = _why_item(qtbot)
    box = item.why_dialog()
    blocks = _blocks(box.text())
    source = next(text for text, _, _ in blocks if text.startswith(label))
    assert title in source and ".txt" not in source and "Source" not in source
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Every paragraph, even the one that begins with Latin letters, is set right to left and
    # aligned to the right.
    assert all(rtl and right for _, rtl, right in blocks), blocks
    assert item.why_button.text() != "Why?"


def test_json_titles_sit_beside_the_ids_and_leave_other_keys_alone():
    from assistant.sources import with_titles

    data = {"source": f"{SEED_001}, 'Gebühren'", "as_of": "undated (seed 001)",
            "sources": [{"source": "§ 45 AufenthV", "as_of": "2020-04"}],
            "booking_source": SEED_002, "booking_as_of": "2020-04"}
    out = with_titles(data, "en")
    assert out["source"] == data["source"] and out["sources"][0]["source"] == "§ 45 AufenthV"
    assert out["source_title"].startswith("Information sheet “Residence Permit for Students”")
    assert out["source_citations"][0]["id"] == SEED_001
    assert out["as_of_text"] == "undated" and out["sources"][0]["as_of_text"] == "as of April 2020"
    assert out["sources"][0]["source_title"] == "§ 45 AufenthV – Residence Ordinance"
    assert out["booking_source_title"].startswith("TU Bergakademie Freiberg: Residence permit")
    assert out["booking_as_of_text"] == "as of April 2020"
