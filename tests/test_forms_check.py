"""`forms check` refuses every profile that would lose, misplace or hang data (exit 1, one line
per problem naming the entry), and `fill` refuses the same profiles (exit 2)."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLES
from form_support import ACRO_HEAD, write_acroform
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from assistant.casefile import load_case
from assistant.cli import main as cli_main
from assistant.forms import engine, fill_form

CASE = str(EXAMPLES / "family-five-children.json")
BERLIN = "fixtures/official-forms/berlin-labo-agen1-2018-flat.pdf"

FLAT_HEAD = '''[form]
id = "t"
title_de = "Testformular"
title_en = "Test form"
kind = "flat"
[form.template]
file = "t.pdf"
'''
NAME = '''[[field]]
source = "person.family_name"
label_de = "Familienname"
label_en = "Family name"
page = 1
x = 100
y = 700
width = 200
'''
SEX = '''[[field]]
source = "person.sex"
format = "choice"
label_de = "Geschlecht"
label_en = "Sex"
page = 1
''' + ("marks = { male = { x = 100, y = 650 }, female = { x = 150, y = 650 }, "
       "diverse = { x = 200, y = 650 }, unknown = { x = 250, y = 650 } }\n")


@pytest.fixture
def forms_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A forms folder of the test's own; the program reads its forms from there."""
    folder = tmp_path / "forms"
    folder.mkdir()
    monkeypatch.setattr(engine, "FORMS", folder)
    engine.load_form.cache_clear()
    yield folder
    engine.load_form.cache_clear()


def _flat_template(path: Path, pages: int = 2) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        c.drawString(72, 760, f"Testformular, Seite {n + 1}")
        c.line(95, 697, 305, 697)
        c.showPage()
    c.save()


def _flat(forms_dir: Path, body: str) -> Path:
    folder = forms_dir / "t"
    folder.mkdir()
    (folder / "profile.toml").write_text(FLAT_HEAD + body, encoding="utf-8")
    _flat_template(folder / "t.pdf")
    return folder


def _check(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = cli_main(["forms", "check", "t"])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out.splitlines()


def _fill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli_main(["fill", CASE, "-o", str(tmp_path / "out.pdf"), "--form", "t"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def test_a_usable_flat_profile_passes(forms_dir: Path, tmp_path: Path, capsys) -> None:
    _flat(forms_dir, NAME + SEX)
    code, lines = _check(capsys)
    assert (code, lines) == (0, ["t: profile and template are usable"])
    assert _fill(tmp_path, capsys)[0] == 0
    assert "Nguyễn" in PdfReader(tmp_path / "out.pdf").pages[0].extract_text()


BROKEN = {  # kind of problem: (profile body, the entry named, words of the problem)
    "off the page": (NAME.replace("x = 100", "x = 500"), "field #1 (person.family_name)",
                     "beyond page 1"),
    "negative": (NAME.replace("y = 700", "y = -5"), "field #1 (person.family_name)",
                 "beyond page 1"),
    "x = inf": (NAME.replace("x = 100", "x = inf"), "field #1 (person.family_name)",
                "x = inf is not a finite number"),
    "x = nan": (NAME.replace("x = 100", "x = nan"), "field #1 (person.family_name)",
                "x = nan is not a finite number"),
    "huge font": (NAME + "font_size = 1e308\n", "field #1 (person.family_name)",
                  "outside the readable range"),
    "tiny font": (NAME + "font_size = 1\n", "field #1 (person.family_name)",
                  "font_size = 1 is outside the readable range"),
    "lines on top of each other": (NAME + "lines = 3\nline_height = 4\n",
                                   "field #1 (person.family_name)", "the lines would overlap"),
    "page beyond the last": (NAME.replace("page = 1", "page = 3"),
                             "field #1 (person.family_name)", "page 3 is not in the form"),
    "overlap": (NAME + NAME.replace("person.family_name", "person.first_names")
                .replace("x = 100", "x = 250"), "field #1 (person.family_name)",
                "overlaps that of field #2 (person.first_names)"),
    "mark off the page": (SEX.replace("x = 250", "x = 594"), "field #1 (person.sex), mark "
                          "'unknown'", "beyond page 1"),
    "mark on a value": (NAME + SEX.replace("y = 650 }, unknown", "y = 702 }, unknown"),
                        "field #1 (person.family_name)", "overlaps that of field #2 "
                        "(person.sex), mark 'diverse'"),
    "mark too big": (SEX.replace("x = 250, y = 650", "x = 250, y = 650, size = 100"),
                     "field #1 (person.sex)", "marks.unknown.size = 100 is outside"),
    "choice not covering the case": (SEX.replace(", diverse = { x = 200, y = 650 }", ""),
                                     "field #1 (person.sex)", "can also be diverse"),
    "enum not covering the case": ('[[field]]\nsource = "passport.type"\nformat = "enum"\n'
                                   'values = { national_passport = "Nationalpass" }\n'
                                   'page = 1\nx = 100\ny = 600\nwidth = 200\n',
                                   "field #1 (passport.type)", "can also be child_passport"),
    "condition on an unknown field": (NAME + 'when = "marital.since_when == 1"\n',
                                      "field #1 (person.family_name)", "since_when"),
    "condition that does not parse": (NAME + 'when = "marital.status =="\n',
                                      "field #1 (person.family_name)", "cannot parse"),
}


@pytest.mark.parametrize("kind", BROKEN)
def test_a_broken_flat_profile_is_refused_by_check_and_fill(kind: str, forms_dir: Path,
                                                            tmp_path: Path, capsys) -> None:
    body, entry, problem = BROKEN[kind]
    _flat(forms_dir, body)
    code, lines = _check(capsys)
    assert code == 1, lines
    assert len(lines) == 1, lines  # one line per problem
    assert entry in lines[0] and problem in lines[0], lines[0]
    assert "profile.toml" in lines[0]
    code, err = _fill(tmp_path, capsys)  # returns: no hang at a font size of 1e308
    assert code == 2
    assert entry in err and problem in err
    assert not (tmp_path / "out.pdf").exists()


def test_every_problem_gets_its_own_line(forms_dir: Path, capsys) -> None:
    _flat(forms_dir, NAME.replace("x = 100", "x = inf") + SEX.replace(
        ", diverse = { x = 200, y = 650 }", "") + NAME.replace("page = 1", "page = 7"))
    code, lines = _check(capsys)
    assert code == 1
    assert len(lines) == 3, lines
    assert [("#1" in lines[0]), ("#2" in lines[1]), ("#3" in lines[2])] == [True] * 3


def test_a_profile_that_is_not_even_valid_is_listed_problem_by_problem(forms_dir: Path,
                                                                       capsys) -> None:
    _flat(forms_dir, NAME.replace("width = 200", "width = -3") + "colour = \"red\"\n")
    code, lines = _check(capsys)
    assert code == 1
    assert len(lines) == 2, lines
    assert any("width" in line for line in lines)
    assert any("colour" in line and "not known" in line for line in lines)


# --- AcroForms: our own form's template serves as an official one ------------------------------

ACRO_BROKEN = {
    "missing field": ('[[field]]\nname = "no_such_field"\nsource = "person.family_name"\n',
                      "field #1 (no_such_field)", "the form has no field 'no_such_field'"),
    "field of another type": ('[[field]]\nname = "sex"\nsource = "person.family_name"\n',
                              "field #1 (sex)", "'sex' is a radio field"),
    "text value in a checkbox": ('[[field]]\nname = "spouse_included"\nsource = '
                                 '"spouse.family_name"\n', "field #1 (spouse_included)",
                                 "a checkbox field"),
    "checkbox without its on-state": ('[[field]]\nname = "spouse_included"\nsource = '
                                      '"spouse.included_in_application"\nformat = "check"\n',
                                      "field #1 (spouse_included)",
                                      "no on-state 'true'; its on-state is 'Yes': write "
                                      'options = { true = "Yes" }'),
    "option the field lacks": ('[[field]]\nname = "convicted_abroad"\nsource = '
                               '"legal.convicted_abroad"\nformat = "choice"\n'
                               'options = { true = "ja", false = "nein" }\n',
                               "field #1 (convicted_abroad)", "has no option ja, nein"),
    "choice whose options are not the case's": ('[[field]]\nname = "marital_status"\n'
                                                'source = "person.sex"\nformat = "choice"\n',
                                                "field #1 (marital_status)",
                                                "has no option female, male"),
}


@pytest.mark.parametrize("kind", ACRO_BROKEN)
def test_a_broken_acroform_profile_is_refused_by_check_and_fill(kind: str, forms_dir: Path,
                                                                tmp_path: Path,
                                                                capsys) -> None:
    body, entry, problem = ACRO_BROKEN[kind]
    write_acroform(forms_dir, body)
    code, lines = _check(capsys)
    assert code == 1, lines
    assert len(lines) == 1, lines
    assert entry in lines[0] and problem in lines[0], lines[0]
    code, err = _fill(tmp_path, capsys)
    assert code == 2 and problem in err


def test_an_acroform_profile_with_only_choices_fills(forms_dir: Path, tmp_path: Path,
                                                     capsys) -> None:
    # no text field at all: once a traceback (KeyError: '/XObject')
    write_acroform(forms_dir, '[[field]]\nname = "spouse_included"\nsource = '
                     '"spouse.included_in_application"\nformat = "check"\n'
                     'options = { true = "Yes" }\n'
                     '[[field]]\nname = "sex"\nsource = "person.sex"\nformat = "choice"\n')
    assert _check(capsys)[0] == 0
    case = load_case(EXAMPLES / "family-five-children.json")
    assert case.spouse is not None
    case.spouse.included_in_application = True
    filled = fill_form(case, "t", editable=True)
    fields = PdfReader(io.BytesIO(filled.pdf)).get_fields() or {}
    assert fields["spouse_included"]["/V"] == "/Yes"
    assert fields["sex"]["/V"] == "/male"
    assert filled.overflow == []


def test_a_value_without_an_option_goes_to_the_sheet(forms_dir: Path) -> None:
    # our form's sex field as the form for marital status: the case's "married" has no box
    # there, but a text for the continuation sheet
    write_acroform(forms_dir,
                   '[[field]]\nname = "sex"\nsource = "marital.status"\nformat = "choice"\n'
                     'label_de = "Familienstand"\nlabel_en = "Marital status"\n'
                     'values = { single = "ledig", married = "verheiratet / married", '
                     'civil_partnership = "Lebenspartnerschaft", separated = "getrennt", '
                     'divorced = "geschieden", widowed = "verwitwet" }\n')
    filled = fill_form(load_case(EXAMPLES / "family-five-children.json"), "t", editable=True)
    assert [(o.heading(), o.value) for o in filled.overflow] == [
        ("Antragsteller: Familienstand / Applicant: Marital status", "verheiratet / married")]
    fields = PdfReader(io.BytesIO(filled.pdf)).get_fields() or {}
    assert fields["sex"].get("/V") in (None, "/Off")


# --- the shipped forms --------------------------------------------------------------------------


def test_our_form_is_usable(capsys) -> None:
    assert cli_main(["forms", "check", "antrag-aufenthaltstitel"]) == 0
    assert "usable" in capsys.readouterr().out


def test_the_berlin_profile_is_usable(shared_dir: Path, capsys) -> None:
    path = shared_dir / BERLIN
    if not path.is_file():
        pytest.skip(f"{BERLIN} is absent from ../shared")
    assert cli_main(["forms", "check", "berlin-agen1", "--template", str(path)]) == 0
    assert "usable" in capsys.readouterr().out


def test_berlin_values_without_a_box_go_to_the_sheet_and_no_married_date(
        shared_dir: Path, tmp_path: Path) -> None:
    from PIL import Image

    path = shared_dir / BERLIN
    if not path.is_file():
        pytest.skip(f"{BERLIN} is absent from ../shared")
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    case = load_case(EXAMPLES / "family-five-children.json")
    case.person.sex = "diverse"  # type: ignore[assignment]
    case.marital.status = "separated"  # type: ignore[assignment]
    case.person.birth_name = "Nguyễn-Trần " * 8  # too long for its line: on the sheet too
    filled = fill_form(case, "berlin-agen1", template=path)
    entries = {o.heading(): o.value for o in filled.overflow}
    assert list(entries)[:4] == [  # in the order of the form
        "Antragsteller: Geburtsname / Applicant: Name at birth",
        "Antragsteller: Geschlecht / Applicant: Sex",
        "Antragsteller: Familienstand / Applicant: Marital status",
        "Antragsteller: Familienstand seit / Applicant: Marital status since"]
    assert entries["Antragsteller: Geschlecht / Applicant: Sex"] == "divers / diverse"
    assert entries["Antragsteller: Familienstand / Applicant: Marital status"] == (
        "getrennt lebend / separated")
    assert entries["Antragsteller: Familienstand seit / Applicant: Marital status since"] == (
        "03.12.2011")
    out = tmp_path / "b.pdf"
    out.write_bytes(filled.pdf)
    page_one = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(out), "-"],
                              capture_output=True, text=True, check=True).stdout
    assert "03.12.2011" not in page_one  # not in the "verheiratet seit" slot
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "p")], check=True)
    image = Image.open(next(tmp_path.glob("p*.pgm")))
    h = 841.68

    def ink(x: float, y: float) -> int:
        box = image.crop((int(x - 3), int(h - y - 3), int(x + 3), int(h - y + 3)))
        return sum(1 for v in box.tobytes() if v < 128)

    for x, y in [(294, 593.3), (370, 593.3), (455, 593.3),  # männlich, weiblich, unbekannt
                 (277.5, 102.9), (314, 102.9), (457.5, 102.9), (520, 102.9)]:  # marital
        assert ink(x, y) == 0, f"a box at {x}, {y} is crossed"


def test_a_condition_in_a_list_reads_the_entry(forms_dir: Path) -> None:
    # the residence of a child only when the child lives abroad
    _flat(forms_dir, '[[list]]\nsource = "children"\nlabel_de = "Kind"\nlabel_en = "Child"\n'
                     'rows = 5\npage = 1\nrow_y = [600, 580, 560, 540, 520]\n'
                     '[[list.field]]\nsource = "first_names"\nx = 60\nwidth = 150\n'
                     '[[list.field]]\nsource = "address"\nwhen = "lives_in_germany == False"\n'
                     'x = 220\nwidth = 300\nfont_size = 6\n')
    case = load_case(EXAMPLES / "family-five-children.json")
    case.children[1].lives_in_germany = False
    case.children[1].address = "Phố Huế 12, Hà Nội"
    text = PdfReader(io.BytesIO(fill_form(case, "t").pdf)).pages[0].extract_text()
    assert "Phố Huế 12, Hà Nội" in text
    assert case.children[0].first_names in text
    assert "Karl-Liebknecht-Straße" not in text  # the others live in Germany


def test_on_states_of_a_real_official_acroform_are_read_and_suggested(
        shared_dir: Path, forms_dir: Path, tmp_path: Path, capsys) -> None:
    # the Federal Employment Agency's form: its checkboxes are ticked with "selektiert"
    ba = shared_dir / "fixtures/official-forms/ba-erklaerung-beschaeftigungsverhaeltnis-2024.pdf"
    if not ba.is_file():
        pytest.skip(f"{ba.name} is absent from ../shared")
    folder = forms_dir / "t"
    folder.mkdir()
    shutil.copy(ba, folder / "t.pdf")
    check = ('[[field]]\nname = "chbx_zuE_1v4"\nsource = "spouse.included_in_application"\n'
             'format = "check"\n')
    sex = ('[[field]]\nname = "rbtn_6_Geschlecht"\nsource = "person.sex"\nformat = "choice"\n'
           'options = { male = "0", female = "1", diverse = "2" }\n')
    (folder / "profile.toml").write_text(ACRO_HEAD + check + sex, encoding="utf-8")
    code, lines = _check(capsys)
    assert code == 1
    assert len(lines) == 2, lines
    assert any("no on-state 'true'; its on-state is 'selektiert': write options = { true = "
               '"selektiert" }' in line for line in lines), lines
    assert any("'person.sex' can also be unknown" in line for line in lines), lines
    fixed = check + 'options = { true = "selektiert" }\n' + sex + (
        'values = { unknown = "unbekannt / unknown" }\n')
    (folder / "profile.toml").write_text(ACRO_HEAD + fixed, encoding="utf-8")
    engine.load_form.cache_clear()
    assert _check(capsys) == (0, ["t: profile and template are usable"])
    case = load_case(EXAMPLES / "family-five-children.json")
    assert case.spouse is not None
    case.spouse.included_in_application = True
    fields = PdfReader(io.BytesIO(fill_form(case, "t", editable=True).pdf)).get_fields() or {}
    assert fields["chbx_zuE_1v4"]["/V"] == "/selektiert"
    assert fields["rbtn_6_Geschlecht"]["/V"] == "/0"
