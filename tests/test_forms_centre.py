"""A centre's forms live where the centre keeps them: the folder named in centre.toml
(`forms_dir`) and the user's data folder are searched besides the program's own; `fill --form`
and `packet --form` take an id or the path of a profile; the packet page offers the installed
forms. And the reference for profile writers: `forms inspect` (checksum, the fields' copy of an
AcroForm) and `forms fields`."""

from __future__ import annotations

import hashlib
import io
import subprocess
import typing
from pathlib import Path

import pytest
from conftest import EXAMPLES
from pydantic import BaseModel
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from assistant.cli import main as cli_main
from assistant.model import Case

CASE = str(EXAMPLES / "student-first-permit.json")
FAMILY_NAME = "Şahin"  # the example case's family name
BA = "fixtures/official-forms/ba-erklaerung-beschaeftigungsverhaeltnis-2024.pdf"


def _form(folder: Path, form_id: str, heading: str) -> Path:
    """A flat one-page form `form_id` in `folder`: its template (printing `heading`) and a
    profile placing the family name."""
    directory = folder / form_id
    directory.mkdir(parents=True)
    c = canvas.Canvas(str(directory / "blank.pdf"), pagesize=A4)
    c.drawString(72, 760, heading)
    c.line(95, 697, 405, 697)
    c.showPage()
    c.save()
    (directory / "profile.toml").write_text(
        f'[form]\nid = "{form_id}"\ntitle_de = "{heading} (Antrag)"\n'
        f'title_en = "{heading} (application)"\nkind = "flat"\n'
        '[form.template]\nfile = "blank.pdf"\npages = 1\n'
        '[[field]]\nsource = "person.family_name"\nlabel_de = "Familienname"\n'
        'label_en = "Family name"\npage = 1\nx = 100\ny = 700\nwidth = 300\n',
        encoding="utf-8")
    return directory / "profile.toml"


@pytest.fixture
def centre_forms(program_folders: dict[str, Path], tmp_path: Path) -> Path:
    """A centre whose centre.toml names its forms folder (relative to centre.toml's folder)."""
    config = program_folders["config"]
    config.parent.mkdir(parents=True, exist_ok=True)
    folder = config.parent / "Formulare"
    config.write_text('forms_dir = "Formulare"\n', encoding="utf-8")
    _form(folder, "beratung-chemnitz", "Testformular Beratungsstelle Chemnitz")
    return folder


@pytest.fixture
def user_forms(program_folders: dict[str, Path]) -> Path:
    folder = program_folders["data"] / "forms"
    _form(folder, "eigenes-formular", "Testformular eigene Ablage")
    return folder


def _form_text(pdf: Path, first: int, last: int) -> str:
    reader = PdfReader(pdf)
    return "\n".join(reader.pages[i].extract_text() or "" for i in range(first, last))


def test_forms_list_shows_the_centres_and_the_users_forms(centre_forms: Path, user_forms: Path,
                                                          capsys) -> None:
    assert cli_main(["forms", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    ids = [line.split("\t")[0] for line in lines]
    assert ids[0] == "antrag-aufenthaltstitel"
    assert {"beratung-chemnitz", "eigenes-formular", "berlin-agen1"} <= set(ids)
    centre = next(line for line in lines if line.startswith("beratung-chemnitz\t"))
    assert "Testformular Beratungsstelle Chemnitz (Antrag)" in centre
    assert f"centre: {centre_forms / 'beratung-chemnitz'}" in centre and centre.endswith("ready")
    user = next(line for line in lines if line.startswith("eigenes-formular\t"))
    assert f"user: {user_forms / 'eigenes-formular'}" in user
    # the Berlin form's PDF is not shipped: listed, with what it needs
    berlin = next(line for line in lines if line.startswith("berlin-agen1\t"))
    assert "not ready" in berlin and "--template" in berlin


@pytest.mark.parametrize("form_id", ["beratung-chemnitz", "eigenes-formular"])
def test_fill_and_packet_use_a_form_found_by_its_id(centre_forms: Path, user_forms: Path,
                                                    form_id: str, tmp_path: Path,
                                                    capsys) -> None:
    out = tmp_path / "form.pdf"
    assert cli_main(["fill", CASE, "-o", str(out), "--form", form_id]) == 0
    text = _form_text(out, 0, 1)
    assert "Testformular" in text and FAMILY_NAME in text
    packet = tmp_path / "packet.pdf"
    assert cli_main(["packet", CASE, "-o", str(packet), "--form", form_id,
                     "--today", "2026-08-01"]) == 0
    everything = _form_text(packet, 0, len(PdfReader(packet).pages))
    assert "Testformular" in everything
    # our own form is not in this packet
    assert "Antrag auf Erteilung / Verlängerung eines Aufenthaltstitels" not in everything


def test_a_form_is_named_by_the_path_of_its_profile(tmp_path: Path, capsys) -> None:
    profile = _form(tmp_path / "elsewhere", "irgendwo", "Testformular aus einem Ordner")
    out = tmp_path / "form.pdf"
    assert cli_main(["fill", CASE, "-o", str(out), "--form", str(profile)]) == 0
    assert "Testformular aus einem Ordner" in _form_text(out, 0, 1)
    packet = tmp_path / "packet.pdf"
    assert cli_main(["packet", CASE, "-o", str(packet), "--form", str(profile.parent),
                     "--today", "2026-08-01"]) == 0
    assert "Testformular aus einem Ordner" in _form_text(packet, 0,
                                                         len(PdfReader(packet).pages))
    assert cli_main(["forms", "check", str(profile)]) == 0
    capsys.readouterr()
    assert cli_main(["fill", CASE, "-o", str(out), "--form",
                     str(tmp_path / "nowhere" / "profile.toml")]) == 2
    assert "no such profile file" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["fill", "packet"])
def test_an_unknown_form_lists_the_known_ones(centre_forms: Path, command: str, tmp_path: Path,
                                              capsys) -> None:
    code = cli_main([command, CASE, "-o", str(tmp_path / "o.pdf"), "--form", "dresden"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert "there is no form 'dresden'" in err
    assert "antrag-aufenthaltstitel" in err and "beratung-chemnitz" in err
    assert str(centre_forms) in err  # where it was looked for
    assert not (tmp_path / "o.pdf").exists()


def test_the_programs_own_form_cannot_be_replaced_by_a_centres(centre_forms: Path,
                                                               tmp_path: Path,
                                                               capsys) -> None:
    _form(centre_forms, "antrag-aufenthaltstitel", "Testformular Nachbau")
    out = tmp_path / "form.pdf"
    assert cli_main(["fill", CASE, "-o", str(out)]) == 0
    text = _form_text(out, 0, 1)
    assert "Testformular Nachbau" not in text and FAMILY_NAME in text
    capsys.readouterr()
    assert cli_main(["forms", "list"]) == 0
    err = capsys.readouterr().err
    assert f"{centre_forms / 'antrag-aufenthaltstitel'} is hidden by" in err


def test_a_forms_dir_that_is_not_text_is_a_problem_of_the_centre_file(
        program_folders: dict[str, Path]) -> None:
    from assistant.config import load_settings

    config = program_folders["config"]
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("forms_dir = 3\n", encoding="utf-8")
    settings = load_settings()
    assert settings.shared and settings.problem is not None and "forms_dir" in settings.problem


# --- forms inspect -----------------------------------------------------------------------------


def test_inspect_prints_the_checksum_of_a_flat_form(tmp_path: Path, capsys) -> None:
    profile = _form(tmp_path, "f", "Testformular")
    pdf = profile.parent / "blank.pdf"
    assert cli_main(["forms", "inspect", str(pdf), "-o", str(tmp_path / "grid.pdf")]) == 0
    out = capsys.readouterr().out
    assert f'sha256 = "{hashlib.sha256(pdf.read_bytes()).hexdigest()}"' in out
    assert (tmp_path / "grid.pdf").is_file()


def test_inspect_of_the_agencys_acroform(shared_dir: Path, tmp_path: Path, capsys) -> None:
    ba = shared_dir / BA
    if not ba.is_file():
        pytest.skip(f"{BA} is absent from ../shared")
    copy = tmp_path / "ba-fields.pdf"
    assert cli_main(["forms", "inspect", str(ba), "-o", str(copy)]) == 0
    out = capsys.readouterr().out
    assert f'sha256 = "{hashlib.sha256(ba.read_bytes()).hexdigest()}"' in out
    lines = out.splitlines()
    first_names = next(line for line in lines if line.startswith("txtf_3_Vorname\t"))
    assert first_names.split("\t")[1:3] == ["text", "page 2"]
    assert "3 - Vorname(n)" in first_names  # its tooltip
    checkbox = next(line for line in lines if line.startswith("chbx_zuE_1v4\t"))
    assert 'on-state: selektiert (options = { true = "selektiert" })' in checkbox
    sex = [line for line in lines if line.startswith("rbtn_6_Geschlecht\t")]
    assert len(sex) == 3 and "option 1 (of 0, 1, 2)" in sex[1]
    # the copy: no fields left, each field's name printed in its box
    reader = PdfReader(copy)
    assert len(reader.pages) == 5 and not reader.get_fields()
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(copy), "-"],
                          capture_output=True, text=True, check=True).stdout
    for name in ("txtf_3_Vorname", "txtf_4_Nachname", "txtf_10_Firma",
                 "rbtn_6_Geschlecht = 0"):
        assert name in text, name
    # each name is drawn inside its box (pdftotext -bbox, y from the top of the page)
    bbox = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-bbox", str(copy), "-"],
                          capture_output=True, text=True, check=True).stdout
    word = next(line for line in bbox.splitlines() if ">txtf_4_Nachname<" in line)
    x_min = float(word.split('xMin="')[1].split('"')[0])
    y_max = float(word.split('yMax="')[1].split('"')[0])
    height = float(reader.pages[1].mediabox.height)
    assert 309.0 <= x_min <= 552.4 and 532.9 <= height - y_max <= 550.9


# --- forms fields ------------------------------------------------------------------------------


def _leaf_paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Every field of the case model that holds a value (lists of entries included)."""
    out = []
    for name, info in model.model_fields.items():
        inner = info.annotation
        for _ in range(4):  # Optional[...], list[...], Annotated[...]
            args = [a for a in typing.get_args(inner) if a is not type(None)]
            if typing.get_origin(inner) is None or not args:
                break
            inner = args[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            if typing.get_origin(info.annotation) is list:
                out.append(f"{prefix}{name}")
            out += _leaf_paths(inner, f"{prefix}{name}.")
        else:
            out.append(f"{prefix}{name}")
    return out


def test_forms_fields_lists_every_field_of_the_case(capsys) -> None:
    assert cli_main(["forms", "fields"]) == 0
    lines = capsys.readouterr().out.splitlines()
    listed = [line.split("\t")[0] for line in lines[2:] if not line.startswith(" ")]
    assert sorted(listed) == sorted(_leaf_paths(Case))
    assert all("example: " in line for line in lines[2:] if not line.startswith(" "))


def test_forms_fields_gives_values_labels_and_an_example(capsys) -> None:
    assert cli_main(["forms", "fields", "person"]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("person.sex\t"))
    head = lines[at].split("\t")
    assert head[1] == "one of the values below" and "enum" in head[2]
    assert head[3] == 'example: "female"'  # what the example case holds
    values = [line.split("\t") for line in lines[at + 1:at + 5]]
    assert values == [["    female", "weiblich", "female"], ["    male", "männlich", "male"],
                      ["    diverse", "divers", "diverse"],
                      ["    unknown", "ohne Angabe", "not stated"]]
    born = next(line for line in lines if line.startswith("person.date_of_birth\t"))
    assert "\tdate\t" in born and 'example: "' in born
    assert not any(line.startswith("passport.") for line in lines)  # only under "person"


def test_forms_fields_of_a_list_says_how_a_profile_reads_it(capsys) -> None:
    assert cli_main(["forms", "fields", "children"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("children\tlist of entries") for line in lines)
    first = next(line for line in lines if line.startswith("children.first_names\t"))
    assert 'in [[list]] source = "children": write source = "first_names"' in first
    assert cli_main(["forms", "fields", "nickname"]) == 2
    assert "no case field is called 'nickname'" in capsys.readouterr().err


# --- the packet page ---------------------------------------------------------------------------


def test_the_packet_page_offers_the_installed_forms_and_uses_the_chosen_one(
        qtbot, centre_forms: Path, user_forms: Path) -> None:
    from wizard_driver import example_answers, make_window, packet_text, walk_to_packet

    window = make_window(qtbot, "de")
    walk_to_packet(qtbot, window, example_answers("student-first-permit"))
    page = window.pages["packet"]
    choices = page.form_choices()
    ids = [form_id for form_id, _ in choices]
    assert ids[0] == "antrag-aufenthaltstitel" and page.chosen_form() == ids[0]
    assert {"beratung-chemnitz", "eigenes-formular"} <= set(ids)
    assert "berlin-agen1" not in ids  # its PDF is not there: it cannot be filled
    labels = dict(choices)
    assert labels["beratung-chemnitz"] == "Testformular Beratungsstelle Chemnitz (Antrag)"
    assert page.form_combo.isVisible()
    assert "Testformular" not in packet_text(qtbot, window)  # ours by default

    page.choose_form("beratung-chemnitz")
    text = packet_text(qtbot, window)
    assert page.packet.has_form
    assert "Testformular Beratungsstelle Chemnitz" in text and FAMILY_NAME in text
    form = page.packet.part("form")
    reader = PdfReader(io.BytesIO(page.packet.pdf))
    assert "Testformular Beratungsstelle Chemnitz" in reader.pages[form.first_page].extract_text()

    window.session_ended.emit()  # the next person starts with our form again
    assert page.chosen_form() == "antrag-aufenthaltstitel"


def test_a_centre_folder_that_is_missing_is_noted_and_the_rest_still_listed(
        program_folders: dict[str, Path], capsys) -> None:
    config = program_folders["config"]
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('forms_dir = "gibt-es-nicht"\n', encoding="utf-8")
    assert cli_main(["forms", "list"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("antrag-aufenthaltstitel\t")
    assert f"the centre's forms_dir {config.parent / 'gibt-es-nicht'}" in out.err


def test_a_batch_of_packets_uses_the_chosen_form(centre_forms: Path, tmp_path: Path,
                                                 capsys) -> None:
    import shutil

    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copy(CASE, cases / "a.json")
    out = tmp_path / "out"
    assert cli_main(["packet", "--batch", str(cases), "-o", str(out), "--form",
                     "beratung-chemnitz", "--today", "2026-08-01"]) == 0
    packet = out / "a.pdf"
    assert "Testformular Beratungsstelle Chemnitz" in _form_text(
        packet, 0, len(PdfReader(packet).pages))
