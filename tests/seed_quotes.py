"""Helpers for the checklist, fee and deadline tests: cases built from small dicts, and a check
that a quoted seed sentence really is in the seed (the PDF extraction of seed 001 breaks words
with hyphens and line breaks, so both sides are compared without spaces and hyphens)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from assistant.assessment import Assessment
from assistant.catalogue import Catalogue, catalogue
from assistant.engine import assess
from assistant.model import Case

TODAY = date(2026, 11, 22)


def rules_free() -> Catalogue:
    """The program's catalogue without the findings rules, which these tests do not concern."""
    return catalogue().model_copy(update={"rules": []})


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


STUDENT: dict[str, Any] = {
    "application": {"kind": "first_permit", "purpose": "study", "requested_duration_months": 24},
    "person": {"date_of_birth": "2000-01-01", "nationalities": ["TR"]},
    "address": {"place": "Dresden"},
    "status": {"kind": "visa", "valid_until": "2026-12-24"},
    "study": {"semester": 1, "admission_document": "admission_letter"},
}


def run(today: date = TODAY, **parts: Any) -> Assessment:
    return assess(Case.model_validate(_merge(STUDENT, parts)), today, rules_free())


def _squash(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text).casefold()


def quote_in_seed(seeds: Path, source: str, quote: str) -> bool:
    """Every part of `quote` (parts split at ' / ' and '[...]') occurs in the seed `source`
    names first."""
    name = source.split(",")[0].strip()
    text = _squash((seeds / name).read_text(encoding="utf-8").replace("&amp;", "&"))
    parts = [p for chunk in quote.split(" / ") for p in chunk.split("[...]")]
    return all(_squash(p) in text for p in parts if p.strip())
