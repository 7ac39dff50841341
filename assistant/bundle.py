"""One PDF of the person's scanned documents, to hand in or send by e-mail: an index page that
lists the documents against the personal checklist (which items are covered, which are still
missing), then each document, with page numbers on every page and an outline entry per document.

Each document is checked before anything is written: a PDF must open (not password-protected),
an image (JPEG, PNG) must decode; none may be larger than `MAX_INPUT_BYTES`. Images are turned
upright (EXIF), scaled to fit an A4 page at `IMAGE_DPI` (readable for a scanned page) and stored
as JPEG at `JPEG_QUALITY`. The bundle must stay under the size the person chooses (for e-mail);
if it does not, the error names the largest documents.

Which checklist item a document is for is said by the person: `scan.pdf=doc.passport` (the item
ids of `check --json`); a document without one is listed as a further document. The program does
not guess from file names. Everything is done in memory: only the bundle is written, where the
person says (nothing of the documents is kept elsewhere).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from .assessment import Assessment
from .errors import UserError
from .model import Case

MAX_INPUT_BYTES = 40 * 1024 * 1024  # one document as read from disk
IMAGE_DPI = 150  # a scanned page stays readable, a photo of a page too
JPEG_QUALITY = 72
MAX_PIXELS = 60_000_000  # a larger image is refused rather than decoded
DEFAULT_MAX_MB = 10.0
MB = 1024 * 1024
A4_POINTS = (595.2756, 841.8898)
IMAGE_MARGIN = 28.35  # 10 mm around an image on its page

KINDS = {b"%PDF": "pdf", b"\xff\xd8\xff": "jpeg", b"\x89PNG\r\n\x1a\n": "png"}


class BundleError(UserError):
    """A document that cannot go into the bundle, or a bundle over its size limit.

    Besides the English message (for the command line), what the window needs to say it in the
    person's language: `kind` (missing, unreadable, not_a_document, too_big, password, damaged,
    too_large, no_documents, unknown_item), the `document`'s file name and, for the sizes,
    `values` (too_big: the limit in MB; too_large: the bundle's MB, the limit's MB and the
    largest documents with their MB)."""

    def __init__(self, message: str, *, kind: str = "", document: str = "",
                 values: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.kind = kind
        self.document = document
        self.values = values


@dataclass(frozen=True)
class DocumentSpec:
    path: Path
    item_id: str | None = None  # the checklist item it is for, if the person said


@dataclass(frozen=True)
class Document:
    spec: DocumentSpec
    kind: str  # pdf, jpeg, png
    pdf: bytes  # the document as PDF pages (an image: one A4 page)
    pages: int

    @property
    def name(self) -> str:
        return self.spec.path.name


@dataclass(frozen=True)
class Bundle:
    pdf: bytes
    documents: list[Document]
    first_pages: list[int]  # 1-based page of each document in the bundle
    index_pages: int
    covered: dict[str, list[int]] = field(default_factory=dict)  # item id -> document numbers
    missing: list[str] = field(default_factory=list)  # checklist item ids not covered

    @property
    def size(self) -> int:
        return len(self.pdf)

    @property
    def page_count(self) -> int:
        return self.index_pages + sum(d.pages for d in self.documents)


def megabytes(size: int) -> str:
    """"2.4" (MB); two decimals below 0.1 MB."""
    return f"{size / MB:.1f}" if size >= MB / 10 else f"{size / MB:.2f}"


def parse_document(arg: str, item_ids: list[str]) -> DocumentSpec:
    """"scan.pdf" or "scan.pdf=doc.passport" (a path that exists as written is a path, even with
    "=" in it)."""
    if "=" in arg and not Path(arg).exists():
        path, item = arg.rsplit("=", 1)
        if item not in item_ids:
            raise BundleError(
                f"{arg}: '{item}' is not an item of this case's checklist; use one of: "
                f"{', '.join(item_ids) or '(the checklist is empty)'}", kind="unknown_item",
                document=Path(path).name)
        return DocumentSpec(Path(path), item)
    return DocumentSpec(Path(arg))


def _kind(head: bytes) -> str | None:
    return next((kind for magic, kind in KINDS.items() if head.startswith(magic)), None)


def read_document(spec: DocumentSpec) -> Document:
    """The document checked and as PDF pages; raises BundleError saying what is wrong."""
    path = spec.path
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise BundleError(f"{path}: is not a file", kind="unreadable", document=path.name)
        if size > MAX_INPUT_BYTES:
            raise BundleError(f"{path}: {size / MB:.1f} MB is more than the "
                              f"{MAX_INPUT_BYTES // MB} MB a document may have; scan it at a lower "
                              "resolution", kind="too_big", document=path.name,
                              values=(str(MAX_INPUT_BYTES // MB),))
        data = path.read_bytes()
    except FileNotFoundError:
        raise BundleError(f"{path}: no such file", kind="missing", document=path.name) from None
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read ({exc.strerror})", kind="unreadable",
                          document=path.name) from None
    kind = _kind(data[:8])
    if kind is None:
        raise BundleError(f"{path}: is neither a PDF nor a JPEG or PNG image; scan or save the "
                          "document as PDF, JPEG or PNG", kind="not_a_document",
                          document=path.name)
    if kind == "pdf":
        pdf, pages = _pdf(path, data)
    else:
        pdf, pages = _image_page(path, data), 1
    return Document(spec, kind, pdf, pages)


def _pdf(path: Path, data: bytes) -> tuple[bytes, int]:
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    from .forms.pdfguard import quiet_pypdf

    try:
        with quiet_pypdf():  # pypdf's lines about each damaged object: the person gets ours
            reader = PdfReader(BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise BundleError(f"{path}: the PDF is protected by a password; save a copy "
                                  "without the password and add that", kind="password",
                                  document=path.name)
            count = len(reader.pages)
            if count == 0:
                raise BundleError(f"{path}: the PDF has no pages", kind="damaged",
                                  document=path.name)
            writer = PdfWriter()
            for page in reader.pages:
                writer.add_page(page)
            out = BytesIO()
            writer.write(out)
    except BundleError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError,
            OSError):
        raise BundleError(f"{path}: the PDF is damaged and cannot be read; scan or save it "
                          "again", kind="damaged", document=path.name) from None
    return out.getvalue(), count


def _image_page(path: Path, data: bytes) -> bytes:
    """The image upright, scaled to fit an A4 page at IMAGE_DPI, as JPEG on one A4 page."""
    from PIL import Image, ImageOps, UnidentifiedImageError
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(BytesIO(data)) as opened:
            opened.load()
            image = ImageOps.exif_transpose(opened)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise BundleError(f"{path}: the image is damaged or too large and cannot be read; save "
                          "it again as JPEG or PNG", kind="damaged", document=path.name) from None
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    width_pt, height_pt = A4_POINTS
    box_w, box_h = width_pt - 2 * IMAGE_MARGIN, height_pt - 2 * IMAGE_MARGIN
    max_px = (round(box_w / 72 * IMAGE_DPI), round(box_h / 72 * IMAGE_DPI))
    if image.width > max_px[0] or image.height > max_px[1]:
        image.thumbnail(max_px, Image.Resampling.LANCZOS)
    jpeg = BytesIO()
    image.save(jpeg, "JPEG", quality=JPEG_QUALITY, optimize=True)
    # drawn as large as the page allows (a small image is enlarged, not resampled)
    scale = min(box_w / image.width, box_h / image.height)
    shown_w, shown_h = image.width * scale, image.height * scale
    buf = BytesIO()
    canvas = Canvas(buf, pagesize=A4_POINTS, invariant=1, pageCompression=1)
    jpeg.seek(0)
    canvas.drawImage(ImageReader(jpeg), (width_pt - shown_w) / 2, (height_pt - shown_h) / 2,
                     shown_w, shown_h)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _checklist_names(assessment: Assessment) -> dict[str, dict[str, str]]:
    return {item.id: item.name for item in assessment.checklist}


def _index_pdf(case: Case, assessment: Assessment, documents: list[Document],
               first_pages: list[int], covered: dict[str, list[int]], lang: str) -> bytes:
    from reportlab.platypus import Spacer, Table, TableStyle

    from .packet.build import typeset
    from .packet.i18n import AUTHORITY_LANGUAGE, t
    from .packet.styles import (
        CONTENT_WIDTH,
        bilingual,
        grid_style,
        header_cell,
        heading,
        para,
        rtl_style,
        side_by_side,
        styles,
    )
    from .texts import text_in

    st = styles()
    names = _checklist_names(assessment)
    story = heading("bundle.title", lang)
    person = ", ".join(p for p in (case.person.family_name.upper(), case.person.first_names) if p)
    if person:
        story.append(side_by_side([para(t("bundle.applicant", AUTHORITY_LANGUAGE, name=person),
                                        st.bold)],
                                  [para(t("bundle.applicant", lang, name=person),
                                        rtl_style(st.bold, lang))], lang))
    if assessment.authority:
        story.append(para(text_in(assessment.authority.name, AUTHORITY_LANGUAGE), st.body))
    story.append(Spacer(1, 6))
    story += heading("bundle.documents", lang, level=2)
    two = bilingual(lang)

    def item_cell(item_id: str | None) -> list[object]:
        if item_id is None:
            de, other = t("bundle.unassigned", AUTHORITY_LANGUAGE), t("bundle.unassigned", lang)
        else:
            de, other = text_in(names[item_id], AUTHORITY_LANGUAGE), text_in(names[item_id], lang)
        cell: list[object] = [para(de, st.body)]
        if two:
            cell.append(para(other, rtl_style(st.small, lang)))
        return cell

    rows: list[list[object]] = [[header_cell("bundle.col_no", lang),
                                 header_cell("bundle.col_document", lang),
                                 header_cell("bundle.col_pages", lang)]]
    for number, (doc, first) in enumerate(zip(documents, first_pages, strict=True), start=1):
        last = first + doc.pages - 1
        rows.append([para(str(number), st.bold),
                     [para(doc.name, st.bold), *item_cell(doc.spec.item_id)],
                     para(f"{first}–{last}" if last > first else str(first), st.body)])
    widths = [12 * 2.83465, CONTENT_WIDTH - 12 * 2.83465 - 28 * 2.83465, 28 * 2.83465]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(grid_style()))
    story.append(table)
    if assessment.checklist:
        story.append(Spacer(1, 8))
        story += heading("bundle.checklist", lang, level=2)
        rows = []
        for item in assessment.checklist:
            numbers = covered.get(item.id)
            if numbers:
                status_de = t("bundle.covered", AUTHORITY_LANGUAGE,
                              numbers=", ".join(map(str, numbers)))
                status_tr = t("bundle.covered", lang, numbers=", ".join(map(str, numbers)))
                style = st.body
            else:
                status_de, status_tr = (t("bundle.missing", AUTHORITY_LANGUAGE),
                                        t("bundle.missing", lang))
                style = st.bold
            status: list[object] = [para(("✓ " if numbers else "✗ ") + status_de, style)]
            if two:
                status.append(para(status_tr, rtl_style(st.small, lang)))
            rows.append([item_cell(item.id), status])
        table = Table(rows, colWidths=[CONTENT_WIDTH * 0.62, CONTENT_WIDTH * 0.38], hAlign="LEFT")
        table.setStyle(TableStyle(grid_style(header_rows=0)))
        story.append(table)
    pdf, _ = typeset(story)
    return pdf


def _page_numbers(count: int, sizes: list[tuple[float, float]], lang: str) -> bytes:
    """One overlay page per bundle page: "Seite x von y" (and the applicant's language) at the
    foot, in the page's own size."""
    from reportlab.pdfgen.canvas import Canvas

    from .packet.numbering import footer_text
    from .packet.styles import MUTED, styles
    from .shaping import has_rtl, visual

    styles()  # the fonts
    from .fonts import REGULAR

    buf = BytesIO()
    canvas = Canvas(buf, invariant=1, pageCompression=1)
    for number, (width, height) in enumerate(sizes, start=1):
        canvas.setPageSize((width, height))
        text = footer_text(number, count, lang)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        shown = visual(text) if has_rtl(text) else text
        canvas.drawCentredString(width / 2, 12, shown)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _join(index: bytes, documents: list[Document], first_pages: list[int], lang: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    from .packet.i18n import AUTHORITY_LANGUAGE, t

    writer = PdfWriter()
    readers = [PdfReader(BytesIO(index))] + [PdfReader(BytesIO(d.pdf)) for d in documents]
    for reader in readers:
        for page in reader.pages:
            writer.add_page(page)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in writer.pages]
    overlay = PdfReader(BytesIO(_page_numbers(len(sizes), sizes, lang)))
    for page, stamp in zip(writer.pages, overlay.pages, strict=True):
        page.merge_page(stamp)
        page.compress_content_streams()
    title = t("bundle.index", AUTHORITY_LANGUAGE)
    if lang != AUTHORITY_LANGUAGE:
        title += " / " + t("bundle.index", lang)
    writer.add_outline_item(title=title, page_number=0)
    for number, (doc, first) in enumerate(zip(documents, first_pages, strict=True), start=1):
        writer.add_outline_item(title=f"{number}. {doc.name}", page_number=first - 1)
    writer.add_metadata({"/Title": t("bundle.title", AUTHORITY_LANGUAGE)})
    writer.page_mode = "/UseOutlines"
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def build_bundle(case: Case, assessment: Assessment, specs: list[DocumentSpec], lang: str,
                 max_bytes: int | None = round(DEFAULT_MAX_MB * MB)) -> Bundle:
    """The bundle; raises BundleError for a document that cannot be used or, with `max_bytes`,
    a bundle larger than that (naming the largest documents)."""
    if not specs:
        raise BundleError("name at least one document to put into the bundle",
                          kind="no_documents")
    documents = [read_document(spec) for spec in specs]
    covered: dict[str, list[int]] = {}
    for number, doc in enumerate(documents, start=1):
        if doc.spec.item_id:
            covered.setdefault(doc.spec.item_id, []).append(number)
    missing = [item.id for item in assessment.checklist if item.id not in covered]
    from pypdf import PdfReader
    # the index's length decides the documents' page numbers: typeset it until they agree
    index_pages, index = 1, b""
    for _ in range(3):
        first_pages, page = [], index_pages + 1
        for doc in documents:
            first_pages.append(page)
            page += doc.pages
        index = _index_pdf(case, assessment, documents, first_pages, covered, lang)
        counted = len(PdfReader(BytesIO(index)).pages)
        if counted == index_pages:
            break
        index_pages = counted
    pdf = _join(index, documents, first_pages, lang)
    bundle = Bundle(pdf, documents, first_pages, index_pages, covered, missing)
    if max_bytes is not None and bundle.size > max_bytes:
        largest = sorted(documents, key=lambda d: len(d.pdf), reverse=True)[:3]
        listed = "; ".join(f"{d.name} ({megabytes(len(d.pdf))} MB)" for d in largest)
        raise BundleError(
            f"the bundle would be {megabytes(bundle.size)} MB, more than the "
            f"{max_bytes / MB:.3g} MB "
            f"allowed; the largest documents: {listed}. Scan the largest again at a lower "
            "resolution, send it separately, or allow more with --max-mb", kind="too_large",
            values=(megabytes(bundle.size), f"{max_bytes / MB:.3g}", listed))
    return bundle
