"""Our form's fields match the case model: no case field without a place, no field without a
source; the layout's labels fit their boxes."""

from __future__ import annotations

from pydantic import BaseModel

from assistant.forms.engine import load_form
from assistant.forms.profile import _unwrap
from assistant.model import Case, Relative

# Case fields that are not on the application form, and why.
NOT_ON_FORM = {
    "schema_version": "file format",
    "language": "the packet's language",
    "application.purpose": "the rules' purpose category; the form takes purpose_of_stay",
    "study": "situation for the rules engine, proven by documents",
    "finances": "situation for the rules engine; the form takes subsistence",
    "work": "situation for the rules engine",
    "absences": "absence permission, not part of this form",
    "submission": "when and how the application was handed in: for the follow-up, after the form",
    "status.purpose": "the purpose the current permit was granted for: the fee (a change of "
                      "purpose), not a question of the form",
    "father.sex": "implied", "mother.sex": "implied",
    "father.lives_in_germany": "the residence column says where",
    "mother.lives_in_germany": "the residence column says where",
    "father.included_in_application": "parents are not included",
    "mother.included_in_application": "parents are not included",
    "previous_stays": "a list: rows",  # covered by the list mapping below
    "children": "a list: rows",
}


def _leaves(model: type[BaseModel], prefix: str = "") -> set[str]:
    out: set[str] = set()
    for name, info in model.model_fields.items():
        typ, is_list = _unwrap(info.annotation)
        path = f"{prefix}{name}"
        if isinstance(typ, type) and issubclass(typ, BaseModel) and not is_list:
            out |= _leaves(typ, f"{path}.")
        else:
            out.add(path)
    return out


def _excluded(path: str) -> bool:
    return any(path == k or path.startswith(k + ".") for k in NOT_ON_FORM)


def test_every_case_field_has_a_place_on_our_form() -> None:
    profile = load_form("antrag-aufenthaltstitel").profile
    mapped = profile.case_paths()  # an address written as one line reads each of its parts
    missing = sorted(p for p in _leaves(Case) if not _excluded(p) and p not in mapped)
    assert missing == []
    lists = {lst.source: {s for f in lst.fields for s in f.sources} for lst in profile.lists}
    assert lists["children"] == set(Relative.model_fields)
    assert lists["previous_stays"] == {"from_date", "to_date", "place", "purpose"}


def test_every_form_field_has_a_source() -> None:
    form = load_form("antrag-aufenthaltstitel")
    profile = form.profile
    named = {f.name for f in profile.fields}
    for lst in profile.lists:
        named |= {f.name.replace("{n}", str(n)) for f in lst.fields
                  for n in range(1, lst.rows + 1)}
        named.add(lst.more)
    assert form.fields is not None
    assert sorted(set(form.fields) - named) == []
    assert sorted(named - set(form.fields)) == []


def test_child_rows_cover_at_least_four_children_and_three_stays() -> None:
    fields = load_form("antrag-aufenthaltstitel").fields
    assert fields is not None
    assert {"child4_first_names", "stay3_place", "spouse_family_name", "father_address",
            "mother_address", "height_cm", "eye_colour", "signature_place"} <= set(fields)


def test_a_profile_names_every_case_path_it_reads():
    """What the form reads, list columns under their list: the wizard's completeness check and
    the form-needs test start from this."""
    from assistant.forms.engine import load_form

    paths = load_form("antrag-aufenthaltstitel").profile.case_paths()
    assert {"person.family_name", "subsistence", "host.name"} <= paths
    assert "children.first_names" in paths and "previous_stays.place" in paths
    assert "first_names" not in paths  # a column never stands alone
