"""The printable packet: one A4 PDF with a cover sheet, the filled application form, the personal
checklist, the fee estimate, the timeline of deadlines and the findings to discuss, in German for
the authority beside the applicant's language. No Qt here; ui/packet_view.py shows and prints it.

    build_packet(case, assessment, lang, *, editable_form=False, readiness=READY) -> Packet
        Packet.pdf (bytes), Packet.parts (PacketPart: key, title, first_page, page_count,
        typeset), Packet.ics (the deadlines as iCalendar bytes), Packet.page_count,
        Packet.kind: hand_in, counselling (Readiness with problems or missing essentials: no
        form, a "not ready" banner on every page) or no_permit (no form)
"""

from .build import (
    PART_KEYS,
    READY,
    Packet,
    PacketPart,
    Readiness,
    build_packet,
    packet_title,
    part_title,
)
from .i18n import PACKET_LANGUAGES

__all__ = [
    "PACKET_LANGUAGES",
    "PART_KEYS",
    "READY",
    "Packet",
    "PacketPart",
    "Readiness",
    "build_packet",
    "packet_title",
    "part_title",
]
