"""Errors a person can cause. Each message says what is wrong and what to do.

The CLI prints the message and exits with status 2; the UI shows it in a dialog. No traceback
reaches a user.
"""

from __future__ import annotations


class UserError(Exception):
    """Base class: a problem with the user's input (a file, a passphrase, a setting)."""

    exit_code = 2


class CaseFileError(UserError):
    """A case file cannot be read, is not valid, or comes from a newer program version."""


class ResourceError(UserError):
    """A data file in resources/ or forms/ is malformed (for counselling centres editing them)."""


class LawNotKnownError(UserError):
    """A case is assessed on a day before the first known value of a parameter it needs: the
    program does not know the law of that day and refuses rather than guess."""


class FormError(UserError):
    """A form template or profile cannot be used."""


class WrongPassphraseError(CaseFileError):
    """An encrypted case file was opened with a passphrase that does not fit it."""


class DamagedCaseFileError(CaseFileError):
    """A case file is truncated, damaged or has been altered since it was saved."""


class NewerCaseFileError(CaseFileError):
    """A case file was written by a newer version of the program."""


class NotACaseFileError(CaseFileError):
    """The file is not a case file of this program at all."""


class PassphraseCancelledError(CaseFileError):
    """The person declined to enter a passphrase; nothing was opened or changed."""


class PassphraseError(UserError):
    """A passphrase chosen for a new case file is not acceptable (too short, not repeated)."""


class ConfigError(UserError):
    """The counselling centre's configuration file cannot be used."""
