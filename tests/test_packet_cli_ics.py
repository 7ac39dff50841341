"""The `packet` command (single and batch) and the iCalendar export of the deadlines."""

from __future__ import annotations

import shutil
from datetime import timedelta
from io import BytesIO

from conftest import EXAMPLES
from icalendar import Calendar
from packet_support import example, synthetic_assessment
from pypdf import PdfReader

from assistant.calendar_export import REMINDER_DAYS, deadlines_to_ics
from assistant.cli import main


def _events(ics: bytes) -> list:
    return [c for c in Calendar.from_ical(ics).walk("VEVENT")]


def test_ics_has_one_all_day_event_per_deadline_with_reminders_for_upcoming_ones() -> None:
    assessment = synthetic_assessment()
    events = _events(deadlines_to_ics(assessment, "uk"))
    assert len(events) == len(assessment.deadlines)
    for event, deadline in zip(events, assessment.deadlines, strict=True):
        assert event.get("dtstart").dt == deadline.date  # a date, not a date-time: all day
        assert event.get("dtend").dt == deadline.date + timedelta(days=1)
        assert str(event.get("summary")) == deadline.label["en"]  # no uk text: English
        assert deadline.label["de"] in str(event.get("description"))
        alarms = event.walk("VALARM")
        if deadline.passed:
            assert alarms == []
        else:
            assert alarms[0].get("trigger").dt == timedelta(days=-REMINDER_DAYS)


def test_ics_uids_are_stable_and_carry_no_personal_data() -> None:
    case, assessment = example("extension-near-expiry")
    first = deadlines_to_ics(assessment, "en")
    assert first == deadlines_to_ics(assessment, "en")
    events = _events(first)
    assert events, "the extension case has a deadline"
    uids = [str(e.get("uid")) for e in events]
    assert len(set(uids)) == len(uids)
    text = first.decode("utf-8").casefold()
    for personal in (case.person.family_name, case.person.first_names, case.passport.number,
                     case.contact.email):
        if personal:
            assert personal.casefold() not in text


def test_single_packet_with_ics(tmp_path, capsys) -> None:
    out, ics = tmp_path / "packet.pdf", tmp_path / "deadlines.ics"
    rc = main(["packet", str(EXAMPLES / "extension-near-expiry.json"), "-o", str(out),
               "--lang", "uk", "--ics", str(ics), "--today", "2026-11-22"])
    assert rc == 0
    pdf = PdfReader(BytesIO(out.read_bytes()))
    assert "Сторінка".casefold() in (pdf.pages[0].extract_text() or "").casefold()
    _, assessment = example("extension-near-expiry")
    assert len(_events(ics.read_bytes())) == len(assessment.deadlines)
    assert "pages" in capsys.readouterr().err


def test_batch_writes_the_good_cases_and_reports_the_broken_one(tmp_path, capsys) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    for name in ("student-first-permit", "swiss-citizen"):
        shutil.copy(EXAMPLES / f"{name}.json", cases / f"{name}.json")
    (cases / "a-broken.json").write_text('{"schema_version": 1, "person": {"height_cm": 9}}')
    (cases / "notes.txt").write_text("not a case file, ignored")
    out = tmp_path / "out"
    rc = main(["packet", "--batch", str(cases), "-o", str(out), "--today", "2026-11-22",
               "--lang", "en"])
    assert rc == 1
    written = sorted(p.name for p in out.iterdir())
    assert written == ["batch-summary.txt", "student-first-permit.ics",
                       "student-first-permit.pdf", "swiss-citizen.ics", "swiss-citizen.pdf"]
    summary = (out / "batch-summary.txt").read_text()
    assert "2 of 3 packets written" in summary
    assert "FAILED  a-broken.json" in summary and "person.height_cm" in summary
    assert "ok      student-first-permit.json" in summary
    assert summary in capsys.readouterr().out


def test_batch_all_good_exits_zero(tmp_path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copy(EXAMPLES / "minor-language-course.json", cases / "one.json")
    assert main(["packet", "--batch", str(cases), "-o", str(tmp_path / "o"),
                 "--today", "2026-11-22"]) == 0
    assert (tmp_path / "o" / "one.pdf").stat().st_size > 0


def test_cli_errors_are_user_errors(tmp_path, capsys) -> None:
    assert main(["packet", "-o", str(tmp_path / "x.pdf")]) == 2
    assert main(["packet", "--batch", str(tmp_path / "missing"), "-o", str(tmp_path)]) == 2
    assert main(["packet", str(tmp_path / "none.json"), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "no such folder" in err and "no such file" in err


def test_the_packet_command_prints_what_the_window_would(tmp_path, capsys) -> None:
    """From a case file the command decides as the window does: a packet to hand in, a copy for
    counselling without the form when something blocks, and no form where no permit is needed."""
    import json

    def parts(pdf_path):
        return "\n".join(p.extract_text() or "" for p in PdfReader(pdf_path).pages)

    ready = tmp_path / "ready.pdf"
    assert main(["packet", str(EXAMPLES / "student-first-permit.json"), "-o", str(ready),
                 "--today", "2026-11-22"]) == 0
    assert "Antrag auf Erteilung" in parts(ready)
    assert "counselling" not in capsys.readouterr().err

    data = json.loads((EXAMPLES / "student-first-permit.json").read_text(encoding="utf-8"))
    data["passport"]["valid_until"] = "2026-10-01"  # expired before the day of the packet
    expired = tmp_path / "expired.json"
    expired.write_text(json.dumps(data), encoding="utf-8")
    copy = tmp_path / "copy.pdf"
    assert main(["packet", str(expired), "-o", str(copy), "--today", "2026-11-22"]) == 0
    assert "not ready to hand in" in capsys.readouterr().err
    text = parts(copy)
    assert "Nicht zur Abgabe bereit" in text and "Antrag auf Erteilung" not in text

    swiss = tmp_path / "swiss.pdf"
    assert main(["packet", str(EXAMPLES / "swiss-citizen.json"), "-o", str(swiss),
                 "--today", "2026-11-22"]) == 0
    assert "no permit is needed" in capsys.readouterr().err
    assert "Antrag auf Erteilung" not in parts(swiss)
