"""Every kind of question the interview can ask has an input that implements the whole input
contract (build, focus_widget, value, set_value): no kind falls back to the abstract base."""

from __future__ import annotations

from assistant.interview import FIELD_KINDS, interview
from ui import inputs

HOOKS = ("build", "focus_widget", "value", "set_value")


def test_every_field_kind_has_a_complete_input():
    kinds = {f.kind for f in interview().all_fields()} | set(FIELD_KINDS)
    assert kinds <= set(inputs._KINDS), sorted(kinds - set(inputs._KINDS))
    for kind in sorted(kinds):
        cls = inputs._KINDS[kind]
        inherited = [h for h in HOOKS if getattr(cls, h) is getattr(inputs.FieldInput, h)]
        assert inherited == [], f"{kind} ({cls.__name__}) lacks {inherited}"


def test_values_round_trip_through_each_input(qtbot):
    samples = {"text": "Şahin", "name": "Nguyễn", "email": "a@example.org", "phone": "+49 341 1",
               "multiline": "Zeile 1\nZeile 2", "int": 168, "yesno": True, "check": True}
    for f in interview().all_fields():
        if f.kind not in samples:
            continue
        widget = inputs.make_input(f, f.path)
        qtbot.addWidget(widget)
        widget.set_value(samples[f.kind])
        assert widget.value() == samples[f.kind], f.path
