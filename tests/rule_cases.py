"""Small case builders for the rule and scenario tests: a valid base case (a master's student's
first permit in Dresden that raises no finding on TODAY) changed by a dict of dotted field paths.

    make({"study.language_course.hours_per_week": 16, "application.purpose": "language_course"})
"""

from __future__ import annotations

import copy
import re
from datetime import date
from pathlib import Path
from typing import Any

from assistant.assessment import Assessment
from assistant.engine import assess
from assistant.model import SCHEMA_VERSION, Case

TODAY = date(2026, 11, 22)

BASE: dict[str, Any] = {
    "schema_version": SCHEMA_VERSION,
    "language": "en",
    "application": {"kind": "first_permit", "purpose": "study", "requested_duration_months": 24},
    "person": {
        "family_name": "Silva",
        "first_names": "Ana Beatriz",
        "date_of_birth": "2000-05-01",
        "place_of_birth": "Recife",
        "country_of_birth": "BR",
        "nationalities": ["BR"],
    },
    "passport": {"number": "FX123456", "issued_on": "2022-01-10", "valid_until": "2032-01-09"},
    "entry": {"date": "2026-09-20", "from_country": "BR", "with_visa": True},
    "registration_date": "2026-09-25",
    "address": {"street": "Gutzkowstraße", "house_number": "30", "postcode": "01069",
                "place": "Dresden", "moved_in_on": "2026-09-21"},
    "health_insurance": {"kind": "statutory", "provider": "AOK PLUS"},
    "status": {"kind": "visa", "valid_until": "2026-12-20"},
    "study": {
        "institution": {"name": "Technische Universität Dresden"},
        "institution_type": "state",
        "mode": "full_time",
        "degree": "master",
        "subject": "Physik",
        "semester": 1,
        "start_date": "2026-10-01",
        "average_duration_semesters": 4,
        "admission_document": "admission_letter",
        "university_entrance_qualification": True,
        "german_language_proof": True,
    },
    "finances": {"blocked_account": True, "blocked_account_monthly_eur": 992},
}

# Building blocks for the purposes that need more than the base case.
LANGUAGE_COURSE: dict[str, Any] = {
    "application.purpose": "language_course",
    "application.requested_duration_months": 9,
    "study.preparatory_start": "2026-10-01",
    "study.admission_document": "none",
    "study.language_course": {"hours_per_week": 20, "daily": True, "evening_or_weekend": False,
                              "start": "2026-10-01", "end": "2027-08-31", "prepares_for": "DSH"},
}
STUDIENKOLLEG: dict[str, Any] = {
    "application.purpose": "studienkolleg",
    "application.requested_duration_months": 8,
    "study.preparatory_start": "2026-09-01",
    "study.admission_document": "none",
    "study.studienkolleg": {"name": "Studienkolleg Sachsen", "start": "2026-09-01",
                            "end": "2027-07-31", "state_recognised": True},
}
APPLICANT: dict[str, Any] = {
    "application.purpose": "study_applicant",
    "application.requested_duration_months": 6,
    "study.applicant_phase_start": "2026-10-01",
    "study.admission_document": "none",
}
EXTENSION: dict[str, Any] = {
    "application.kind": "extension",
    "status.kind": "residence_permit",
    "status.valid_until": "2027-03-31",
    "study.semester": 3,
    "study.start_date": "2025-10-01",
}


def patched(base: dict[str, Any], *patches: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(base)
    for patch in patches:
        for path, value in patch.items():
            node = doc
            *parents, leaf = path.split(".")
            for part in parents:
                if not isinstance(node.get(part), dict):
                    node[part] = {}
                node = node[part]
            node[leaf] = copy.deepcopy(value)
    return doc


def make(*patches: dict[str, Any]) -> Case:
    return Case.model_validate(patched(BASE, *patches))


def run(*patches: dict[str, Any], today: date = TODAY) -> Assessment:
    return assess(make(*patches), today)


def ids(*patches: dict[str, Any], today: date = TODAY) -> set[str]:
    return set(run(*patches, today=today).finding_ids())


def normalise_seed(text: str) -> str:
    """Seed text as one line: words broken by the PDF extraction joined again ("berech-\\ntigt"),
    hyphenated compounds kept ("EU-\\nMitgliedsstaat"), runs of white space made one space."""
    text = re.sub(r"-\n(?=[a-zäöüß])", "", text)
    text = re.sub(r"-\n(?=[A-ZÄÖÜ])", "-", text)
    return " ".join(text.split())


def seed_texts(shared: Path) -> dict[str, str]:
    return {p.name: normalise_seed(p.read_text(encoding="utf-8"))
            for p in sorted((shared / "seeds").glob("0*.txt"))}
