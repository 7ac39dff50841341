"""How the responsible office takes applications, on the cover: the channels and the lead time
its page gives (with the page and its date), or that no page says it; in every case the advice to
apply before expiry, in writing if need be (§ 81 Abs. 4 AufenthG)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES

from assistant.casefile import load_case
from assistant.catalogue import catalogue
from assistant.cli import main
from assistant.sources import as_of_resolves, unresolved

NEAR = EXAMPLES / "extension-near-expiry.json"  # Dresden


def _cover(tmp_path: Path, place: str, postcode: str, lang: str = "en") -> str:
    case = load_case(NEAR).model_copy(deep=True)
    case.address.place, case.address.postcode = place, postcode
    path = tmp_path / f"{place}.json"
    path.write_text(case.model_dump_json(), encoding="utf-8")
    out = tmp_path / f"{place}.pdf"
    assert main(["packet", str(path), "-o", str(out), "--lang", lang,
                 "--today", "2026-12-01"]) == 0
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "3", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def test_every_office_either_says_how_it_takes_applications_with_a_dated_source_or_nothing():
    offices = catalogue().authorities
    known = {a.id for a in offices.values() if a.submission}
    assert {"chemnitz", "dresden", "leipzig", "nordsachsen", "goerlitz"} <= known
    for office in offices.values():
        spec = office.submission
        if spec is None:
            continue
        assert spec.channels, office.id
        assert not unresolved(spec.source) and as_of_resolves(spec.as_of), office.id
        if spec.ahead_source:
            assert not unresolved(spec.ahead_source) and spec.ahead_quote, office.id
        if spec.note:
            assert set(spec.note) >= {"de", "en", "uk", "ar", "ru", "tr", "fa"}, office.id


@pytest.mark.parametrize(("place", "postcode", "expected"), [
    ("Dresden", "01069", ["by e-mail", "3 months before the residence permit expires",
                          "per E-Mail", "3 Monate vor Ablauf",
                          "https://welcome.dresden.de/de/visum-aufenthalt/01-Aufenthaltstitel.php"
                          ]),
    ("Delitzsch", "04509", ["in writing, by post", "dropped into the office's letter box",
                            "6 weeks before", "schriftlich per Post"]),
    ("Görlitz", "02826", ["in person, by appointment", "6 weeks before"]),
])
def test_the_cover_says_how_and_when_this_office_takes_applications(tmp_path, place, postcode,
                                                                     expected) -> None:
    cover = _cover(tmp_path, place, postcode)
    assert "How this office takes applications" in cover
    for text in expected:
        # a page's address is a footnote of the cover, broken across lines where it is long
        assert text in cover or ("://" in text and text in cover.replace(" ", "")), text
    assert "§ 81 Abs. 4 AufenthG" in cover


def test_where_no_page_says_it_the_cover_says_so_and_advises_a_written_application(
        tmp_path) -> None:
    cover = _cover(tmp_path, "Meißen", "01662")
    assert "does not know how this office takes applications" in cover
    assert "nicht bekannt" in cover
    assert "apply before your residence permit expires, in writing if need be" in cover
