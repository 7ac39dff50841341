"""How the cover sheet lists the responsible office's contacts: one value once with all its
sources and dates, and both values with "the sources differ" where the sources disagree."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
from packet_support import norm, part_text

from assistant.engine import assess
from assistant.model import Address, Case
from assistant.packet import Packet, build_packet
from assistant.packet.i18n import t

TODAY = date(2026, 11, 22)


@cache
def cover(place: str, lang: str) -> str:
    case = Case(address=Address(place=place))
    packet: Packet = build_packet(case, assess(case, TODAY), lang)
    return norm(part_text(packet, "cover"))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_mittelsachsen_cover_shows_both_addresses_and_says_the_sources_differ(lang):
    text = cover("Freiberg", lang)
    assert "Dr.-W.-Külz-Straße 16, 09618" in text and "Am Rotvorwerk 3, Freiberg" in text
    assert text.count(norm(t("cover.sources_differ", "de"))) == 2
    assert "tu-freiberg.de" in text.replace(" ", "")


def test_an_office_without_conflicts_does_not_say_the_sources_differ():
    assert norm(t("cover.sources_differ", "de")) not in cover("Chemnitz", "en")


def test_a_phone_number_given_by_two_sources_is_printed_once_with_both_dates():
    text = cover("Chemnitz", "en")
    assert text.count("+49 371 488 3371") == 1
    assert "Stand: April 2020" in text and "tu-chemnitz.de" in text.replace(" ", "")


def test_dresden_cover_has_the_address_and_the_booking_steps_with_their_source():
    text = cover("Dresden", "en")
    assert "Theaterstraße 11–15" in text
    assert "3 Monate vor Ablauf" in text and "3 months before it expires" in text
    assert "welcome.dresden.de" in text.replace(" ", "")
    assert norm(t("cover.booking_unknown", "de"))[:30] not in text
