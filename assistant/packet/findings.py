"""The findings to discuss: every blocker and warning of the assessment, each with its reason and
its source, in German and the applicant's language side by side. The sources are footnotes: a
finding carries "Quelle ¹˒²", the notes follow the table (SourceNotes), as in the checklist."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..assessment import Finding, Severity
from .context import PacketContext, shown_lang
from .i18n import AUTHORITY_LANGUAGE, t
from .sourcenotes import SourceNotes
from .styles import (
    BLOCKER,
    CONTENT_WIDTH,
    RULE,
    WARNING,
    bilingual,
    grid_style,
    header_single,
    heading,
    para,
    rtl_style,
    styles,
    text_pair,
)

BADGE_WIDTH = 26 * mm
SHOWN = (Severity.BLOCKER, Severity.WARNING)


def to_discuss(ctx: PacketContext) -> list[Finding]:
    return [f for f in ctx.assessment.findings if f.severity in SHOWN]


def _badge(finding: Finding, lang: str) -> list[Flowable]:
    st = styles()
    colour = BLOCKER if finding.severity is Severity.BLOCKER else WARNING
    key = f"severity.{finding.severity.value}"
    out: list[Flowable] = [para(t(key, AUTHORITY_LANGUAGE), st.bold.clone("sev", textColor=colour))]
    if bilingual(lang):
        out.append(para(t(key, lang), rtl_style(st.small.clone("sev-sub", textColor=colour),
                                                lang)))
    return out


def _text_cell(finding: Finding, lang: str, notes: SourceNotes,
               quote: bool) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para(finding.text(lang),
                                rtl_style(st.bold, shown_lang(finding.message, lang)))]
    why = finding.why_text(lang)
    if why:
        shown = shown_lang(finding.why, lang)
        out.append(para(f"{t('findings.why', shown)}: {why}", rtl_style(st.body, lang)))
    out.append(notes.refs(finding.source, lang))
    if quote and finding.quote:
        out.append(para(f"„{finding.quote}“", st.small))
    return out


def story(ctx: PacketContext) -> list[Flowable]:
    st = styles()
    lang = ctx.lang
    out: list[Flowable] = heading("part.findings", lang)
    findings = to_discuss(ctx)
    if not findings:
        out.append(text_pair("findings.none", lang, st.bold))
        return out
    out.append(text_pair("findings.intro", lang, st.body))
    out.append(Spacer(1, 6))
    two = bilingual(lang)
    text_width = CONTENT_WIDTH - BADGE_WIDTH
    widths = [BADGE_WIDTH] + ([text_width / 2] * 2 if two else [text_width])
    header: list[object] = ["", header_single("part.findings", AUTHORITY_LANGUAGE)]
    if two:
        header.append(header_single("part.findings", lang))
    rows: list[list[object]] = [header]
    notes = SourceNotes(lang)
    for finding in findings:
        row: list[object] = [_badge(finding, lang),
                             _text_cell(finding, AUTHORITY_LANGUAGE, notes, quote=True)]
        if two:
            row.append(_text_cell(finding, lang, notes, quote=False))
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(grid_style() + [("BOX", (0, 0), (-1, -1), 0.5, RULE),
                                              ("BOTTOMPADDING", (0, 1), (-1, -1), 2 * mm)]))
    out.append(table)
    out.append(Spacer(1, 4))
    out += notes.story("sources")
    return out
