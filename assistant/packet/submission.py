"""On the cover: how the responsible office takes applications (in person, by post, e-mail, a
contact form, online) and how far ahead of the expiry it asks people to apply, each with the
page it comes from and that page's date as a footnote of the cover (resources/authorities.toml,
`submission`). Where no page says it, the cover says so; in every case it recommends applying
before expiry, in writing if need be (§ 81 Abs. 4 AufenthG, also a footnote)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..catalogue import SubmissionSpec, catalogue
from ..shaping import has_rtl
from ..sources import embed_ltr
from .context import PacketContext
from .i18n import AUTHORITY_LANGUAGE, t
from .sourcenotes import SourceNotes
from .styles import (
    CONTENT_WIDTH,
    heading,
    label_cell,
    pair_cells,
    para,
    rtl_style,
    side_by_side,
    styles,
    text_pair,
)

LABEL_WIDTH = 46 * mm  # as the cover's other tables
BEFORE_EXPIRY_SOURCE = "§ 81 Abs. 4 AufenthG"


def office_submission(authority_id: str | None) -> SubmissionSpec | None:
    """How the office takes applications, from the offices' data; None if no page says it."""
    if authority_id is None:
        return None
    spec = catalogue().authorities.get(authority_id)
    return spec.submission if spec else None


def _table(rows: list[list[object]]) -> Table:
    width_rest = CONTENT_WIDTH - LABEL_WIDTH
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    table = Table(rows, colWidths=[LABEL_WIDTH] + [width_rest / (ncols - 1)] * (ncols - 1),
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#cccccc"),
    ]))
    return table


def ahead_text(spec: SubmissionSpec, lang: str) -> str:
    """"6 Wochen vor Ablauf des Aufenthaltstitels", or "" where no page gives a lead time."""
    if spec.ahead_weeks:
        return t("submission.ahead_weeks", lang, n=spec.ahead_weeks)
    if spec.ahead_months:
        return t("submission.ahead_months", lang, n=spec.ahead_months)
    return ""


def story(ctx: PacketContext, notes: SourceNotes) -> list[Flowable]:
    """The cover's section; nothing when the responsible office is not known. The pages it comes
    from and the paragraph it recommends by are footnotes in the cover's `notes`."""
    authority = ctx.assessment.authority
    if authority is None:
        return []
    st = styles()
    lang = ctx.lang
    out: list[Flowable] = heading("submission.heading", lang, level=2)
    spec = office_submission(authority.id)
    if spec is None:
        out.append(text_pair("submission.unknown", lang, st.body))
    else:
        channels_de = "; ".join(t(f"submission.channel.{c}", AUTHORITY_LANGUAGE)
                                for c in spec.channels)
        channels_tr = "; ".join(t(f"submission.channel.{c}", lang) for c in spec.channels)
        rows: list[list[object]] = [[label_cell("submission.channels", lang),
                                     *pair_cells(channels_de, channels_tr, lang, st.bold)]]
        if ahead_text(spec, lang):
            rows.append([label_cell("submission.ahead", lang),
                         *pair_cells(ahead_text(spec, AUTHORITY_LANGUAGE), ahead_text(spec, lang),
                                     lang, st.bold)])
        else:
            rows.append([label_cell("submission.ahead", lang),
                         *pair_cells(t("submission.ahead_unknown", AUTHORITY_LANGUAGE),
                                     t("submission.ahead_unknown", lang), lang, st.body)])
        if spec.note:
            rows.append(["", *pair_cells(ctx.de(spec.note), ctx.tr(spec.note), lang, st.small,
                                         ctx.shown_lang(spec.note))])
        out.append(_table(rows))
        cited = [(spec.source, spec.as_of)]
        if spec.ahead_source and ahead_text(spec, lang):
            cited.append((spec.ahead_source, spec.ahead_as_of))
        out.append(side_by_side([notes.refs_all(cited, AUTHORITY_LANGUAGE)],
                                [notes.refs_all(cited, lang)], lang))
    out.append(Spacer(1, 3))
    # the paragraph's citation stays in its own order inside right-to-left text (embed_ltr);
    # the paragraph's note mark ends the text, as on the proof sheet
    other = t("submission.before_expiry", lang)
    marks = notes.mark(BEFORE_EXPIRY_SOURCE)
    out.append(side_by_side([para(t("submission.before_expiry", AUTHORITY_LANGUAGE) + marks,
                                  st.body)],
                            [para((embed_ltr(other) if has_rtl(other) else other) + marks,
                                  rtl_style(st.body, lang))], lang))
    return [KeepTogether(out)]
