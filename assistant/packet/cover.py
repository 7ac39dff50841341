"""The cover sheet: what is applied for, the responsible authority with its contacts (each with
its source date), how to book an appointment, what to bring and the date by which to apply."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..assessment import Deadline
from .context import PacketContext
from .i18n import AUTHORITY_LANGUAGE, month_year, t
from .sourcenotes import SourceNotes
from .styles import (
    CONTENT_WIDTH,
    bilingual,
    heading,
    label_cell,
    pair_cells,
    para,
    rtl_style,
    side_by_side,
    source_line,
    styles,
    text_pair,
)

# Of the deadlines marked `apply_by` in resources/deadlines.toml, the earliest one that has not
# passed goes on the cover; if all have passed, the latest passed one (marked as passed).
LABEL_WIDTH = 46 * mm


def apply_by(ctx: PacketContext) -> Deadline | None:
    """The date by which to apply, if the assessment computed one."""
    candidates = [d for d in ctx.assessment.deadlines if d.apply_by]
    upcoming = [d for d in candidates if not d.passed]
    if upcoming:
        return min(upcoming, key=lambda d: d.date)
    return max(candidates, key=lambda d: d.date) if candidates else None


def _rows_table(rows: list[list[object]]) -> Table:
    """Label column on the left, values on the right (one or two value columns)."""
    width_rest = CONTENT_WIDTH - LABEL_WIDTH
    ncols = max(len(r) for r in rows)
    widths = [LABEL_WIDTH] + [width_rest / (ncols - 1)] * (ncols - 1)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#cccccc"),
    ]))
    return table


def _applicant(ctx: PacketContext) -> list[Flowable]:
    st = styles()
    case, lang = ctx.case, ctx.lang
    rows: list[list[object]] = []
    person = case.person
    name = ", ".join(p for p in (person.family_name.upper(), person.first_names) if p)
    if name:
        cell: list[Flowable] = [para(name, st.bold)]
        if person.date_of_birth:
            cell.append(para(t("cover.born", AUTHORITY_LANGUAGE,
                               date=ctx.day_de(person.date_of_birth)), st.body))
        rows.append([label_cell("cover.applicant", lang), cell])
    kind = case.application.kind.value
    rows.append([label_cell("cover.applied_for", lang),
                 *pair_cells(t(f"kind.{kind}", AUTHORITY_LANGUAGE), t(f"kind.{kind}", lang), lang,
                             st.bold)])
    purpose = case.application.purpose.value
    rows.append([label_cell("cover.purpose", lang),
                 *pair_cells(t(f"purpose.{purpose}", AUTHORITY_LANGUAGE),
                             t(f"purpose.{purpose}", lang), lang, st.body)])
    if case.application.requested_duration_months:
        rows.append([label_cell("cover.duration", lang),
                     para(str(case.application.requested_duration_months), st.body)])
    deadline = apply_by(ctx)
    if deadline is not None:
        passed_de = f" ({t('status.passed', AUTHORITY_LANGUAGE)})" if deadline.passed else ""
        passed_tr = f" ({t('status.passed', lang)})" if deadline.passed else ""
        big = st.title_sub.clone("apply-date", textColor=st.h1.textColor, spaceAfter=0)
        rows.append([
            label_cell("cover.apply_by", lang),
            *pair_cells(ctx.day_de(deadline.date) + passed_de,
                        ctx.day_tr(deadline.date) + passed_tr, lang, big),
        ])
    else:
        rows.append([label_cell("cover.apply_by", lang),
                     *pair_cells(t("cover.apply_by_none", AUTHORITY_LANGUAGE),
                                 t("cover.apply_by_none", lang), lang, st.body)])
    return [_rows_table(rows)]


def _as_of(as_of: str, lang: str) -> str:
    day = month_year(as_of, lang) if as_of else None
    return t("cover.as_of", lang, date=day) if day else t("cover.undated", lang)


def _contact_stamp(ctx: PacketContext, as_of: str, source: str,
                   notes: SourceNotes | None = None) -> list[Flowable]:
    """When the contact was known to hold ("Stand: April 2020"), and its sources: their numbers
    in the list below the contacts (`notes`), or else their titles."""
    st = styles()
    lines: list[Flowable] = [para(_as_of(as_of, AUTHORITY_LANGUAGE), st.small)]
    if bilingual(ctx.lang):
        lines.append(para(_as_of(as_of, ctx.lang), rtl_style(st.small, ctx.lang)))
    for lang in (AUTHORITY_LANGUAGE, ctx.lang) if bilingual(ctx.lang) else (AUTHORITY_LANGUAGE,):
        lines.append(notes.refs(source, lang) if notes else source_line(source, lang))
    return lines


def _authority(ctx: PacketContext) -> list[Flowable]:
    st = styles()
    lang = ctx.lang
    out: list[Flowable] = heading("cover.authority", lang, level=2)
    authority = ctx.assessment.authority
    if authority is None:
        out.append(text_pair("cover.no_authority", lang, st.bold))
        return out
    name_style = rtl_style(st.bold, ctx.shown_lang(authority.name))
    out.append(side_by_side([para(ctx.de(authority.name), st.bold)],
                            [para(ctx.tr(authority.name), name_style)], lang))
    out.append(Spacer(1, 3))
    rows: list[list[object]] = []
    notes = SourceNotes(lang, urls=True)
    if authority.address:
        rows.append([label_cell("cover.address", lang),
                     para("\n".join(authority.address), st.body),
                     _contact_stamp(ctx, authority.as_of, authority.source, notes)])
    for contact in authority.contacts:
        key = f"contact.{contact.kind}"
        value = [para(contact.value, st.body)]
        if contact.label:
            value.append(para(ctx.de(contact.label), st.small))
        rows.append([label_cell(key, lang), value,
                     _contact_stamp(ctx, contact.as_of or authority.as_of, contact.source,
                                    notes)])
    if rows:
        table = Table(rows, colWidths=[LABEL_WIDTH, 62 * mm, CONTENT_WIDTH - LABEL_WIDTH - 62 * mm],
                      hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#cccccc"),
        ]))
        out.append(table)
        out.append(Spacer(1, 3))
        out.append(text_pair("cover.check_contacts", lang, st.small))
        out.append(Spacer(1, 3))
        out += notes.story("cover.sources")
    for key, text in (("cover.hours", authority.hours), ("cover.directions",
                                                          authority.directions)):
        if text:
            out.append(Spacer(1, 4))
            out.append(_rows_table([[label_cell(key, lang),
                                     *pair_cells(ctx.de(text), ctx.tr(text), lang, st.body,
                                                 ctx.shown_lang(text))]]))
    return out


def _booking(ctx: PacketContext) -> list[Flowable]:
    st = styles()
    lang = ctx.lang
    out: list[Flowable] = heading("cover.booking", lang, level=2)
    authority = ctx.assessment.authority
    steps = authority.booking_steps if authority else []
    if not steps:
        out.append(text_pair("cover.booking_unknown", lang, st.body))
        return out
    rows = []
    for number, step in enumerate(steps, start=1):
        rows.append([para(f"{number}.", st.bold), *pair_cells(ctx.de(step), ctx.tr(step), lang,
                                                               st.body, ctx.shown_lang(step))])
    width = CONTENT_WIDTH - 7 * mm
    widths = [7 * mm] + ([width / 2, width / 2] if bilingual(lang) else [width])
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    out.append(table)
    return out


def bring_counts(ctx: PacketContext) -> tuple[int, int, int]:
    """(documents, originals, copies) of the personal checklist."""
    items = ctx.assessment.checklist
    return len(items), sum(1 for i in items if i.original), sum(i.copies for i in items)


def _bring(ctx: PacketContext) -> list[Flowable]:
    st = styles()
    lang = ctx.lang
    documents, originals, copies = bring_counts(ctx)
    rows: list[list[object]] = [
        [label_cell("cover.bring_documents", lang), para(str(documents), st.bold)],
        [label_cell("cover.bring_originals", lang), para(str(originals), st.bold)],
        [label_cell("cover.bring_copies", lang), para(str(copies), st.bold)],
    ]
    out: list[Flowable] = heading("cover.bring", lang, level=2)
    out.append(_rows_table(rows))
    out.append(Spacer(1, 2))
    out.append(text_pair("cover.bring_see", lang, st.small))
    return out


def story(ctx: PacketContext) -> list[Flowable]:
    st = styles()
    lang = ctx.lang
    out: list[Flowable] = [para(t("packet.title", AUTHORITY_LANGUAGE), st.title)]
    if bilingual(lang):
        out.append(para(t("packet.title", lang), rtl_style(st.title_sub, lang)))
    out.append(Spacer(1, 4))
    out += _applicant(ctx)
    out += _authority(ctx)
    out.append(KeepTogether(_booking(ctx)))
    out.append(KeepTogether(_bring(ctx)))
    out.append(Spacer(1, 8))
    today = ctx.assessment.today
    out.append(side_by_side(
        [para(t("cover.prepared", AUTHORITY_LANGUAGE, date=ctx.day_de(today)), st.small)],
        [para(t("cover.prepared", lang, date=ctx.day_tr(today)), rtl_style(st.small, lang))],
        lang))
    return out
