"""Figures, their budgets, and the table and JSON they are reported in."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

Comparison = Literal["<", "<="]


@dataclass(frozen=True)
class Budget:
    limit: float
    comparison: Comparison
    text: str  # as stated in the README, e.g. "≤ 1.5× empty QWizard"

    def met_by(self, value: float) -> bool:
        return value < self.limit if self.comparison == "<" else value <= self.limit


@dataclass
class Figure:
    """One line of the table: the median of `samples` (or a single value), or why it is missing."""

    key: str
    label: str
    unit: str
    value: float | None = None
    samples: list[float] = field(default_factory=list)
    budget: Budget | None = None
    note: str = ""
    unavailable: str = ""  # the reason, when the figure could not be measured
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool | None:
        if self.value is None or self.budget is None:
            return None
        return self.budget.met_by(self.value)

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["ok"] = self.ok
        return out


def median(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("no samples to take the median of")
    return float(statistics.median(values))


def measured(key: str, label: str, unit: str, samples: Sequence[float],
             budget: Budget | None = None, note: str = "", **details: Any) -> Figure:
    return Figure(key, label, unit, median(samples), [round(s, 4) for s in samples], budget,
                  note, details=details)


def unavailable(key: str, label: str, unit: str, reason: str,
                budget: Budget | None = None) -> Figure:
    return Figure(key, label, unit, budget=budget, unavailable=reason)


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _verdict(fig: Figure) -> str:
    if fig.unavailable:
        return "n/a"
    return {True: "ok", False: "MISSED", None: ""}[fig.ok]


def table(figures: Sequence[Figure]) -> str:
    """A Markdown table: readable in a terminal and pasted as is into the README."""
    rows = [("Figure", "Median", "Budget", "Verdict", "n", "Notes")]
    for fig in figures:
        value = "—" if fig.value is None else f"{_number(fig.value)} {fig.unit}"
        note = fig.unavailable or fig.note
        rows.append((fig.label, value, fig.budget.text if fig.budget else "",
                     _verdict(fig), str(len(fig.samples)) if fig.samples else "", note))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
                     + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    try:
        from PySide6 import __version__ as qt_version
    except ImportError:
        qt_version = "absent"
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "pyside6": qt_version,
        "executable": sys.executable,
    }


def write_json(path: Path, figures: Sequence[Figure], settings: dict[str, Any]) -> None:
    doc = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "settings": settings,
        "figures": [f.as_json() for f in figures],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
