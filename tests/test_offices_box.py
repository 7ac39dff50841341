"""The wizard's box "Your immigration office": where the sources disagree it says so and shows
every value, each with the sites that give it."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import assess
from assistant.model import Address, Case
from ui.i18n import set_language
from ui.pages import AuthorityBox


def _box(qtbot, place: str) -> AuthorityBox:
    box = AuthorityBox()
    qtbot.addWidget(box)
    authority = assess(Case(address=Address(place=place)), date(2026, 11, 22)).authority
    box.show_authority(authority, place)
    return box


def test_box_shows_both_mittelsachsen_addresses_and_asks_to_check(qtbot):
    set_language("en")
    box = _box(qtbot, "Freiberg")
    text = box.text.text()
    assert "The sources differ: check before you go." in text
    assert "Dr.-W.-Külz-Straße 16, 09618 Brand-Erbisdorf" in text
    assert "Am Rotvorwerk 3, Freiberg, Stadtteil Zug (tu-freiberg.de)" in text
    assert text.count("+49 3731 799-3600") == 1


@pytest.mark.parametrize(("lang", "words"), [("de", "Quellen"), ("ar", "المصادر")])
def test_the_warning_is_in_the_persons_language(qtbot, lang, words):
    set_language(lang)
    try:
        box = _box(qtbot, "Freiberg")
        assert words in box.text.text()
    finally:
        set_language("en")


def test_box_without_conflict_shows_the_address_and_no_warning(qtbot):
    set_language("en")
    box = _box(qtbot, "Chemnitz")
    text = box.text.text()
    assert "Düsseldorfer Platz 1" in text and "sources differ" not in text
    assert text.count("+49 371 488 3371") == 1
