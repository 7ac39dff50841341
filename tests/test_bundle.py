"""`python main.py bundle CASE DOC... -o bundle.pdf`: the person's scans joined after an index
against the checklist, with page numbers and an outline, under a size limit."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from conftest import EXAMPLES
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from assistant.bundle import IMAGE_DPI, MB
from assistant.cli import main

NEAR = EXAMPLES / "extension-near-expiry.json"


def _pdf(path: Path, pages: int, label: str) -> Path:
    canvas = Canvas(str(path))
    for n in range(pages):
        canvas.drawString(72, 720, f"{label} page {n + 1}")
        canvas.showPage()
    canvas.save()
    return path


def _photo(path: Path, size: tuple[int, int], fmt: str) -> Path:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], 40):  # detail that does not compress away
        draw.line((x, 0, size[0] - x, size[1]), fill=(x % 255, 90, 160), width=3)
    image.save(path, fmt, **({"quality": 95} if fmt == "JPEG" else {}))
    return path


@pytest.fixture
def scans(tmp_path: Path) -> list[Path]:
    return [_pdf(tmp_path / "pass.pdf", 2, "PASS"), _pdf(tmp_path / "miete.pdf", 3, "MIETE"),
            _photo(tmp_path / "foto.jpg", (4000, 3000), "JPEG"),
            _photo(tmp_path / "versicherung.png", (1200, 1700), "PNG")]


def _text(reader: PdfReader, page: int) -> str:
    return " ".join(reader.pages[page].extract_text().split())


def test_two_pdfs_and_two_images_after_an_index_with_numbers_and_outline(tmp_path, scans):
    out = tmp_path / "bundle.pdf"
    passport, lease, photo, insurance = scans
    assert main(["bundle", str(NEAR), f"{passport}=doc.passport", f"{lease}=doc.lease",
                 f"{photo}=doc.photo", str(insurance), "-o", str(out), "--today", "2026-12-01",
                 "--lang", "en"]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1 + 2 + 3 + 1 + 1
    index = _text(reader, 0)
    for expected in ("Unterlagen zum Antrag", "NGUYEN, Thi Lan", "pass.pdf", "miete.pdf",
                     "foto.jpg", "versicherung.png", "2–3", "4–6", "enthalten: Nr. 1",
                     "fehlt noch", "still missing", "Krankenversicherungsnachweis"):
        assert expected in index, expected
    # an unassigned document is listed, not counted for an item
    assert "weiteres Dokument" in index
    outline = [(o.title, reader.get_destination_page_number(o)) for o in reader.outline]
    assert outline == [("Inhaltsverzeichnis / Index", 0), ("1. pass.pdf", 1),
                       ("2. miete.pdf", 3), ("3. foto.jpg", 6), ("4. versicherung.png", 7)]
    assert "PASS page 1" in _text(reader, 1) and "MIETE page 3" in _text(reader, 5)
    assert "Seite 8 von 8" in _text(reader, 7) and "Seite 2 von 8" in _text(reader, 1)
    # the 4000 x 3000 photo is on an A4 page, scaled down to the readable resolution
    page = reader.pages[6]
    assert round(float(page.mediabox.width)) == 595 and round(float(page.mediabox.height)) == 842
    (image,) = page.images
    assert max(image.image.size) <= round(277 / 25.4 * IMAGE_DPI) + 1
    assert out.stat().st_size < sum(p.stat().st_size for p in scans)


def test_over_the_size_limit_it_names_the_largest_document(tmp_path, scans):
    out = tmp_path / "bundle.pdf"
    big = _photo(tmp_path / "gross.png", (3000, 4200), "PNG")
    code = main(["bundle", str(NEAR), str(scans[0]), str(big), "-o", str(out),
                 "--max-mb", "0.05", "--today", "2026-12-01"])
    assert code == 2
    assert not out.exists()


def test_the_size_message_names_the_document(tmp_path, scans, capsys):
    big = _photo(tmp_path / "gross.png", (3000, 4200), "PNG")
    main(["bundle", str(NEAR), str(scans[0]), str(big), "-o", str(tmp_path / "b.pdf"),
          "--max-mb", "0.05", "--today", "2026-12-01"])
    err = capsys.readouterr().err
    assert "more than the 0.05 MB allowed" in err and "gross.png" in err
    assert err.index("gross.png") < err.index("pass.pdf")  # the largest first
    assert "Traceback" not in err


@pytest.mark.parametrize(("name", "content", "message"), [
    ("notes.pdf", b"just text, not a PDF", "neither a PDF nor a JPEG or PNG"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << garbage", "damaged"),
    ("broken.jpg", b"\xff\xd8\xff\xe0 not really", "damaged"),
    ("cut.pdf", "a page cut short", "damaged"),  # pypdf warns "EOF marker not found"
])
def test_a_document_that_cannot_be_used_is_named_with_what_to_do(tmp_path, capsys, caplog, name,
                                                                  content, message):
    bad = tmp_path / name
    if content == "a page cut short":
        whole = BytesIO()
        canvas = Canvas(whole)
        canvas.drawString(100, 100, "Seite 1")
        canvas.save()
        content = whole.getvalue()[:-30]
    bad.write_bytes(content)
    out = tmp_path / "bundle.pdf"
    assert main(["bundle", str(NEAR), str(bad), "-o", str(out), "--today", "2026-12-01"]) == 2
    err = capsys.readouterr().err
    assert name in err and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    # ours only: none of pypdf's warnings ("EOF marker not found") reach the terminal
    assert not [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")]
    assert not out.exists()


def test_a_password_protected_pdf_is_refused(tmp_path, capsys, scans):
    writer = PdfWriter(clone_from=str(scans[0]))
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    assert main(["bundle", str(NEAR), str(locked), "-o", str(tmp_path / "b.pdf")]) == 2
    assert "protected by a password" in capsys.readouterr().err


def test_an_unknown_item_and_writing_onto_an_input_are_refused(tmp_path, capsys, scans):
    assert main(["bundle", str(NEAR), f"{scans[0]}=doc.nonsense", "-o",
                 str(tmp_path / "b.pdf"), "--today", "2026-12-01"]) == 2
    err = capsys.readouterr().err
    assert "doc.nonsense" in err and "doc.passport" in err
    before = scans[1].read_bytes()
    assert main(["bundle", str(NEAR), str(scans[0]), str(scans[1]), "-o", str(scans[1]),
                 "--force"]) == 2
    assert scans[1].read_bytes() == before
    assert main(["bundle", str(NEAR), str(scans[0]), "-o", str(tmp_path / "x.pdf"),
                 "--max-mb", "0"]) == 2


def test_the_bundle_is_all_that_is_written(tmp_path, scans):
    before = {p.name for p in tmp_path.iterdir()}
    assert main(["bundle", str(NEAR), *map(str, scans), "-o", str(tmp_path / "b.pdf")]) == 0
    assert {p.name for p in tmp_path.iterdir()} - before == {"b.pdf"}
    assert len(BytesIO((tmp_path / "b.pdf").read_bytes()).getvalue()) < 10 * MB
