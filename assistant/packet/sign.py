""""What you sign": the sheet after the application form that gives each section of the form and
its declaration in the applicant's language (resources/sign_sheet.toml). The form itself stays
German/English for the office; the sheet is printed for a packet in another language, for a form
the resources file describes."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

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
# The form speaks these itself: their packets need no sheet.
FORM_LANGUAGES = ("de", "en")
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


def applies(form_id: str, lang: str) -> bool:
    """Whether a packet in `lang` with the form `form_id` gets the sheet."""
    return lang not in FORM_LANGUAGES and form_id in sheets()


def _rows(pairs: list[tuple[str, list[Flowable]]], lang: str) -> Table:
    """The form's German words left, what they mean in the applicant's language right."""
    st = styles()
    rows: list[list[object]] = [[header_single("sign.on_form", AUTHORITY_LANGUAGE),
                                 header_single("sign.meaning", lang)]]
    rows += [[para(form_de, st.bold), cell] for form_de, cell in pairs]
    table = Table(rows, colWidths=[FORM_WIDTH, CONTENT_WIDTH - FORM_WIDTH], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle(grid_style() + [
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white", SHADE]),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE)]))
    return table


def story(ctx: PacketContext, form_id: str) -> list[Flowable]:
    """The sheet for the form `form_id` in the packet's language."""
    st = styles()
    lang = ctx.lang
    sheet = sheets()[form_id]
    body, bold = rtl_style(st.body, lang), rtl_style(st.bold, lang)
    out: list[Flowable] = heading("part.sign", lang)
    out.append(text_pair("sign.intro", lang, st.body))
    out.append(Spacer(1, 6))
    out += heading("sign.sections", lang, level=2)
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
    out.append(KeepTogether(block))
    if sheet["fields"]:
        fields = heading("sign.fields", lang, level=2)
        fields.append(_rows([(form_de, [para(text[lang], body)])
                             for form_de, text in sheet["fields"]], lang))
        out.append(KeepTogether(fields))
    return out
