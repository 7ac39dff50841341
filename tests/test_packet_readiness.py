"""Which packet a case gets: the one to hand in only when ready; otherwise a copy for counselling
(checklist, findings, deadlines, no form and so no signature page, a banner on every page, the
missing essentials on the cover); and without a form when no permit is needed."""

from __future__ import annotations

import pytest
from packet_support import example, norm, page_texts, part_text

from assistant.packet import Readiness, build_packet
from assistant.packet.i18n import AUTHORITY_LANGUAGE, t


@pytest.mark.parametrize("lang", ["en", "ar", "de"])
def test_the_counselling_copy_says_on_every_page_that_it_is_not_ready(lang):
    case, assessment = example("student-first-permit")
    readiness = Readiness(problems=3, missing=("person.family_name", "passport.number"))
    packet = build_packet(case, assessment, lang, readiness=readiness)
    assert packet.kind == "counselling" and not packet.has_form
    # the findings get a page where there are any to discuss (else a line on the page before);
    # the proof of submission comes last (a first permit is applied for)
    discuss = [f for f in assessment.findings if f.severity.value in ("blocker", "warning")]
    assert [p.key for p in packet.parts] == ["cover", "checklist", "fees", "timeline"] + (
        ["findings"] if discuss else []) + ["proof"]
    banner_de = norm(t("notready.banner", AUTHORITY_LANGUAGE, count=3))
    texts = page_texts(packet)
    assert len(texts) == packet.page_count
    for number, text in enumerate(texts, start=1):
        assert banner_de in text, f"page {number} has no banner"
    if lang == "en":
        assert all("Not ready to hand in – open points: 3" in text for text in texts)
    cover = part_text(packet, "cover")
    for path in readiness.missing:
        assert norm(t(f"essential.{path}", AUTHORITY_LANGUAGE)) in cover
        assert norm(t(f"essential.{path}", lang)) in cover
    assert norm(t("essential.address.place", AUTHORITY_LANGUAGE)) not in cover
    # the application form (with its signature) is not in it
    assert "Unterschrift" not in " ".join(texts)


def test_the_packet_to_hand_in_has_the_form_and_no_banner():
    case, assessment = example("student-first-permit")
    packet = build_packet(case, assessment, "en", readiness=Readiness())
    assert packet.kind == "hand_in" and packet.has_form
    assert packet.part("form").page_count >= 1
    banner = norm(t("notready.banner", AUTHORITY_LANGUAGE, count=0)).split("–")[0].strip()
    assert all(banner not in text for text in page_texts(packet))
    assert "Unterschrift" in " ".join(page_texts(packet))


def test_no_permit_needed_gives_cover_and_findings_without_a_form():
    case, assessment = example("swiss-citizen")
    packet = build_packet(case, assessment, "ru", readiness=Readiness(no_permit=True))
    assert packet.kind == "no_permit" and not packet.has_form
    assert [p.key for p in packet.parts] == ["cover", "findings"]
    cover = part_text(packet, "cover")
    assert norm(t("noform.intro", AUTHORITY_LANGUAGE)) in cover
    findings = part_text(packet, "findings")
    no_permit = next(f for f in assessment.findings if f.id == "general.eu_citizen_no_permit")
    assert norm(no_permit.text("de"))[:40] in findings
