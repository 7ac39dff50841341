"""The timeline: the computed deadlines as a dated list and as a line with a mark per date."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..assessment import Deadline
from ..fonts import BOLD, REGULAR
from .context import PacketContext
from .i18n import AUTHORITY_LANGUAGE, t
from .styles import (
    ACCENT,
    BLOCKER,
    CONTENT_WIDTH,
    MUTED,
    RULE,
    SHADE,
    bilingual,
    grid_style,
    has_rtl,
    header_cell,
    header_single,
    heading,
    para,
    rtl_style,
    source_line,
    styles,
    text_pair,
    visual,
)

NUMBER_WIDTH = 8 * mm
DATE_WIDTH = 30 * mm
LINE_HEIGHT = 30 * mm


def _label(text: str) -> str:
    return visual(text) if has_rtl(text) else text


def line_drawing(deadlines: list[Deadline], today: date, lang: str,
                 width: float = CONTENT_WIDTH) -> Drawing:
    """A horizontal line from today (or the first date) to the last date, a numbered mark per
    deadline (the numbers are those of the list) and a mark for today."""
    drawing = Drawing(width, LINE_HEIGHT)
    if not deadlines:
        return drawing
    days = [d.date for d in deadlines] + [today]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    left, right = 10 * mm, width - 10 * mm
    axis_y = LINE_HEIGHT * 0.55

    def x_of(day: date) -> float:
        return left + (right - left) * (day - first).days / span

    drawing.add(Line(left - 4 * mm, axis_y, right + 4 * mm, axis_y, strokeColor=RULE,
                     strokeWidth=1.5))
    # Today: a small triangle under the line, labelled in German and the applicant's language.
    tx = x_of(today)
    drawing.add(Polygon([tx, axis_y - 1.5, tx - 3.5, axis_y - 7, tx + 3.5, axis_y - 7],
                        fillColor=MUTED, strokeColor=None))
    today_label = t("timeline.today", AUTHORITY_LANGUAGE)
    if bilingual(lang):
        today_label += " / " + _label(t("timeline.today", lang))
    drawing.add(String(tx, axis_y - 15, today_label, fontName=REGULAR, fontSize=7,
                       fillColor=MUTED, textAnchor="middle"))
    # Deadlines: numbered circles above the line; the date above alternates height so that close
    # dates do not overprint each other.
    previous_x = -1e9
    level = 0
    for number, deadline in enumerate(deadlines, start=1):
        x = x_of(deadline.date)
        level = (level + 1) % 2 if x - previous_x < 22 * mm else 0
        previous_x = x
        colour = MUTED if deadline.passed else (BLOCKER if number == 1 else ACCENT)
        drawing.add(Circle(x, axis_y, 5.5, fillColor=colour, strokeColor=None))
        drawing.add(String(x, axis_y - 2.6, str(number), fontName=BOLD, fontSize=7,
                           fillColor="white", textAnchor="middle"))
        drawing.add(Line(x, axis_y + 5.5, x, axis_y + 9 + level * 9, strokeColor=colour,
                         strokeWidth=0.6))
        drawing.add(String(x, axis_y + 11 + level * 9, deadline.date.strftime("%d.%m.%Y"),
                           fontName=REGULAR, fontSize=7, fillColor=colour,
                           textAnchor="middle"))
    return drawing


def story(ctx: PacketContext) -> list[Flowable]:
    st = styles()
    lang = ctx.lang
    deadlines = ctx.assessment.deadlines
    out: list[Flowable] = heading("part.timeline", lang)
    if not deadlines:
        out.append(text_pair("timeline.none", lang, st.bold))
        return out
    out.append(text_pair("timeline.intro", lang, st.body))
    out.append(Spacer(1, 4))
    out.append(line_drawing(deadlines, ctx.assessment.today, lang))
    out.append(Spacer(1, 6))

    two = bilingual(lang)
    text_width = CONTENT_WIDTH - NUMBER_WIDTH - DATE_WIDTH
    widths = [NUMBER_WIDTH, DATE_WIDTH] + ([text_width / 2] * 2 if two else [text_width])
    header: list[object] = ["", header_cell("timeline.date", lang),
                            header_single("timeline.deadline", AUTHORITY_LANGUAGE)]
    if two:
        header.append(header_single("timeline.deadline", lang))
    rows: list[list[object]] = [header]
    for number, d in enumerate(deadlines, start=1):
        date_cell: list[Flowable] = [para(ctx.day_de(d.date), st.bold)]
        if two and ctx.day_tr(d.date) != ctx.day_de(d.date):
            date_cell.append(para(ctx.day_tr(d.date), rtl_style(st.small, lang)))
        if d.passed and not d.overdue:
            date_cell.append(para(t("status.passed", AUTHORITY_LANGUAGE), st.small))
            if two:
                date_cell.append(para(t("status.passed", lang), rtl_style(st.small, lang)))
        # passed and still to be done: "overdue" in bold above the label, not only "passed"
        de_cell: list[Flowable] = [para(ctx.de(d.overdue), st.bold)] if d.overdue else []
        de_cell.append(para(ctx.de(d.label), st.bold))
        if d.note:
            de_cell.append(para(ctx.de(d.note), st.body))
        de_cell.append(source_line(d.source, AUTHORITY_LANGUAGE))
        row: list[object] = [para(f"{number}", st.bold), date_cell, de_cell]
        if two:
            tr_cell: list[Flowable] = [para(ctx.tr(d.overdue),
                                            rtl_style(st.bold, ctx.shown_lang(d.overdue)))
                                       ] if d.overdue else []
            tr_cell.append(para(ctx.tr(d.label), rtl_style(st.bold, ctx.shown_lang(d.label))))
            if d.note:
                tr_cell.append(para(ctx.tr(d.note), rtl_style(st.body, ctx.shown_lang(d.note))))
            tr_cell.append(source_line(d.source, lang))
            row.append(tr_cell)
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    cmds = grid_style()
    cmds += [("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white", SHADE]),
             ("BOX", (0, 0), (-1, -1), 0.5, RULE)]
    table.setStyle(TableStyle(cmds))
    out.append(table)
    return out
