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


class FormError(UserError):
    """A form template or profile cannot be used."""
