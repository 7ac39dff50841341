"""pdftk as the yardstick for our form filler: find or install it, and fill a form with it.

Debian's `pdftk-java` is installed with apt-get when the benchmark runs as root and pdftk is
absent; otherwise the comparison is reported as unavailable, with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import quoteattr

from pypdf import PdfReader


class PdftkUnavailable(Exception):
    """pdftk is not installed and cannot be installed here; the message says why."""


def _apt(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    return subprocess.run(["apt-get", *args], capture_output=True, text=True, env=env,
                          timeout=600, check=False)


def ensure_pdftk(log: list[str] | None = None) -> str:
    """The path of pdftk, installing Debian's pdftk-java first if it is absent."""
    found = shutil.which("pdftk")
    if found:
        return found
    if shutil.which("apt-get") is None:
        raise PdftkUnavailable("pdftk is not installed and there is no apt-get to install "
                               "pdftk-java with")
    if os.geteuid() != 0:
        raise PdftkUnavailable("pdftk is not installed; installing pdftk-java needs root "
                               "(sudo apt-get install pdftk-java)")
    result = _apt("install", "-y", "--no-install-recommends", "pdftk-java")
    if result.returncode != 0:  # the package lists may be stale or absent: refresh once
        _apt("update")
        result = _apt("install", "-y", "--no-install-recommends", "pdftk-java")
    found = shutil.which("pdftk")
    if result.returncode != 0 or found is None:
        tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise PdftkUnavailable(f"apt-get install pdftk-java failed: {tail[0]}")
    if log is not None:
        log.append("installed pdftk-java with apt-get")
    return found


def field_values(pdf: Path) -> dict[str, str]:
    """Every field's value in a filled PDF: text as is, buttons as their state name."""
    fields = PdfReader(pdf).get_fields() or {}
    out: dict[str, str] = {}
    for name, spec in fields.items():
        value = spec.get("/V")
        if value is None or spec.get("/Kids") and spec.get("/FT") is None:
            continue
        text = str(value)
        if spec.get("/FT") == "/Btn":
            text = text.removeprefix("/")
        if text and text != "Off":
            out[name] = text
    return out


def write_xfdf(values: Mapping[str, str], path: Path) -> None:
    """XFDF (UTF-8) so that every letter reaches pdftk unchanged."""
    rows = "\n".join(f"  <field name={quoteattr(k)}><value>{_escape(v)}</value></field>"
                     for k, v in values.items())
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">\n<fields>\n'
        f"{rows}\n</fields>\n</xfdf>\n",
        encoding="utf-8",
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fill_command(pdftk: str, template: Path, xfdf: Path, out: Path,
                 flatten: bool = False) -> list[str]:
    """pdftk fills the fields and draws their appearances (no `need_appearances`), as ours."""
    return [pdftk, str(template), "fill_form", str(xfdf), "output", str(out),
            *(["flatten"] if flatten else [])]
