"""Every message of the letters panel in the window's language (Ukrainian and Arabic here): a
letter refused for what the case lacks, a letter or an e-mail saved (also to an office whose
postal address the program does not know), a save that fails or is refused, and an error that
is not the letter's own. None carries an English sentence (an exception's text, the command
line's message)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from wizard_driver import TODAY, example_answers

from assistant.errors import ResourceError
from ui import i18n
from ui.window import MainWindow

# words of English sentences; in three or more Latin words in a row one of them is English
_ENGLISH = re.compile(r"\b(?:the|a|an|is|are|not|no|to|of|and|or|this|that|be|cannot|could|was|"
                      r"for|with|you|your|it|on|in|at|by|from|has|have|needs|there)\b", re.I)
_LATIN_RUN = re.compile(r"[A-Za-z']+(?:[ ,;:()–-]+[A-Za-z']+){2,}")
_SCRIPT = {"uk": re.compile("[\u0400-\u04ff]"), "ar": re.compile("[\u0600-\u06ff]")}


def english_sentence(text: str) -> str | None:
    """The first run of Latin words in `text` that reads as English, or None. Names in Latin
    letters ("Landeshauptstadt Dresden", a file name, an e-mail address) are not."""
    for run in _LATIN_RUN.finditer(text):
        if _ENGLISH.search(run.group()):
            return run.group()
    return None


def test_the_check_finds_english_and_only_english() -> None:
    assert english_sentence("Лист поки не можна скласти: the letter needs the applicant's "
                            "family name") == "the letter needs the applicant's family name"
    assert english_sentence("Не збережено: cannot save: the folder /x does not exist")
    for fine in ("Лист збережено: antrag.pdf. Надішліть на auslaenderbehoerde@dresden.de;",
                 "Джерело: Landeshauptstadt Dresden, Dresden Welcome Center (без дати)",
                 "تصريحك صالح حتى 08.01.2027"):
        assert english_sentence(fine) is None, fine


def _window(qtbot: Any, lang: str) -> MainWindow:
    i18n.set_language(lang)
    window = MainWindow(shared=True, today=TODAY, lang=lang)
    qtbot.addWidget(window)
    window.resize(1024, 760)
    window.show()
    window.start_session()
    return window


def _case(window: MainWindow, example: str = "extension-near-expiry", **changed: Any) -> None:
    answers = example_answers(example)
    answers.update({path.replace("__", "."): value for path, value in changed.items()})
    window.load_answers(answers, None)


PIRNA = {"address__place": "Pirna", "address__postcode": "01796"}  # no postal address
BAUTZEN = {"address__place": "Bautzen", "address__postcode": "02625"}  # no e-mail address


@pytest.fixture(params=["uk", "ar"])
def lang(request: pytest.FixtureRequest) -> Any:
    yield request.param
    i18n.set_language("en")


def _said(messages: dict[str, str], lang: str) -> None:
    for path, text in messages.items():
        assert text and _SCRIPT[lang].search(text), (path, text)
        assert english_sentence(text) is None, (path, text)


def test_every_refusal_of_a_letter_in_the_window_language(qtbot, tmp_path, lang) -> None:
    window = _window(qtbot, lang)
    panel = window.pages["packet"].letters
    out = str(tmp_path / "brief.pdf")
    said: dict[str, str] = {}
    cases = {
        "names": ({"person__family_name": ""}, "extension"),
        "office": ({"address__place": "", "address__postcode": ""}, "extension"),
        "address": ({"address__place": ""}, "extension"),
        "expiry": ({"status__valid_until": None}, "extension"),
        "not expired": ({}, "continuation"),
        "street": ({"address__street": ""}, "address-change"),
    }
    for name, (changed, kind) in cases.items():
        _case(window, **changed)
        panel.choose_kind(kind)
        assert panel.write_letter(out) is None, name
        said[name] = panel.message()
    _case(window, status__valid_until=date(2026, 11, 1))  # the permit has expired
    panel.choose_kind("extension")
    assert panel.write_letter(out) is None
    said["expired"] = panel.message()
    _case(window, "swiss-citizen")
    panel.choose_kind("appointment")
    assert panel.write_letter(out) is None
    said["no permit"] = panel.message()
    _case(window, **BAUTZEN)
    assert panel.write_email(str(tmp_path / "brief.eml")) is None
    said["no e-mail"] = panel.message()
    assert not Path(out).exists() and not (tmp_path / "brief.eml").exists()
    assert len(set(said.values())) == len(said), "each refusal says its own reason"
    _said(said, lang)


def test_saved_failed_and_other_errors_in_the_window_language(qtbot, tmp_path, monkeypatch,
                                                             lang) -> None:
    window = _window(qtbot, lang)
    panel = window.pages["packet"].letters
    said: dict[str, str] = {}
    _case(window)
    panel.choose_kind("extension")
    assert panel.write_letter(str(tmp_path / "brief.pdf"))
    said["letter"] = panel.message()
    assert panel.write_email(str(tmp_path / "brief.eml"))
    said["e-mail"] = panel.message()
    # the office's postal address is not known: the person is told to write it on the letter
    _case(window, **PIRNA)
    assert panel.write_letter(str(tmp_path / "pirna.pdf"))
    said["no postal address"] = panel.message()
    assert said["no postal address"].startswith(said["letter"].replace("brief", "pirna"))
    assert len(said["no postal address"]) > len(said["letter"]) + 20
    # an applicant's address beyond ASCII: the e-mail is written, not an unexpected error
    _case(window, contact__email="lân.nguyễn@example.org")
    assert panel.write_email(str(tmp_path / "lan.eml"))
    said["e-mail, address beyond ascii"] = panel.message()
    # saves that fail or are refused
    assert panel.write_letter(str(tmp_path / "missing" / "brief.pdf")) is None
    said["no such folder"] = panel.message()
    assert panel.write_email(str(tmp_path)) is None
    said["a folder"] = panel.message()
    scan = tmp_path / "pass.pdf"
    scan.write_bytes(b"%PDF-1.4")
    panel.add_documents([str(scan)])
    assert panel.write_letter(str(scan)) is None
    said["a document of the bundle"] = panel.message()
    # an error that is not the letter's own (a data file of the program): said by its kind
    english = "letter_texts.toml: the text [letter.page] is missing"

    def broken(*args: Any) -> None:
        raise ResourceError(english)

    monkeypatch.setattr("assistant.letters.build_letter", broken)
    assert panel.write_letter(str(tmp_path / "x.pdf")) is None
    said["a data file"] = panel.message()
    assert english not in said["a data file"]
    assert len(set(said.values())) == len(said)
    _said(said, lang)


def test_in_english_the_missing_postal_address_is_said_too(qtbot, tmp_path) -> None:
    window = _window(qtbot, "en")
    panel = window.pages["packet"].letters
    _case(window, **PIRNA)
    assert panel.write_letter(str(tmp_path / "brief.pdf"))
    assert "knows no postal address of this office" in panel.message()
    _case(window)
    assert panel.write_letter(str(tmp_path / "brief.pdf"))
    assert "postal address" not in panel.message()


def test_why_documents_cannot_be_joined_in_the_window_language(qtbot, lang) -> None:
    from assistant.bundle import BundleError

    window = _window(qtbot, lang)
    panel = window.pages["packet"].letters
    errors = [BundleError(f"scan.pdf: {kind} (the English message)", kind=kind,
                          document="scan.pdf", values=values)
              for kind, values in (("missing", ()), ("unreadable", ()), ("not_a_document", ()),
                                   ("too_big", ("40",)), ("password", ()), ("damaged", ()),
                                   ("too_large", ("12.5", "10", "scan.pdf (9.1 MB)")))]
    said = {exc.kind: panel.bundle_message(exc) for exc in errors}
    assert all("scan.pdf" in text for text in said.values())
    assert len(set(said.values())) == len(said)
    _said(said, lang)
