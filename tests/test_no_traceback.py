"""No traceback reaches a person (issue 15 point 7): damaged, truncated and hostile PDFs given to
`forms inspect` or as a profile's template, profiles with non-finite or absurd numbers or not in
UTF-8 give one clear message and exit 2; every loop that fits text into a box ends."""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.pdfgen import canvas

from assistant.cli import main
from assistant.fonts import register_fonts
from assistant.forms.engine import load_form
from assistant.forms.fit import fit

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "examples" / "student-first-permit.json"
BERLIN = ROOT / "forms" / "berlin-agen1" / "profile.toml"
BERLIN_PDF = "berlin-labo-agen1-2018-flat.pdf"


def our_acroform() -> bytes:
    """The project's own form, blank, as an AcroForm PDF (fields with widgets and parents)."""
    return load_form("antrag-aufenthaltstitel").template()


def flat_pdf(pages: int = 4, size: tuple[float, float] = (595.2, 841.68)) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    for n in range(pages):
        c.drawString(72, 72, f"page {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def flipped(data: bytes, seed: int, flips: int = 40) -> bytes:
    rnd = random.Random(seed)
    out = bytearray(data)
    for _ in range(flips):
        i = rnd.randrange(len(out))
        out[i] ^= 1 << rnd.randrange(8)
    return bytes(out)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def assert_one_clear_error(rc: int, err: str, *words: str) -> None:
    assert rc == 2, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines and lines[0].startswith("error: "), err
    assert "Traceback" not in err and "PdfReadError(" not in err, err
    for word in words:
        assert word in err, err


# --- damaged PDFs -----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(12))
def test_forms_inspect_of_a_bit_flipped_form_works_or_says_it_is_damaged(tmp_path, capsys, seed):
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(flipped(our_acroform(), seed))
    rc, out, err = run(capsys, "forms", "inspect", str(pdf), "-o", str(tmp_path / "copy.pdf"))
    # one message or none: no warnings of pypdf's about each damaged object
    assert all(line.startswith("error: ") for line in err.splitlines() if line.strip()), err
    if rc == 0:  # the flips hit nothing that matters: the copy is a PDF
        assert PdfReader(tmp_path / "copy.pdf").pages
    else:
        assert_one_clear_error(rc, err, str(pdf), "damaged")
        assert not (tmp_path / "copy.pdf").exists()


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.999])
def test_forms_inspect_of_a_truncated_form_says_it_is_damaged(tmp_path, capsys, keep):
    data = our_acroform()
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(data[:int(len(data) * keep)])
    rc, _, err = run(capsys, "forms", "inspect", str(pdf), "-o", str(tmp_path / "copy.pdf"))
    if rc != 0:
        assert_one_clear_error(rc, err, str(pdf))


def test_a_field_that_is_its_own_parent_is_damage_not_a_hang(tmp_path, capsys):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(our_acroform())))
    widget = writer.pages[0]["/Annots"][0].get_object()
    field = widget["/Parent"].get_object() if "/Parent" in widget else widget
    field[NameObject("/Parent")] = field.indirect_reference
    buf = io.BytesIO()
    writer.write(buf)
    pdf = tmp_path / "loop.pdf"
    pdf.write_bytes(buf.getvalue())
    rc, _, err = run(capsys, "forms", "inspect", str(pdf), "-o", str(tmp_path / "copy.pdf"))
    assert_one_clear_error(rc, err, "damaged", "loop")


def test_a_page_of_impossible_size_is_refused_before_drawing_a_grid(tmp_path, capsys):
    pdf = tmp_path / "huge.pdf"
    pdf.write_bytes(flat_pdf(1, (595.0, 1e9)))
    rc, _, err = run(capsys, "forms", "inspect", str(pdf), "-o", str(tmp_path / "grid.pdf"))
    assert_one_clear_error(rc, err, "impossible size")


def _berlin(folder: Path, template: bytes, edit: tuple[str, str] | None = None) -> Path:
    """The Berlin profile without its checksum (a centre's own profile), with `template`."""
    text = BERLIN.read_text(encoding="utf-8")
    text = re.sub(r'^sha256 = ".*"\n', "", text, flags=re.M)
    if edit:
        assert edit[0] in text
        text = text.replace(edit[0], edit[1], 1)
    folder.mkdir(exist_ok=True)
    (folder / "profile.toml").write_text(text, encoding="utf-8")
    (folder / BERLIN_PDF).write_bytes(template)
    return folder / "profile.toml"


def test_the_flat_profile_fills_its_generated_template(tmp_path, capsys):
    profile = _berlin(tmp_path / "form", flat_pdf())
    rc, out, err = run(capsys, "fill", str(CASE), "--form", str(profile), "-o",
                       str(tmp_path / "out.pdf"))
    assert rc == 0, err
    assert len(PdfReader(tmp_path / "out.pdf").pages) >= 4


@pytest.mark.parametrize("seed", range(8))
def test_a_damaged_template_of_a_profile_without_checksum_says_so(tmp_path, capsys, seed):
    profile = _berlin(tmp_path / "form", flipped(flat_pdf(), seed, 25))
    for args in (["fill", str(CASE), "--form", str(profile), "-o", str(tmp_path / "o.pdf")],
                 ["forms", "check", str(profile)],
                 ["packet", str(CASE), "--form", str(profile), "-o", str(tmp_path / "p.pdf")]):
        rc, _, err = run(capsys, *args)
        if rc != 0:
            assert "Traceback" not in err and err.startswith("error: ") or rc == 1, err
            assert rc in (1, 2), err


# --- bad profiles -----------------------------------------------------------------------------


@pytest.mark.parametrize(("edit", "said"), [
    (("x = 285", "x = inf"), "not a finite number"),
    (("x = 285", "x = nan"), "not a finite number"),
    (("width = 288", "width = 288\nfont_size = 1e308"), "outside the readable range"),
    (("font_size = 10\n", "font_size = 1e308\n"), "outside the readable range"),
    (("x = 285", "x = 1e308"), "reaches beyond page"),
    (("min_font_size = 6", "min_font_size = -inf"), "greater than 0"),
])
def test_a_profile_with_absurd_numbers_is_refused_at_once(tmp_path, capsys, edit, said):
    profile = _berlin(tmp_path / "form", flat_pdf(), edit)
    rc, _, err = run(capsys, "fill", str(CASE), "--form", str(profile), "-o",
                     str(tmp_path / "o.pdf"))
    assert_one_clear_error(rc, err, said)
    assert not (tmp_path / "o.pdf").exists()


def test_a_profile_not_in_utf8_is_refused_with_one_message(tmp_path, capsys):
    profile = _berlin(tmp_path / "form", flat_pdf())
    text = profile.read_text(encoding="utf-8").replace("Familienname", "Familiennäme")
    profile.write_bytes(text.encode("latin-1", "replace"))
    rc, _, err = run(capsys, "fill", str(CASE), "--form", str(profile), "-o",
                     str(tmp_path / "o.pdf"))
    assert_one_clear_error(rc, err, "not UTF-8")


# --- bounded fitting --------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "min_size"), [(1e308, 6.0), (float("inf"), 6.0),
                                                (float("nan"), 6.0), (10.0, float("-inf")),
                                                (1e6, -1e6)])
def test_fitting_a_text_into_a_box_ends_whatever_the_sizes(size, min_size):
    font, _ = register_fonts()
    result = fit("Nguyễn " * 50, font, 100.0, 20.0, size, min_size, max_lines=2)
    assert result is None or result.size <= 1e6


def test_a_part_of_the_packet_taller_than_a_page_is_one_clear_error():
    """The model's limits keep every answer settable; the packet's last guard says so clearly
    should a part still be taller than a page."""
    from reportlab.platypus import Spacer

    from assistant.errors import UserError
    from assistant.packet.build import typeset

    with pytest.raises(UserError, match="taller than a page"):
        typeset([Spacer(100, 5000)])


# --- input that is not UTF-8 ------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_a_passphrase_on_standard_input_that_is_not_utf8_is_one_clear_error(tmp_path, locale):
    import os
    import subprocess
    import sys

    from assistant import crypto
    from assistant.casefile import load_case, save_case_file

    encrypted = tmp_path / "case.permitcase"
    save_case_file(encrypted, load_case(CASE), "correct horse battery",
                   params=crypto.ScryptParams(log2_n=10, r=8, p=1))
    env = {**os.environ, "LC_ALL": locale}
    env.pop("PYTHONIOENCODING", None)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(encrypted),
                           "--passphrase-file", "-"], input=b"caf\xe9 battery\n",
                          capture_output=True, env=env, timeout=120)
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert "Traceback" not in err and "not UTF-8" in err


@pytest.mark.parametrize("seed", [0, 1, 21])
def test_a_damaged_template_gives_one_line_and_no_warnings_of_pypdf(tmp_path, seed):
    """In a real run (pytest takes the log records away from the terminal): pypdf's warnings
    about each damaged object (tens of lines) do not reach the person, only our message."""
    import subprocess
    import sys

    profile = _berlin(tmp_path / "form", flipped(flat_pdf(), seed, 25))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "fill", str(CASE), "--form",
                           str(profile), "-o", str(tmp_path / "o.pdf")],
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    if done.returncode == 0:
        assert lines == [], done.stderr
    else:
        assert done.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: "), \
            done.stderr


def _many_damaged_objects(n: int) -> bytes:
    """A one-page PDF with n further objects, each a dictionary with a number for a key (which
    pypdf repairs, warning each time)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
    objs += [b"<< 1 2 3 4 >>"] * n
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1,
                                                                            xref)
    return bytes(out)


def test_a_pdf_pypdf_must_repair_thousands_of_times_is_refused_at_once():
    """(A bit flip in an object stream of the Berlin form made pypdf repair each of its objects
    again on every access: 20 s to fill; now refused while reading.)"""
    from assistant.errors import FormError
    from assistant.forms.acroform import open_pdf

    assert open_pdf(_many_damaged_objects(10), "few.pdf").pages  # a few repairs: still read
    with pytest.raises(FormError, match="badly damaged"):
        open_pdf(_many_damaged_objects(3000), "many.pdf")


def test_a_page_that_does_not_say_it_is_a_page_is_damage(tmp_path, capsys):
    """(pypdf would fill it, and the packet's merge then fail with 'Invalid page object'.)"""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(flat_pdf())))
    del writer.pages[2][NameObject("/Type")]
    buf = io.BytesIO()
    writer.write(buf)
    profile = _berlin(tmp_path / "form", buf.getvalue())
    rc, _, err = run(capsys, "packet", str(CASE), "--form", str(profile), "-o",
                     str(tmp_path / "p.pdf"))
    assert_one_clear_error(rc, err, "page 3 is damaged")
