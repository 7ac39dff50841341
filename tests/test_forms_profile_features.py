"""What a profile says without Python (forms/README.md): constants, conditions, fallbacks,
`today` and the place of signing, parts of structured values, a page offset and scale for a new
edition of a flat form, list fields named per row or numbered from another start. Each is shown
on the Berlin form (a flat official PDF) or on our own form's template as an official AcroForm;
each mistake is named by `forms check`."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES
from form_support import write_acroform
from pypdf import PdfReader, PdfWriter, Transformation

from assistant.casefile import load_case
from assistant.cli import main as cli_main
from assistant.forms import engine, fill_form
from assistant.forms.profile import read_profile
from assistant.paths import FORMS

BERLIN = "fixtures/official-forms/berlin-labo-agen1-2018-flat.pdf"
BERLIN_FILE = "berlin-labo-agen1-2018-flat.pdf"
TODAY = date(2026, 11, 22)
Word = tuple[str, float, float, float, float]  # text, x1, y1, x2, y2 (top-left origin)


@pytest.fixture
def forms_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A forms folder of the test's own; the program reads its forms from there."""
    folder = tmp_path / "forms"
    folder.mkdir()
    monkeypatch.setattr(engine, "FORMS", folder)
    engine.load_form.cache_clear()
    yield folder
    engine.load_form.cache_clear()


@pytest.fixture
def berlin(shared_dir: Path) -> Path:
    path = shared_dir / BERLIN
    if not path.is_file():
        pytest.skip(f"{BERLIN} is absent from ../shared")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return path


def _berlin_copy(forms_dir: Path, berlin: Path, extra: str = "", head: str = "",
                 template: bytes | None = None) -> str:
    """forms/b: the shipped Berlin profile with `extra` entries (and `head` keys in [form]),
    beside the Berlin PDF (or another `template`); the shipped profile stays beside it."""
    if not (forms_dir / "berlin-agen1").exists():
        shutil.copytree(FORMS / "berlin-agen1", forms_dir / "berlin-agen1")
    folder = forms_dir / "b"
    folder.mkdir()
    text = (FORMS / "berlin-agen1" / "profile.toml").read_text(encoding="utf-8")
    text = text.replace('id = "berlin-agen1"', 'id = "b"')
    data = template if template is not None else berlin.read_bytes()
    text = re.sub(r'sha256 = "[0-9a-f]+"', f'sha256 = "{hashlib.sha256(data).hexdigest()}"',
                  text)
    if head:
        text = text.replace("[form.template]", head + "\n[form.template]")
    (folder / "profile.toml").write_text(text + "\n" + extra, encoding="utf-8")
    (folder / BERLIN_FILE).write_bytes(data)
    return "b"


def _words(pdf: bytes, page: int, tmp_path: Path) -> list[Word]:
    path = tmp_path / "words.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path),
                          "-"], capture_output=True, text=True, check=True).stdout
    rx = re.compile(r'xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">'
                    r'([^<]*)<')
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in rx.findall(out)]


def _line_at(words: list[Word], x: float, baseline_from_bottom: float,
             height: float = 841.68) -> str:
    """The words printed from `x` on the line whose baseline is given (PDF points)."""
    top = height - baseline_from_bottom
    return " ".join(w[0] for w in words if w[1] >= x - 1 and w[2] < top + 1 < w[4] + 3)


def _check(capsys: pytest.CaptureFixture[str], form: str) -> tuple[int, list[str]]:
    code = cli_main(["forms", "check", form])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out.splitlines()


# --- constants ---------------------------------------------------------------------------------

CONSTANTS = '''
[[field]]
value = "alleinige Wohnung"
label_de = "Art der Wohnung"
label_en = "Kind of dwelling"
page = 4
x = 300
y = 722
width = 200
[[field]]
value = true
format = "check"
label_de = "Angaben vollständig"
label_en = "Statement complete"
page = 4
marks = { true = { x = 520, y = 745 } }
'''


def test_a_constant_is_written_on_every_form(forms_dir: Path, berlin: Path,
                                             tmp_path: Path) -> None:
    form = _berlin_copy(forms_dir, berlin, CONSTANTS)
    for example in ("family-five-children.json", "student-first-permit.json"):
        pdf = fill_form(load_case(EXAMPLES / example), form, today=TODAY).pdf
        assert _line_at(_words(pdf, 4, tmp_path), 300, 722) == "alleinige Wohnung"


def test_a_constant_mark_is_crossed(forms_dir: Path, berlin: Path, tmp_path: Path) -> None:
    from PIL import Image

    form = _berlin_copy(forms_dir, berlin, CONSTANTS)
    out = tmp_path / "c.pdf"
    out.write_bytes(fill_form(load_case(EXAMPLES / "student-first-permit.json"), form).pdf)
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-f", "4", "-l", "4", str(out),
                    str(tmp_path / "p")], check=True)
    image = Image.open(next(tmp_path.glob("p*.pgm")))
    box = image.crop((517, int(841.68 - 748), 523, int(841.68 - 742)))
    assert sum(1 for v in box.tobytes() if v < 128) > 4, "the constant mark is not crossed"


@pytest.mark.parametrize(("entry", "problem"), [
    ('value = "x"\nsource = "person.family_name"\n', "either `source`"),
    ('value = true\n', "a constant text is a string"),
    ('value = "ja"\nformat = "check"\nmarks = { true = { x = 300, y = 60 } }\n',
     "value = true"),
    ('value = "x"\nformat = "date"\n', "not with format 'date'"),
    ('label_de = "x"\n', "give `source`"),
])
def test_a_wrong_constant_is_named_by_forms_check(entry: str, problem: str, forms_dir: Path,
                                                  berlin: Path, capsys) -> None:
    body = f"[[field]]\n{entry}page = 4\nx = 300\ny = 60\nwidth = 50\n"
    _berlin_copy(forms_dir, berlin, body)
    code, lines = _check(capsys, "b")
    assert code == 1
    assert any("field #" in line and problem in line for line in lines), lines


# --- conditions --------------------------------------------------------------------------------

BORN_AS = '''
[[field]]
source = "person.birth_name"
prefix = "geb. "
when = "person.birth_name != '' and person.birth_name != person.family_name"
label_de = "Geburtsname"
label_en = "Name at birth"
page = 4
x = 300
y = 702
width = 250
'''


def test_a_condition_prints_the_birth_name_only_where_it_differs(forms_dir: Path, berlin: Path,
                                                                 tmp_path: Path) -> None:
    form = _berlin_copy(forms_dir, berlin, BORN_AS)
    case = load_case(EXAMPLES / "student-first-permit.json")
    case.person.birth_name = "Yılmaz"
    words = _words(fill_form(case, form).pdf, 4, tmp_path)
    assert _line_at(words, 300, 702) == "geb. Yılmaz"
    case.person.birth_name = case.person.family_name
    assert _line_at(_words(fill_form(case, form).pdf, 4, tmp_path), 300, 702) == ""


def test_the_marriage_date_is_printed_only_when_married(berlin: Path, tmp_path: Path) -> None:
    case = load_case(EXAMPLES / "family-five-children.json")
    assert case.marital.since is not None
    since = case.marital.since.strftime("%d.%m.%Y")
    married = fill_form(case, "berlin-agen1", template=berlin)
    assert since in _line_at(_words(married.pdf, 1, tmp_path), 381, 102)
    case.marital.status = "separated"  # type: ignore[assignment]
    separated = fill_form(case, "berlin-agen1", template=berlin)
    assert since not in _line_at(_words(separated.pdf, 1, tmp_path), 381, 102)
    assert any(e.value == since and e.label_de == "Familienstand seit"
               for e in separated.overflow)


# --- fallbacks ---------------------------------------------------------------------------------

def test_the_berlin_host_falls_back_on_the_study_answers(berlin: Path, tmp_path: Path) -> None:
    """A Studienkolleg's applicant who named no Studienkolleg but the university: the form's
    line for the educational establishment takes the university."""
    case = load_case(EXAMPLES / "student-first-permit.json")
    case.application.purpose = "studienkolleg"  # type: ignore[assignment]
    case.host.name = ""
    case.study.institution.name = "Universität Leipzig"
    words = _words(fill_form(case, "berlin-agen1", template=berlin).pdf, 3, tmp_path)
    assert _line_at(words, 301.5, 651) == "Universität Leipzig"


def test_the_first_fallback_that_gives_a_value_is_written(forms_dir: Path, berlin: Path,
                                                          tmp_path: Path) -> None:
    body = '''
[[field]]
source = "contact.phone"
fallback = [["legal.convicted_abroad_details"], "contact.email"]
label_de = "Erreichbar"
label_en = "Reachable"
page = 4
x = 300
y = 702
width = 250
'''
    form = _berlin_copy(forms_dir, berlin, body)
    case = load_case(EXAMPLES / "student-first-permit.json")
    case.contact.phone = ""
    case.contact.email = "elif@example.org"
    assert _line_at(_words(fill_form(case, form).pdf, 4, tmp_path), 300, 702) == \
        "elif@example.org"
    case.contact.phone = "+49 3731 39-0"
    assert _line_at(_words(fill_form(case, form).pdf, 4, tmp_path), 300, 702) == \
        "+49 3731 390"


def test_a_fallback_that_is_not_a_case_field_is_named(forms_dir: Path, berlin: Path,
                                                      capsys) -> None:
    body = ('[[field]]\nsource = "host.name"\nfallback = ["study.university"]\npage = 4\n'
            'x = 300\ny = 60\nwidth = 50\n')
    _berlin_copy(forms_dir, berlin, body)
    code, lines = _check(capsys, "b")
    assert code == 1
    assert any("(host.name)" in line and "'study.university' is not a field" in line
               for line in lines), lines


# --- today and the place of signing ------------------------------------------------------------

def test_place_and_date_of_signing_on_the_berlin_form(berlin: Path, tmp_path: Path) -> None:
    case = load_case(EXAMPLES / "family-five-children.json")
    pdf = fill_form(case, "berlin-agen1", template=berlin, today=TODAY).pdf
    words = _words(pdf, 4, tmp_path)
    assert _line_at(words, 228, 281) == f"{case.address.place}, 22.11.2026"
    # inside the box right of "Ort und Datum"
    place = next(w for w in words if w[0] == f"{case.address.place},")
    assert 218 < place[1] and place[3] < 447


def test_our_form_names_the_place_of_signing(tmp_path: Path) -> None:
    case = load_case(EXAMPLES / "student-first-permit.json")
    form = fill_form(case, editable=True)
    out = tmp_path / "ours.pdf"
    out.write_bytes(form.pdf)
    fields = PdfReader(out).get_fields() or {}
    assert fields["signature_place"].get("/V") == case.address.place == "Freiberg"
    assert fields["host_address"].get("/V") == "Akademiestraße 6, 09599 Freiberg"


# --- parts of structured values ----------------------------------------------------------------

def test_parts_of_the_host_address_go_to_their_own_places(forms_dir: Path, berlin: Path,
                                                          tmp_path: Path) -> None:
    body = '''
[[field]]
source = "host.address.street"
label_de = "Straße"
label_en = "Street"
page = 4
x = 300
y = 702
width = 250
[[field]]
source = ["host.address.postcode", "host.address.place"]
join = " "
label_de = "Ort"
label_en = "Place"
page = 4
x = 300
y = 722
width = 250
'''
    form = _berlin_copy(forms_dir, berlin, body)
    case = load_case(EXAMPLES / "family-five-children.json")
    words = _words(fill_form(case, form).pdf, 4, tmp_path)
    assert _line_at(words, 300, 702) == "Linnéstraße 3"
    assert _line_at(words, 300, 722) == "04103 Leipzig"
    # the shipped profile writes the whole address on the form's one line
    words = _words(fill_form(case, "berlin-agen1", template=berlin).pdf, 3, tmp_path)
    assert _line_at(words, 301.5, 619.5) == "Linnéstraße 3, 04103 Leipzig"


# --- a new edition: offset and scale -----------------------------------------------------------

def test_an_offset_fills_a_new_edition_whose_lines_moved_up(forms_dir: Path, berlin: Path,
                                                            tmp_path: Path) -> None:
    """The Berlin form moved up 14.2 pt (as its 2021 edition is): one `offset` in the profile
    instead of about 80 numbers, and every value sits where it sat on the 2018 edition,
    relative to the form's own print."""
    writer = PdfWriter(clone_from=berlin)
    for page in writer.pages:
        page.add_transformation(Transformation().translate(0, 14.2))
    moved = tmp_path / "moved.pdf"
    writer.write(moved)
    form = _berlin_copy(forms_dir, berlin, head="[form.offset]\ny = 14.2",
                        template=moved.read_bytes())
    case = load_case(EXAMPLES / "family-five-children.json")
    old = fill_form(case, "berlin-agen1", template=berlin, today=TODAY).pdf
    new = fill_form(case, form, today=TODAY).pdf
    compared = 0
    for page, probe in ((1, "Nguyễn"), (1, "Familienname"), (2, "Trần"), (2, "04275"),
                        (3, "Chemiker"), (4, "22.11.2026"), (4, "Datum")):
        before = [w for w in _words(old, page, tmp_path) if w[0] == probe]
        after = [w for w in _words(new, page, tmp_path) if w[0] == probe]
        assert before and len(before) == len(after), (page, probe)
        for b, a in zip(before, after, strict=True):
            assert a[1] == pytest.approx(b[1], abs=0.05)            # same x
            assert b[2] - a[2] == pytest.approx(14.2, abs=0.05)     # 14.2 pt higher
            compared += 1
    assert compared >= 7


def test_the_scale_and_offset_apply_to_every_position_and_size(forms_dir: Path, berlin: Path
                                                               ) -> None:
    _berlin_copy(forms_dir, berlin, head="[form.offset]\nx = 5\ny = -3\nscale = 0.9")
    shipped = read_profile(FORMS / "berlin-agen1" / "profile.toml")
    moved = read_profile(forms_dir / "b" / "profile.toml")
    name, name2 = shipped.fields[0], moved.fields[0]
    assert (name2.x, name2.y, name2.width) == pytest.approx(
        (name.x * 0.9 + 5, name.y * 0.9 - 3, name.width * 0.9))
    male, male2 = shipped.fields[6].marks["male"], moved.fields[6].marks["male"]
    assert (male2.x, male2.y, male2.size) == pytest.approx(
        (male.x * 0.9 + 5, male.y * 0.9 - 3, male.size * 0.9))
    children, children2 = shipped.lists[0], moved.lists[0]
    assert children2.row_y == pytest.approx([y * 0.9 - 3 for y in children.row_y])
    assert moved.form.font_size == pytest.approx(shipped.form.font_size * 0.9)


def test_an_offset_that_pushes_values_off_the_page_is_refused(forms_dir: Path, berlin: Path,
                                                              capsys) -> None:
    _berlin_copy(forms_dir, berlin, head="[form.offset]\ny = 200")
    code, lines = _check(capsys, "b")
    assert code == 1
    assert any("field #1 (person.family_name)" in line and "beyond page 1" in line
               for line in lines), lines
    (forms_dir / "b").rename(forms_dir / "old")
    _berlin_copy(forms_dir, berlin, head="[form.offset]\ny = nan")
    code, lines = _check(capsys, "b")
    assert code == 1 and any("[form.offset] y = nan is not a finite number" in line
                             for line in lines), lines


# --- lists over named or numbered fields (AcroForm) --------------------------------------------

NAMED_ROWS = '''
[[list]]
source = "children"
label_de = "Kind"
label_en = "Child"
rows = 3
start = 2
[[list.field]]
name = "child{n}_family_name"
source = "family_name"
[[list.field]]
names = ["child4_first_names", "child3_first_names", "child2_first_names"]
source = "first_names"
'''


def test_a_list_is_spread_over_named_or_renumbered_fields(forms_dir: Path, tmp_path: Path
                                                         ) -> None:
    write_acroform(forms_dir, NAMED_ROWS)
    case = load_case(EXAMPLES / "family-five-children.json")
    out = tmp_path / "t.pdf"
    filled = fill_form(case, "t", editable=True)
    out.write_bytes(filled.pdf)
    fields = PdfReader(out).get_fields() or {}
    first, second, third = case.children[:3]
    assert fields["child2_family_name"].get("/V") == first.family_name
    assert fields["child4_family_name"].get("/V") == third.family_name
    assert fields["child4_first_names"].get("/V") == first.first_names
    assert fields["child2_first_names"].get("/V") == third.first_names
    assert not fields["child1_first_names"].get("/V")
    # the fourth and fifth child have no row: on the continuation sheet
    assert {e.owner_de for e in filled.overflow} >= {"Kind 4", "Kind 5"}


@pytest.mark.parametrize(("change", "problem"), [
    (lambda t: t.replace('"child2_first_names"]', '"child2_first_names", "child1_first_names"]'),
     "`names` gives an AcroForm field for each of the 3 rows (4 given)"),
    (lambda t: t.replace("start = 2", "start = 3"), "the form has no field 'child5_family_name'"),
    (lambda t: t.replace('names = ["child4_first_names", "child3_first_names", '
                         '"child2_first_names"]', 'name = "child_first_names"'),
     "holds {n}"),
])
def test_wrong_row_fields_are_named_by_forms_check(change, problem: str, forms_dir: Path,
                                                   capsys) -> None:
    write_acroform(forms_dir, change(NAMED_ROWS))
    code, lines = _check(capsys, "t")
    assert code == 1
    assert any(line.count("list 'children'") and problem in line for line in lines), lines
