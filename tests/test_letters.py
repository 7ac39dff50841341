"""The letters to the office (`python main.py letter`): what the office and the applicant read
in them (pdftotext), the e-mail parsed back, what the letter cites of the law, and the refusals."""

from __future__ import annotations

import email
import email.policy
import re
import shutil
import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from conftest import EXAMPLES
from pypdf import PdfReader

from assistant.casefile import load_case
from assistant.cli import main
from assistant.engine import assess
from assistant.letters import LETTER_KINDS, build_letter
from assistant.letters.texts import letter_texts
from assistant.texts import LANGUAGES

NEAR = EXAMPLES / "extension-near-expiry.json"  # Dresden, permit valid until 08.01.2027
FAMILY = EXAMPLES / "family-five-children.json"  # Leipzig


def _text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.replace("\xa0", " ").split())


def _letter(tmp_path: Path, case: Path, kind: str, today: str, *extra: str) -> Path:
    out = tmp_path / f"{kind}.pdf"
    assert main(["letter", str(case), "--kind", kind, "-o", str(out), "--today", today,
                 *extra]) == 0
    return out


def _german_pages(pdf: Path) -> str:
    """The pages before the translation (the letter that is sent)."""
    reader = PdfReader(pdf)
    pages = []
    for number in range(1, len(reader.pages) + 1):
        text = _text(pdf, number)
        if "nicht absenden" in text:
            break
        pages.append(text)
    return " ".join(pages)


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed")


@needs_pdftotext
def test_extension_letter_identifies_the_applicant_and_invokes_section_81(tmp_path) -> None:
    pdf = _letter(tmp_path, NEAR, "extension", "2026-12-01", "--lang", "uk")
    german = _german_pages(pdf)
    for expected in ("Landeshauptstadt Dresden", "Ausländerbehörde", "Theaterstraße 11–15",
                     "NGUYEN, Thi Lan", "19.08.2004", "C4412873", "Vietnam", "08.01.2027",
                     "Antrag auf Verlängerung", "§ 81 Abs. 4 Satz 1 AufenthG",
                     "§ 81 Abs. 5 AufenthG", "Fiktionsbescheinigung", "24 Monate",
                     "Anlagen:", "Immatrikulationsbescheinigung", "Dresden, den 01.12.2026",
                     "Unterschrift", "Seite 1 von",
                     # the return address above the office's, in the window
                     "Thi Lan Nguyen · Gutzkowstraße 29 · 01069 Dresden"):
        assert expected in german, expected
    assert "nicht absenden" not in german
    whole = _text(pdf)
    # the translation follows, marked, in Ukrainian, with the same facts
    assert "Переклад – не надсилайте" in whole
    assert "Übersetzung – nicht absenden" in whole
    assert "Заява про продовження" in whole and "08.01.2027" in whole


@needs_pdftotext
def test_each_kind_says_what_it_is_for(tmp_path) -> None:
    appointment = _german_pages(_letter(tmp_path, NEAR, "appointment", "2026-12-01"))
    assert "Bitte um einen Termin" in appointment
    assert "Ablauf meiner Aufenthaltserlaubnis: 08.01.2027" in appointment
    # before expiry the request also counts as the application, should no appointment be free
    assert "§ 81 Abs. 4 Satz 1 AufenthG" in appointment

    continuation = _letter(tmp_path, NEAR, "continuation", "2027-02-01", "--lang", "en")
    german = _german_pages(continuation)
    assert "abgelaufen" in german and "08.01.2027" in german
    assert "§ 81 Abs. 4 Satz 3 AufenthG" in german and "unbilligen Härte" in german
    # the warning is for the applicant, on the translation page, never in the letter sent
    assert "Ermessen" not in german and "discretion" not in german
    whole = _text(continuation)
    assert "discretion" in whole and "counselling centre at once" in whole

    moved = _german_pages(_letter(tmp_path, FAMILY, "address-change", "2026-12-01"))
    assert "Mitteilung meiner neuen Anschrift" in moved
    assert "Stadt Leipzig" in moved and "04317 Leipzig" in moved
    # the case is an extension: the report encloses the registration, not the whole checklist
    assert "Aktuelle Meldebescheinigung" in moved and "Gültiger Pass" not in moved


@needs_pdftotext
def test_a_german_letter_has_no_translation_but_the_notes_on_how_to_submit(tmp_path) -> None:
    pdf = _letter(tmp_path, NEAR, "extension", "2026-12-01", "--lang", "de")
    assert "Übersetzung" not in _text(pdf)
    german = _german_pages(pdf)
    assert "Seite 1 von" in german and "So nimmt diese Behörde" not in german
    notes = _text(pdf, len(PdfReader(pdf).pages))
    assert "Hinweise für Sie – nicht absenden" in notes
    assert "So nimmt diese Behörde Anträge an" in notes and "3 Monate vor Ablauf" in notes


@needs_pdftotext
def test_the_translation_page_says_how_this_office_takes_applications(tmp_path) -> None:
    pdf = _letter(tmp_path, FAMILY, "appointment", "2026-12-01", "--lang", "en")
    whole = _text(pdf)
    assert "How this office takes applications" in whole
    assert "through the office's contact form" in whole  # Leipzig
    assert "How this office takes applications" not in _german_pages(pdf)


def test_the_address_field_sits_in_the_window_of_form_b(tmp_path) -> None:
    """The office's first address line lies inside the window: 20-105 mm from the left,
    45-90 mm from the top of the sheet (DIN 5008 form B)."""
    pdf = _letter(tmp_path, NEAR, "extension", "2026-12-01", "--lang", "de")
    page = PdfReader(pdf).pages[0]
    found: list[tuple[float, float]] = []

    def visit(text: str, cm: list, tm: list, font: object, size: object) -> None:
        if "Landeshauptstadt Dresden" in text:
            found.append((tm[4], tm[5]))

    page.extract_text(visitor_text=visit)
    assert found, "the office's name is not on the first page"
    mm = 72 / 25.4
    x, y = found[0]
    top = float(page.mediabox.height) - y
    assert 20 * mm <= x <= 105 * mm
    assert 45 * mm <= top <= 90 * mm


def test_the_eml_is_a_ready_email_to_the_office_with_the_letter_attached(tmp_path) -> None:
    pdf, eml = tmp_path / "letter.pdf", tmp_path / "letter.eml"
    assert main(["letter", str(NEAR), "--kind", "extension", "-o", str(pdf), "--eml", str(eml),
                 "--today", "2026-12-01", "--lang", "ar"]) == 0
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["To"] == "auslaenderbehoerde@dresden.de"
    assert "thi.lan.nguyen@example.org" in message["From"]
    assert message["Subject"].startswith("Antrag auf Verlängerung meiner Aufenthaltserlaubnis")
    body = message.get_body(("plain",))
    assert body is not None and body.get_content_charset() == "utf-8"
    text = body.get_content()
    assert "Sehr geehrte Damen und Herren," in text and "§ 81 Abs. 4 Satz 1 AufenthG" in text
    assert "NGUYEN, Thi Lan" in text and "08.01.2027" in text
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["letter.pdf"]
    assert attachments[0].get_content() == pdf.read_bytes()


def test_no_eml_where_the_office_has_no_email_address(tmp_path, capsys) -> None:
    case = load_case(FAMILY).model_copy(deep=True)
    case.address.place, case.address.postcode = "Bautzen", "02625"
    path = tmp_path / "bautzen.json"
    path.write_text(case.model_dump_json(), encoding="utf-8")
    code = main(["letter", str(path), "--kind", "address-change", "-o", str(tmp_path / "l.pdf"),
                 "--eml", str(tmp_path / "l.eml"), "--today", "2026-12-01"])
    assert code == 2
    assert "no e-mail address of this office" in capsys.readouterr().err
    assert not (tmp_path / "l.eml").exists() and not (tmp_path / "l.pdf").exists()


def test_refuses_to_overwrite_or_to_write_onto_the_case_file(tmp_path, capsys) -> None:
    out = tmp_path / "letter.pdf"
    out.write_bytes(b"mine")
    args = ["letter", str(NEAR), "--kind", "appointment", "--today", "2026-12-01"]
    assert main([*args, "-o", str(out)]) == 2
    assert "exists already" in capsys.readouterr().err and out.read_bytes() == b"mine"
    assert main([*args, "-o", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    case = tmp_path / "case.json"
    shutil.copy(NEAR, case)
    before = case.read_bytes()
    assert main(["letter", str(case), "--kind", "appointment", "-o", str(case), "--force"]) == 2
    assert "would destroy it" in capsys.readouterr().err and case.read_bytes() == before


def test_a_letter_that_does_not_fit_the_case_is_refused_with_what_to_do(tmp_path, capsys) -> None:
    out = str(tmp_path / "x.pdf")
    assert main(["letter", str(NEAR), "--kind", "extension", "-o", out,
                 "--today", "2027-02-01"]) == 2
    assert "--kind continuation" in capsys.readouterr().err
    assert main(["letter", str(NEAR), "--kind", "continuation", "-o", out,
                 "--today", "2026-12-01"]) == 2
    assert "--kind extension" in capsys.readouterr().err
    assert main(["letter", str(EXAMPLES / "swiss-citizen.json"), "--kind", "appointment",
                 "-o", out, "--today", "2026-12-01"]) == 2
    assert "no residence permit is needed" in capsys.readouterr().err
    assert not Path(out).exists()


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_kind_in_every_language(lang) -> None:
    case = load_case(NEAR)
    for kind, day in (("extension", "2026-12-01"), ("appointment", "2026-12-01"),
                      ("continuation", "2027-02-01"), ("address-change", "2026-12-01")):
        today = date.fromisoformat(day)
        built = build_letter(case, assess(case, today), kind, lang, today)
        assert len(PdfReader(BytesIO(built.pdf)).pages) >= (
            1 if lang == "de" and kind != "continuation" else 2)
        if lang != "de":
            assert built.translation is not None and built.translation.lang == lang
            assert built.translation.subject != built.german.subject
    assert set(LETTER_KINDS) == {"extension", "appointment", "continuation", "address-change"}


def test_every_letter_text_has_all_languages_and_cites_the_law_word_for_word(shared_dir) -> None:
    law = " ".join((shared_dir / "law" / "AufenthG" / "81.md").read_text(encoding="utf-8")
                   .split())
    cited = 0
    for entry in letter_texts().values():
        assert all(entry.texts[lang] for lang in LANGUAGES), entry.key
        if entry.source:
            cited += 1
            assert entry.source.startswith("§ 81 ") and entry.source.endswith("AufenthG")
            assert " ".join(entry.quote.split()) in law, entry.key
            # the text names the paragraph it relies on, in every language
            paragraph = entry.source.split(" AufenthG")[0].split(" Abs.")[0]
            assert all(paragraph in entry.texts[lang] for lang in LANGUAGES), entry.key
    assert cited >= 4


def test_what_stops_a_letter_is_said_in_the_window_language_too() -> None:
    from assistant.letters.compose import LetterError

    case = load_case(NEAR)
    today = date(2027, 2, 1)
    with pytest.raises(LetterError) as caught:
        build_letter(case, assess(case, today), "extension", "uk", today)
    assert "--kind continuation" in str(caught.value)  # the command line's text
    assert "08.01.2027" in caught.value.text("uk") and "консультаційного центру" in \
        caught.value.text("uk")
    assert "--kind" not in caught.value.text("en")  # the window names the letter, not an option
    assert "Permit already expired" in caught.value.text("en")


@needs_pdftotext
def test_a_first_permit_on_a_visa_is_applied_for_before_the_visa_expires(tmp_path) -> None:
    pdf = _letter(tmp_path, EXAMPLES / "student-first-permit.json", "extension", "2026-11-22",
                  "--lang", "tr")
    german = _german_pages(pdf)
    assert "Antrag auf Erteilung einer Aufenthaltserlaubnis vor Ablauf meines Visums" in german
    assert "Mein Visum gilt bis zum 24.12.2026" in german
    assert "Landratsamt Mittelsachsen" in german and "09599 Freiberg" in german
    assert "ŞAHIN, Elif Naz" in german


def test_an_address_beyond_ascii_before_the_at_still_gives_the_email(tmp_path) -> None:
    """The case takes "lân.nguyễn@…" (an internationalised address); an e-mail header cannot
    carry it without SMTPUTF8, so the message is written without From: the mail program puts in
    the person's account. The address stays in the letter's identification."""
    from assistant.letters import email_message

    case = load_case(NEAR).model_copy(deep=True)
    case.contact.email = "lân.nguyễn@example.org"
    case = type(case).model_validate(case.model_dump())  # as the case file reads it
    assert case.contact.email == "lân.nguyễn@example.org"
    today = date(2026, 12, 1)
    built = build_letter(case, assess(case, today), "extension", "uk", today)
    message = email.message_from_bytes(bytes(email_message(built)), policy=email.policy.default)
    assert message["From"] is None and message["To"] == "auslaenderbehoerde@dresden.de"
    assert "lân.nguyễn@example.org" in message.get_body(("plain",)).get_content()


STUDENT = EXAMPLES / "student-first-permit.json"  # Mittelsachsen: the lead time from a 2nd page
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def _applicant_pages(pdf: Path) -> str:
    """The pages after the letter that is sent: for the applicant, marked "do not send"."""
    pages = [_text(pdf, n) for n in range(1, len(PdfReader(pdf).pages) + 1)]
    first = next(i for i, text in enumerate(pages) if "nicht absenden" in text)
    # the page numbers ("Seite 1 von 2") out: digits that are no note's
    return " ".join(pages[first:])


def _marks(text: str) -> set[int]:
    """The note numbers marked in `text` (raised digits, "¹˒³" for two)."""
    runs = re.findall(f"[{SUPERSCRIPT}˒]+", text)
    table = str.maketrans(SUPERSCRIPT, "0123456789")
    return {int(n.translate(table)) for run in runs for n in run.split("˒") if n}


@needs_pdftotext
@pytest.mark.parametrize("lang", ["de", "en", "uk"])
@pytest.mark.parametrize(("case", "kind", "day"), [
    (NEAR, "extension", "2026-12-01"), (NEAR, "continuation", "2027-02-01"),
    (NEAR, "appointment", "2026-12-01"), (STUDENT, "extension", "2026-11-22")])
def test_the_applicants_pages_cite_by_notes_as_the_packet_does(tmp_path, lang, case, kind,
                                                                day) -> None:
    from assistant.letters.compose import submission_statements
    from assistant.packet.i18n import t
    from assistant.sources import citation_texts, plain

    pdf = _letter(tmp_path, case, kind, day, "--lang", lang)
    # the letter that is sent cites the paragraph in its sentence, as German letters do
    german = _german_pages(pdf)
    assert "§ 81 Abs. 4" in german and not _marks(german)
    pages = _applicant_pages(pdf)
    heading = f" {t('sources', lang)} ¹ "
    assert pages.count(heading) == 1, "one list of notes, at the end"
    body, notes = pages.split(heading)
    notes = "¹ " + notes
    assert f"{t('source', lang)}:" not in pages  # no inline "Quelle: …" line any more
    # every mark has its note, every note is marked, numbered in the order first cited
    numbered = _marks(notes)
    assert numbered == set(range(1, len(numbered) + 1)) and _marks(body) == numbered
    loaded = load_case(case)
    cited = [c for c in submission_statements(assess(loaded, date.fromisoformat(day)), lang)
             if c.source]
    assert cited and all(line.text.split(":")[0] in body for line in cited)
    # each source once, by its title, in the notes only (a paragraph of the law is also named
    # by its number in the sentences that invoke it)
    for source in {c.source for c in cited} | {"§ 81 Abs. 4 AufenthG"}:
        for title, _ in citation_texts(source, lang):
            title = " ".join(plain(title).split())
            assert notes.count(title) == 1, title
            if not title.startswith("§"):
                assert title not in body, title
    if lang != "de" and kind == "extension":  # the translation marks the paragraphs it invokes
        assert re.search(f"§ 81 Abs. 5 AufenthG[^{SUPERSCRIPT}]{{0,3}}[{SUPERSCRIPT}]", body)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_a_date_at_the_end_of_a_sentence_is_not_followed_by_a_second_full_stop(lang) -> None:
    """Dates in Ukrainian and Russian end with an abbreviation ("24 груд. 2026 р."): a text
    must not put its own full stop right after one ("р.." in the first permit's letter)."""
    for case_file, kind, day in ((NEAR, "extension", "2026-12-01"),
                                 (NEAR, "appointment", "2026-12-01"),
                                 (NEAR, "continuation", "2027-02-01"),
                                 (FAMILY, "address-change", "2026-12-01"),
                                 (STUDENT, "extension", "2026-11-22"),
                                 (STUDENT, "appointment", "2026-11-22")):
        case = load_case(case_file)
        today = date.fromisoformat(day)
        built = build_letter(case, assess(case, today), kind, lang, today)
        body = built.translation or built.german
        for text in [body.subject, *body.paragraphs, body.notice, body.place_date,
                     *(line.text for line in body.submission)]:
            assert not re.search(r"\.\s?\.(?!\.)", text), (kind, text)
