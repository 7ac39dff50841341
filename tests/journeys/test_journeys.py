"""Journeys: a person at the keyboard, from an empty window to the packet.

Each persona (personas.py) starts the real window with nothing loaded, presses Start, and on
each page moves with Tab to the next input it has an answer for, types, chooses with the arrow
keys, ticks with Space, picks countries from the suggestions, and clicks Next (or presses
Alt+Right). It never sets a value directly and never loads a case file. At the end the window
is on the packet page, and the packet's filled form (read with pdftotext) shows every answer
that has a place on it, and its checklist names the documents the person needs.

With JOURNEY_OUT=folder, each journey writes its packet there as `<persona>.pdf`, and
screenshots of its last pages as `<persona>-<page>.png`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from personas import PERSONAS, Persona
from wizard_driver import click, key_in, next_page, open_window, settle

from ui.pages import FormPage

DOCUMENTS = ROOT / "resources" / "documents.toml"
LAYOUT = ROOT / "forms" / "antrag-aufenthaltstitel" / "layout.toml"  # our form
LAST_PAGES = ("review", "packet")

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")


def flat(text: str) -> str:
    return " ".join(text.split())


def shows(text: str, value: str) -> bool:
    """Whether `text` holds `value` as words of its own ("992" is not in "1992")."""
    return re.search(rf"(?<!\w){re.escape(flat(value))}(?!\w)", text) is not None


def pdftotext(path: Path, pages: range | None = None) -> str:
    """The text of the PDF (of some of its pages, 0-based), as pdftotext reads it."""
    command = ["pdftotext"]
    if pages is not None:
        command += ["-f", str(pages.start + 1), "-l", str(pages.stop)]
    result = subprocess.run([*command, str(path), "-"], capture_output=True, check=True)
    return flat(result.stdout.decode("utf-8"))


@cache
def form_labels() -> str:
    """Every text the form prints of its own (titles, labels, options), from its layout."""
    with LAYOUT.open("rb") as f:
        layout = tomllib.load(f)

    def strings(node: Any) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [s for v in node.values() for s in strings(v)]
        if isinstance(node, list):
            return [s for v in node for s in strings(v)]
        return []

    return " | ".join(flat(s) for s in strings(layout))


@cache
def german_document_names() -> dict[str, str]:
    with DOCUMENTS.open("rb") as f:
        return {d["id"]: d["name"]["de"] for d in tomllib.load(f)["document"]}


def out_dir() -> Path | None:
    folder = os.environ.get("JOURNEY_OUT")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def answer_page(qtbot: Any, window: Any, page: FormPage, persona: Persona,
                not_asked: set[str]) -> None:
    """Answer, top to bottom, every input of the page the persona has an answer for."""
    for widget in page.inputs_all():
        if widget.path not in persona.answers:
            continue
        if widget.isHidden():  # may depend on an answer just given: wait for the check
            settle(qtbot, window)
        if widget.isHidden():
            continue
        key_in(qtbot, window, widget, persona.answers[widget.path])
        not_asked.discard(widget.path)


def told_beside_nationality(window: Any) -> list[str]:
    widget = window.pages["nationality"].fields["person.nationalities"]
    return [item.problem.key for item in widget.problems.items()]


@pytest.mark.parametrize("persona", PERSONAS, ids=[p.name for p in PERSONAS])
def test_journey(qtbot: Any, tmp_path: Path, persona: Persona) -> None:
    window = open_window(qtbot, persona.lang)
    assert window.current_id == "welcome" and not window.answers
    out = out_dir()

    click(qtbot, window.welcome.start_button)
    seen = [window.current_id]
    not_asked = set(persona.answers)
    while window.current_id != "packet":
        page = window.pages[window.current_id]
        if isinstance(page, FormPage):
            answer_page(qtbot, window, page, persona, not_asked)
        if window.current_id == "nationality":
            settle(qtbot, window)
            told = told_beside_nationality(window)
            if persona.told_on_nationality:
                assert persona.told_on_nationality in told, told
            else:
                assert "general.eu_citizen_no_permit" not in told, told
        if out is not None and window.current_id in LAST_PAGES:
            window.grab().save(str(out / f"{persona.name}-{window.current_id}.png"))
        next_page(qtbot, window, by_keys=persona.next_by_keys)
        seen.append(window.current_id)
        assert len(seen) < 40, seen

    shown_wrongly = persona.skipped & set(seen)
    assert not shown_wrongly, f"pages that do not apply were shown: {sorted(shown_wrongly)}"
    packet_page = window.pages["packet"]
    assert window.stack.currentWidget() is packet_page
    making = packet_page.state.text()  # "Making your packet…", until it is made or fails
    qtbot.waitUntil(lambda: packet_page.packet is not None or
                    packet_page.state.text() != making, timeout=60000)
    assert packet_page.packet is not None, f"no packet: {packet_page.state.text()!r}"
    packet = packet_page.packet
    path = tmp_path / f"{persona.name}.pdf"
    path.write_bytes(packet.pdf)
    if out is not None:
        shutil.copyfile(path, out / path.name)
        qtbot.wait(500)  # for the screenshot only: the preview draws its pages a moment later
        window.grab().save(str(out / f"{persona.name}-packet.png"))
    whole = pdftotext(path)
    parts = {part.key: part for part in packet.parts}

    if persona.form:
        assert "form" in parts, f"the packet has no application form: {sorted(parts)}"
        form = pdftotext(path, parts["form"].pages)
        printed = [t for t in persona.on_form if shows(form_labels(), t)]
        assert not printed, f"the form prints these itself: {printed}"
        missing = [t for t in persona.on_form if not shows(form, t)]
        assert not missing, (f"not on the filled form: {missing}; answers the wizard did not "
                             f"ask: {sorted(not_asked)}")
    else:
        assert "form" not in parts, "the packet holds an application form"
    for text in persona.not_on_form:
        assert not shows(whole, text), f"the packet shows {text!r}"

    needed = set(persona.documents)
    listed = {item.id for item in window.evaluation.assessment.checklist}
    if not persona.form:  # no permit to apply for: no documents to bring for one
        assert not listed, f"documents to bring for a permit not needed: {sorted(listed)}"
    assert needed <= listed, f"missing from the checklist: {sorted(needed - listed)}"
    if needed:
        assert "checklist" in parts, f"the packet has no checklist: {sorted(parts)}"
        checklist = pdftotext(path, parts["checklist"].pages)
        names = german_document_names()
        unprinted = [names[d] for d in sorted(needed) if not shows(checklist, names[d])]
        assert not unprinted, f"not printed in the checklist: {unprinted}"
