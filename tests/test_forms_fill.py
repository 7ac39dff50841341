"""Filling our own form: every value readable back from the fields and printed on the page."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date

import pytest
from conftest import EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from assistant.casefile import load_case
from assistant.forms import fill_form, list_forms
from assistant.forms.acroform import with_marks
from assistant.forms.engine import load_form
from assistant.forms.widgets import FieldInfo, Widget, add_blank_field
from assistant.model import Case, PreviousStay, Relative

NAMES = [  # (family name, first names, place of birth) in many scripts and diacritics
    ("Şahin", "Elif Ağça", "İzmir"),
    ("Łukasiewicz", "Łukasz Żółć", "Łódź"),
    ("Dvořák", "Antonín Jiří", "Nelahozeves"),
    ("Ștefănescu", "Ștefan Țurcanu", "Timișoara"),
    ("Nguyễn", "Thị Minh Khai", "Hải Phòng"),
    ("Þórðarson", "Þórður Ægir", "Reykjavík"),
    ("Őrsi", "Gergő Ődön", "Győr"),
    ("Müller-Lüdenscheidt", "Jörg Günther", "Lüdenscheid"),
    ("Παπαδόπουλος", "Γιώργος", "Θεσσαλονίκη"),
]


def _case(family: str, first: str, place: str) -> Case:
    case = load_case(EXAMPLES / "student-first-permit.json")
    case.person.family_name = family
    case.person.first_names = first
    case.person.place_of_birth = place
    case.passport.issued_by = f"Behörde {place}"
    case.father = Relative(family_name=family, first_names="Ωmega Ŝ", place_of_birth=place)
    return case


def _pdftotext(pdf: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf,
                         capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def _fields(pdf: bytes) -> dict[str, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return {k: str(v.get("/V", "")) for k, v in (reader.get_fields() or {}).items()}


def test_our_form_is_listed() -> None:
    assert "antrag-aufenthaltstitel" in list_forms()


@pytest.mark.parametrize("family,first,place", NAMES, ids=[n[0] for n in NAMES])
def test_round_trip_through_fields_and_printed_text(family: str, first: str, place: str) -> None:
    case = _case(family, first, place)
    editable = fill_form(case, editable=True)
    values = _fields(editable.pdf)
    assert values["family_name"] == family
    assert values["first_names"] == first
    assert values["place_of_birth"] == place
    assert values["passport_issued_by"] == f"Behörde {place}"
    assert values["father_first_names"] == "Ωmega Ŝ"
    assert values["date_of_birth"] == "14.05.2003"
    assert values["country_of_birth"] == "Türkei"
    assert editable.overflow == []

    printed = fill_form(case)
    text = _pdftotext(printed.pdf)
    for value in (family, first, place, f"Behörde {place}", "Ωmega Ŝ", "14.05.2003", "Türkei"):
        assert value in text, f"{value!r} is missing from the printed form"
    assert PdfReader(io.BytesIO(printed.pdf)).get_fields() in (None, {})


def test_every_text_field_has_an_appearance_with_an_embedded_font() -> None:
    case = _case("Nguyễn", "Thị Minh Khai", "Hải Phòng")
    reader = PdfReader(io.BytesIO(fill_form(case, editable=True).pdf))
    acro = reader.trailer["/Root"]["/AcroForm"]
    need = acro.get("/NeedAppearances")
    assert need is None or not need.value, "viewers would rebuild the appearances"
    checked = 0
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            if widget.get("/FT") == "/Tx" and widget.get("/V"):
                stream = widget["/AP"]["/N"].get_object()
                fonts = stream["/Resources"]["/Font"].get_object()
                # the fonts that show text (Tj follows): each must be embedded
                used = re.findall(rb"(/[^\s/]+) [\d.]+ Tf [^\n]*?\) Tj", stream.get_data())
                assert used
                for name in used:
                    font = fonts[name.decode()].get_object()
                    descriptor = font["/FontDescriptor"].get_object()
                    assert "/FontFile2" in descriptor, "the value's font is not embedded"
                checked += 1
    assert checked >= 10


def test_choices_are_ticked() -> None:
    case = load_case(EXAMPLES / "family-five-children.json")
    values = _fields(fill_form(case, editable=True).pdf)
    assert values["application_kind"] == "/extension"
    assert values["sex"] == "/male"
    assert values["marital_status"] == "/married"
    assert values["convicted_in_germany"] == "/no"
    assert values["child1_lives_in_germany"] == "/yes"
    assert values["health_insurance_kind"] == "/statutory"


def test_five_children_overflow_to_the_continuation_sheet_and_nothing_is_lost() -> None:
    case = load_case(EXAMPLES / "family-five-children.json")
    assert len(case.children) == 5
    filled = fill_form(case)
    assert filled.continuation_pages >= 1
    reader = PdfReader(io.BytesIO(filled.pdf))
    assert len(reader.pages) == filled.form_pages + filled.continuation_pages
    owners = [o.owner_en for o in filled.overflow]
    assert "Child 5" in owners
    text = _pdftotext(filled.pdf)
    assert "siehe Anlage / see continuation sheet" in text
    assert "Continuation sheet" in text
    for child in case.children:  # every child's names are printed somewhere
        assert child.first_names in text
        assert child.date_of_birth is not None
        assert child.date_of_birth.strftime("%d.%m.%Y") in text
    values = _fields(fill_form(case, editable=True).pdf)
    assert values["children_more"] == "siehe Anlage / see continuation sheet"
    assert values["child4_first_names"] == case.children[3].first_names


def test_a_long_value_is_set_smaller_before_it_moves() -> None:
    case = _case("Şahin", "Elif", "İzmir")
    # fits only when set smaller than the 10 pt default
    case.person.first_names = "Elif Naz Ayşe Gülşen Fatma Zehra Hatice Kübra Şükriye"
    filled = fill_form(case)
    assert filled.overflow == []
    assert case.person.first_names in _pdftotext(filled.pdf)


def test_a_value_too_long_for_its_box_moves_to_the_sheet_with_its_label() -> None:
    case = _case("Şahin", "Elif", "İzmir")
    long_place = " ".join(["Kahramanmaraş-Dulkadiroğlu-Büyükşehir"] * 5)  # 194 of 200 characters
    case.person.place_of_birth = long_place
    stays = [PreviousStay(from_date=date(2010 + i, 1, 1), to_date=date(2010 + i, 2, 1),
                          place=f"Ort {i}", purpose="Besuch") for i in range(5)]
    case.previous_stays = stays
    filled = fill_form(case)
    by_label = {o.heading(): o.value for o in filled.overflow}
    assert by_label["Antragsteller: Geburtsort / Applicant: Place of birth"] == long_place
    assert "Früherer Aufenthalt 4 / Previous stay 4" in by_label
    assert "Früherer Aufenthalt 5 / Previous stay 5" in by_label
    text = _pdftotext(filled.pdf)
    assert long_place in text  # in full, on the continuation sheet
    assert "Ort 4" in text and "Ort 3" in text
    page_one = PdfReader(io.BytesIO(filled.pdf)).pages[0].extract_text()
    assert long_place not in " ".join(page_one.split())


def test_both_outputs_pass_qpdf_check(tmp_path) -> None:
    if not shutil.which("qpdf"):
        pytest.skip("qpdf is not installed")
    case = load_case(EXAMPLES / "family-five-children.json")
    for editable in (True, False):
        path = tmp_path / f"form-{editable}.pdf"
        path.write_bytes(fill_form(case, editable=editable).pdf)
        out = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr


def test_printed_pages_render_with_poppler(tmp_path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    case = load_case(EXAMPLES / "family-five-children.json")
    for editable in (True, False):
        path = tmp_path / f"form-{editable}.pdf"
        path.write_bytes(fill_form(case, editable=editable).pdf)
        out = subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "p")],
                             capture_output=True, text=True)
        assert out.returncode == 0
        assert not re.search(r"error", out.stderr, re.I), out.stderr


def test_form_template_and_profile_are_cached() -> None:
    assert load_form("antrag-aufenthaltstitel") is load_form("antrag-aufenthaltstitel")


def _render(pdf: bytes, tmp_path, stem: str) -> list:
    """The pages as greyscale images (poppler draws the fields from their appearances)."""
    from PIL import Image

    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    path = tmp_path / f"{stem}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-gray", "-png", str(path), str(tmp_path / stem)],
                   check=True, capture_output=True)
    return [Image.open(p).convert("L") for p in sorted(tmp_path.glob(f"{stem}-*.png"))]


def _same_pictures(a: list, b: list) -> None:
    from PIL import ImageChops

    assert len(a) == len(b)
    for n, (x, y) in enumerate(zip(a, b, strict=True), 1):
        diff = ImageChops.difference(x, y).point(lambda v: 255 if v > 64 else 0)
        assert diff.getbbox() is None, f"page {n} differs around {diff.getbbox()}"


def test_the_editable_form_looks_like_the_printed_one(tmp_path) -> None:
    # the printed form draws each value where the editable form's appearance shows it, and
    # each ticked box as the field's appearance draws it: on paper both are the same
    case = load_case(EXAMPLES / "family-five-children.json")
    editable = _render(fill_form(case, editable=True).pdf, tmp_path, "editable")
    printed = _render(fill_form(case).pdf, tmp_path, "printed")
    assert len(printed) == 4  # three pages of the form and the continuation sheet
    _same_pictures(editable, printed)
    blank = _render(load_form("antrag-aufenthaltstitel").template(), tmp_path, "blank")
    with pytest.raises(AssertionError, match="page 1 differs"):  # the values are on the pages
        _same_pictures(blank, printed[:3])


def test_the_field_table_is_the_templates(tmp_path) -> None:
    # our own form is filled without reading its template: the fields it knows from the layout
    # are exactly those of the PDF it generates (names, kinds, pages, rectangles, options)
    from assistant.forms.acroform import fields_of

    form = load_form("antrag-aufenthaltstitel")
    from_pdf = fields_of(PdfReader(io.BytesIO(form.template())))
    assert form.fields is not None
    assert list(form.fields) == list(from_pdf)
    for name, info in form.fields.items():
        other = from_pdf[name]
        assert (info.type, info.multiline, info.states, info.label) == (
            other.type, other.multiline, other.states, other.label), name
        assert [w.page for w in info.widgets] == [w.page for w in other.widgets], name
        for mine, theirs in zip(info.widgets, other.widgets, strict=True):
            assert mine.rect == pytest.approx(theirs.rect, abs=0.01), name


def test_an_official_acroform_plugged_in_as_data_is_filled(tmp_path, monkeypatch) -> None:
    # an official AcroForm is a template PDF and a profile: filled with pypdf, editable (values
    # and appearances in its fields) or flattened for printing; our own form serves as one here
    from assistant.forms import engine

    own = load_form("antrag-aufenthaltstitel")
    folder = tmp_path / "official"
    folder.mkdir()
    (folder / "form.pdf").write_bytes(own.template())
    profile = (own.directory / "profile.toml").read_text(encoding="utf-8")
    assert 'layout = "layout.toml"\n' in profile
    profile = profile.replace('layout = "layout.toml"\n', "").replace(
        "[[field]]", '[form.template]\nfile = "form.pdf"\npages = 3\n\n[[field]]', 1)
    (folder / "profile.toml").write_text(profile, encoding="utf-8")
    case = load_case(EXAMPLES / "family-five-children.json")
    ours_editable, ours_printed = fill_form(case, editable=True), fill_form(case)
    monkeypatch.setattr(engine, "FORMS", tmp_path)
    engine.load_form.cache_clear()
    try:
        editable = fill_form(case, "official", editable=True)
        printed = fill_form(case, "official")
    finally:
        engine.load_form.cache_clear()
    def ticked(pdf: bytes) -> dict[str, str]:  # a group without /V has nothing ticked, as /Off
        return {k: "/Off" if v == "" and k in own.fields else v for k, v in _fields(pdf).items()}

    assert ticked(editable.pdf) == ticked(ours_editable.pdf)
    assert editable.continuation_pages == printed.continuation_pages == 1
    assert PdfReader(io.BytesIO(printed.pdf)).get_fields() in (None, {})
    assert "Nguyễn" in _pdftotext(printed.pdf)
    _same_pictures(_render(printed.pdf, tmp_path, "official"),
                   _render(ours_printed.pdf, tmp_path, "ours"))


# Any text a field's name or tooltip may hold: parentheses and backslashes (escaped in a PDF
# string), line breaks, PDFDocEncoding's own characters (€, –, •) and letters outside it.
FIELD_TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="."),
                     max_size=30) | st.sampled_from(["a(b)c\\", ")x(", "ends in \\", "€ – •",
                                                     "Nguyễn", "x\ny", ""])


@settings(max_examples=60, deadline=None)
@given(name=FIELD_TEXT.filter(bool), tooltip=FIELD_TEXT)
def test_field_names_and_tooltips_read_back_as_written(name: str, tooltip: str) -> None:
    # the template's fields as our form's template gets them: drawn by reportlab, then named
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    add_blank_field(c, FieldInfo(name, "text", False, [Widget(0, (50, 700, 250, 720))],
                                 label=tooltip), "field0")
    add_blank_field(c, FieldInfo("box", "checkbox", False, [Widget(0, (50, 650, 60, 660))],
                                 ["Yes"], tooltip), "field1")
    c.showPage()
    c.save()
    pdf = with_marks(buf.getvalue(), {"field0": (name, tooltip), "field1": ("box", tooltip)})
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    assert set(fields) == {name, "box"}
    assert str(fields[name].get("/TU", "")) == tooltip
    assert fields["box"]["/V"] == "/Off"
    assert "/Yes" in fields["box"]["/_States_"]
