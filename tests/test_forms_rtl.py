"""Names in Arabic and Persian script on the forms and in the packet: drawn joined and right to
left (assistant/shaping.py, one shaping for all of them), read back by poppler as typed, and the
form fields' values kept as typed.

A render shows joined letters as fewer separate shapes of ink than the same letters drawn one by
one; poppler's text extraction gives a right-to-left run in logical order only when it was drawn
in visual order (right to left), so the name reading back as typed shows the order."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from PIL import Image, ImageChops
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from assistant.casefile import load_case
from assistant.engine import assess
from assistant.fonts import BOLD, REGULAR, missing_glyphs, register_fonts
from assistant.forms import fill_form
from assistant.forms.engine import load_form
from assistant.forms.profile import load_profile
from assistant.model import Case
from assistant.packet import build_packet
from assistant.paths import FORMS
from assistant.shaping import shape

BERLIN = "fixtures/official-forms/berlin-labo-agen1-2018-flat.pdf"
NAMES = [  # (family name, first names): Arabic, Persian
    ("عبد الله", "محمد"),
    ("رضایی", "زهرا"),
]
DPI = 150
_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def _need(tool: str) -> None:
    if not shutil.which(tool):
        pytest.skip(f"{tool} (poppler-utils) is not installed")


def _case(family: str, first: str) -> Case:
    case = load_case(EXAMPLES / "student-first-permit.json")
    case.person.family_name = family
    case.person.first_names = first
    return case


def _logical(text: str) -> str:
    """Extracted text as compared with what was typed: presentation forms folded (NFKC), bidi
    marks poppler adds dropped, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text.translate(_CONTROLS)).split())


def _text_in(pdf: Path, page: int, rect: tuple[float, float, float, float],
             height: float) -> str:
    """What poppler reads inside `rect` (PDF points, origin bottom-left) of a page."""
    _need("pdftotext")
    x1, y1, x2, y2 = rect
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page),
                          "-x", f"{x1:.0f}", "-y", f"{height - y2:.0f}", "-W",
                          f"{x2 - x1:.0f}", "-H", f"{y2 - y1:.0f}", str(pdf), "-"],
                         capture_output=True, check=True)
    return _logical(out.stdout.decode("utf-8"))


def _render(pdf: Path, page: int, rect: tuple[float, float, float, float],
            height: float) -> Image.Image:
    """The part `rect` of a page as poppler draws it (fields from their appearances), grey."""
    _need("pdftoppm")
    x1, y1, x2, y2 = rect
    k = DPI / 72
    stem = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", "-f",
                    str(page), "-l", str(page), "-x", f"{x1 * k:.0f}", "-y",
                    f"{(height - y2) * k:.0f}", "-W", f"{(x2 - x1) * k:.0f}", "-H",
                    f"{(y2 - y1) * k:.0f}", str(pdf), str(stem)], check=True,
                   capture_output=True)
    return Image.open(f"{stem}.png").convert("L")


def _ink(filled: Image.Image, blank: Image.Image) -> Image.Image:
    """What the filled page has that the blank one has not: the value's ink, black on white."""
    diff = ImageChops.difference(filled, blank)
    return diff.point(lambda v: 0 if v > 96 else 255)


def _shapes(image: Image.Image) -> int:
    """Separate shapes of ink (8-connected dark pixels): a joined word is one, plus its dots."""
    w, h = image.size
    px = image.load()
    seen: set[tuple[int, int]] = set()
    count = 0
    for y in range(h):
        for x in range(w):
            if px[x, y] >= 128 or (x, y) in seen:
                continue
            count += 1
            stack = [(x, y)]
            seen.add((x, y))
            while stack:
                cx, cy = stack.pop()
                for nx in (cx - 1, cx, cx + 1):
                    for ny in (cy - 1, cy, cy + 1):
                        if 0 <= nx < w and 0 <= ny < h and (nx, ny) not in seen \
                                and px[nx, ny] < 128:
                            seen.add((nx, ny))
                            stack.append((nx, ny))
    return count


def _unjoined_shapes(text: str, size: float, tmp_path: Path) -> int:
    """The shapes of `text` drawn letter by letter in logical order, unshaped (as the form drew
    a name before): every letter stands alone."""
    regular, _ = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(400, 40))
    c.setFont(regular, size)
    c.drawString(10, 14, text)
    c.save()
    path = tmp_path / "unjoined.pdf"
    path.write_bytes(buf.getvalue())
    image = _render(path, 1, (0, 0, 400, 40), 40)
    return _shapes(image)


def _field_rect(name: str) -> tuple[int, tuple[float, float, float, float]]:
    form = load_form("antrag-aufenthaltstitel")
    assert form.fields is not None
    widget = form.fields[name].widgets[0]
    return widget.page + 1, widget.rect


# --- the shaping ---------------------------------------------------------------------------------


def test_every_letter_form_and_ligature_shaped_is_in_the_font() -> None:
    """Every Arabic and Persian letter the font has, alone, at the start, in the middle and at
    the end of a word, and the words the shaper would make a ligature of ("الله"), come out of
    the shaper as glyphs of both faces of the font."""
    letters = [chr(c) for c in range(0x0621, 0x064B)] + list("پچژگکی")
    letters = [ch for ch in letters if not missing_glyphs(ch)]
    assert len(letters) > 30
    words = [f"{ch}" for ch in letters] + [f"{ch}ب{ch}ب{ch}" for ch in letters]
    words += ["عبد الله", "الله أكبر", "محمد رسول الله", "لا إله", "صلى الله عليه وسلم"]
    for word in words:
        shaped = shape(word)
        assert not missing_glyphs(shaped, REGULAR), (word, missing_glyphs(shaped, REGULAR))
        assert not missing_glyphs(shaped, BOLD), (word, missing_glyphs(shaped, BOLD))
    assert "\ufdf2" not in shape("عبد الله")  # the ligature "Allah" DejaVu Sans lacks
    assert shape("لا") == "\ufefb"  # lam with alef, which it has, is still joined
    assert shape("Şahin") == "Şahin"


# --- our own form ----------------------------------------------------------------------------


@pytest.mark.parametrize("family,first", NAMES, ids=["arabic", "persian"])
def test_our_printed_form_shows_the_name_joined_and_reads_back_as_typed(
        family: str, first: str, tmp_path: Path) -> None:
    form = load_form("antrag-aufenthaltstitel")
    pdf = tmp_path / "printed.pdf"
    pdf.write_bytes(fill_form(_case(family, first)).pdf)
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(form.template())
    for name, value in (("family_name", family), ("first_names", first)):
        page, rect = _field_rect(name)
        assert _text_in(pdf, page, rect, 841.89) == value
        ink = _ink(_render(pdf, page, rect, 841.89), _render(blank, page, rect, 841.89))
        drawn = _shapes(ink)
        assert 0 < drawn < _unjoined_shapes(value, 10, tmp_path), f"{value!r} is not joined"


@pytest.mark.parametrize("family,first", NAMES, ids=["arabic", "persian"])
def test_our_editable_form_keeps_the_typed_name_and_shows_it_as_printed(
        family: str, first: str, tmp_path: Path) -> None:
    case = _case(family, first)
    editable = fill_form(case, editable=True).pdf
    fields = PdfReader(io.BytesIO(editable)).get_fields() or {}
    assert fields["family_name"]["/V"] == family  # the value as typed, for the authority
    assert fields["first_names"]["/V"] == first
    pdf = tmp_path / "editable.pdf"
    pdf.write_bytes(editable)
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(fill_form(case).pdf)
    for name, value in (("family_name", family), ("first_names", first)):
        page, rect = _field_rect(name)
        # poppler draws the field from its appearance stream (it does not make its own)
        assert _text_in(pdf, page, rect, 841.89) == value
        a, b = _render(pdf, page, rect, 841.89), _render(printed, page, rect, 841.89)
        assert ImageChops.difference(a, b).point(lambda v: 255 if v > 64 else 0).getbbox() \
            is None, f"the field {name} does not look as on the printed form"


def test_a_long_arabic_value_reads_back_from_the_continuation_sheet(tmp_path: Path) -> None:
    place = " ".join(["مستشفى الجامعة الأمريكية في بيروت"] * 5)
    case = _case("عبد الله", "محمد")
    case.person.place_of_birth = place
    filled = fill_form(case)
    assert filled.continuation_pages == 1
    pdf = tmp_path / "printed.pdf"
    pdf.write_bytes(filled.pdf)
    _need("pdftotext")
    sheet = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(filled.form_pages + 1),
                            str(pdf), "-"], capture_output=True, check=True).stdout
    text = _logical(sheet.decode("utf-8"))
    assert place in text  # every line reads back in order, and the lines in order
    # (poppler reads "عبد الله, محمد" with its comma as two runs, left to right)
    assert "Antragsteller / Applicant:" in text and "عبد الله" in text and "محمد" in text


def _sheet_lines(pdf: Path, page: int) -> tuple[float, list[tuple[str, float, float]]]:
    """The page's width and its lines as poppler finds them: (text, left, right), the text of a
    right-to-left line in the order drawn (poppler's plain text gives it as typed)."""
    _need("pdftotext")
    out = subprocess.run(["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page),
                          str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', out).group(1))  # type: ignore[union-attr]
    lines = []
    for m in re.finditer(r'<line xMin="([-\d.]+)" yMin="[-\d.]+" xMax="([-\d.]+)"[^>]*>(.*?)'
                         r'</line>', out, re.S):
        words = re.findall(r"<word [^>]*>([^<]*)</word>", m.group(3))
        lines.append((_logical(" ".join(words)), float(m.group(1)), float(m.group(2))))
    return width, lines


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_right_to_left_values_on_the_continuation_sheet_are_set_flush_right(
        tmp_path: Path) -> None:
    """A value in Arabic that runs over several lines is set as Arabic is read: every line ends
    at the right margin (the last, short one too) and reads back as typed; a value in Persian of
    one line likewise; a German value beside them starts at the left as before."""
    from assistant.forms.continuation import MARGIN, VALUE_INDENT, render_sheet
    from assistant.forms.values import Overflow

    arabic = " ".join(["مستشفى الجامعة الأمريكية في بيروت"] * 5)
    case = _case("عبد الله", "محمد")
    case.person.place_of_birth = arabic
    filled = fill_form(case)
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(filled.pdf)
    width, lines = _sheet_lines(printed, filled.form_pages + 1)
    value = [line for line in lines if _arabic(line[0]) and "Applicant" not in line[0]]
    assert len(value) >= 2  # more than one line
    assert all(abs(right - (width - MARGIN)) < 1 for _, _, right in value), value
    assert value[-1][1] > MARGIN + VALUE_INDENT + 50  # the short last line is not at the left
    assert arabic in _text_in(printed, filled.form_pages + 1, (0, 0, width, 841.89), 841.89)

    german = "Ich studiere Informatik an der TU Dresden und arbeite nebenbei als Tutor. " * 3
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(render_sheet([Overflow("Beschreibung", "Description", german.strip()),
                                    Overflow("Name", "Name", "رضایی")],
                                   "Antrag", "Application", "Rezaei, Zahra"))
    width, lines = _sheet_lines(sheet, 1)
    latin = [line for line in lines if "Informatik" in line[0] or "nebenbei" in line[0]]
    assert len(latin) >= 2 and all(abs(left - (MARGIN + VALUE_INDENT)) < 1
                                   for _, left, _ in latin), latin
    (_, left, right), = [line for line in lines if _arabic(line[0])]
    assert abs(right - (width - MARGIN)) < 1 and left > width / 2
    assert "رضایی" in _text_in(sheet, 1, (width / 2, 0, width, 841.89), 841.89)


STANDARD_14 = {"Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Helvetica",
               "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier",
               "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Symbol", "ZapfDingbats"}
CYRILLIC = ("Шевченко-Їжакевич", "Олена Ґеорґіївна")  # Ukrainian, with Ї, Ґ, є-like letters


def _field_font(pdf: Path) -> tuple[str, Any]:
    """The font a text field's /DA names (the form's, which the fields inherit) and its entry
    in the form's /DR."""
    form = PdfReader(pdf).trailer["/Root"]["/AcroForm"]
    name = str(form["/DA"]).split()[0]
    return name, form["/DR"]["/Font"][name].get_object()


def _covers(font: Any) -> set[str]:
    """The characters the font's /ToUnicode map names: what a viewer finds a glyph for."""
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    chars = set()
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for uni in re.findall(r"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", block):
            chars.add(bytes.fromhex(uni).decode("utf-16-be"))
    hex_ = r"<([0-9A-Fa-f]+)>\s*"
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, uni in re.findall(hex_ * 3, block):
            start = ord(bytes.fromhex(uni).decode("utf-16-be"))
            chars.update(chr(start + i) for i in range(int(last, 16) - int(first, 16) + 1))
    return chars


def test_the_editable_form_asks_viewers_for_a_font_with_cyrillic_arabic_and_persian(
        tmp_path: Path) -> None:
    """A viewer that draws a field anew (a person types into the editable form) takes the font
    the form's /DA names from its /DR: the program's own font, embedded, with every letter of
    a Ukrainian, an Arabic and a Persian name, also the joined forms of the Arabic letters, not
    Helvetica (which has none of them). Likewise in an --editable packet."""
    case = _case(*NAMES[0])
    pdf = tmp_path / "editable.pdf"
    pdf.write_bytes(fill_form(case, editable=True).pdf)
    packet = tmp_path / "packet.pdf"
    from assistant.cli import main

    path = tmp_path / "case.json"
    path.write_text(case.model_dump_json(), encoding="utf-8")
    assert main(["packet", str(path), "-o", str(packet), "--editable", "--today", "2026-11-22",
                 "--lang", "ar"]) == 0
    for where in (pdf, packet):
        name, font = _field_font(where)
        base = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
        assert base not in STANDARD_14 and name != "/Helv", (where, name, base)
        descendant = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"]  # embedded
        covered = _covers(font)
        for text in (*CYRILLIC, *NAMES[0], *NAMES[1]):
            needed = set(text) | set(shape(text))
            assert not needed - covered - {" "}, (text, needed - covered)
        assert not (set("Şahin Nguyễn Łódź Ærøskøbing") - covered - {" "})


def test_appearances_a_viewer_draws_anew_keep_cyrillic_and_arabic_names(tmp_path: Path) -> None:
    """pypdf draws the fields' appearances anew from the form's /DA (as a viewer does when a
    person edits a field): a Ukrainian family name and an Arabic first name are drawn in the
    program's font, read back by poppler, the Arabic letters joined."""
    from pypdf import PdfWriter

    editable = tmp_path / "editable.pdf"
    editable.write_bytes(fill_form(_case("Doe", "Jane"), editable=True).pdf)
    writer = PdfWriter(clone_from=PdfReader(editable))
    family, first = CYRILLIC[0], NAMES[0][1]
    writer.update_page_form_field_values(None, {"family_name": family, "first_names": first},
                                         auto_regenerate=False)
    redrawn = tmp_path / "redrawn.pdf"
    writer.write(redrawn)
    page, rect = _field_rect("family_name")
    assert _text_in(redrawn, page, rect, 841.89) == family
    page, rect = _field_rect("first_names")
    read = _text_in(redrawn, page, rect, 841.89)
    # (poppler gives back the right-to-left run pypdf marks with /ActualText letter for letter,
    # in the order drawn): every letter is there, none is a question mark or missing
    assert sorted(read.replace(" ", "")) == sorted(first.replace(" ", "")), read
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(load_form("antrag-aufenthaltstitel").template())
    ink = _ink(_render(redrawn, page, rect, 841.89), _render(blank, page, rect, 841.89))
    assert 0 < _shapes(ink) < _unjoined_shapes(first, 9, tmp_path), "not drawn, or not joined"


# --- the Berlin flat form --------------------------------------------------------------------


@pytest.fixture
def berlin(shared_dir: Path) -> Path:
    path = shared_dir / BERLIN
    if not path.is_file():
        pytest.skip(f"{BERLIN} is absent from ../shared")
    return path


@pytest.mark.parametrize("family,first", NAMES, ids=["arabic", "persian"])
def test_the_berlin_overlay_shows_the_name_joined_and_reads_back_as_typed(
        berlin: Path, family: str, first: str, tmp_path: Path) -> None:
    profile = load_profile(FORMS / "berlin-agen1" / "profile.toml")
    pdf = tmp_path / "berlin.pdf"
    pdf.write_bytes(fill_form(_case(family, first), "berlin-agen1", template=berlin).pdf)
    height = float(PdfReader(berlin).pages[0].mediabox.height)
    for source, value in (("person.family_name", family), ("person.first_names", first)):
        f = next(f for f in profile.fields if f.sources == [source])
        assert f.x is not None and f.y is not None and f.width is not None and f.page
        size = f.font_size or profile.form.font_size
        # from just above the ruled line to the top of the letters
        rect = (f.x - 1, f.y - 2, f.x + f.width, f.y + size)
        assert _text_in(pdf, f.page, rect, height) == value
        ink = _ink(_render(pdf, f.page, rect, height), _render(berlin, f.page, rect, height))
        drawn = _shapes(ink)
        assert 0 < drawn < _unjoined_shapes(value, size, tmp_path), f"{value!r} is not joined"


# --- the packet --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "ar", "fa"])
def test_the_cover_prints_every_letter_of_abd_allah(lang: str, tmp_path: Path) -> None:
    from datetime import date

    case = _case("عبد الله", "محمد")
    packet = build_packet(case, assess(case, date(2026, 11, 22)), lang)
    cover = next(p for p in packet.parts if p.key == "cover")
    pdf = tmp_path / "packet.pdf"
    pdf.write_bytes(packet.pdf)
    _need("pdftotext")
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", "1", "-l",
                          str(cover.page_count), str(pdf), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    drawn = raw.translate(_CONTROLS)
    assert "\ufdf2" not in drawn
    # every character drawn on the cover has a glyph, in either face (the name is in bold)
    assert missing_glyphs(drawn, REGULAR) == set()
    assert missing_glyphs(drawn, BOLD) == set()
    text = _logical(raw)
    assert "عبد الله" in text and "محمد" in text  # (poppler reads the comma's runs left to right)
