"""The cover sheet: what is applied for, the responsible authority with its contacts (each with
its source date), how to book an appointment, what to bring and the date by which to apply."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..assessment import Contact, Deadline, SourceRef
from . import submission
from .context import PacketContext
from .i18n import AUTHORITY_LANGUAGE, t
from .sourcenotes import SourceNotes, mark
from .styles import (
    CONTENT_WIDTH,
    bilingual,
    heading,
    label_cell,
    pair_cells,
    para,
    rtl_style,
    side_by_side,
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


def _applicant(ctx: PacketContext, permit: bool = True) -> list[Flowable]:
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
    if not permit:  # no permit is needed: nothing is applied for, nothing is due
        return [_rows_table(rows)] if rows else []
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


# The row label of each kind of contact (resources/packet_texts.toml).
_CONTACT_LABEL = {"address": "cover.address", "hours": "cover.hours"}


def _contact_value(ctx: PacketContext, contact: Contact, differs: bool,
                   marks: str) -> list[Flowable]:
    """The value with its footnote marks, its label in German and in the applicant's language
    (opening hours: the value is German, the label its translation), and a warning where the
    sources disagree about it."""
    st = styles()
    cell = [para(contact.value + marks, st.body)]
    if contact.label and contact.kind != "hours":
        cell.append(para(ctx.de(contact.label), st.small))
    if contact.label and bilingual(ctx.lang) and ctx.shown_lang(contact.label) != "de":
        cell.append(para(ctx.tr(contact.label), rtl_style(st.small, ctx.shown_lang(
            contact.label))))
    if differs:
        cell.append(para(t("cover.sources_differ", AUTHORITY_LANGUAGE), st.bold))
        if bilingual(ctx.lang):
            cell.append(para(t("cover.sources_differ", ctx.lang), rtl_style(st.bold, ctx.lang)))
    return cell


def _marks(notes: SourceNotes, refs: list[SourceRef], as_of: str) -> str:
    """The footnote marks of every source of a value, in ascending order."""
    numbers: set[int] = set()
    for ref in refs:
        numbers.update(notes.numbers(ref.source, ref.as_of or as_of))
    return mark(sorted(numbers))


def _authority(ctx: PacketContext, notes: SourceNotes) -> list[Flowable]:
    """The office: its name, then one row per value (each value once, with the footnote marks
    of all its sources; the notes are at the end of the cover)."""
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
    if authority.address and not any(c.kind == "address" for c in authority.contacts):
        marks = _marks(notes, [SourceRef(source=authority.source, as_of=authority.as_of)],
                       authority.as_of)
        rows.append([label_cell("cover.address", lang),
                     para("\n".join(authority.address) + marks, st.body)])
    differing = {(c.kind, c.value) for conflict in authority.conflicts for c in conflict.values}
    # Where the office is, then how to reach it; within a kind in the order of the data
    # (current pages first, the seeds after). One value cited by several sources is one row.
    order = ("address", "postal", "hours", "phone", "email", "fax", "booking", "online", "web")
    contacts = sorted(authority.contacts, key=lambda c: order.index(c.kind)
                      if c.kind in order else len(order))
    for contact in contacts:
        key = _CONTACT_LABEL.get(contact.kind, f"contact.{contact.kind}")
        refs = contact.sources or [SourceRef(source=contact.source, as_of=contact.as_of)]
        rows.append([label_cell(key, lang),
                     _contact_value(ctx, contact, (contact.kind, contact.value) in differing,
                                    _marks(notes, refs, authority.as_of))])
    if rows:
        out.append(_rows_table(rows))
        out.append(Spacer(1, 3))
        out.append(text_pair("cover.check_contacts", lang, st.small))
    for key, text in (("cover.hours", authority.hours), ("cover.directions",
                                                          authority.directions)):
        if text:
            out.append(Spacer(1, 4))
            out.append(_rows_table([[label_cell(key, lang),
                                     *pair_cells(ctx.de(text), ctx.tr(text), lang, st.body,
                                                 ctx.shown_lang(text))]]))
    return out


def _booking(ctx: PacketContext, notes: SourceNotes) -> list[Flowable]:
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
    if authority and authority.booking_source:
        source, as_of = authority.booking_source, authority.booking_as_of
        out.append(side_by_side([notes.refs(source, AUTHORITY_LANGUAGE, as_of)],
                                [notes.refs(source, lang, as_of)], lang))
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


def story(ctx: PacketContext, permit: bool = True) -> list[Flowable]:
    """The cover. `permit=False` (the person needs no permit): the name and the office only, no
    application, appointment or documents to bring."""
    st = styles()
    lang = ctx.lang
    out: list[Flowable] = [para(t("packet.title", AUTHORITY_LANGUAGE), st.title)]
    if bilingual(lang):
        out.append(para(t("packet.title", lang), rtl_style(st.title_sub, lang)))
    out.append(Spacer(1, 4))
    notes = SourceNotes(lang, urls=True)
    out += _applicant(ctx, permit)
    out += _authority(ctx, notes)
    if permit:
        out.append(KeepTogether(_booking(ctx, notes)))
        out += submission.story(ctx, notes)  # how the office takes applications
        out.append(KeepTogether(_bring(ctx)))
    if notes.texts:
        out.append(Spacer(1, 8))
        out += notes.story("sources")
    out.append(Spacer(1, 8))
    today = ctx.assessment.today
    out.append(side_by_side(
        [para(t("cover.prepared", AUTHORITY_LANGUAGE, date=ctx.day_de(today)), st.small)],
        [para(t("cover.prepared", lang, date=ctx.day_tr(today)), rtl_style(st.small, lang))],
        lang))
    return out


# --- the notices of a packet that is not the one to hand in ------------------------------------


def _boxed(flows: list[Flowable]) -> Flowable:
    from .styles import BLOCKER

    table = Table([[flows]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, BLOCKER),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def not_ready_block(ctx: PacketContext, missing: tuple[str, ...]) -> list[Flowable]:
    """At the top of the counselling copy's cover: that it is not for handing in, and which of
    the essential answers (names, birth date, nationality, passport, place in Saxony) are
    missing, each by its name in German and the applicant's language."""
    st = styles()
    lang = ctx.lang
    flows: list[Flowable] = [text_pair("notready.intro", lang, st.bold)]
    if missing:
        flows.append(Spacer(1, 4))
        flows.append(text_pair("notready.missing", lang, st.body))
        for path in missing:
            flows.append(side_by_side(
                [para(f"– {t(f'essential.{path}', AUTHORITY_LANGUAGE)}", st.bold)],
                [para(f"– {t(f'essential.{path}', lang)}", rtl_style(st.bold, lang))], lang))
    return [_boxed(flows), Spacer(1, 6)]


def no_permit_block(ctx: PacketContext) -> list[Flowable]:
    """At the top of the cover when no permit is needed: why the packet holds no form."""
    return [_boxed([text_pair("noform.intro", ctx.lang, styles().bold)]), Spacer(1, 6)]
