"""The computed deadlines as an iCalendar file (RFC 5545), to import into any calendar.

One all-day event per deadline with a reminder a few days before (for deadlines still ahead).
UIDs are derived from the deadline's id and date only, so they are stable (importing the file again
updates rather than duplicates) and carry no personal data. DTSTAMP is the assessment day, so the
same assessment gives the same bytes.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Alarm, Calendar, Event

from .assessment import Assessment
from .sources import cite
from .texts import format_day, text_in

PRODID = "-//permit-assistant-saxony//deadlines//EN"
REMINDER_DAYS = 3  # how long before a deadline the calendar reminds (a convenience, not a rule)
_UID_NAMESPACE = uuid.UUID("5b0e7a54-2f0c-4c55-9d0e-3f1a6c1d2b7e")
AUTHORITY_LANGUAGE = "de"


def deadline_uid(deadline_id: str, day: object) -> str:
    return f"{uuid.uuid5(_UID_NAMESPACE, f'{deadline_id}|{day}')}@permit-assistant-saxony"


def deadlines_to_ics(assessment: Assessment, lang: str) -> bytes:
    """The assessment's deadlines as iCalendar bytes; summaries in `lang`, German beside it."""
    from .packet.i18n import t  # the packet's labels; imported here to keep this module light

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", t("ics.calendar", lang))
    stamp = datetime.combine(assessment.today, time(0, 0), tzinfo=UTC)
    for deadline in assessment.deadlines:
        label = text_in(deadline.label, lang)
        german = text_in(deadline.label, AUTHORITY_LANGUAGE)
        event = Event()
        event.add("uid", deadline_uid(deadline.id, deadline.date))
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.date)
        if deadline.date < date.max:  # (an all-day event without DTEND lasts its one day)
            event.add("dtend", deadline.date + timedelta(days=1))
        event.add("summary", label)
        description = [label]
        if deadline.note:
            description.append(text_in(deadline.note, lang))
        if lang != AUTHORITY_LANGUAGE:
            description.append("")
            description.append(german)
            if deadline.note:
                description.append(text_in(deadline.note, AUTHORITY_LANGUAGE))
        description.append("")
        description.append(f"{t('source', lang)}: {cite(deadline.source, lang, embed=False)}")
        event.add("description", "\n".join(description))
        event.add("categories", [deadline.id])
        event.add("transp", "TRANSPARENT")
        if not deadline.passed:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", t("ics.reminder", lang, label=label,
                                       date=format_day(deadline.date, lang)))
            alarm.add("trigger", timedelta(days=-REMINDER_DAYS))
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
