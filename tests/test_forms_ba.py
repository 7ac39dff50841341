"""The Federal Employment Agency's "Erklärung zum Beschäftigungsverhältnis", a real official
AcroForm plugged in as data (forms/ba-beschaeftigung): what the case knows of the employee and the
job lands in its fields, and shows in a viewer that draws the fields from their appearance streams
(poppler does not make its own), for the example cases and for names in several scripts."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES, SHARED
from PIL import Image, ImageChops
from pypdf import PdfReader

from assistant.casefile import load_case
from assistant.cli import main as cli_main
from assistant.derive import derive
from assistant.forms import fill_form
from assistant.forms.acroform import fields_of
from assistant.model import Case

BA = "fixtures/official-forms/ba-erklaerung-beschaeftigungsverhaeltnis-2024.pdf"
FORM = "ba-beschaeftigung"
DPI = 72
COUNTRIES_DE = {"VN": "Vietnam", "TR": "Türkei", "KR": "Südkorea", "CH": "Schweiz"}
NAMES = {  # (family name, first names)
    "turkish": ("Şahin", "Elif Ağça"),
    "polish": ("Łukasiewicz", "Łukasz Żółć"),
    "vietnamese": ("Nguyễn", "Thị Minh Khai"),
    "arabic": ("عبد الله", "محمد"),
}
_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


@pytest.fixture
def template(shared_dir: Path) -> Path:
    path = shared_dir / BA
    if not path.is_file():
        pytest.skip(f"{BA} is absent from ../shared")
    return path


def _cases() -> dict[str, Case]:
    out = {p.stem: load_case(p) for p in sorted(EXAMPLES.glob("*.json"))}
    for script, (family, first) in NAMES.items():
        case = load_case(EXAMPLES / "student-first-permit.json")
        case.person.family_name, case.person.first_names = family, first
        out[script] = case
    return out


CASES = _cases()


def _date(day: date | None) -> str:
    assert day is not None
    return f"{day:%d.%m.%Y}"


def expected_texts(case: Case) -> dict[str, str]:
    """What the form's text fields must say: the employee, the job, the qualification."""
    p, a = case.person, case.address
    known = derive(case)  # the job as the case describes it ("studentische Hilfskraft")
    out = {
        "txtf_3_Vorname": p.first_names,
        "txtf_4_Nachname": p.family_name,
        "txtf_5_Geburtsdatum": _date(p.date_of_birth),
        "txtf_7_Staatsangehoerigkeit": ", ".join(COUNTRIES_DE[c] for c in p.nationalities),
        "txtf_8_Wohnsitz": " ".join(v for v in (a.street, a.house_number, a.address_extra,
                                                a.postcode, a.place) if v),
        "txtf_9_seit": _date(a.moved_in_on),
        "txtf_25_Berufsbezeichnung": known.intended_employment,
        "txtf_34_Qualifikationen": known.trained_profession,
    }
    if case.application.purpose == "researcher":  # the research institution employs
        out["txtf_10_Firma"] = case.host.name
    return {k: v for k, v in out.items() if v}


def expected_choices(case: Case) -> dict[str, str]:
    """The radio buttons to be ticked: occasion (first issue, extension) and sex."""
    occasion = {"first_permit": "0", "extension": "1"}[case.application.kind.value]
    assert case.person.sex is not None
    sex = {"male": "0", "female": "1", "diverse": "2"}[case.person.sex.value]
    return {"rbtn_2_Anlass": occasion, "rbtn_6_Geschlecht": sex}


def _logical(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text.translate(_CONTROLS)).split())


def _text_in(pdf: Path, page: int, rect: tuple[float, float, float, float],
             height: float) -> str:
    """What poppler reads inside `rect` (points, origin bottom-left) of a page."""
    x1, y1, x2, y2 = rect
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page),
                          "-x", f"{x1:.0f}", "-y", f"{height - y2:.0f}", "-W",
                          f"{x2 - x1:.0f}", "-H", f"{y2 - y1:.0f}", str(pdf), "-"],
                         capture_output=True, check=True)
    return _logical(out.stdout.decode("utf-8"))


def _pages(pdf: Path, stem: str) -> dict[int, Image.Image]:
    """Pages 2 to 4 (those with mapped fields) as poppler draws them, by 0-based index."""
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", "2", "-l", "4", "-gray", "-png", str(pdf),
                    str(pdf.parent / stem)], check=True, capture_output=True)
    return {i: Image.open(p).convert("L")
            for i, p in enumerate(sorted(pdf.parent.glob(f"{stem}-*.png")), 1)}


@pytest.fixture(scope="module")
def blank(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Image.Image]:
    """The blank form's pages, drawn once."""
    path = SHARED / BA
    if not path.is_file():
        pytest.skip(f"{BA} is absent from ../shared")
    folder = tmp_path_factory.mktemp("blank")
    (folder / "blank.pdf").write_bytes(path.read_bytes())
    return _pages(folder / "blank.pdf", "blank")


def _inked(filled: Image.Image, blank: Image.Image, rect: tuple[float, float, float, float],
           height: float) -> bool:
    """The filled page shows something inside `rect` that the blank form does not."""
    x1, y1, x2, y2 = rect
    box = (round(x1), round(height - y2), round(x2), round(height - y1))
    diff = ImageChops.difference(filled.crop(box), blank.crop(box))
    return diff.point(lambda v: 255 if v > 96 else 0).getbbox() is not None


def test_forms_check_accepts_the_profile(template: Path, capsys) -> None:
    assert cli_main(["forms", "check", FORM, "--template", str(template)]) == 0
    assert "usable" in capsys.readouterr().out


@pytest.mark.parametrize("editable", [True, False], ids=["editable", "printed"])
@pytest.mark.parametrize("name", list(CASES))
def test_every_mapped_value_is_in_its_field_and_visible(template: Path, tmp_path: Path,
                                                         blank: dict[int, Image.Image],
                                                         name: str, editable: bool) -> None:
    for tool in ("pdftotext", "pdftoppm"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} (poppler-utils) is not installed")
    case = CASES[name]
    texts, choices = expected_texts(case), expected_choices(case)
    assert len(texts) >= 6
    filled = fill_form(case, FORM, editable=editable, template=template)
    assert filled.form_pages == 5 and filled.overflow == []
    pdf = tmp_path / "filled.pdf"
    pdf.write_bytes(filled.pdf)
    if editable:  # the values for the authority's software, as typed
        values = {k: v.get("/V") for k, v in (PdfReader(io.BytesIO(filled.pdf)).get_fields()
                                               or {}).items()}
        for field, text in texts.items():
            assert values[field] == text, field
        for field, export in choices.items():
            assert values[field] == f"/{export}", field
        assert values["txtf_11_Strasse"] in (None, "")  # the employer's: left for the employer
    else:
        assert not PdfReader(io.BytesIO(filled.pdf)).get_fields()

    fields = fields_of(PdfReader(template))
    height = float(PdfReader(template).pages[0].mediabox.height)
    shown = _pages(pdf, "filled")
    for field, text in texts.items():
        widget = fields[field].widgets[0]
        assert _text_in(pdf, widget.page + 1, widget.rect, height) == _logical(text), field
        assert _inked(shown[widget.page], blank[widget.page], widget.rect, height), field
    for field, export in choices.items():
        for widget, state in zip(fields[field].widgets, fields[field].states, strict=True):
            ticked = _inked(shown[widget.page], blank[widget.page], widget.rect, height)
            assert ticked == (state == export), f"{field}: option {state}"


def test_a_student_is_not_named_as_her_own_employer(template: Path) -> None:
    """A student's host is her university, not who employs her: the employer's section stays
    empty for the employer to fill."""
    case = CASES["student-first-permit"]
    filled = fill_form(case, FORM, editable=True, template=template)
    values = PdfReader(io.BytesIO(filled.pdf)).get_fields() or {}
    assert values["txtf_10_Firma"].get("/V") in (None, "")
    assert "studentische Hilfskraft" in values["txtf_25_Berufsbezeichnung"]["/V"]


def test_a_filled_field_keeps_the_forms_box(template: Path, tmp_path: Path,
                                            blank: dict[int, Image.Image]) -> None:
    """The value's appearance draws the widget's own border (its /MK), as the blank form shows
    it: a filled field is still a box on the page."""
    case = CASES["family-five-children"]
    pdf = tmp_path / "filled.pdf"
    pdf.write_bytes(fill_form(case, FORM, editable=True, template=template).pdf)
    shown = _pages(pdf, "filled")
    fields = fields_of(PdfReader(template))
    height = float(PdfReader(template).pages[0].mediabox.height)
    for field in expected_texts(case):
        widget = fields[field].widgets[0]
        x1, y1, x2, y2 = widget.rect
        for edge in ((x1, y1, x2, y1 + 1), (x1, y2 - 1, x2, y2),  # bottom and top line
                     (x1, y1, x1 + 1, y2)):  # left line
            assert not _inked(shown[widget.page], blank[widget.page], edge, height), (field, edge)
            assert _inked(blank[widget.page], Image.new("L", blank[widget.page].size, 255),
                          edge, height), (field, edge)  # (the blank form has the line there)
