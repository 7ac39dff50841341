"""Official forms as data: the Berlin flat form, inspection, and clear errors for bad input."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES
from PIL import Image
from pypdf import PdfReader

from assistant.casefile import load_case
from assistant.cli import main as cli_main
from assistant.errors import FormError
from assistant.forms import fill_form
from assistant.forms.profile import load_profile

BERLIN = "fixtures/official-forms/berlin-labo-agen1-2018-flat.pdf"
H = 841.68  # page height of the Berlin form in points


def _words(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, x1, y1, x2, y2) in PDF points (origin bottom-left) from pdftotext -bbox."""
    import re

    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    rx = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<')
    return [(w, float(a), H - float(d), float(c), H - float(b))
            for a, b, c, d, w in rx.findall(out)]


@pytest.fixture
def berlin(shared_dir: Path) -> Path:
    path = shared_dir / BERLIN
    if not path.is_file():
        pytest.skip(f"{BERLIN} is absent from ../shared")
    return path


def test_berlin_values_sit_on_their_lines(berlin: Path, tmp_path: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    case = load_case(EXAMPLES / "family-five-children.json")
    filled = fill_form(case, "berlin-agen1", template=berlin)
    assert filled.form_pages == 4
    out = tmp_path / "berlin.pdf"
    out.write_bytes(filled.pdf)
    # (page, word, box x1, y1, x2, y2): the value's box between the form's ruled lines
    expected = [
        (1, "Nguyễn", 283, 711, 575, 733),             # Familienname, above its line
        (1, "19.08.1986", 283, 644.7, 575, 666.7),      # Geburtstag
        (1, "C7654321", 283, 366, 567, 388),            # Pass Nr.
        (1, "03.12.2011", 379, 100, 446, 112),          # verheiratet seit
        (2, "Trần", 49, 711, 132, 727.7),               # spouse's family name, row 1
        (2, "Khánh", 132.5, 549.2, 224.5, 565.2),       # fifth child's first name, row 5
        (2, "12.01.1958,", 283, 452.7, 375, 469.7),     # father: date of birth
        (2, "Dresden", 446, 316, 575, 335),             # previous stay: "in"
        (2, "04275", 283, 164.7, 575, 196.2),           # address: place
        (3, "Chemiker", 299.5, 544.2, 575, 585.2),      # erlernter Beruf
        (4, "Leipzig,", 224.5, 256.7, 460.5, 294.7),    # Ort und Datum box
    ]
    for page, word, x1, y1, x2, y2 in expected:
        hits = [w for w in _words(out, page) if w[0] == word]
        assert hits, f"{word!r} is not printed on page {page}"
        inside = [w for w in hits if w[1] >= x1 - 0.5 and w[3] <= x2 + 0.5
                  and w[2] >= y1 - 2 and w[4] <= y2 + 0.5]
        assert inside, f"{word!r} on page {page} is outside its box: {hits}"


def test_berlin_marks_are_drawn_in_their_places(berlin: Path, tmp_path: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    case = load_case(EXAMPLES / "family-five-children.json")
    out = tmp_path / "berlin.pdf"
    out.write_bytes(fill_form(case, "berlin-agen1", template=berlin).pdf)
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "p")], check=True)
    image = Image.open(next(tmp_path.glob("p*.pgm")))

    def ink(x: float, y: float) -> int:
        box = image.crop((int(x - 3), int(H - y - 3), int(x + 3), int(H - y + 3)))
        return sum(1 for v in box.tobytes() if v < 128)

    assert ink(294, 593.3) > 4, "männlich is not crossed"
    assert ink(370, 593.3) == 0, "weiblich is crossed"
    assert ink(314, 102.9) > 4, "verheiratet is not crossed"


def test_berlin_text_is_extractable_and_qpdf_clean(berlin: Path, tmp_path: Path) -> None:
    if not (shutil.which("pdftotext") and shutil.which("qpdf")):
        pytest.skip("pdftotext or qpdf is not installed")
    case = load_case(EXAMPLES / "student-first-permit.json")
    out = tmp_path / "b.pdf"
    out.write_bytes(fill_form(case, "berlin-agen1", template=berlin).pdf)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for value in ("Şahin", "Elif Naz", "İzmir", "İzmir Emniyet Müdürlüğü", "Agricolastraße 12"):
        assert value in text
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0


def test_a_different_template_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.pdf"
    other.write_bytes(fill_form(load_case(EXAMPLES / "student-first-permit.json")).pdf)
    with pytest.raises(FormError, match="not the version of the form"):
        fill_form(load_case(EXAMPLES / "student-first-permit.json"), "berlin-agen1",
                  template=other)


@pytest.mark.parametrize("content,message", [
    (b"not a pdf at all", "not a PDF"),
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF", "damaged"),
])
def test_damaged_template_gives_a_clear_message_and_exit_2(tmp_path: Path, content: bytes,
                                                           message: str, capsys) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(content)
    code = cli_main(["fill", str(EXAMPLES / "student-first-permit.json"), "-o",
                     str(tmp_path / "o.pdf"), "--form", "berlin-agen1", "--template", str(bad)])
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and "bad.pdf" in err and "Traceback" not in err
    # the rest of the program keeps working
    assert cli_main(["fill", str(EXAMPLES / "student-first-permit.json"), "-o",
                     str(tmp_path / "ok.pdf")]) == 0


def test_encrypted_template_is_refused(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(
        fill_form(load_case(EXAMPLES / "student-first-permit.json")).pdf)))
    writer.encrypt("secret")
    enc = tmp_path / "enc.pdf"
    with enc.open("wb") as fh:
        writer.write(fh)
    from assistant.forms.inspect import read_pdf

    with pytest.raises(FormError, match="encrypted"):
        read_pdf(enc)


def _profile(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "profile.toml"
    path.write_text('[form]\nid = "t"\ntitle_de = "T"\ntitle_en = "T"\nkind = "flat"\n'
                    '[form.template]\nfile = "t.pdf"\n' + body, encoding="utf-8")
    return path


def test_profile_naming_an_unknown_case_field_names_the_entry(tmp_path: Path) -> None:
    path = _profile(tmp_path, '[[field]]\nsource = "person.nickname"\npage = 1\nx = 1\ny = 1\n'
                              'width = 10\n')
    with pytest.raises(FormError, match=r"person\.nickname.*not a field of the case"):
        load_profile(path)


def test_profile_with_a_format_that_does_not_suit_the_value(tmp_path: Path) -> None:
    path = _profile(tmp_path, '[[field]]\nsource = "person.family_name"\nformat = "date"\n'
                              'page = 1\nx = 1\ny = 1\nwidth = 10\n')
    with pytest.raises(FormError, match="format 'date' does not suit source "
                                        "'person.family_name'"):
        load_profile(path)


def test_acroform_profile_naming_a_missing_field(tmp_path: Path) -> None:
    from assistant.forms.engine import check_against_template, load_form

    form = load_form("antrag-aufenthaltstitel")
    profile = form.profile.model_copy(deep=True)
    profile.fields[0].name = "no_such_field"
    assert form.fields is not None
    with pytest.raises(FormError, match="the form has no field 'no_such_field'"):
        check_against_template(profile, form.fields, "profile.toml")


def test_inspect_lists_fields_of_an_acroform(tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(fill_form(load_case(EXAMPLES / "student-first-permit.json"),
                              editable=True).pdf)
    assert cli_main(["forms", "inspect", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "family_name\ttext\tpage 1\t[" in out
    assert "sex\tradio\tpage 1" in out


def test_inspect_draws_a_grid_on_a_flat_pdf(berlin: Path, tmp_path: Path) -> None:
    out = tmp_path / "grid.pdf"
    assert cli_main(["forms", "inspect", str(berlin), "-o", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 4
    assert "y500" in reader.pages[0].extract_text()
