"""The fee estimate: resources/fees.toml with the amounts in resources/parameters/fees.toml.

Sources: 002_42fad1ad22d34fdb.txt, "1.4. Costs for the initial application" and "2.2 Costs of
renewing the residence permit"; 001_640c1961240af47c.txt, "Gebühren": "Die Gebühren werden nach
§ 45 Aufenthaltsverordnung erhoben."
"""

from __future__ import annotations

from datetime import date

import pytest
from law_quotes import quote_in_source
from seed_quotes import TODAY, quote_in_seed, rules_free, run

from assistant.catalogue import ParameterValue, catalogue
from assistant.engine import assess
from assistant.model import Case


def lines(**parts) -> dict[str, int | None]:
    return {line.id: line.amount_cents for line in run(**parts).fees.lines}


def test_every_fee_line_cites_a_seed_or_statute_and_the_quote_is_there(shared_dir):
    for fee in catalogue().fees:
        assert fee.label["de"] and fee.label["en"] and fee.quote, fee.id
        if fee.source.startswith(("001_", "002_")):
            assert quote_in_seed(shared_dir / "seeds", fee.source, fee.quote), fee.id
        else:
            assert fee.source.startswith("§"), fee.id
    for pid, spec in catalogue().parameters.items():
        if pid.startswith("fee."):
            for value in spec.values:
                assert quote_in_source(shared_dir, value.source, value.quote), (pid, value)


@pytest.mark.parametrize(("months", "fee_id", "cents"), [
    # 002, 1.4: "processing fee for the first application for a residence permit for a period of
    # up to one year: 100 euros"
    (6, "fee.first_up_to_1y", 10000),
    (12, "fee.first_up_to_1y", 10000),
    # 002, 1.4: "Costs for a period of more than one year: 110 Euro"
    (13, "fee.first_over_1y", 10000),
    (24, "fee.first_over_1y", 10000),
])
def test_first_permit_by_duration(months, fee_id, cents):
    estimate = run(application={"requested_duration_months": months}).fees
    assert [(line.id, line.amount_cents) for line in estimate.lines] == [(fee_id, cents)]
    assert estimate.total_cents == cents and not estimate.ask_authority
    # the line shows the value of the day: § 45 AufenthV as in force from 1.9.2017
    line = estimate.lines[0]
    assert line.valid_from == date(2017, 9, 1) and line.source.startswith("§ 45 Abs. 1 Nr. 1")
    assert "100 Euro" in line.quote


def test_a_fee_line_of_2016_shows_the_seed_amount_and_its_source():
    line = run(date(2016, 6, 1), application={"requested_duration_months": 24}).fees.lines[0]
    assert (line.id, line.amount_cents, line.valid_from) == ("fee.first_over_1y", 11000,
                                                             date(2011, 9, 1))
    assert line.source.startswith("002_") and "110 Euro" in line.quote


@pytest.mark.parametrize(("months", "fee_id", "cents"), [
    # 002, 2.2: "Extension for up to three months: 65,00 Euro"
    (1, "fee.extension_up_to_3m", 9600),
    (3, "fee.extension_up_to_3m", 9600),
    # 002, 2.2: "Extension for more than three months: 80,00 Euro"
    (4, "fee.extension_over_3m", 9300),
    (24, "fee.extension_over_3m", 9300),
])
def test_extension_by_duration(months, fee_id, cents):
    got = lines(application={"kind": "extension", "requested_duration_months": months},
                status={"kind": "residence_permit", "valid_until": "2027-06-30"})
    assert got == {fee_id: cents}


@pytest.mark.parametrize(("kind", "fee_id"), [
    ("first_permit", "fee.first_duration_unknown"),
    ("extension", "fee.extension_duration_unknown"),
])
def test_unknown_duration_does_not_guess(kind, fee_id):
    estimate = run(application={"kind": kind, "requested_duration_months": None},
                   status={"kind": "residence_permit", "valid_until": "2027-06-30"}).fees
    assert [(line.id, line.amount_cents) for line in estimate.lines] == [(fee_id, None)]
    assert estimate.total_cents is None and estimate.ask_authority
    assert "ask the immigration authority" in estimate.note["en"]


@pytest.mark.parametrize(("kind", "fee_id"), [
    # 002, 3 names no fee: "You must make another appointment at the immigration office and
    # provide your new registration certificate."
    ("address_change", "fee.address_change"),
    # 002, 4 names no fee: "Unless you apply for an extension of this period at the immigration
    # office."
    ("absence_permission", "fee.absence_permission"),
])
def test_no_amount_cited_means_ask_the_authority(kind, fee_id):
    estimate = run(application={"kind": kind}).fees
    assert [(line.id, line.amount_cents) for line in estimate.lines] == [(fee_id, None)]
    assert estimate.ask_authority and estimate.total_cents is None
    assert "fragen Sie die Ausländerbehörde" in estimate.note["de"]


def test_fiktionsbescheinigung_line_only_when_the_card_cannot_be_ready_in_time():
    # § 81 Abs. 5 AufenthG: "Dem Ausländer ist eine Bescheinigung über die Wirkung seiner
    # Antragstellung (Fiktionsbescheinigung) auszustellen." 002, 1.5: "The residence permit is a
    # plastic card that needs approx. 30 days to be made."
    base = {"application": {"kind": "extension", "requested_duration_months": 12}}
    soon = lines(**base, status={"kind": "residence_permit", "valid_until": "2026-12-10"})
    # § 47 Abs. 1 Nr. 8 AufenthV: "für die Ausstellung einer Fiktionsbescheinigung nach § 81
    # Abs. 5 des Aufenthaltsgesetzes 13 Euro"
    assert soon == {"fee.extension_over_3m": 9300, "fee.fiktionsbescheinigung": 1300}
    assert run(**base, status={"kind": "residence_permit",
                               "valid_until": "2026-12-10"}).fees.total_cents == 10600
    later = lines(**base, status={"kind": "residence_permit", "valid_until": "2027-03-01"})
    assert "fee.fiktionsbescheinigung" not in later
    expired = lines(**base, status={"kind": "residence_permit", "valid_until": "2026-11-01"})
    assert "fee.fiktionsbescheinigung" not in expired


def test_daad_exception_is_an_exemption_line_without_an_amount():
    # 002, 1.4: "Exceptions apply to DAAD scholarship holders"
    estimate = run(finances={"daad_scholarship": True}).fees
    assert [(e.id, e.amount_cents) for e in estimate.exemptions] == [("fee.daad_exception", None)]
    assert estimate.ask_authority and estimate.total_cents == 10000
    assert run().fees.exemptions == []


def test_the_estimate_says_it_is_an_estimate_under_45_aufenthv():
    # 001, "Gebühren": "Die genauen Gebührenhöhen können Sie bei der zuständigen
    # Ausländerbehörde erfragen." and "Die Gebühren werden nach § 45 Aufenthaltsverordnung erhoben."
    note = run().fees.note
    assert "Schätzung" in note["de"] and "§ 45 AufenthV" in note["de"]
    assert "estimate" in note["en"] and "throughout Germany" in note["en"]


def test_a_new_amount_applies_from_its_valid_from_date():
    cat = rules_free()
    spec = cat.parameters["fee.first_over_1y_cents"]
    changed = spec.model_copy(update={"values": [
        *spec.values, ParameterValue(valid_from=date(2027, 1, 1), value=12300,
                                     source="§ 45 Nr. 1 AufenthV", quote="a changed amount",
                                     as_of="2027-01-01"),
    ]})
    cat = cat.model_copy(update={"parameters": {**cat.parameters, spec.id: changed}})
    case = Case.model_validate({"application": {"requested_duration_months": 24}})
    assert assess(case, TODAY, cat).fees.total_cents == 10000
    assert assess(case, date(2027, 1, 1), cat).fees.total_cents == 12300


def test_public_scholarship_and_minors_are_named_as_exemptions_under_the_aufenthv():
    # § 52 Abs. 5 AufenthV: "Ausländer, die für ihren Aufenthalt im Bundesgebiet ein Stipendium aus
    # öffentlichen Mitteln erhalten, sind befreit von den Gebühren nach ... § 45 Nummer 1 und 2";
    # § 50 Abs. 1 AufenthV: Minderjährige zahlen die Hälfte.
    scholar = run(finances={"scholarship_german_public_funds": True}).fees
    assert [e.id for e in scholar.exemptions] == ["fee.public_scholarship_exemption"]
    assert scholar.ask_authority and "§ 52 Abs. 5 AufenthV" in scholar.exemptions[0].label["de"]
    minor = run(person={"date_of_birth": "2010-01-01"}).fees
    assert [e.id for e in minor.exemptions] == ["fee.minor_half"]
    assert "half" in minor.exemptions[0].label["en"]
    assert run().fees.exemptions == []


def test_a_minor_pays_half_and_the_total_says_so():
    # § 50 Abs. 1 AufenthV: "Gebühren in Höhe der Hälfte der in den §§ 44, 45, … § 47 Absatz 1 …
    # bestimmten Gebühren"
    minor = run(person={"date_of_birth": "2010-01-01"}).fees
    assert [(e.id, e.amount_cents) for e in minor.exemptions] == [("fee.minor_half", -5000)]
    assert minor.total_cents == 5000
    assert "§ 50 Abs. 1 S. 1 AufenthV" in minor.exemptions[0].source


def test_a_public_scholarship_waives_the_fee_and_the_total_is_zero():
    # § 52 Abs. 5 AufenthV: "sind befreit von den Gebühren nach … § 45 Nummer 1 und 2"
    scholar = run(finances={"scholarship_german_public_funds": True}).fees
    assert [(e.id, e.amount_cents) for e in scholar.exemptions] == [
        ("fee.public_scholarship_exemption", -10000)]
    assert scholar.total_cents == 0
    # both: nothing is left to halve, and the total never goes below nothing
    both = run(person={"date_of_birth": "2010-01-01"},
               finances={"scholarship_german_public_funds": True}).fees
    assert both.total_cents == 0
    assert sum(e.amount_cents or 0 for e in both.exemptions) == -10000


def test_an_exemption_not_known_on_the_day_is_listed_but_not_applied():
    # § 52 Abs. 5 is known from the text of 30.1.2026 only: in 2024 it is named, the total stays
    # whole and the estimate says to ask the authority.
    scholar = run(today=date(2024, 6, 1), finances={"scholarship_german_public_funds": True}).fees
    assert [(e.id, e.amount_cents) for e in scholar.exemptions] == [
        ("fee.public_scholarship_exemption", None)]
    assert scholar.total_cents == 10000
    assert "fragen Sie die Ausländerbehörde" in scholar.note["de"]


@pytest.mark.parametrize(("held", "applied", "fee_id", "cents"), [
    # § 45 Abs. 1 Nr. 3 AufenthV: "für die durch einen Wechsel des Aufenthaltszwecks veranlasste
    # Änderung der Aufenthaltserlaubnis einschließlich deren Verlängerung 98 Euro"
    ("language_course", "study", "fee.change_of_purpose", 9800),
    ("study", "job_search_graduate", "fee.change_of_purpose", 9800),
    ("study_applicant", "study", "fee.change_of_purpose", 9800),
    # § 16b Abs. 1 S. 2 AufenthG: the study purpose includes the preparatory measures
    ("studienkolleg", "study", "fee.extension_over_3m", 9300),
    ("study", "study", "fee.extension_over_3m", 9300),
    # a doctorate has more than one possible basis: no change assumed
    ("phd", "study", "fee.extension_over_3m", 9300),
])
def test_an_extension_for_another_purpose_is_a_change_of_purpose(held, applied, fee_id, cents):
    got = lines(application={"kind": "extension", "purpose": applied,
                             "requested_duration_months": 12},
                status={"kind": "residence_permit", "valid_until": "2027-06-01",
                        "purpose": held})
    assert got == {fee_id: cents}


def test_the_fiktionsbescheinigung_cost_20_euro_until_31_8_2017():
    # solingen.de: "Ausstellung einer Fiktionsbescheinigung: 20,00 € (ab dem 01.09.2017: 13,00
    # Euro)"; the old § 47 Abs. 1 Nr. 8: "20 Euro"
    cat = catalogue()
    assert cat.params_at(date(2017, 8, 31))["fee"]["fiktion_cents"] == 2000
    assert cat.params_at(date(2017, 9, 1))["fee"]["fiktion_cents"] == 1300
