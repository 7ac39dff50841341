"""Errors a person can cause, said in the UI language: what is wrong and what to do.

The domain's exceptions (`assistant.errors`, `assistant.atomic.SaveError`) carry an English
message for the command line; the window says the same in the person's language, by the kind of
error, and keeps the English detail behind the dialog's "Show Details…" for a counsellor.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

CONTEXT = "UserErrors"


def user_message(exc: BaseException) -> str:
    """What went wrong and what to do, in the UI language."""
    from assistant import errors
    from assistant.atomic import SaveError
    from assistant.outputs import InputFileError, OutputError

    translate = QCoreApplication.translate
    if isinstance(exc, InputFileError):
        return translate("UserErrors", "This is a file the program works from (the case file "
                         "you opened, the saved draft, a document you added or a form): saving "
                         "there would destroy it. Choose another name or folder.")
    if isinstance(exc, OutputError):
        return translate("UserErrors", "This name is a folder or a device, not a file. Choose a "
                         "file name.")
    if isinstance(exc, errors.WrongPassphraseError):
        return translate("UserErrors", "The passphrase does not fit this case file. Check capital "
                         "letters and the keyboard language, then try again.")
    if isinstance(exc, errors.DamagedCaseFileError):
        return translate("UserErrors", "This case file is damaged or was changed after it was "
                         "saved, so it cannot be opened. Open another copy of it if you have one.")
    if isinstance(exc, errors.NewerCaseFileError):
        return translate("UserErrors", "This case file was saved by a newer version of the "
                         "program. Please update the program to open it.")
    if isinstance(exc, errors.NotACaseFileError):
        return translate("UserErrors", "This file is not a case file of this program. Choose a "
                         "file that the program saved (ending in .permitcase or .json).")
    if isinstance(exc, errors.PassphraseError):
        from assistant.crypto import MIN_PASSPHRASE_LENGTH

        return translate("UserErrors", "This passphrase cannot be used. It needs at least %1 "
                         "characters, and both entries must be the same.").replace(
                             "%1", str(MIN_PASSPHRASE_LENGTH))
    if isinstance(exc, errors.CaseFileError):
        return translate("UserErrors", "This case file cannot be read: it is missing, cannot be "
                         "opened or its content is not complete. Choose another file.")
    if isinstance(exc, SaveError | OSError):
        return translate("UserErrors", "The file could not be saved there. Choose another folder, "
                         "or check that the disk or USB stick has room and is not write-protected.")
    if isinstance(exc, errors.FormError):
        return translate("UserErrors", "The chosen application form cannot be filled. Choose the "
                         "program's own form on this page, or ask the counselling centre.")
    if isinstance(exc, errors.LawNotKnownError):
        return translate("UserErrors", "The program does not know the rules for this date. Please "
                         "check the dates you entered, or ask the immigration office.")
    if isinstance(exc, errors.ResourceError | errors.ConfigError):
        return translate("UserErrors", "A data file of the program cannot be used. Please install "
                         "the program again, or ask whoever set up this computer.")
    return translate("UserErrors", "Something unexpected went wrong. Your answers are still in "
                     "the window; please save a case file and try again.")


def check_save(path: str | Path, inputs: Iterable[Path]) -> None:
    """Before the window writes `path` (chosen in a file dialog, which has asked before
    replacing a file): refuse, with `assistant.outputs`' guard, a file the program works from
    (`MainWindow.input_files`), a folder or a device. Raises OutputError."""
    from assistant.outputs import check_output

    check_output(path, list(inputs), force=True)


def show_error(parent: QWidget, title: str, exc: BaseException) -> QMessageBox:
    """A warning dialog with the message in the UI language and the English detail behind
    "Show Details…"; shown modal, returned when closed (for tests: `warning_box` is opened)."""
    box = error_box(parent, title, exc)
    box.exec()
    return box


def error_box(parent: QWidget, title: str, exc: BaseException) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, user_message(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    detail = str(exc).strip()
    if detail:
        box.setDetailedText(detail)
    return box
