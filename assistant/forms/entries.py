"""What the program writes on a form, entry by entry, with the form's German labels: for the
sheet "what you sign" of a form without a translation (assistant/packet/sign.py), so that the
person sees what they sign even where the program cannot say what the form asks."""

from __future__ import annotations

from datetime import date
from functools import cache

from ..derive import derive
from ..model import Case
from .engine import load_form
from .values import APPLICANT, ChoiceValue, collect


@cache
def _value_names() -> dict[str, dict[str, str]]:
    """A field's name (its last part: `sex`) -> value -> its German word, the wizard's words
    as `forms fields` lists them ("female" -> "weiblich", "true" -> "ja")."""
    from .reference import case_fields

    out: dict[str, dict[str, str]] = {}
    for f in case_fields():
        for value, de, _en in f.values:
            if de:
                out.setdefault(f.path.rsplit(".", 1)[-1], {}).setdefault(value, de)
    return out


def _whose(owner: str, label: str) -> str:
    return label if owner in ("", APPLICANT[0]) else f"{owner}: {label}"


def _word(cv: ChoiceValue) -> str:
    """The German word of a ticked choice's answer."""
    if cv.spec.kind == "check":
        return "ja"
    if cv.answer in cv.spec.values:
        return cv.spec.values[cv.answer].split(" / ")[0]
    source = cv.spec.sources[0].rsplit(".", 1)[-1] if cv.spec.sources else ""
    names = _value_names()
    return names.get(source, {}).get(cv.answer) or \
        {"true": "ja", "false": "nein"}.get(cv.answer, cv.answer)


def filled_entries(case: Case, form: str, today: date) -> list[tuple[str, str]]:
    """(the entry's German label, what is written there) for every entry of the form `form` (an
    id or a profile's path) that the case fills, in the profile's order; a ticked choice as the
    German word of the answer; what goes on the continuation sheet too."""
    loaded = load_form(form)
    case = derive(case, bilingual=loaded.profile.form.bilingual)
    values = collect(case, loaded.profile, loaded.labels, today)
    out: list[tuple[int, str, str]] = []
    for tv in values.texts:
        if tv.text:
            out.append((tv.order, _whose(tv.owner[0], tv.label_de), tv.text))
    for cv in values.choices:
        if cv.export is not None:
            out.append((cv.order, _whose(cv.owner[0], cv.label_de), _word(cv)))
    for entry in values.overflow:
        out.append((entry.order, _whose(entry.owner_de, entry.label_de), entry.value))
    return [(label, text) for _order, label, text in sorted(out, key=lambda e: e[0])]
