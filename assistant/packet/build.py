"""`build_packet(case, assessment, lang)`: the printable packet as one PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from ..assessment import Assessment
from ..calendar_export import deadlines_to_ics
from ..errors import UserError
from ..model import Case
from . import checklist, cover, fees, findings, timeline
from .context import PacketContext
from .i18n import AUTHORITY_LANGUAGE, PACKET_LANGUAGES, t
from .merge import MergedPart, PartPdf, merge
from .numbering import Numbering, numbered_canvas
from .styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_SIZE, bilingual

# The parts in the order they are printed.
PART_KEYS: tuple[str, ...] = ("cover", "form", "checklist", "fees", "timeline", "findings")
# Parts typeset one after the other in one document, each starting on a new page.
_BODY: tuple[tuple[str, Callable[[PacketContext], list[Flowable]]], ...] = (
    ("checklist", checklist.story),
    ("fees", fees.story),
    ("timeline", timeline.story),
    ("findings", findings.story),
)


@dataclass(frozen=True)
class PacketPart:
    key: str  # one of PART_KEYS
    title: str  # the outline entry, German / applicant's language
    first_page: int  # 0-based page index in the packet
    page_count: int
    typeset: bool  # False for the application form (its pages are not numbered by us)

    @property
    def pages(self) -> range:
        """0-based page indexes of the part."""
        return range(self.first_page, self.first_page + self.page_count)


@dataclass(frozen=True)
class Packet:
    pdf: bytes
    parts: list[PacketPart]
    lang: str
    ics: bytes  # the same deadlines as an iCalendar file, to offer beside the PDF
    form_overflow: list[object] = field(default_factory=list)  # fields moved to continuation

    @property
    def page_count(self) -> int:
        return sum(p.page_count for p in self.parts)

    def part(self, key: str) -> PacketPart:
        for p in self.parts:
            if p.key == key:
                return p
        raise KeyError(key)


def part_title(key: str, lang: str) -> str:
    title = t(f"part.{key}", AUTHORITY_LANGUAGE)
    return f"{title} / {t(f'part.{key}', lang)}" if bilingual(lang) else title


def packet_title(lang: str) -> str:
    title = t("packet.title", AUTHORITY_LANGUAGE)
    return f"{title} / {t('packet.title', lang)}" if bilingual(lang) else title


class _PartStart(Flowable):
    """Invisible; records the page on which a part begins."""

    def __init__(self, key: str, starts: dict[str, int]) -> None:
        super().__init__()
        self.key = key
        self.starts = starts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.starts[self.key] = self.canv.getPageNumber() - 1


def _document(buf: BytesIO) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        buf, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title="", author="", subject="",
        creator="", producer="", invariant=1, pageCompression=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="content",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def typeset(story: list[Flowable], numbering: Numbering | None = None,
            lang: str = AUTHORITY_LANGUAGE) -> tuple[bytes, int]:
    """The story as a PDF; returns (bytes, page count). With `numbering`, every page gets its
    packet page number (see numbering.py)."""
    buf = BytesIO()
    doc = _document(buf)
    if numbering is None:
        doc.build(story)
    else:
        doc.build(story, canvasmaker=numbered_canvas(numbering, lang))
    return buf.getvalue(), doc.page


def build_packet(case: Case, assessment: Assessment, lang: str, *,
                 editable_form: bool = False) -> Packet:
    """The whole packet for `case`: cover, filled form (+ continuation sheet), checklist, fees,
    timeline, findings to discuss. German for the authority beside `lang` for the applicant."""
    if lang not in PACKET_LANGUAGES:
        raise UserError(f"the packet cannot be printed in '{lang}'; choose one of "
                        f"{', '.join(PACKET_LANGUAGES)}")
    from ..forms import fill_form  # the form filler pulls in more; import only when building

    ctx = PacketContext(case=case, assessment=assessment, lang=lang)
    filled = fill_form(case, editable=editable_form)
    form_pages = filled.form_pages + filled.continuation_pages

    # The cover and the body parts are typeset as one document (fonts embedded once), each part
    # on a new page; the form's pages go between the cover and the checklist when merging.
    starts: dict[str, int] = {}
    story: list[Flowable] = [_PartStart("cover", starts), *cover.story(ctx)]
    for key, make in _BODY:
        story += [PageBreak(), _PartStart(key, starts), *make(ctx)]

    def numbering(index: int, count: int) -> tuple[int, int]:
        body_start = starts[_BODY[0][0]]
        return index + 1 + (form_pages if index >= body_start else 0), count + form_pages

    typeset_pdf, typeset_pages = typeset(story, numbering, lang)
    keys = ["cover"] + [k for k, _ in _BODY]
    ends = [starts[k] for k in keys[1:]] + [typeset_pages]

    parts = [PartPdf("cover", part_title("cover", lang), "typeset", (0, ends[0]), typeset=True),
             PartPdf("form", part_title("form", lang), "form", (0, form_pages), typeset=False)]
    for key, end in zip(keys[1:], ends[1:], strict=True):
        parts.append(PartPdf(key, part_title(key, lang), "typeset",
                             (starts[key], end - starts[key]), typeset=True))
    pdf, merged = merge(parts, {"typeset": typeset_pdf, "form": filled.pdf}, lang,
                        packet_title(lang))
    return Packet(
        pdf=pdf,
        parts=[_public(m) for m in merged],
        lang=lang,
        ics=deadlines_to_ics(assessment, lang),
        form_overflow=list(filled.overflow),
    )


def _public(m: MergedPart) -> PacketPart:
    return PacketPart(m.key, m.title, m.first_page, m.page_count, m.typeset)
