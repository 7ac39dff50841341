"""`python main.py check CASE.json [--json] [--today YYYY-MM-DD] [--lang LANG]`"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from ..assessment import Assessment
from ..catalogue import catalogue
from ..engine import assess
from ..errors import UserError
from ..loading import long_lived
from ..model import EARLIEST_DATE, LATEST_DATE
from ..sources import as_of_text, cite, with_titles
from ..texts import LANGUAGES, format_day, format_money, render, text_in
from ._passphrase import add_passphrase_source, open_case_arg


def parse_today(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise UserError(f"--today: '{value}' is not a date; write it as YYYY-MM-DD") from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise UserError(f"--today: {value} is outside the days this program assesses "
                        f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()})")
    return day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="assess a case file and print findings, checklist, fees "
                       "and deadlines")
    p.add_argument("case", help="case file (.json)")
    p.add_argument("--json", action="store_true", help="print the assessment as JSON")
    p.add_argument("--today", help="the date to assess on, YYYY-MM-DD (default: today)")
    p.add_argument("--lang", default="en", choices=sorted(LANGUAGES),
                   help="language of the text output and of the sources' titles in the JSON "
                   "(default: en)")
    add_passphrase_source(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    today = parse_today(args.today)
    with long_lived():
        catalogue()
        case = open_case_arg(args.case, args)
    result = assess(case, today)
    if args.json:
        print(json.dumps(as_json(result, args.lang), ensure_ascii=False, indent=2))
    else:
        print(as_text(result, args.lang))
    return 0


def as_json(a: Assessment, lang: str) -> dict[str, Any]:
    """The assessment as JSON: each finding's `message` and `why` filled in for `lang`, with
    their templates (`message_template`, `why_template`, every language) and the `values` that
    filled them beside them; sources with their titles."""
    data = a.model_dump(mode="json")
    for finding, out in zip(a.findings, data["findings"], strict=True):
        out["message_template"], out["message"] = out["message"], finding.text(lang)
        out["why_template"], out["why"] = out["why"], finding.why_text(lang)
    # documents, fee lines and deadlines: each text filled in for `lang`, its template beside it
    fee_parts = [*data["fees"]["lines"], *data["fees"]["exemptions"]]
    for out in [*data["checklist"], *fee_parts, *data["deadlines"]]:
        for key, template in out.pop("templates").items():
            out[f"{key}_template"] = template
            out[key] = text_in(out[key], lang)
    data["fees"]["note"] = text_in(data["fees"]["note"], lang)
    result = with_titles(data, lang)
    assert isinstance(result, dict)
    return result


def as_text(a: Assessment, lang: str) -> str:
    out: list[str] = []
    head = {"blocker": "BLOCKER", "warning": "WARNING", "info": "INFO"}
    out.append(f"Assessment of {format_day(a.today, lang)}")
    out.append("")
    out.append("Findings:" if a.findings else "Findings: none")
    for f in a.findings:
        out.append(f"  [{head[f.severity.value]}] {f.text(lang)}")
        out.append(f"      ({f.id}; source: {cite(f.source, lang, embed=False)})")
    out.append("")
    if a.authority:
        out.append(f"Responsible authority: {text_in(a.authority.name, lang)}")
        if not any(c.kind == "address" for c in a.authority.contacts):
            for line in a.authority.address:
                out.append(f"  {line}")
        for conflict in a.authority.conflicts:
            out.append(f"  The sources differ on the {conflict.kind}: check before you go.")
        for c in a.authority.contacts:
            dates = "; ".join(dict.fromkeys(as_of_text(s.as_of, lang) for s in c.sources
                                            if s.as_of))
            if not dates and c.as_of:
                dates = as_of_text(c.as_of, lang)
            as_of = f" ({dates})" if dates else ""
            out.append(f"  {c.kind}: {c.value}{as_of}")
    else:
        out.append("Responsible authority: unknown (enter the town where you live in Saxony)")
    out.append("")
    out.append("Documents to bring:" if a.checklist else "Documents to bring: none")
    for item in a.checklist:
        what = "original" if item.original else "no original"
        copies = f", {item.copies} cop{'y' if item.copies == 1 else 'ies'}" if item.copies else ""
        out.append(f"  [ ] {item.name_in(lang)} ({what}{copies})")
        if item.note:
            out.append(f"      {text_in(item.note, lang)}")
    out.append("")
    if not a.fees.lines and not a.fees.exemptions:
        out.append("Fee estimate: none (no residence permit is applied for; see the findings)")
        out.append("")
        out.append("Deadlines:" if a.deadlines else "Deadlines: none")
        return "\n".join(out + _deadline_lines(a, lang))
    out.append("Fee estimate:")
    for line in a.fees.lines:
        amount = "ask the authority" if line.amount_cents is None else format_money(
            line.amount_cents, lang)
        out.append(f"  {text_in(line.label, lang)}: {amount}")
        out.append(f"      (source: {cite(line.source, lang, embed=False)})")
    for line in a.fees.exemptions:
        out.append(f"  Exemption: {text_in(line.label, lang)}")
        out.append(f"      (source: {cite(line.source, lang, embed=False)})")
    if a.fees.total_cents is not None:
        out.append(f"  Total: {format_money(a.fees.total_cents, lang)}")
    out.append(f"  {render(a.fees.note, lang)}")
    out.append("")
    out.append("Deadlines:" if a.deadlines else "Deadlines: none")
    return "\n".join(out + _deadline_lines(a, lang))


def _deadline_lines(a: Assessment, lang: str) -> list[str]:
    out: list[str] = []
    for d in a.deadlines:
        passed = f" ({text_in(d.overdue, lang)})" if d.overdue else " (passed)" if d.passed else ""
        out.append(f"  {format_day(d.date, lang)}  {text_in(d.label, lang)}{passed}")
        out.append(f"      (source: {cite(d.source, lang, embed=False)})")
    return out
