"""The "proof of submission" sheet: why the day of the application matters (§ 81 Abs. 4 AufenthG),
how to prove it (registered letter with return receipt, the sent e-mail, a fax report, a stamped
copy at the counter), to keep it with the passport, what the Fiktionsbescheinigung is
(§ 81 Abs. 5 AufenthG; its fee: § 47 Abs. 1 Nr. 8 AufenthV), what holds after a late application
(§ 81 Abs. 4 Satz 3), and the submission the case records. Only what a paragraph says is stated
as law; the ways of proof are practical advice. The paragraphs a text rests on are footnotes: a
raised mark at the end of the text, the notes at the end of the sheet."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..shaping import has_rtl
from ..sources import embed_ltr
from .context import PacketContext
from .i18n import AUTHORITY_LANGUAGE, t
from .sourcenotes import SourceNotes
from .styles import heading, para, rtl_style, side_by_side, styles

# The texts that state the law, with the paragraphs they rest on (footnotes).
CITED: dict[str, str] = {
    "proof.intro": "§ 81 Abs. 4 AufenthG",
    "proof.certificate": "§ 81 Abs. 5 AufenthG; § 81 Abs. 4 AufenthG; § 47 AufenthV",
    "proof.late": "§ 81 Abs. 4 AufenthG",
    "proof.schengen": "§ 81 Abs. 4 AufenthG",
}
WAYS = ("proof.registered", "proof.email", "proof.fax", "proof.counter")
# The application kinds the sheet is for: they make an application whose day matters.
APPLYING_KINDS = ("extension", "first_permit")


def applies(ctx: PacketContext) -> bool:
    return ctx.case.application.kind.value in APPLYING_KINDS


def _pair(key: str, lang: str, bold: bool = False, marks: str = "", **values: object) -> Flowable:
    """The text in German beside the applicant's language, each ending with the footnote
    `marks` of the paragraphs it rests on."""
    st = styles()
    style = st.bold if bold else st.body
    other = t(key, lang, **values)
    other = embed_ltr(other) if has_rtl(other) else other
    return side_by_side([para(t(key, AUTHORITY_LANGUAGE, **values) + marks, style)],
                        [para(other + marks, rtl_style(style, lang))], lang)


def _cited(key: str, lang: str, notes: SourceNotes) -> list[Flowable]:
    """A text that states the law, with the marks of the paragraphs it rests on."""
    return [_pair(key, lang, marks=notes.mark(CITED[key])), Spacer(1, 5)]


def story(ctx: PacketContext) -> list[Flowable]:
    lang = ctx.lang
    st = styles()
    out: list[Flowable] = heading("part.proof", lang)
    notes = SourceNotes(lang)
    out += _cited("proof.intro", lang, notes)
    if ctx.case.status.kind.value == "visa":  # § 81 Abs. 4 Satz 2: not for a Schengen visa
        out += _cited("proof.schengen", lang, notes)
    out += heading("proof.how", lang, level=2)
    for key in WAYS:
        out.append(_pair(key, lang))
        out.append(Spacer(1, 3))
    out.append(Spacer(1, 3))
    out.append(_pair("proof.keep", lang, bold=True))
    out += heading("proof.certificate_heading", lang, level=2)
    out += _cited("proof.certificate", lang, notes)
    out += _cited("proof.late", lang, notes)
    out.append(Spacer(1, 4))
    submission = ctx.case.submission
    if submission.submitted_on:
        channel = submission.channel.value if submission.channel else "unknown"
        last = side_by_side(
            [para(t("proof.recorded", AUTHORITY_LANGUAGE, date=ctx.day_de(submission.submitted_on),
                    channel=t(f"proof.channel.{channel}", AUTHORITY_LANGUAGE)), st.bold)],
            [para(t("proof.recorded", lang, date=ctx.day_tr(submission.submitted_on),
                    channel=t(f"proof.channel.{channel}", lang)), rtl_style(st.bold, lang))],
            lang)
    else:
        last = _pair("proof.record_hint", lang)
    # the notes (short: paragraphs of the law) never on a page of their own
    out.append(KeepTogether([last, Spacer(1, 8), *notes.lines("sources", run_in=True)]))
    return out
