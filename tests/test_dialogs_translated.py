"""Dialogs and errors a person meets (files, passphrases, packet) in their language, with the
passphrase rules shown before the file is chosen and checked as typed (issue 16, point 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from wizard_driver import make_window

from assistant import errors
from assistant.atomic import SaveError
from assistant.crypto import MIN_PASSPHRASE_LENGTH
from assistant.texts import LANGUAGES
from ui import i18n
from ui.errors import error_box, user_message
from ui.passphrase import PassphraseDialog

KINDS = [errors.WrongPassphraseError("wrong passphrase for x.permitcase"),
         errors.DamagedCaseFileError("x.permitcase: damaged (checksum)"),
         errors.NewerCaseFileError("schema_version 9 is newer"),
         errors.NotACaseFileError("not a case file"),
         errors.PassphraseError("too short"),
         errors.CaseFileError("x.json: not valid JSON"),
         SaveError("cannot write /x"),
         errors.FormError("profile broken"),
         errors.LawNotKnownError("no value before 2019"),
         errors.ResourceError("fees.toml broken"),
         RuntimeError("boom")]


@pytest.fixture
def language(qapp):
    yield lambda lang: i18n.set_language(lang, qapp)
    i18n.set_language("en", qapp)


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - {"en"}))
def test_every_error_is_said_in_the_persons_language(language, lang):
    language("en")
    english = [user_message(exc) for exc in KINDS]
    assert len(set(english)) == len(KINDS), "each kind of error has its own message"
    language(lang)
    said = [user_message(exc) for exc in KINDS]
    for exc, text, in_english in zip(KINDS, said, english, strict=True):
        assert text and text != in_english, (lang, type(exc).__name__)
        assert str(exc) not in text  # the English detail is not the message


def test_the_dialog_keeps_the_english_detail_behind_show_details(qtbot, language):
    language("ar")
    window = make_window(qtbot, "ar")
    box = error_box(window, "x", errors.DamagedCaseFileError("x.permitcase: damaged"))
    assert box.text() == user_message(errors.DamagedCaseFileError(""))
    assert box.detailedText() == "x.permitcase: damaged"


def test_passphrase_rules_are_shown_first_and_checked_as_typed(qtbot):
    window = make_window(qtbot, "en")
    dialog = PassphraseDialog(window, "Save case file", confirm=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(MIN_PASSPHRASE_LENGTH) in dialog.rules.text()
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.first, "abc")
    assert dialog.check_text() == f"{MIN_PASSPHRASE_LENGTH - 3} more characters needed."
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.first, "defgh")
    assert "again" in dialog.check_text()
    qtbot.keyClicks(dialog.second, "abcdefgx")
    assert dialog.check_text() == "The two entries are not the same yet."
    assert not dialog.ok_button().isEnabled()
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, "abcdefgh")
    assert dialog.ok_button().isEnabled()
    assert dialog.passphrase() == "abcdefgh"


def test_opening_asks_only_for_the_passphrase(qtbot):
    window = make_window(qtbot, "de")
    dialog = PassphraseDialog(window, "Falldatei öffnen", confirm=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.second.isVisible()
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.first, "x")
    assert dialog.ok_button().isEnabled()
    assert dialog.rules.text() == "Diese Falldatei ist mit einem Passwort geschützt."


def test_the_passphrase_is_asked_before_the_file_is_chosen(qtbot, monkeypatch, tmp_path: Path):
    from PySide6.QtWidgets import QFileDialog

    window = make_window(qtbot, "en")
    window.load_interview()
    order = []
    monkeypatch.setattr(window.casefiles, "ask_passphrase",
                        lambda title, confirm: order.append("passphrase") or None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: order.append("file") or ("", ""))
    window.save_case_file()
    assert order == ["passphrase"]  # cancelled at the passphrase: no file dialog


def test_a_file_that_cannot_be_opened_is_said_in_the_ui_language(qtbot, monkeypatch,
                                                                  tmp_path: Path, language):
    from PySide6.QtWidgets import QFileDialog

    import ui.errors

    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    language("uk")
    window = make_window(qtbot, "uk")
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    monkeypatch.setattr(ui.errors, "show_error",
                        lambda parent, title, exc: shown.append((title, user_message(exc))))
    window.open_case_file()
    assert len(shown) == 1
    title, text = shown[0]
    assert text == user_message(errors.CaseFileError(""))
    assert "JSON" not in text and text != "This case file cannot be read: it is missing, " \
        "cannot be opened or its content is not complete. Choose another file."
