""""What you sign": the sheet after the application form that gives each section of the form and
its declaration in the applicant's language. The form itself stays in its own languages for the
office (`[form] languages` of its profile); the sheet is printed for a packet in any other
language. Its texts come from the form's profile (`[sign]`, see forms/README.md) or, for the
program's own form, from resources/sign_sheet.toml; the German declaration is the form's own,
word for word, and the binding text. A form without a translation gets a short sheet saying so
in the applicant's language (have the declaration explained before signing: ask the authority or
a counselling centre) and listing what the program wrote on the form, by the form's German
labels."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from ..datafiles import read_toml
from ..errors import ResourceError
from ..paths import RESOURCES
from .context import PacketContext
from .i18n import AUTHORITY_LANGUAGE, PACKET_LANGUAGES, t
from .styles import (
    CONTENT_WIDTH,
    RULE,
    SHADE,
    grid_style,
    header_single,
    heading,
    para,
    rtl_style,
    side_by_side,
    styles,
    text_pair,
)

SHEET_FILE = RESOURCES / "sign_sheet.toml"
FORM_WIDTH = 58 * mm


def _texts(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or any(not isinstance(raw.get(lang), str) or not raw[lang]
                                        for lang in PACKET_LANGUAGES):
        raise ResourceError(f"{SHEET_FILE}: {where} needs a text in each of "
                            f"{', '.join(PACKET_LANGUAGES)}")
    return raw


@cache
def sheets() -> dict[str, dict[str, Any]]:
    """Form id -> {"sections": [(form_de, title, about)], "declaration": texts,
    "fields": [(form_de, text)]}. Raises ResourceError if the file is unusable."""
    out: dict[str, dict[str, Any]] = {}
    for form_id, raw in read_toml(SHEET_FILE).items():
        sections = [(s["form_de"], _texts(s.get("title"), f"[{form_id}] {s['form_de']}: title"),
                     _texts(s.get("about"), f"[{form_id}] {s['form_de']}: about"))
                    for s in raw.get("section", [])]
        fields = [(f["form_de"], _texts(f.get("text"), f"[{form_id}] {f['form_de']}"))
                  for f in raw.get("field", [])]
        out[form_id] = {"sections": sections, "fields": fields,
                        "declaration": _texts(raw.get("declaration"),
                                              f"[{form_id}] declaration")}
    return out


def _form(form: str) -> Any:
    from ..forms.engine import load_form  # the form filler pulls in more; only when needed

    return load_form(form)


def form_languages(form: str) -> list[str]:
    """The languages the form `form` (an id or a profile's path) is printed in."""
    return list(_form(form).profile.form.languages)


def sheet_for(form: str) -> dict[str, Any] | None:
    """The sheet's texts for the form `form` (an id or a profile's path), as `sheets()` gives
    them: from its profile's `[sign]`, else from resources/sign_sheet.toml; None if neither has
    them (the form has no translation)."""
    loaded = _form(form)
    sign = loaded.profile.sign
    if sign is None:
        return sheets().get(loaded.form_id)
    return {"sections": [(s.form_de, s.title.model_dump(), s.about.model_dump())
                         for s in sign.sections],
            "fields": [(f.form_de, f.text.model_dump()) for f in sign.fields],
            "declaration": sign.declaration.model_dump()}


def applies(form: str, lang: str) -> bool:
    """Whether a packet in `lang` with the form `form` gets the sheet: when the form is not
    printed in `lang` (translated where the program has the texts, else the short sheet)."""
    return lang not in form_languages(form)


def _table_heading(key: str, lang: str) -> list[Flowable]:
    """A heading over a long table: on a new page only where little room is left, never held
    together with the whole table (which would leave a page empty before a table longer than
    the rest of the page)."""
    out = heading(key, lang, level=2)
    for flowable in out:
        flowable.keepWithNext = 0  # type: ignore[attr-defined]
    return [CondPageBreak(40 * mm), *out]


def _rows(pairs: list[tuple[str, list[Flowable]]], lang: str,
          right: str = "sign.meaning") -> Table:
    """The form's German words left, what they mean in the applicant's language right."""
    st = styles()
    rows: list[list[object]] = [[header_single("sign.on_form", AUTHORITY_LANGUAGE),
                                 header_single(right, lang)]]
    rows += [[para(form_de, st.bold), cell] for form_de, cell in pairs]
    table = Table(rows, colWidths=[FORM_WIDTH, CONTENT_WIDTH - FORM_WIDTH], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle(grid_style() + [
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white", SHADE]),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE)]))
    return table


def _untranslated(ctx: PacketContext, form: str) -> list[Flowable]:
    """The short sheet for a form without a translation: that there is none, whom to ask, and
    what the program wrote on the form (the form's German labels, the values as written)."""
    from ..forms.entries import filled_entries

    st = styles()
    lang = ctx.lang
    out: list[Flowable] = heading("part.sign", lang)
    out.append(text_pair("sign.none", lang, st.bold))
    out.append(Spacer(1, 6))
    entries = filled_entries(ctx.case, form, ctx.assessment.today)
    if entries:
        out += _table_heading("sign.filled", lang)
        out.append(_rows([(label, [para(text, st.body)]) for label, text in entries], lang,
                         right="sign.written"))
    return out


def story(ctx: PacketContext, form: str) -> list[Flowable]:
    """The sheet for the form `form` (an id or a profile's path) in the packet's language."""
    st = styles()
    lang = ctx.lang
    sheet = sheet_for(form)
    if sheet is None:
        return _untranslated(ctx, form)
    body, bold = rtl_style(st.body, lang), rtl_style(st.bold, lang)
    out: list[Flowable] = heading("part.sign", lang)
    intro = "sign.intro" if "en" in form_languages(form) else "sign.intro_de"
    out.append(text_pair(intro, lang, st.body))
    out.append(Spacer(1, 6))
    out += _table_heading("sign.sections", lang)
    out.append(_rows([(form_de, [para(title[lang], bold), para(about[lang], body)])
                      for form_de, title, about in sheet["sections"]], lang))
    declaration = sheet["declaration"]
    block: list[Flowable] = heading("sign.declaration", lang, level=2)
    block.append(para(declaration[lang], rtl_style(st.bold.clone(
        "declaration", fontSize=10, leading=14), lang)))
    block.append(Spacer(1, 4))
    block.append(side_by_side([para(t("sign.declaration_de", AUTHORITY_LANGUAGE), st.label),
                               para(declaration[AUTHORITY_LANGUAGE], st.small)],
                              [para(t("sign.declaration_de", lang), rtl_style(st.label, lang))],
                              lang))
    block.append(Spacer(1, 3))
    block.append(text_pair("sign.binding", lang, st.small))
    out.append(KeepTogether(block))
    if sheet["fields"]:
        fields = heading("sign.fields", lang, level=2)
        fields.append(_rows([(form_de, [para(text[lang], body)])
                             for form_de, text in sheet["fields"]], lang))
        out.append(KeepTogether(fields))
    return out
