""""What you sign": after the form, a sheet in the applicant's language with each section of the
form and its declaration; it follows the form's own sections and declaration word for word, and
is printed where the form does not speak the applicant's language."""

from __future__ import annotations

import tomllib

import pytest
from conftest import ROOT
from packet_support import example, example_packet, norm, part_text

from assistant.packet import build_packet
from assistant.packet.i18n import PACKET_LANGUAGES, t
from assistant.packet.sign import sheets

LAYOUT = ROOT / "forms" / "antrag-aufenthaltstitel" / "layout.toml"


def seen(text: str) -> str:
    """Text as extracted (the zero-width non-joiner of Persian is drawn as the letters' forms)."""
    return norm(text).replace("\u200c", "")


def layout() -> dict:
    return tomllib.loads(LAYOUT.read_text(encoding="utf-8"))


def test_the_sheet_has_every_section_of_the_form_in_its_order():
    sheet = sheets()["antrag-aufenthaltstitel"]
    assert [s[0] for s in sheet["sections"]] == [s["title_de"] for s in layout()["section"]]


def test_the_declaration_is_the_forms_own_word_for_word():
    sheet = sheets()["antrag-aufenthaltstitel"]
    section = next(s for s in layout()["section"] if s["title_de"] == "Erklärung und Unterschrift")
    assert sheet["declaration"]["de"] == section["text"][0]["de"]
    assert sheet["declaration"]["en"] == section["text"][0]["en"]
    # the paragraph it names is in every translation
    for lang in PACKET_LANGUAGES:
        assert "§ 54 Abs. 2 Nr. 8" in sheet["declaration"][lang], lang
    # the fields under it are the form's own
    names = {cell["de"] for row in section["row"] for cell in row["cells"]}
    assert {f[0] for f in sheet["fields"]} == names


@pytest.mark.parametrize("lang", ["ar", "uk", "fa", "ru", "tr"])
def test_the_packet_has_the_sheet_after_the_form_in_the_applicants_language(lang):
    packet = example_packet("student-first-permit", lang)
    keys = [p.key for p in packet.parts]
    assert keys[:3] == ["cover", "form", "sign"]
    text = seen(part_text(packet, "sign"))
    sheet = sheets()["antrag-aufenthaltstitel"]
    assert seen(t("part.sign", lang)) in text
    for form_de, title, _ in sheet["sections"]:
        assert norm(form_de) in text and seen(title[lang]) in text, form_de
    # the declaration in the applicant's language, and its German wording beside
    words = seen(sheet["declaration"][lang]).split()
    assert " ".join(words[:4]) in text
    assert norm(sheet["declaration"]["de"])[:60] in text


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_sheet_where_the_form_speaks_the_language(lang):
    assert "sign" not in [p.key for p in example_packet("student-first-permit", lang).parts]


def test_no_sheet_without_a_form():
    from assistant.packet import Readiness

    case, assessment = example("student-first-permit")
    packet = build_packet(case, assessment, "ar", readiness=Readiness(problems=1))
    assert "sign" not in [p.key for p in packet.parts]


def test_a_sheet_text_without_a_language_is_named(tmp_path, monkeypatch):
    from assistant.errors import ResourceError
    from assistant.packet import sign as module

    broken = module.SHEET_FILE.read_text(encoding="utf-8").replace(', fa = "درخواست"', "", 1)
    path = tmp_path / "sign_sheet.toml"
    path.write_text(broken, encoding="utf-8")
    monkeypatch.setattr(module, "SHEET_FILE", path)
    module.sheets.cache_clear()
    try:
        with pytest.raises(ResourceError, match=r"sign_sheet\.toml.*Antrag: title"):
            module.sheets()
    finally:
        module.sheets.cache_clear()
