"""Form values that follow from other answers, filled in where the case leaves them empty.

The application form asks for a purpose of stay, a university or employer with its address, the
means of subsistence and the intended employment. The wizard does not ask these again: it knows
the purpose, the university, the finances and the work from its own pages. `derive(case)` writes
them in the form's words (resources/form_texts.toml); an answer the person typed (or a case file
holds) always wins. `derivations(purpose)` declares, per purpose, which case paths are derived
and from which answers; tests/test_form_needs.py checks with it that every path a form reads is
asked or derived.

The form is filled with `derive`'s result (assistant/forms/engine.py, `fill_form`), so the CLI,
the packet and the wizard's preview all print the same values; the case itself is not changed.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .answer_lists import answer_lists, german
from .datafiles import read_toml
from .errors import ResourceError
from .model import Case, Purpose, Sex
from .paths import RESOURCES

TEXTS_FILE = RESOURCES / "form_texts.toml"
ADDRESS_PARTS = ("street", "postcode", "place")  # of an institution's address (PostalAddress)

# A detail of the purpose text -> the case path it is read from.
DETAIL_SOURCES = {
    "degree": "study.degree",
    "prepares_for": "study.language_course.prepares_for",
    "subject": "study.subject",
    "institution": "study.institution.name",
    "studienkolleg": "study.studienkolleg.name",
    "host": "host.name",
}
# Details written in brackets after the purpose's words; the others follow after commas.
_QUALIFIERS = ("degree", "prepares_for")

FINANCE_SOURCES = (
    "finances.blocked_account", "finances.blocked_account_monthly_eur", "finances.scholarship",
    "finances.daad_scholarship", "finances.scholarship_german_public_funds",
    "finances.verpflichtungserklaerung", "finances.own_income_monthly_eur",
    "finances.other_means",
)
WORK_SOURCES = (
    "work.full_days_per_year", "work.half_days_per_year", "work.student_assistant",
    "work.mandatory_internship", "work.voluntary_internship", "work.self_employed",
)

Words = tuple[str, str]  # (German, English)


# --- the texts ------------------------------------------------------------------------------


def _words(raw: Any, where: str) -> Words:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) and raw[k]
                                            for k in ("de", "en")):
        raise ResourceError(f"{TEXTS_FILE}: '{where}' needs the texts 'de' and 'en'")
    return raw["de"], raw["en"]


@cache
def _texts() -> dict[str, Any]:
    doc = read_toml(TEXTS_FILE)
    purposes: dict[str, tuple[Words, tuple[str, ...]]] = {}
    for key, raw in doc.get("purpose", {}).items():
        if key not in {p.value for p in Purpose}:
            raise ResourceError(f"{TEXTS_FILE}: 'purpose.{key}' is not a purpose of the case "
                                f"(known: {', '.join(p.value for p in Purpose)})")
        details = tuple(raw.get("details", []))
        unknown = sorted(set(details) - set(DETAIL_SOURCES))
        if unknown:
            raise ResourceError(f"{TEXTS_FILE}: 'purpose.{key}': unknown details {unknown} "
                                f"(known: {', '.join(DETAIL_SOURCES)})")
        purposes[key] = (_words(raw, f"purpose.{key}"), details)
    tables: dict[str, dict[str, Any]] = {
        name: {key: _words(raw, f"{name}.{key}") for key, raw in doc.get(name, {}).items()}
        for name in ("degree", "subsistence")}
    tables["employment"] = {}
    for key, raw in doc.get("employment", {}).items():
        if not isinstance(raw, str) or not raw:
            raise ResourceError(f"{TEXTS_FILE}: 'employment.{key}' is one German text")
        tables["employment"][key] = raw
    for name, keys in (("subsistence", ("blocked_account", "blocked_account_monthly",
                                        "scholarship", "daad", "german_public_funds",
                                        "verpflichtungserklaerung", "own_income_monthly")),
                       ("employment", ("full_days", "half_days", "student_assistant",
                                       "mandatory_internship", "voluntary_internship",
                                       "self_employed"))):
        missing = [k for k in keys if k not in tables[name]]
        if missing:
            raise ResourceError(f"{TEXTS_FILE}: [{name}] lacks {', '.join(missing)}")
    return {"purpose": purposes, **tables,
            "prepares_for": _words(doc.get("prepares_for"), "prepares_for")}


# --- what is derived from what --------------------------------------------------------------


def derivations(purpose: Purpose | str) -> dict[str, tuple[str, ...]]:
    """The case paths `derive` fills for a purpose, each with the answers it is made from."""
    purpose = Purpose(purpose)
    out: dict[str, tuple[str, ...]] = {}
    described = _texts()["purpose"].get(purpose.value)
    if described is not None:
        out["purpose_of_stay"] = ("application.purpose",
                                  *(DETAIL_SOURCES[d] for d in described[1]))
    if purpose is Purpose.STUDIENKOLLEG:
        out["host.name"] = ("study.studienkolleg.name",)
    else:
        out["host.name"] = ("study.institution.name",)
        out.update({f"host.address.{part}": (f"study.institution.address.{part}",)
                    for part in ADDRESS_PARTS})
    out["subsistence"] = FINANCE_SOURCES
    out["intended_employment"] = WORK_SOURCES
    return out


def derived_paths() -> frozenset[str]:
    """Every case path `derive` may fill, for some purpose."""
    return frozenset(path for p in Purpose for path in derivations(p))


# --- writing the values -----------------------------------------------------------------------


def _both(words: Words, bilingual: bool) -> str:
    de, en = words
    return f"{de} / {en}" if bilingual and en != de else de


def _amount(value: int, lang: str) -> str:
    """992, 1.200 (German) or 1,200 (English): the case's own number."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "de" else text


def _fill(words: Words, **values: Any) -> Words:
    de, en = words
    return (de.format(**{k: _amount(v, "de") if isinstance(v, int) else v
                         for k, v in values.items()}),
            en.format(**{k: _amount(v, "en") if isinstance(v, int) else v
                         for k, v in values.items()}))


def _bracketed(head: Words, qualifiers: list[Words]) -> Words:
    if not qualifiers:
        return head
    return (f"{head[0]} ({', '.join(q[0] for q in qualifiers)})",
            f"{head[1]} ({', '.join(q[1] for q in qualifiers)})")


def purpose_text(case: Case, bilingual: bool = False) -> str:
    """"Studium (Master), Geotechnik und Bergbau, TU Bergakademie Freiberg"; empty for a purpose
    the person describes ("other")."""
    texts = _texts()
    described = texts["purpose"].get(case.application.purpose.value)
    if described is None:
        return ""
    words, details = described
    study = case.study
    qualifiers: list[Words] = []
    names: list[str] = []
    for detail in details:
        if detail == "degree":
            if study.degree is not None and study.degree.value in texts["degree"]:
                qualifiers.append(texts["degree"][study.degree.value])
        elif detail == "prepares_for":
            what = study.language_course.prepares_for if study.language_course else ""
            if what:
                qualifiers.append(_fill(texts["prepares_for"], what=what))
        else:
            name = {
                "subject": study.subject,
                "institution": study.institution.name,
                "studienkolleg": study.studienkolleg.name if study.studienkolleg else "",
                "host": case.host.name,
            }[detail]
            if name:
                names.append(name)
    return ", ".join([_both(_bracketed(words, qualifiers), bilingual), *names])


def subsistence_text(case: Case, bilingual: bool = False) -> str:
    """"Sperrkonto, 992 € monatlich; Stipendium (DAAD); Verpflichtungserklärung; eigenes
    Einkommen 450 € monatlich; <other means>"; empty when no means are given."""
    t = _texts()["subsistence"]
    f = case.finances
    parts: list[str] = []
    if f.blocked_account:
        monthly = f.blocked_account_monthly_eur
        parts.append(_both(_fill(t["blocked_account_monthly"], amount=monthly) if monthly
                           else t["blocked_account"], bilingual))
    if f.scholarship or f.daad_scholarship or f.scholarship_german_public_funds:
        kinds = [t[k] for k, on in (("daad", f.daad_scholarship),
                                    ("german_public_funds", f.scholarship_german_public_funds))
                 if on]
        parts.append(_both(_bracketed(t["scholarship"], kinds), bilingual))
    if f.verpflichtungserklaerung:
        parts.append(_both(t["verpflichtungserklaerung"], bilingual))
    if f.own_income_monthly_eur:
        parts.append(_both(_fill(t["own_income_monthly"], amount=f.own_income_monthly_eur),
                           bilingual))
    if f.other_means:
        parts.append(f.other_means)
    return "; ".join(parts)


def employment_text(case: Case) -> str:
    """The work next to the studies or course, in German (its place on the form is one short
    line): "40 halbe Arbeitstage im Jahr; studentische Hilfskraft"; empty when none is planned."""
    t = _texts()["employment"]
    w = case.work
    parts: list[str] = []
    if w.full_days_per_year:
        parts.append(t["full_days"].format(days=_amount(w.full_days_per_year, "de")))
    if w.half_days_per_year:
        parts.append(t["half_days"].format(days=_amount(w.half_days_per_year, "de")))
    for key, on in (("student_assistant", w.student_assistant),
                    ("mandatory_internship", w.mandatory_internship),
                    ("voluntary_internship", w.voluntary_internship),
                    ("self_employed", w.self_employed)):
        if on:
            parts.append(t[key])
    return "; ".join(parts)


def derived_values(case: Case, bilingual: bool = False) -> dict[str, str]:
    """The values `derive` fills in: only where the case leaves the path empty, only non-empty
    ones. The host's address comes whole (street, postcode and place) from the university's,
    and only where the host has no address part of its own."""
    out: dict[str, str] = {}
    if not case.host.name:
        if case.application.purpose is Purpose.STUDIENKOLLEG:
            name = case.study.studienkolleg.name if case.study.studienkolleg else ""
            address = None
        else:
            name, address = case.study.institution.name, case.study.institution.address
        if name:
            out["host.name"] = name
        if address is not None and not case.host.address.one_line():
            out.update({f"host.address.{part}": getattr(address, part)
                        for part in ADDRESS_PARTS if getattr(address, part)})
    host = out.get("host.name", case.host.name)
    with_host = case.model_copy(update={"host": case.host.model_copy(update={"name": host})})
    for path, value, typed in (
        ("purpose_of_stay", purpose_text(with_host, bilingual), case.purpose_of_stay),
        ("subsistence", subsistence_text(case, bilingual), case.subsistence),
        ("intended_employment", employment_text(case), case.intended_employment),
    ):
        if value and not typed:
            out[path] = value
    return out


def listed_in_german(case: Case) -> Case:
    """The case with every answer chosen from a list of common answers (resources/
    answer_lists.toml: the profession learned, the intended employment, an earlier stay's
    purpose, the eye colour) as its German name, for a woman in the female form ("engineer":
    Ingenieurin); a typed answer stays as typed. A copy where something changed."""
    female = case.person.sex is Sex.FEMALE

    def in_german(obj: Any, parts: list[str], path: str) -> Any:
        head, *rest = parts
        value = getattr(obj, head, None)
        if not rest:
            new = german(path, value, female) if isinstance(value, str) else value
        elif isinstance(value, list):
            rows = [in_german(row, rest, path) for row in value]
            new = rows if any(a is not b for a, b in zip(rows, value, strict=True)) else value
        elif value is not None:
            new = in_german(value, rest, path)
        else:
            new = value
        return obj if new is value or new == value else obj.model_copy(update={head: new})

    for answers in answer_lists().values():
        for path in answers.paths:
            case = in_german(case, path.split("."), path)
    return case


def derive(case: Case, bilingual: bool = False) -> Case:
    """The case with the derived values filled in where it leaves them empty, and the answers
    chosen from a list in German (a copy; `case` is not changed). `bilingual`: German and
    English, for a bilingual form."""
    case = listed_in_german(case)
    values = derived_values(case, bilingual)
    if not values:
        return case
    host: dict[str, Any] = {k.removeprefix("host."): v for k, v in values.items()
                            if k.startswith("host.") and not k.startswith("host.address.")}
    address = {k.removeprefix("host.address."): v for k, v in values.items()
               if k.startswith("host.address.")}
    if address:
        host["address"] = case.host.address.model_copy(update=address)
    update: dict[str, Any] = {k: v for k, v in values.items() if not k.startswith("host.")}
    if host:
        update["host"] = case.host.model_copy(update=host)
    return case.model_copy(update=update)
