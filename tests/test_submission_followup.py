"""After the person records when and how they submitted (case.submission): `check` stops telling
them to apply, the timeline and the calendar file remind them to follow up 14 days later and 30
days before the expiry, and the packet's proof sheet shows what they recorded."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT
from icalendar import Calendar
from packet_support import part_text
from pypdf import PdfReader

from assistant.casefile import load_case
from assistant.catalogue import Catalogue, catalogue
from assistant.cli import main
from assistant.engine import assess
from assistant.interview import interview
from assistant.packet import PART_KEYS, build_packet
from assistant.texts import format_day

NEAR = EXAMPLES / "extension-near-expiry.json"  # permit valid until 08.01.2027
SENT = date(2026, 11, 20)
TODAY = "2026-12-01"


def _recorded(tmp_path: Path, sent: date = SENT, channel: str = "registered_post") -> Path:
    case = load_case(NEAR).model_copy(deep=True)
    case.submission.submitted_on = sent
    case.submission.channel = channel
    path = tmp_path / "sent.json"
    path.write_text(case.model_dump_json(), encoding="utf-8")
    return path


def _check(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "check", str(path), "--today", TODAY,
                           *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_check_stops_saying_apply_now_once_an_application_before_expiry_is_recorded(tmp_path):
    before = json.loads(_check(NEAR, "--json").stdout)
    assert "status.extension_apply_now" in [f["id"] for f in before["findings"]]
    after = _check(_recorded(tmp_path), "--json")
    ids = [f["id"] for f in json.loads(after.stdout)["findings"]]
    assert "status.extension_apply_now" not in ids
    assert "status.applied_before_expiry" in ids
    text = _check(_recorded(tmp_path)).stdout
    assert "book an appointment now" not in text
    assert "20.11.2026" in text or "20 Nov 2026" in text


def test_the_calendar_reminds_14_days_after_sending_and_30_days_before_expiry(tmp_path):
    ics = tmp_path / "deadlines.ics"
    assert main(["packet", str(_recorded(tmp_path)), "-o", str(tmp_path / "p.pdf"),
                 "--ics", str(ics), "--today", TODAY, "--lang", "uk"]) == 0
    events = {str(e.get("categories").cats[0]): e
              for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    follow_up = events["deadline.submission_follow_up"]
    assert follow_up.decoded("dtstart") == SENT + timedelta(days=14)
    assert "14" in str(follow_up.get("summary"))
    reminder = events["deadline.expiry_reminder"]
    assert reminder.decoded("dtstart") == date(2027, 1, 8) - timedelta(days=30)
    assert all(list(e.walk("VALARM")) for e in (follow_up, reminder))  # both still ahead
    # once applied, the "last day to apply" is no longer a deadline
    assert "deadline.apply_extension" not in events


def test_the_packet_has_a_proof_sheet_with_what_was_recorded(tmp_path):
    pdf = tmp_path / "p.pdf"
    assert main(["packet", str(_recorded(tmp_path)), "-o", str(pdf), "--today", TODAY,
                 "--lang", "en"]) == 0
    reader = PdfReader(pdf)
    titles = [o.title for o in reader.outline]
    assert "Nachweis der Antragstellung / Proof of your application" in titles
    page = reader.get_destination_page_number(reader.outline[titles.index(
        "Nachweis der Antragstellung / Proof of your application")])
    text = " ".join(reader.pages[page].extract_text().split())
    for expected in ("Einschreiben mit Rückschein", "§ 81 Abs. 4", "§ 81 Abs. 5",
                     "Fiktionsbescheinigung", "passport", "gestellt am 20.11.2026",
                     "by registered letter with return receipt"):
        assert expected in text, expected
    assert "proof" in PART_KEYS


def test_a_packet_without_a_recorded_submission_asks_to_record_it(tmp_path):
    pdf = tmp_path / "p.pdf"
    assert main(["packet", str(NEAR), "-o", str(pdf), "--today", TODAY, "--lang", "de"]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Tragen Sie nach der Abgabe den Tag und den Weg im Programm ein" in text


def test_the_wizard_asks_when_and_how_on_the_stay_page():
    stay = interview().page("stay")
    paths = [f.path for f in stay.fields]
    # after the current permit (its expiry and the purpose it was granted for)
    assert paths.index("submission.submitted_on") == paths.index("status.purpose") + 1
    assert paths.index("status.purpose") == paths.index("status.valid_until") + 1
    assert paths[paths.index("submission.submitted_on") + 1] == "submission.channel"


def test_the_proof_sheet_says_a_schengen_visa_does_not_continue(tmp_path):
    """§ 81 Abs. 4 Satz 2 AufenthG: "Dies gilt nicht für ein Visum nach § 6 Absatz 1." """
    pdf = tmp_path / "p.pdf"
    assert main(["packet", str(EXAMPLES / "student-first-permit.json"), "-o", str(pdf),
                 "--today", "2026-11-22", "--lang", "en"]) == 0  # holds a visa
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "This does not apply to a Schengen visa" in text
    assert "§ 81 Abs. 4 Satz 2 AufenthG" in text
    near = tmp_path / "near.pdf"
    assert main(["packet", str(NEAR), "-o", str(near), "--today", TODAY, "--lang", "en"]) == 0
    assert "Schengen visa" not in " ".join(p.extract_text() for p in PdfReader(near).pages)


def _with_value(pid: str, value: int) -> Catalogue:
    """The program's catalogue with the parameter `pid` set to `value` on every day."""
    cat = catalogue()
    spec = cat.parameters[pid]
    changed = spec.model_copy(update={"values": [v.model_copy(update={"value": value})
                                                 for v in spec.values]})
    return cat.model_copy(update={"parameters": {**cat.parameters, pid: changed}})


@pytest.mark.parametrize(("pid", "deadline", "label_de", "day"), [
    ("reminder.follow_up_days_after_submission", "deadline.submission_follow_up",
     "Nachfragen, ob der Antrag angekommen ist (21 Tage nach dem Absenden)", SENT + timedelta(21)),
    ("reminder.days_before_expiry", "deadline.expiry_reminder",
     "Ihr Aufenthaltstitel läuft in 21 Tagen ab", date(2027, 1, 8) - timedelta(21)),
])
def test_a_reminders_day_count_is_one_parameter_for_its_date_and_its_text(tmp_path, pid, deadline,
                                                                          label_de, day):
    """The two reminders are the program's, not the law's: their day counts are parameters that
    say so, and changing one moves the date and the printed text together."""
    spec = catalogue().parameters[pid]
    assert "not a legal period" in spec.description["en"]
    assert "keine gesetzliche Frist" in spec.description["de"]
    assert all("a reminder of this program" in v.source for v in spec.values)
    case = load_case(_recorded(tmp_path))
    today = date.fromisoformat(TODAY)
    assessment = assess(case, today, _with_value(pid, 21))
    got = next(d for d in assessment.deadlines if d.id == deadline)
    assert got.date == day
    assert got.label["de"].startswith(label_de) and "21" in got.label["en"]
    text = " ".join(part_text(build_packet(case, assessment, "en"), "timeline").split())
    assert label_de in text and format_day(day, "de") in text
    before = next(d for d in assess(case, today).deadlines if d.id == deadline)
    assert before.date != day and "21" not in before.label["de"]
