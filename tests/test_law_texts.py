"""Every number a text states comes from its parameter through a placeholder (issue 13, point 2).

The texts are those of resources/: rule messages and reasons, documents, deadlines, fee lines and
notes, packet texts, in all seven languages. A digit in a text is allowed only inside a
placeholder (`{days}`), as a paragraph number (`§ 16b Abs. 3`, `Art. 2`, Arabic `المادة 45`) or as
the year of a law's title (`vom 16.8.2023`); anything else fails, and a number equal to a value of
a parameter the entry reads is named with that parameter."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from rule_cases import run

from assistant.catalogue import Catalogue, catalogue
from assistant.datafiles import read_toml
from assistant.paths import RESOURCES
from assistant.texts import LANGUAGES

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
PARAGRAPH = re.compile(
    r"(§§?|Abs\.|Nr\.|Satz|S\.|Art\.|Artikel|Absatz|Nummer|المادة)\s*\d+[a-z]?"
    r"(\s*(,|und|bis|-|–)\s*\d+[a-z]?)*")
TITLE_DATE = re.compile(r"\b(vom|v\.)\s*\d{1,2}\.\s*\d{1,2}\.\s*\d{4}")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")

Entry = tuple[str, str, dict[str, str], set[str]]  # where, id, text, parameters the entry reads


def stray_numbers(text: str) -> list[str]:
    rest = PLACEHOLDER.sub(" ", text)
    rest = TITLE_DATE.sub(" ", rest)
    rest = PARAGRAPH.sub(" ", rest)
    return NUMBER.findall(rest)


def _params(*expressions: str) -> set[str]:
    return {m for e in expressions for m in re.findall(r"param\.([a-z_]+\.[a-z_0-9]+)", e)}


def entries(cat: Catalogue) -> Iterator[Entry]:
    for r in cat.rules:
        used = _params(r.when, *r.values.values())
        yield "rules", r.id, r.message, used
        if r.why:
            yield "rules", r.id, r.why, used
    for d in cat.documents:
        used = _params(d.when, *d.values.values())
        for text in (d.name, d.why, d.note, *(n.text for n in d.extra_notes)):
            if text:
                yield "documents", d.id, text, used
    for dl in cat.deadlines:
        used = _params(dl.when, dl.date, *dl.values.values())
        for text in (dl.label, dl.note):
            if text:
                yield "deadlines", dl.id, text, used
    for f in cat.fees:
        yield "fees", f.id, f.label, _params(f.when, f.amount, *f.values.values())
    yield "fees", "note", cat.fee_note, set()
    yield "fees", "ask_authority", cat.fee_ask_authority, set()
    for key, value in read_toml(RESOURCES / "packet_texts.toml").items():
        if isinstance(value, dict):
            yield "packet_texts", key, {k: v for k, v in value.items() if isinstance(v, str)}, set()


def _values_of(cat: Catalogue, pid: str) -> set[str]:
    return {str(v.value) for v in cat.parameters[pid].values if isinstance(v.value, int)}


def test_the_texts_are_found():
    found = list(entries(catalogue()))
    assert len({e[1] for e in found if e[0] == "rules"}) == len(catalogue().rules)
    assert any(e[0] == "packet_texts" for e in found) and any(e[0] == "deadlines" for e in found)


def test_no_text_states_a_number_that_is_not_a_placeholder():
    cat = catalogue()
    problems = []
    for where, ident, text, used in entries(cat):
        for lang, value in text.items():
            for number in stray_numbers(value):
                params = [p for p in sorted(used) if number in _values_of(cat, p)]
                hint = f" (the value of {', '.join(params)}: use its placeholder)" if params else ""
                problems.append(f"{where} {ident} [{lang}]: '{number}'{hint}")
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_number_written_into_a_text():
    assert stray_numbers("Sie dürfen 140 Tage arbeiten (§ 16b Abs. 3 AufenthG).") == ["140"]
    assert stray_numbers("bis {max_full} ganze Tage (§ 16b Abs. 3 AufenthG)") == []
    assert stray_numbers("Gesetz vom 16.8.2023; المادة 45") == []


def test_every_placeholder_of_a_printed_text_has_its_value():
    """Documents, deadlines and fee lines are printed filled; a placeholder without a value would
    be printed as `{days}`."""
    cat = catalogue()
    problems = []
    keyed = {("rules", r.id): r.values for r in cat.rules}
    keyed |= {("documents", d.id): d.values for d in cat.documents}
    keyed |= {("deadlines", d.id): d.values for d in cat.deadlines}
    keyed |= {("fees", f.id): f.values for f in cat.fees}
    for where, ident, text, _used in entries(cat):
        if where == "packet_texts" or (where, ident) not in keyed:
            continue
        for lang, value in text.items():
            missing = set(PLACEHOLDER.findall(value)) - set(keyed[where, ident])
            if missing:
                problems.append(f"{where} {ident} [{lang}]: {sorted(missing)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_the_numbers_of_the_day_are_printed_in_every_language(lang):
    """The same 150 planned days are told against the 120 days of the law before 1.3.2024 (the
    seed's work.over_limit) and the 140 of the working-day account from then on
    (work.account_over_limit), in each language: the number is the parameter's, not the text's."""
    before = run({"work.full_days_per_year": 150}, today=date(2024, 2, 29))
    after = run({"work.full_days_per_year": 150}, today=date(2024, 3, 1))
    old = next(f for f in before.findings if f.id == "work.over_limit")
    new = next(f for f in after.findings if f.id == "work.account_over_limit")
    assert old.values["max_full"] == 120 and new.values["limit"] == 140
    assert "120" in old.text(lang) and "120" in old.why_text(lang)
    assert "140" in new.text(lang) and "120" not in new.text(lang)
    for finding in (old, new):
        assert "{" not in finding.why_text(lang) and "{" not in finding.text(lang)


WORDS = {
    "de": ["null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
           "elf", "zwölf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve"],
}


def test_no_text_writes_out_in_words_a_number_of_a_parameter_it_reads():
    """'six weeks' in a text that reads the six weeks of a parameter would stay 'six' when the
    value changes: the placeholder must say it."""
    cat = catalogue()
    problems = []
    for where, ident, text, used in entries(cat):
        values = {int(v) for p in used for v in _values_of(cat, p) if 1 < int(v) <= 12}
        for lang, words in WORDS.items():
            for n in sorted(values):
                if re.search(rf"\b{words[n]}\b", text.get(lang, ""), flags=re.I):
                    problems.append(f"{where} {ident} [{lang}]: '{words[n]}' ({n})")
    assert not problems, "\n".join(problems)
