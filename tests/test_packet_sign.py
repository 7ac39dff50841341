""""What you sign": after the form, a sheet in the applicant's language with each section of the
form and its declaration; it follows the form's own sections and declaration word for word, and
is printed where the form does not speak the applicant's language."""

from __future__ import annotations

import re
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


# --- official forms plugged in as data, and forms without a translation ----------------------

OFFICIAL = {"berlin-agen1": "berlin-labo-agen1-2018-flat.pdf",
            "ba-beschaeftigung": "ba-erklaerung-beschaeftigungsverhaeltnis-2024.pdf"}


def _pdf_words(path) -> str:
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True)
    return " ".join(out.stdout.decode("utf-8").split())


@pytest.mark.parametrize("form_id", sorted(OFFICIAL))
def test_an_official_forms_declaration_is_the_pdfs_own_word_for_word(form_id, shared_dir):
    from assistant.packet.sign import sheet_for

    printed = _pdf_words(shared_dir / "fixtures" / "official-forms" / OFFICIAL[form_id])
    sheet = sheet_for(form_id)
    assert sheet is not None
    assert " ".join(sheet["declaration"]["de"].split()) in printed
    if form_id == "berlin-agen1":  # the form's own English too
        assert " ".join(sheet["declaration"]["en"].split()) in printed
    for lang in PACKET_LANGUAGES:  # the paragraphs it names are in every translation
        for paragraph in ("§ 54 Abs. 2 Nr. 8",) if form_id == "berlin-agen1" else ("SGB II",):
            assert paragraph in sheet["declaration"][lang], (form_id, lang)
    # every section the sheet names is on the form: the first words of each of its parts ("…"
    # for what is left out; ";", "," or "/" between several), as printed (without the form's
    # footnote marks and the spaces around dashes)
    def plain(text: str) -> str:
        text = " ".join(text.replace("**)", " ").replace("*)", " ").split())
        return re.sub(r"\s*[–-]\s*", "–", text)

    on_form = plain(printed)
    for form_de, _title, _about in sheet["sections"]:
        for piece in re.split(r"[;,/…]", form_de.replace("(Seite 1)", "")):
            words = piece.strip(" ?").split()[:4]
            if words:
                assert plain(" ".join(words)) in on_form, (form_id, piece)


def _official_packet(form_id: str, lang: str, shared: object) -> object:
    from pathlib import Path

    case, assessment = example("family-five-children")
    template = Path(str(shared)) / "fixtures" / "official-forms" / OFFICIAL[form_id]
    return build_packet(case, assessment, lang, form=form_id, template=template)


@pytest.mark.parametrize(("form_id", "lang"), [("berlin-agen1", "ar"),
                                                ("ba-beschaeftigung", "uk"),
                                                ("ba-beschaeftigung", "en")])
def test_an_official_form_gets_its_sheet_with_the_german_marked_as_binding(form_id, lang,
                                                                           shared_dir):
    from assistant.packet.sign import sheet_for

    packet = _official_packet(form_id, lang, shared_dir)
    assert [p.key for p in packet.parts][:3] == ["cover", "form", "sign"]
    text = seen(part_text(packet, "sign"))
    sheet = sheet_for(form_id)
    for form_de, title, _ in sheet["sections"]:
        assert seen(title[lang]) in text, form_de
    assert " ".join(seen(sheet["declaration"][lang]).split()[:4]) in text
    assert norm(sheet["declaration"]["de"])[:60] in text
    # the German wording is the binding one
    assert " ".join(seen(t("sign.binding", lang)).split()[:4]) in text
    assert norm(t("sign.binding", "de")) in text


def test_no_sheet_where_an_official_form_speaks_the_language(shared_dir):
    # the Berlin form is German, English, French and Italian
    assert "sign" not in [p.key for p in _official_packet("berlin-agen1", "en", shared_dir).parts]


def _own_form_as_a_user_profile(tmp_path, form_id: str = "mein-antrag"):
    """Our form copied as a centre would add a form: a profile without `[sign]` or languages."""
    folder = tmp_path / form_id
    folder.mkdir()
    own = ROOT / "forms" / "antrag-aufenthaltstitel"
    (folder / "layout.toml").write_text((own / "layout.toml").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    profile = (own / "profile.toml").read_text(encoding="utf-8")
    profile = profile.replace('id = "antrag-aufenthaltstitel"', f'id = "{form_id}"')
    profile = "\n".join(line for line in profile.splitlines()
                        if not line.startswith("languages ="))
    (folder / "profile.toml").write_text(profile, encoding="utf-8")
    return folder / "profile.toml"


@pytest.mark.parametrize("lang", ["ar", "uk"])
def test_a_form_without_a_translation_gets_a_short_sheet_with_what_was_filled(tmp_path, lang):
    profile = _own_form_as_a_user_profile(tmp_path)
    case, assessment = example("student-first-permit")
    packet = build_packet(case, assessment, lang, form=str(profile))
    assert [p.key for p in packet.parts][:3] == ["cover", "form", "sign"]
    text = seen(part_text(packet, "sign"))
    # no translation: have it explained (the authority or a counselling centre), in their language
    assert " ".join(seen(t("sign.none", lang)).split()[:5]) in text
    assert norm(t("sign.none", "de")) in text
    assert seen(t("sign.filled", lang)) in text
    # what the form holds, by its German labels, as written there
    assert "Familienname" in text and norm(case.person.family_name) in text
    assert norm(case.passport.number) in text
    # no section or declaration of another form
    assert norm(sheets()["antrag-aufenthaltstitel"]["declaration"]["de"])[:40] not in text


def test_a_sheet_in_a_profile_needs_every_language(tmp_path):
    from assistant.forms.engine import load_form
    from assistant.forms.profile import ProfileProblems

    profile = _own_form_as_a_user_profile(tmp_path, "mit-blatt")
    profile.write_text(profile.read_text(encoding="utf-8") + '''
[[sign.section]]
form_de = "Antrag"
title = { de = "Antrag", en = "Application", uk = "Заява", ar = "الطلب", tr = "Başvuru" }
about = { de = "a", en = "a", uk = "a", ar = "a", ru = "a", tr = "a", fa = "a" }

[sign.declaration]
de = "Ich versichere."
en = "I declare."
uk = "Я запевняю."
ar = "أُقِرّ."
ru = "Я заверяю."
tr = "Beyan ederim."
fa = "اطمینان می‌دهم."
''', encoding="utf-8")
    with pytest.raises(ProfileProblems, match=r"sign\.section\.0\.title\.(fa|ru)"):
        load_form(str(profile))
