"""COMPLETENESS CHECK (expected to fail until the translator has added every packet language to
the resource texts): lists every text in resources/ that the packet prints but that lacks one of
the packet languages. Until then the packet prints English in its place (`text_in` fallback).
This is a to-do list for the translator, not a check of the program's behaviour."""

from __future__ import annotations

from assistant.catalogue import catalogue
from assistant.packet.i18n import PACKET_LANGUAGES


def _printed_texts() -> list[tuple[str, dict[str, str]]]:
    cat = catalogue()
    out: list[tuple[str, dict[str, str]]] = []
    for r in cat.rules:
        out += [(f"{r.id}.message", r.message), (f"{r.id}.why", r.why)]
    for d in cat.documents:
        out += [(f"{d.id}.name", d.name), (f"{d.id}.why", d.why), (f"{d.id}.note", d.note)]
    for f in cat.fees:
        out.append((f"{f.id}.label", f.label))
    out += [("fees.note", cat.fee_note), ("fees.ask_authority", cat.fee_ask_authority)]
    for dl in cat.deadlines:
        out += [(f"{dl.id}.label", dl.label), (f"{dl.id}.note", dl.note)]
    for a in cat.authorities.values():
        out += [(f"{a.id}.name", a.name), (f"{a.id}.hours", a.hours),
                (f"{a.id}.directions", a.directions)]
        out += [(f"{a.id}.booking_steps[{i}]", s) for i, s in enumerate(a.booking_steps)]
    return [(k, v) for k, v in out if v]


def test_completeness_resource_texts_in_every_packet_language() -> None:
    missing = {}
    for key, text in _printed_texts():
        lacking = [lang for lang in PACKET_LANGUAGES if not text.get(lang)]
        if lacking:
            missing[key] = lacking
    report = "\n".join(f"  {k}: {', '.join(v)}" for k, v in sorted(missing.items()))
    assert not missing, (
        f"{len(missing)} resource texts printed in the packet lack a packet language "
        f"(English is printed instead):\n{report}"
    )
