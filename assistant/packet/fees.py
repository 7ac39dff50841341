"""The fee estimate: each fee with its amount and, in a small line under its name, the paragraph
it rests on and the words of its source, the total, exemptions that may apply, and that the
authority sets the final amount. The sources are footnotes at the end of the part (SourceNotes),
as in the checklist. Where no amount can be cited the packet says "ask the authority"."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..assessment import FeeLine
from ..sources import parse
from ..texts import format_money
from .context import PacketContext
from .i18n import AUTHORITY_LANGUAGE, t
from .sourcenotes import SourceNotes
from .styles import (
    ACCENT,
    CONTENT_WIDTH,
    RULE,
    bilingual,
    grid_style,
    header_cell,
    heading,
    label_cell,
    para,
    rtl_style,
    side_by_side,
    styles,
    text_pair,
)

AMOUNT_WIDTH = 34 * mm


def _amount(cents: int | None, lang: str) -> list[Flowable]:
    """The amount formatted for German and (if different) for the applicant's language."""
    st = styles()
    if cents is None:
        out = [para(t("fees.ask", AUTHORITY_LANGUAGE), st.bold)]
        if bilingual(lang):
            out.append(para(t("fees.ask", lang), rtl_style(st.small, lang)))
        return out
    german = format_money(cents, AUTHORITY_LANGUAGE)
    out = [para(german, st.bold)]
    local = format_money(cents, lang)
    if bilingual(lang) and local != german:
        out.append(para(local, st.small))
    return out


def _label(ctx: PacketContext, line: FeeLine, notes: SourceNotes) -> list[Flowable]:
    """The fee's name in German and the applicant's language, then its basis in a small line."""
    st = styles()
    out: list[Flowable] = [para(ctx.de(line.label), st.bold)]
    if bilingual(ctx.lang):
        out.append(para(ctx.tr(line.label), rtl_style(st.body, ctx.shown_lang(line.label))))
    return out + _basis(line, ctx.lang, notes)


def _basis(line: FeeLine, lang: str, notes: SourceNotes) -> list[Flowable]:
    """"§ 45 Abs. 1 Nr. 2 Buchst. b AufenthV ¹˒²: „…“": the paragraphs the fee rests on as the
    authority cites them, the footnote marks of all its sources, the quoted words. A fee that
    cites no paragraph: "Quelle ¹" (and in the applicant's language)."""
    st = styles()
    marks = notes.mark(line.source)
    paragraphs = [c.paragraph for c in parse(line.source) if c.paragraph]
    basis = "; ".join(paragraphs) if paragraphs else t("source", AUTHORITY_LANGUAGE)
    words = f": „{line.quote}“" if line.quote else ""
    out: list[Flowable] = [para(f"{basis} {marks}{words}", st.small)]
    if not paragraphs and bilingual(lang):
        out.append(para(f"{t('source', lang)} {marks}", rtl_style(st.small, lang)))
    return out


def story(ctx: PacketContext) -> list[Flowable]:
    st = styles()
    lang = ctx.lang
    fees = ctx.assessment.fees
    out: list[Flowable] = heading("part.fees", lang)
    if not fees.lines and not fees.exemptions:  # no permit applied for: no fee, no "ask"
        out.append(text_pair("fees.none", lang, st.bold))
        return out
    notes = SourceNotes(lang)  # each fee's sources as footnote marks, the notes at the end
    widths = [CONTENT_WIDTH - AMOUNT_WIDTH, AMOUNT_WIDTH]
    rows: list[list[object]] = [[header_cell("fees.fee", lang), header_cell("fees.amount", lang)]]
    # exemptions that reduce the fee stand above the total they reduce; the others below it
    applied = [line for line in fees.exemptions if (line.amount_cents or 0) < 0]
    possible = [line for line in fees.exemptions if line not in applied]
    for line in [*fees.lines, *applied]:
        rows.append([_label(ctx, line, notes), _amount(line.amount_cents, lang)])
    if not fees.lines:
        rows.append([label_cell("fees.fee", lang, st.bold, st.body), _amount(None, lang)])
    total_row = len(rows)
    rows.append([label_cell("fees.total", lang, st.bold, rtl_style(st.body, lang)),
                 _amount(fees.total_cents, lang)])
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    cmds = grid_style()
    cmds += [
        ("LINEABOVE", (0, total_row), (-1, total_row), 1.2, ACCENT),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    table.setStyle(TableStyle(cmds))
    out.append(table)

    if possible:
        out += heading("fees.exemptions", lang, level=2)
        rows = [[header_cell("fees.fee", lang), header_cell("fees.amount", lang)]]
        for line in possible:
            amount: object = _amount(line.amount_cents, lang) if line.amount_cents is not None \
                else ""
            rows.append([_label(ctx, line, notes), amount])
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(grid_style() + [("BOX", (0, 0), (-1, -1), 0.5, RULE)]))
        out.append(table)

    out.append(Spacer(1, 8))
    note_style = st.bold if fees.total_cents is None else st.body
    tr_style = rtl_style(note_style, ctx.shown_lang(fees.note))
    out.append(side_by_side([para(ctx.de(fees.note), note_style)],
                            [para(ctx.tr(fees.note), tr_style)], lang))
    if notes.texts:
        out.append(Spacer(1, 6))
        out += notes.story("sources")
    out.append(Spacer(1, 2 * mm))
    return out
