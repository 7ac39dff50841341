"""Opening and saving case files, and the automatic draft (resume on the page the person left,
delete after asking), for the main window. The files themselves are `assistant.casefile` and
`assistant.session`; this module asks the person (file names, passphrases, confirmations) and
shows the case that was opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .window import MainWindow


class CaseFiles(QObject):
    """The window's case files and draft."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # the case file the answers were opened from: nothing may be saved onto it but the case
        # (MainWindow.input_files); forgotten when the session ends
        self.opened: Path | None = None
        window.session_ended.connect(self.forget)

    def forget(self) -> None:
        self.opened = None

    def draft_files(self) -> list[Path]:
        """The files of the automatic draft (personal mode; none in shared mode), which nothing
        the window saves may replace (MainWindow.input_files): the draft, plain or encrypted
        (the one not in use would be taken for the draft if it were the newer), the page saved
        beside it, and the key of encrypted drafts (without it the draft cannot be opened)."""
        from assistant import config

        session = self.window.session
        drafts = session.drafts if session is not None else None
        if drafts is None:
            return []
        return [drafts.folder / drafts.PLAIN, drafts.folder / drafts.ENCRYPTED,
                drafts.folder / drafts.PAGE, config.draft_key_path()]

    # --- the draft (personal mode) ------------------------------------------------------------

    def offer_draft(self) -> None:
        """Show the draft box on the first page if a draft waits."""
        session = self.window.session
        self.window.welcome.draft_box.setVisible(
            session is not None and session.pending_draft() is not None)

    def autosave(self) -> None:
        """Keep the draft after each change, with the page the person is on."""
        window = self.window
        if window.session is not None and window.answers and window.evaluation is not None:
            if not window.session.case_changed(window.evaluation.case, window.current_id):
                window.status.setText(self.tr("The draft could not be saved."))

    def resume_draft(self) -> None:
        """Open the draft on the page the person left (the first page after the welcome for a
        draft of an older version, or if that page no longer applies)."""
        from assistant.errors import UserError

        window = self.window
        if window.session is None:
            return
        info = window.session.pending_draft()
        try:
            case = window.session.restore_draft()
        except UserError as exc:
            from .errors import show_error

            show_error(window, self.tr("The draft cannot be opened"), exc)
            return
        window.welcome.draft_box.setVisible(False)
        self.show_case(case)
        page = info.page if info is not None else ""
        if page and page != "welcome" and page in window.page_ids():
            window.show_page(page)
        else:
            window.go_next()

    def discard_draft(self) -> None:
        """Delete the draft, after asking: it cannot be undone."""
        window = self.window
        if not window.confirm(self.tr("Delete the draft"), self.tr(
                "Delete the unfinished application from this computer? This cannot be "
                "undone.")):
            return
        if window.session is not None:
            window.session.discard_draft()
        window.welcome.draft_box.setVisible(False)

    # --- case files ---------------------------------------------------------------------------

    def show_case(self, case: Any) -> None:
        """Show an opened case's answers in every input."""
        from assistant.interview import answers_from_case

        window = self.window
        window.load_interview()
        answers = answers_from_case(case, window.interview.all_fields())
        window.load_answers(answers, case.model_dump(mode="python"))

    def ask_passphrase(self, title: str, confirm: bool) -> str | None:
        """Ask for a passphrase (twice when saving, with its rules shown first and checked as
        it is typed); None if the person cancels."""
        from .passphrase import PassphraseDialog

        dialog = PassphraseDialog(self.window, title, confirm)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()

    def save_case_file(self) -> None:
        """Save the answers as an encrypted case file where the person chooses (from any page)."""
        from PySide6.QtWidgets import QFileDialog

        from assistant.casefile import save_case_file
        from assistant.errors import UserError

        window = self.window
        window.flush()
        if window.evaluation is None:
            return
        # the passphrase first, with its rules: nothing has to be redone after the file dialog
        passphrase = self.ask_passphrase(self.tr("Save case file"), confirm=True)
        if passphrase is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            window, self.tr("Save case file"), self.tr("application.permitcase"),
            self.tr("Encrypted case files (*.permitcase)"))
        if not path:
            return
        try:
            from .errors import check_save

            # onto the case file it was opened from, yes; onto a document or a form, no
            check_save(path, [p for p in window.input_files() if p != self.opened])
            save_case_file(path, window.evaluation.case, passphrase)
        except (UserError, OSError) as exc:
            from .errors import show_error

            show_error(window, self.tr("Not saved"), exc)
            return
        if window.session is not None:
            window.session.files.keep(path)  # saved on purpose: the session's end keeps it
        window.status.setText(self.tr("The case file is saved."))

    def open_case_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from assistant.casefile import open_case_file
        from assistant.errors import PassphraseCancelledError, UserError

        window = self.window
        path, _ = QFileDialog.getOpenFileName(
            window, self.tr("Open case file"), "", self.tr("Case files (*.permitcase *.json)"))
        if not path:
            return
        try:
            case = open_case_file(
                path, lambda: self.ask_passphrase(self.tr("Open case file"), confirm=False))
        except PassphraseCancelledError:
            return
        except (UserError, OSError) as exc:
            from .errors import show_error

            show_error(window, self.tr("The case file cannot be opened"), exc)
            return
        self.show_case(case)
        self.opened = Path(path)
        window.go_next()
