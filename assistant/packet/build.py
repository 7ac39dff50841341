"""`build_packet(case, assessment, lang)`: the printable packet as one PDF.

What the wizard decided about the case (`Readiness`, from `assistant.wizard_state`) chooses the
packet: ready, the packet to hand in (cover, filled form, checklist, fees, deadlines, findings);
with problems or essential answers missing, a copy for counselling without the form (so without a
signature page), a banner "not ready to hand in" on every page and on the cover the missing
essentials; with a terminal outcome (no permit needed), cover and findings without the form.
A part with nothing to show (no findings to discuss, no deadlines) gets no page: its title and
the line that says so end the part before it, or, where that part's last page is full, open the
next part's first page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer
from reportlab.platypus.doctemplate import LayoutError

from ..assessment import Assessment
from ..calendar_export import deadlines_to_ics
from ..errors import UserError
from ..model import Case
from ..paths import OUR_FORM
from . import checklist, cover, fees, findings, proof, sign, timeline
from .context import PacketContext
from .i18n import AUTHORITY_LANGUAGE, PACKET_LANGUAGES, t
from .merge import MergedPart, PartPdf, merge
from .numbering import Numbering, numbered_canvas
from .styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    bilingual,
    heading,
    styles,
    text_pair,
)

# The parts in the order they are printed.
PART_KEYS: tuple[str, ...] = ("cover", "form", "sign", "checklist", "fees", "timeline",
                              "findings", "proof")
# Parts typeset one after the other in one document, each starting on a new page: each with
# what tells that it has nothing to show, and the line that then says so instead of a page (or
# nothing, where a part does not apply to the case at all: the proof of submission).
_BODY: tuple[tuple[str, Callable[[PacketContext], list[Flowable]],
                   Callable[[PacketContext], bool], str], ...] = (
    ("checklist", checklist.story, lambda ctx: not ctx.assessment.checklist, "checklist.empty"),
    ("fees", fees.story,
     lambda ctx: not ctx.assessment.fees.lines and not ctx.assessment.fees.exemptions,
     "fees.none"),
    ("timeline", timeline.story, lambda ctx: not ctx.assessment.deadlines, "timeline.none"),
    ("findings", findings.story, lambda ctx: not findings.to_discuss(ctx), "findings.none"),
    # last, a sheet to keep: how to prove the day of the application (proof.py)
    ("proof", proof.story, lambda ctx: not proof.applies(ctx), ""),
)


def _empty_part(key: str, none_key: str, lang: str) -> list[Flowable]:
    """A part with nothing to show, as a short section at the end of the part before it: its
    title and the line that says so (no page of its own)."""
    return [Spacer(1, 10), *heading(f"part.{key}", lang, level=2),
            text_pair(none_key, lang, styles().body)]


@dataclass(frozen=True)
class Readiness:
    """What stands between the case and a packet to hand in (see assistant.wizard_state)."""

    problems: int = 0  # blockers plus missing essentials: the number on the banner
    missing: tuple[str, ...] = ()  # essential case paths without an answer (packet_requires)
    no_permit: bool = False  # a terminal finding: no permit is needed, so no form

    @property
    def ready(self) -> bool:
        return self.problems == 0 and not self.missing and not self.no_permit

    @classmethod
    def of(cls, state: Any) -> Readiness:
        """The readiness the wizard's state (`assistant.wizard_state.WizardState`) decided."""
        if state is None:
            return cls()
        return cls(problems=state.open_count,
                   missing=tuple(m.path for m in state.essentials_missing),
                   no_permit=state.terminal)

    @property
    def kind(self) -> str:
        """"hand_in", "counselling" or "no_permit"."""
        if self.no_permit:
            return "no_permit"
        return "hand_in" if self.ready else "counselling"


READY = Readiness()


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
    kind: str = "hand_in"  # hand_in, counselling (not ready: no form) or no_permit (no form)
    problems: int = 0  # of a counselling copy: the open points its banner counts

    @property
    def has_form(self) -> bool:
        return any(p.key == "form" for p in self.parts)

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


class _Placed:
    """Whether an empty part's line was set at the end of the part before it."""

    def __init__(self) -> None:
        self.done = False


class _WhereRoom(Flowable):
    """An empty part's line (`_empty_part`), set in one of two places: at the end of the part
    before it where the page has room (`first`), else at the top of the next part's first page,
    so that a line never takes a page of its own. Both places hold one of these, sharing a
    `_Placed`; the layout reaches the first place before the second."""

    def __init__(self, content: list[Flowable], placed: _Placed, first: bool) -> None:
        super().__init__()
        self.content, self.placed, self.first = content, placed, first
        self.last = False  # the first place with no second after it: set here in any case
        self._sizes: list[tuple[float, float, float]] = []  # (space before, height, after)
        self._shown = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._sizes = [(f.getSpaceBefore(), f.wrap(availWidth, 1e6)[1], f.getSpaceAfter())
                       for f in self.content]
        height = sum(before + h + after for before, h, after in self._sizes)
        if self.first:
            self._shown = self.last or height <= availHeight
        else:
            self._shown = not self.placed.done
        return availWidth, height if self._shown else 0.0

    def draw(self) -> None:
        if not self._shown:
            return
        if self.first:
            self.placed.done = True
        y = sum(before + h + after for before, h, after in self._sizes)
        for flowable, (before, h, after) in zip(self.content, self._sizes, strict=True):
            y -= before + h
            flowable.drawOn(self.canv, 0, y)
            y -= after


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
            lang: str = AUTHORITY_LANGUAGE,
            banner: tuple[str, ...] | None = None) -> tuple[bytes, int]:
    """The story as a PDF; returns (bytes, page count). With `numbering`, every page gets its
    packet page number (see numbering.py), and `banner` across its top."""
    buf = BytesIO()
    doc = _document(buf)
    try:
        if numbering is None:
            doc.build(story)
        else:
            doc.build(story, canvasmaker=numbered_canvas(numbering, lang, banner))
    except LayoutError:
        # The case model's limits (assistant/model.py) keep every answer settable; should a
        # part still not fit on a page, the person is told so, not shown a traceback.
        raise UserError("the packet cannot be set: a part of it is taller than a page (some "
                        "answers are very long); shorten the longest answers and try again"
                        ) from None
    return buf.getvalue(), doc.page


def build_packet(case: Case, assessment: Assessment, lang: str, *,
                 editable_form: bool = False, readiness: Readiness = READY,
                 form: str = OUR_FORM, template: Path | None = None) -> Packet:
    """The packet for `case`. Ready (the default): cover, filled form (+ continuation sheet),
    what the form says in the applicant's language (not in de or en), checklist, fees,
    timeline, findings to discuss. Not ready: the counselling copy (no form, a
    banner on every page, the missing essentials on the cover). No permit needed: cover and
    findings. German for the authority beside `lang` for the applicant. `form` is the
    application form (an id of `forms list` or the path of a profile.toml; default: ours),
    `template` its PDF where the form's folder does not hold it."""
    if lang not in PACKET_LANGUAGES:
        raise UserError(f"the packet cannot be printed in '{lang}'; choose one of "
                        f"{', '.join(PACKET_LANGUAGES)}")
    ctx = PacketContext(case=case, assessment=assessment, lang=lang)
    kind = readiness.kind
    form_pdf, form_pages, overflow = b"", 0, []
    if kind == "hand_in":
        from ..forms import fill_form  # the form filler pulls in more; import only when needed

        filled = fill_form(case, form, editable=editable_form, template=template,
                           today=assessment.today)
        form_pdf = filled.pdf
        form_pages = filled.form_pages + filled.continuation_pages
        overflow = list(filled.overflow)
    parts_of_kind = [entry for entry in _BODY if kind != "no_permit" or entry[0] == "findings"]
    body = [(k, make) for k, make, empty, _ in parts_of_kind if not empty(ctx)]
    # after the form, what it says in the applicant's language (not for de or en: the form's own)
    if kind == "hand_in" and sign.applies(form, lang):
        body.insert(0, ("sign", lambda c: sign.story(c, form)))

    # The cover and the body parts are typeset as one document (fonts embedded once), each part
    # on a new page; the form's pages go between the cover and the checklist when merging.
    starts: dict[str, int] = {}
    notice: list[Flowable] = []
    if kind == "counselling":
        notice = cover.not_ready_block(ctx, readiness.missing)
    elif kind == "no_permit":
        notice = cover.no_permit_block(ctx)
    story: list[Flowable] = [_PartStart("cover", starts), *notice,
                             *cover.story(ctx, permit=kind != "no_permit")]
    # An empty part's line ends the part before it; before the first part with pages, the cover
    # (not the sheet on the form, which follows the form).
    # Where the page before has no room left, the line goes to the top of the next part's first
    # page instead (the last part's line stays where it is: a page of its own if it must).
    rest: list[Flowable] = []
    waiting: list[tuple[_WhereRoom, _WhereRoom]] = []  # lines whose second place is to come
    for key, make, empty, none_key in parts_of_kind:
        if empty(ctx):
            if not none_key:  # a part that does not apply at all leaves no line
                continue
            if not rest:
                story.extend(_empty_part(key, none_key, lang))
                continue
            placed = _Placed()
            here = _WhereRoom(_empty_part(key, none_key, lang), placed, first=True)
            rest.append(here)
            waiting.append((here, _WhereRoom([*_empty_part(key, none_key, lang), Spacer(1, 12)],
                                             placed, first=False)))
        else:
            rest += [PageBreak(), _PartStart(key, starts), *(later for _, later in waiting),
                     *make(ctx)]
            waiting = []
    for here, _ in waiting:  # no part with pages after it: the line is set where it stands
        here.last = True
    if body and body[0][0] == "sign":
        story += [PageBreak(), _PartStart("sign", starts), *body[0][1](ctx)]
    story += rest

    def numbering(index: int, count: int) -> tuple[int, int]:
        body_start = starts[body[0][0]] if body else count
        return index + 1 + (form_pages if index >= body_start else 0), count + form_pages

    banner = None
    if kind == "counselling":
        texts = [t("notready.banner", AUTHORITY_LANGUAGE, count=readiness.problems)]
        if bilingual(lang):
            texts.append(t("notready.banner", lang, count=readiness.problems))
        banner = tuple(texts)
    typeset_pdf, typeset_pages = typeset(story, numbering, lang, banner)
    keys = ["cover"] + [k for k, _ in body]
    ends = [starts[k] for k in keys[1:]] + [typeset_pages]

    parts = [PartPdf("cover", part_title("cover", lang), "typeset", (0, ends[0]), typeset=True)]
    if form_pages:
        parts.append(PartPdf("form", part_title("form", lang), "form", (0, form_pages),
                             typeset=False))
    for key, end in zip(keys[1:], ends[1:], strict=True):
        parts.append(PartPdf(key, part_title(key, lang), "typeset",
                             (starts[key], end - starts[key]), typeset=True))
    sources = {"typeset": typeset_pdf}
    if form_pages:
        sources["form"] = form_pdf
    pdf, merged = merge(parts, sources, lang, packet_title(lang))
    return Packet(
        pdf=pdf,
        parts=[_public(m) for m in merged],
        lang=lang,
        ics=deadlines_to_ics(assessment, lang),
        form_overflow=overflow,
        kind=kind,
        problems=readiness.problems,
    )


def _public(m: MergedPart) -> PacketPart:
    return PacketPart(m.key, m.title, m.first_page, m.page_count, m.typeset)
