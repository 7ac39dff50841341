"""Where the program's data lives, whether run from a checkout or installed."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
FORMS = ROOT / "forms"
# FORMS/<id> of the form generated from its layout, the one every packet holds
OUR_FORM = "antrag-aufenthaltstitel"
