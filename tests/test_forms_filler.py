"""One AcroForm filler for our form and official forms: public library API only, our form's blank
template drawn once per layout and cached, every value shown without the viewer redrawing it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES
from pypdf import PdfReader

from assistant import config
from assistant.casefile import load_case
from assistant.forms import fill_form, template
from assistant.forms.engine import load_form
from assistant.forms.layout import load_layout, place
from assistant.paths import FORMS

FORMS_CODE = Path(__file__).resolve().parent.parent / "assistant" / "forms"
# what the filler once reached into: reportlab's document and annotation list, pypdf's root and
# object list
PRIVATE = ("_root_object", "_addAnnotation", "._doc", "_add_object", "thisPageRef", "._objects")


def test_the_filler_uses_no_private_library_api() -> None:
    for path in sorted(FORMS_CODE.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for name in PRIVATE:
            assert name not in source.replace("self._objects", ""), f"{path.name}: {name}"
        # an underscore attribute of anything but our own objects
        for line in source.splitlines():
            code = line.split("#")[0]
            for match in re.finditer(r"(\w+)\._[a-z]\w*", code):
                assert match.group(1) in ("self", "cls"), f"{path.name}: {line.strip()}"


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache folder, nothing kept in memory."""
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    template.forget()
    yield tmp_path / "data" / "cache"
    template.forget()


def test_the_blank_template_is_drawn_once_per_layout(fresh_cache, tmp_path) -> None:
    form = load_form("antrag-aufenthaltstitel")
    before = template.builds()
    first = form.template()
    assert template.builds() == before + 1
    cached = list(fresh_cache.rglob("*.pdf"))
    assert len(cached) == 1 and cached[0].read_bytes() == first
    case = load_case(EXAMPLES / "student-first-permit.json")
    fill_form(case, editable=True)
    fill_form(case, editable=True)
    assert form.template() == first
    assert template.builds() == before + 1  # filled twice, drawn once
    template.forget()  # a new process: the template comes from the cache folder
    assert form.template() == first
    assert template.builds() == before + 1

    # a changed layout is another template: drawn anew, kept beside the first
    source = (FORMS / "antrag-aufenthaltstitel" / "layout.toml").read_text(encoding="utf-8")
    assert "Familienname" in source
    changed = tmp_path / "layout.toml"
    changed.write_text(source.replace("Familienname", "Nachname", 1), encoding="utf-8")
    layout = load_layout(changed)
    other = template.blank_template(changed, layout, place(layout))
    assert template.builds() == before + 2
    assert other != first
    assert len(list(fresh_cache.rglob("*.pdf"))) == 2
    assert template.template_key(changed) != template.template_key(form.layout_file())


def test_a_damaged_cache_file_is_drawn_anew(fresh_cache) -> None:
    form = load_form("antrag-aufenthaltstitel")
    good = form.template()
    (cached,) = fresh_cache.rglob("*.pdf")
    cached.write_bytes(good[: len(good) // 2])  # cut off, as by a full disk
    template.forget()
    before = template.builds()
    assert form.template() == good
    assert template.builds() == before + 1
    assert cached.read_bytes() == good


def _pdftotext(pdf: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf,
                         capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


NAMES = [  # (family name, first names): Cyrillic, Vietnamese, Arabic, Persian
    ("Шевченко", "Олександра"),
    ("Nguyễn", "Thị Minh Khai"),
    ("الحسيني", "محمد"),
    ("رضایی", "فاطمه"),
]


@pytest.mark.parametrize(("family", "first"), NAMES)
def test_our_editable_form_keeps_each_value_in_its_field_and_on_the_page(family: str,
                                                                         first: str) -> None:
    # filled by the same filler as an official form: the value as typed in the field, its
    # appearance drawn with the embedded font (no viewer has to redraw it)
    import unicodedata

    case = load_case(EXAMPLES / "student-first-permit.json")
    case.person.family_name = family
    case.person.first_names = first
    pdf = fill_form(case, editable=True).pdf
    reader = PdfReader(io.BytesIO(pdf))
    fields = reader.get_fields() or {}
    assert fields["family_name"]["/V"] == family
    assert fields["first_names"]["/V"] == first
    # no viewer is asked to draw the fields anew (with a font that may lack the letters)
    assert reader.trailer["/Root"]["/AcroForm"]["/NeedAppearances"].value is False
    text = unicodedata.normalize("NFKC", _pdftotext(pdf))
    for word in (family, *first.split()):
        assert word in text, word


def test_the_editable_form_is_an_update_of_the_blank_template() -> None:
    # the filled form begins with the template's own bytes: only the fields holding values,
    # their appearances and the continuation sheet are written anew
    form = load_form("antrag-aufenthaltstitel")
    case = load_case(EXAMPLES / "family-five-children.json")
    filled = fill_form(case, editable=True)
    assert filled.pdf.startswith(form.template())
    reader = PdfReader(io.BytesIO(filled.pdf))
    assert len(reader.pages) == filled.form_pages + filled.continuation_pages == 4
    assert reader.metadata is not None and "Aufenthaltstitel" in (reader.metadata.title or "")
    # the template's reader, kept for the next form, is unchanged
    blank = form.template_reader().get_fields() or {}
    assert all(not str(f.get("/V", "")) or f.get("/V") == "/Off" for f in blank.values())


BA = "fixtures/official-forms/ba-erklaerung-beschaeftigungsverhaeltnis-2024.pdf"


@pytest.mark.parametrize("editable", [True, False])
def test_an_official_form_filled_reads_in_every_reader(shared_dir: Path, tmp_path,
                                                       editable: bool) -> None:
    # the Agency's form ends in a cross-reference stream: the update does too, so that readers
    # which cannot follow a table back to a stream (pdftk) still find its pages and fields
    template_pdf = shared_dir / BA
    if not template_pdf.is_file():
        pytest.skip(f"{BA} is absent")
    case = load_case(EXAMPLES / "student-first-permit.json")
    filled = fill_form(case, "ba-beschaeftigung", editable=editable, template=template_pdf)
    path = tmp_path / "ba.pdf"
    path.write_bytes(filled.pdf)
    reader = PdfReader(io.BytesIO(filled.pdf))
    assert len(reader.pages) == filled.form_pages == 5
    names = {str(f.get("/V", "")) for f in (reader.get_fields() or {}).values()}
    assert ("Şahin" in names) is editable
    assert "Şahin" in _pdftotext(filled.pdf)
    for tool in ("qpdf", "pdftk"):
        if not shutil.which(tool):
            continue
        args = ["--check", str(path)] if tool == "qpdf" else [str(path), "dump_data_fields_utf8"]
        out = subprocess.run([tool, *args], capture_output=True, text=True)
        assert out.returncode == 0 and "corrupt" not in (out.stdout + out.stderr).lower(), tool
        if tool == "pdftk":
            assert ("FieldValue: Şahin" in out.stdout) is editable


def test_threads_filling_at_once_each_get_the_whole_form() -> None:
    # a packet worker and the window may fill at the same time: each thread reads the template
    # with a reader of its own, and every form comes out the same
    from concurrent.futures import ThreadPoolExecutor

    case = load_case(EXAMPLES / "family-five-children.json")
    alone = fill_form(case, editable=True).pdf
    with ThreadPoolExecutor(max_workers=3) as pool:
        forms = list(pool.map(lambda _: fill_form(case, editable=True).pdf, range(6)))
    assert all(pdf == alone for pdf in forms)
    assert len(PdfReader(io.BytesIO(alone)).pages) == 4


def test_templates_not_used_for_long_are_removed(fresh_cache, tmp_path) -> None:
    # a new version of the program draws a new template; the old one does not stay for ever
    import os
    import time

    form = load_form("antrag-aufenthaltstitel")
    form.template()
    (ours,) = fresh_cache.rglob("*.pdf")
    old = ours.parent / ("0" * 64 + ".pdf")
    old.write_bytes(ours.read_bytes())
    long_ago = time.time() - (template.STALE_DAYS + 1) * 86400
    os.utime(old, (long_ago, long_ago))
    os.utime(ours, (long_ago, long_ago))
    template.forget()
    form.template()  # read from the cache folder: marked as used
    assert time.time() - ours.stat().st_mtime < 3600
    source = (FORMS / "antrag-aufenthaltstitel" / "layout.toml").read_text(encoding="utf-8")
    changed = tmp_path / "layout.toml"
    changed.write_text(source.replace("Familienname", "Nachname", 1), encoding="utf-8")
    layout = load_layout(changed)
    template.blank_template(changed, layout, place(layout))  # drawn and written: old goes
    assert not old.exists()
    assert ours.exists() and len(list(fresh_cache.rglob("*.pdf"))) == 2
