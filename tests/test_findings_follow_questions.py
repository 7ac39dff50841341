"""A finding points at a question the person was asked: someone reporting a change of address is
not told that their university or their means are missing, since the wizard never asked for them
(seen in the address-change and semester-abroad journeys)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.interview import interview
from assistant.model import Purpose

TODAY = date(2026, 11, 22)
PERSON = {
    "person.family_name": "Beridze", "person.first_names": "Nino",
    "person.date_of_birth": date(1999, 4, 2), "person.nationalities": ["GE"],
    "passport.number": "A1234567", "passport.valid_until": date(2031, 1, 1),
    "address.street": "Hauptstraße", "address.house_number": "1", "address.postcode": "01067",
    "address.place": "Dresden", "status.kind": "residence_permit",
    "status.valid_until": date(2027, 9, 30),
}


def _asked(path: str, applicable: frozenset[str]) -> bool:
    return any(path == a or path.startswith(a + ".") or a.startswith(path + ".")
               for a in applicable)


@pytest.mark.parametrize("kind", ["address_change", "absence_permission"])
@pytest.mark.parametrize("purpose", [p.value for p in Purpose])
def test_every_finding_concerns_a_question_that_was_asked(kind, purpose):
    answers = {**PERSON, "application.kind": kind, "application.purpose": purpose}
    evaluation = interview().evaluate(answers, TODAY)
    stray = {f.id: f.fields for f in evaluation.assessment.findings
             if f.fields and not any(_asked(p, evaluation.applicable) for p in f.fields)}
    assert not stray, f"{kind}/{purpose}: findings about questions never asked: {stray}"
