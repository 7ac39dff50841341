"""The timeline: the computed deadlines as a dated list and as a line with a mark per date."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..assessment import Deadline
from ..fonts import BOLD, REGULAR
from .context import PacketContext
from .i18n import AUTHORITY_LANGUAGE, t
from .sourcenotes import SourceNotes
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
    styles,
    text_pair,
    visual,
)

NUMBER_WIDTH = 8 * mm
DATE_WIDTH = 30 * mm
LINE_HEIGHT = 30 * mm


def _label(text: str) -> str:
    return visual(text) if has_rtl(text) else text


MARK_RADIUS = 5.5
MARK_STEP = 2 * MARK_RADIUS + 1.5  # centre to centre of two stacked marks
DATE_SIZE = 7


def _levels(spans: list[tuple[float, float]]) -> list[int]:
    """For intervals (left, right) in order, the lowest level at which each overlaps none placed
    before it on that level: what is close stacks, what is apart stays on level 0."""
    placed: list[list[tuple[float, float]]] = []
    out = []
    for left, right in spans:
        level = 0
        while level < len(placed) and any(left < b and a < right for a, b in placed[level]):
            level += 1
        if level == len(placed):
            placed.append([])
        placed[level].append((left, right))
        out.append(level)
    return out


def _spread(centres: list[float], widths: list[float], width: float) -> list[float]:
    """Centres of labels in a row, each as near its place as it can be without touching its
    neighbours or leaving the drawing (labels in the order of their places)."""
    out = list(centres)
    for i in range(len(out)):
        low = widths[i] / 2 if i == 0 else out[i - 1] + (widths[i - 1] + widths[i]) / 2
        out[i] = max(out[i], low)
    for i in reversed(range(len(out))):
        high = width - widths[i] / 2 if i == len(out) - 1 else \
            out[i + 1] - (widths[i + 1] + widths[i]) / 2
        out[i] = min(out[i], high)
    return out


def line_drawing(deadlines: list[Deadline], today: date, lang: str,
                 width: float = CONTENT_WIDTH) -> Drawing:
    """A horizontal line from today (or the first date) to the last date, a numbered mark per
    deadline (the numbers are those of the list) and a mark for today. Marks of the same or
    close days are stacked above each other, and their dates set in rows, so that nothing
    overprints."""
    if not deadlines:
        return Drawing(width, LINE_HEIGHT)
    days = [d.date for d in deadlines] + [today]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    left, right = 10 * mm, width - 10 * mm

    def x_of(day: date) -> float:
        return left + (right - left) * (day - first).days / span

    xs = [x_of(d.date) for d in deadlines]
    mark_levels = _levels([(x - MARK_STEP / 2, x + MARK_STEP / 2) for x in xs])
    # one date label per day, above the highest mark of that day
    labels: dict[date, tuple[float, int, object]] = {}  # day -> (x, top mark level, colour)
    colours = []
    for number, (deadline, x, level) in enumerate(zip(deadlines, xs, mark_levels, strict=True),
                                                  start=1):
        colour = MUTED if deadline.passed else (BLOCKER if number == 1 else ACCENT)
        colours.append(colour)
        top = max(level, labels[deadline.date][1]) if deadline.date in labels else level
        first_colour = labels[deadline.date][2] if deadline.date in labels else colour
        labels[deadline.date] = (x, top, first_colour)
    labels = dict(sorted(labels.items(), key=lambda item: item[1][0]))
    texts = {day: day.strftime("%d.%m.%Y") for day in labels}
    label_x = _spread([x for x, _, _ in labels.values()],
                      [stringWidth(texts[day], REGULAR, DATE_SIZE) + 4 for day in labels], width)
    axis_y = 18.0  # room below for today's mark and its label
    marks_top = axis_y + max(mark_levels) * MARK_STEP + MARK_RADIUS
    dates_base = marks_top + 10
    drawing = Drawing(width, dates_base + DATE_SIZE + 3)

    drawing.add(Line(left - 4 * mm, axis_y, right + 4 * mm, axis_y, strokeColor=RULE,
                     strokeWidth=1.5))
    # Today: a small triangle under the line, labelled in German and the applicant's language.
    tx = x_of(today)
    drawing.add(Polygon([tx, axis_y - 1.5, tx - 3.5, axis_y - 7, tx + 3.5, axis_y - 7],
                        fillColor=MUTED, strokeColor=None))
    today_label = t("timeline.today", AUTHORITY_LANGUAGE)
    if bilingual(lang):
        today_label += " / " + _label(t("timeline.today", lang))
    today_half = stringWidth(today_label, REGULAR, 7) / 2
    drawing.add(String(min(max(tx, today_half), width - today_half), axis_y - 15, today_label,
                       fontName=REGULAR, fontSize=7, fillColor=MUTED, textAnchor="middle"))
    # Deadlines: numbered circles on the line, stacked upwards where days are close; a thin
    # stem joins a stacked mark to its place on the line.
    for x, level, colour in zip(xs, mark_levels, colours, strict=True):
        if level:  # the stems first: no stem crosses a mark
            drawing.add(Line(x, axis_y, x, axis_y + level * MARK_STEP, strokeColor=colour,
                             strokeWidth=0.6))
    for number, (x, level, colour) in enumerate(zip(xs, mark_levels, colours, strict=True),
                                                start=1):
        y = axis_y + level * MARK_STEP
        drawing.add(Circle(x, y, MARK_RADIUS, fillColor=colour, strokeColor="white",
                           strokeWidth=0.8))
        drawing.add(String(x, y - 2.6, str(number), fontName=BOLD, fontSize=7,
                           fillColor="white", textAnchor="middle"))
    # Dates: one per day, in a row above the marks, moved sideways where they would touch, each
    # joined to its place on the line above the marks stacked there.
    for (day, (x, _, colour)), shown_x in zip(labels.items(), label_x, strict=True):
        near = [lv for mx, lv in zip(xs, mark_levels, strict=True) if abs(mx - x) < MARK_STEP]
        start = axis_y + max(near) * MARK_STEP + MARK_RADIUS + 1
        drawing.add(Line(x, start, shown_x, dates_base - 2, strokeColor=colour,
                         strokeWidth=0.6))
        drawing.add(String(shown_x, dates_base, texts[day], fontName=REGULAR,
                           fontSize=DATE_SIZE, fillColor=colour, textAnchor="middle"))
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
    notes = SourceNotes(lang)  # each row's sources as footnote marks, the notes below the table
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
        de_cell.append(notes.refs(d.source, AUTHORITY_LANGUAGE))
        row: list[object] = [para(f"{number}", st.bold), date_cell, de_cell]
        if two:
            tr_cell: list[Flowable] = [para(ctx.tr(d.overdue),
                                            rtl_style(st.bold, ctx.shown_lang(d.overdue)))
                                       ] if d.overdue else []
            tr_cell.append(para(ctx.tr(d.label), rtl_style(st.bold, ctx.shown_lang(d.label))))
            if d.note:
                tr_cell.append(para(ctx.tr(d.note), rtl_style(st.body, ctx.shown_lang(d.note))))
            tr_cell.append(notes.refs(d.source, lang))
            row.append(tr_cell)
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    cmds = grid_style()
    cmds += [("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white", SHADE]),
             ("BOX", (0, 0), (-1, -1), 0.5, RULE)]
    table.setStyle(TableStyle(cmds))
    out.append(table)
    out.append(Spacer(1, 4))
    out += notes.story("sources")
    return out
