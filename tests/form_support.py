"""Test support: a plugged-in official AcroForm in a forms folder, made of our own form's blank
template (its fields are known), with the profile entries a test gives."""

from __future__ import annotations

from pathlib import Path

ACRO_HEAD = '''[form]
id = "t"
title_de = "Test"
title_en = "Test"
kind = "acroform"
[form.template]
file = "t.pdf"
'''


def write_acroform(forms_dir: Path, body: str) -> Path:
    """forms_dir/t/ with profile.toml (ACRO_HEAD + body) and t.pdf; returns the folder."""
    from assistant.forms.layout import load_layout, place, render_template
    from assistant.paths import FORMS, OUR_FORM

    layout = load_layout(FORMS / OUR_FORM / "layout.toml")  # the program's, whatever a test
    # points the forms folder at
    folder = forms_dir / "t"
    folder.mkdir()
    (folder / "profile.toml").write_text(ACRO_HEAD + body, encoding="utf-8")
    (folder / "t.pdf").write_bytes(render_template(layout, place(layout)))
    return folder
