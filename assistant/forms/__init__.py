"""Application form PDFs: our own AcroForm, official AcroForms and flat official PDFs.

Public API (used by the packet builder and the CLI):

    fill_form(case, form_id=paths.OUR_FORM, *, editable=False, template=None)
        -> FilledForm(pdf, form_pages, continuation_pages, overflow)
    list_forms() -> list[str]

Forms are data in <folder>/<form-id>/ (a layout or a template reference, and profile.toml),
found in the program's forms/, the centre's `forms_dir` (centre.toml) and forms/ in the user's
data folder (engine.form_folders); see forms/README.md for the profile format.
"""

from __future__ import annotations

from .engine import FilledForm, fill_form, list_forms
from .values import Overflow

__all__ = ["FilledForm", "Overflow", "fill_form", "list_forms"]
