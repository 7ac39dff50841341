"""The personal checklist: one row per document that applies to the case, with a tick box,
original and/or copies, why it is needed and notes, in German and the applicant's language."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..assessment import ChecklistItem
from .context import PacketContext, shown_lang
from .i18n import AUTHORITY_LANGUAGE, t
from .sourcenotes import SourceNotes
from .styles import (
    CONTENT_WIDTH,
    RULE,
    SHADE,
    bilingual,
    grid_style,
    header_cell,
    header_single,
    heading,
    para,
    rtl_style,
    styles,
    text_pair,
)

TICK_WIDTH = 9 * mm
COUNT_WIDTH = 16 * mm
YES = "✓"
NO = "–"


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 10) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def _item_cell(ctx: PacketContext, item: ChecklistItem, lang: str,
               notes: SourceNotes) -> list[Flowable]:
    """Name, why and note of one document in one language (fallback texts set as theirs)."""
    st = styles()
    text = ctx.de if lang == AUTHORITY_LANGUAGE else ctx.tr
    out: list[Flowable] = [para(text(item.name), rtl_style(st.bold, shown_lang(item.name, lang)))]
    for key, value, style in (("checklist.why", item.why, st.small),
                              ("checklist.note", item.note, st.body)):
        if value:
            shown = shown_lang(value, lang)
            out.append(para(f"{t(key, shown)}: {text(value)}", rtl_style(style, shown)))
    out.append(notes.refs(item.source, lang))
    return out


def story(ctx: PacketContext) -> list[Flowable]:
    st = styles()
    lang = ctx.lang
    out: list[Flowable] = heading("part.checklist", lang)
    out.append(text_pair("checklist.intro", lang, st.body))
    out.append(Spacer(1, 6))
    items = ctx.assessment.checklist
    if not items:
        out.append(text_pair("checklist.empty", lang, st.bold))
        return out
    two = bilingual(lang)
    text_width = CONTENT_WIDTH - TICK_WIDTH - 2 * COUNT_WIDTH
    widths = [TICK_WIDTH] + ([text_width / 2] * 2 if two else [text_width]) + [COUNT_WIDTH] * 2
    header: list[object] = [""]
    header.append(header_single("checklist.document", AUTHORITY_LANGUAGE))
    if two:
        header.append(header_single("checklist.document", lang))
    header += [header_cell("checklist.original", lang), header_cell("checklist.copies", lang)]
    rows: list[list[object]] = [header]
    notes = SourceNotes(lang)
    centre = st.centre
    for item in items:
        row: list[object] = [TickBox(), _item_cell(ctx, item, AUTHORITY_LANGUAGE, notes)]
        if two:
            row.append(_item_cell(ctx, item, lang, notes))
        row.append(para(YES if item.original else NO, centre))
        row.append(para(str(item.copies) if item.copies else NO, centre))
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    cmds = grid_style()
    cmds += [
        ("ALIGN", (-2, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 1), (0, -1), 4),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white", SHADE]),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    table.setStyle(TableStyle(cmds))
    out.append(table)
    out.append(Spacer(1, 4))
    out += notes.story("sources")
    return out
