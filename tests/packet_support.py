"""Helpers for the packet tests: building packets once, extracting the text of each part, and a
synthetic assessment with many items (test data, not legal facts: every source says so)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from functools import cache
from io import BytesIO

from conftest import EXAMPLES
from pypdf import PdfReader

from assistant.assessment import (
    Assessment,
    Authority,
    ChecklistItem,
    Contact,
    Deadline,
    FeeEstimate,
    FeeLine,
    Finding,
    Severity,
)
from assistant.casefile import load_case
from assistant.engine import assess
from assistant.model import Case
from assistant.packet import Packet, build_packet

TODAY = date(2026, 11, 22)
FIXTURE_SOURCE = "test fixture (not a legal source)"


def norm(text: str) -> str:
    """Text as compared in tests: presentation forms folded (NFKC), Arabic marks dropped (the
    packet sets Arabic without harakat), whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(text.split())


@cache
def example(name: str) -> tuple[Case, Assessment]:
    case = load_case(EXAMPLES / f"{name}.json")
    return case, assess(case, TODAY)


@cache
def example_packet(name: str, lang: str) -> Packet:
    case, assessment = example(name)
    return build_packet(case, assessment, lang)


def reader(packet: Packet) -> PdfReader:
    return PdfReader(BytesIO(packet.pdf))


def page_texts(packet: Packet) -> list[str]:
    return [norm(p.extract_text() or "") for p in reader(packet).pages]


def part_text(packet: Packet, key: str) -> str:
    texts = page_texts(packet)
    return " ".join(texts[i] for i in packet.part(key).pages)


def _t(de: str, en: str, **more: str) -> dict[str, str]:
    return {"de": de, "en": en, **more}


def synthetic_assessment(*, items: int = 6, cited_fees: bool = True,
                         today: date = TODAY) -> Assessment:
    """An assessment with every kind of content, to exercise layout and text extraction."""
    checklist = [
        ChecklistItem(
            id=f"doc.fixture_{i}",
            name=_t(f"Testunterlage Nummer {i}", f"Test document number {i}",
                    uk=f"Тестовий документ номер {i}", ar=f"مستند اختبار رقم {i}"),
            why=_t(f"Begründung {i} der Unterlage", f"Reason {i} for the document"),
            note=_t("Innerhalb von 14 Tagen nach dem Einzug anmelden", "Register within 14 days "
                    "of moving in") if i == 1 else {},
            original=i % 3 != 0,
            copies=i % 3,
            source=FIXTURE_SOURCE,
        )
        for i in range(1, items + 1)
    ]
    if cited_fees:
        fees = FeeEstimate(
            lines=[FeeLine(id="fee.fixture", label=_t("Testgebühr", "Test fee"),
                           amount_cents=10000, source=FIXTURE_SOURCE, quote="fixture quote")],
            exemptions=[FeeLine(id="fee.fixture_exemption", label=_t("Testbefreiung DAAD",
                                                                     "Test exemption DAAD"),
                                amount_cents=None, source=FIXTURE_SOURCE)],
            total_cents=10000, ask_authority=True,
            note=_t("Die Behörde setzt die Gebühr fest (Test).",
                    "The authority sets the fee (test)."),
        )
    else:
        fees = FeeEstimate(
            lines=[FeeLine(id="fee.fixture_uncited", label=_t("Ungeklärte Testgebühr",
                                                              "Uncited test fee"),
                           amount_cents=None, source=FIXTURE_SOURCE)],
            total_cents=None, ask_authority=True,
            note=_t("Kein Betrag belegbar (Test).", "No amount can be cited (test)."),
        )
    deadlines = [
        Deadline(id="deadline.apply_fixture", date=today + timedelta(days=20),
                 label=_t("Testfrist Antrag", "Test deadline apply"), source=FIXTURE_SOURCE,
                 apply_by=True),
        Deadline(id="deadline.fixture_passed", date=today - timedelta(days=10),
                 label=_t("Abgelaufene Testfrist", "Passed test deadline"),
                 source=FIXTURE_SOURCE, passed=True),
        Deadline(id="deadline.fixture_later", date=today + timedelta(days=200),
                 label=_t("Spätere Testfrist", "Later test deadline"),
                 note=_t("Hinweis zur Testfrist", "Note on the test deadline"),
                 source=FIXTURE_SOURCE),
    ]
    deadlines.sort(key=lambda d: d.date)
    findings = [
        Finding(id="fixture.blocker", severity=Severity.BLOCKER,
                message=_t("Testhindernis", "Test obstacle"),
                why=_t("Grund des Hindernisses", "Reason for the obstacle"),
                source=FIXTURE_SOURCE),
        Finding(id="fixture.warning", severity=Severity.WARNING,
                message=_t("Testwarnung", "Test warning"), source=FIXTURE_SOURCE),
        Finding(id="fixture.info", severity=Severity.INFO,
                message=_t("Testinformation nur im Assistenten", "Test info for the assistant"),
                source=FIXTURE_SOURCE),
    ]
    authority = Authority(
        id="fixture", name=_t("Testbehörde", "Test authority"), kind="district",
        address=["Teststraße 1", "01234 Testort"],
        contacts=[Contact(kind="phone", value="+49 30 1234567", source=FIXTURE_SOURCE,
                          as_of="2020-04"),
                  Contact(kind="email", value="test@example.org", source=FIXTURE_SOURCE)],
        hours=_t("Nur nach Termin (Test)", "By appointment only (test)"),
        booking_steps=[_t("Erster Testschritt", "First test step"),
                       _t("Zweiter Testschritt", "Second test step")],
        source=FIXTURE_SOURCE, as_of="2020-04",
    )
    return Assessment(today=today, findings=findings, checklist=checklist, fees=fees,
                      deadlines=deadlines, authority=authority)
