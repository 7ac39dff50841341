"""The 13 immigration authorities and the lookup from where a person lives to the authority.

Rule: 001_640c1961240af47c.txt, "Zuständige Ausländerbehörden": "Wenn Sie in Chemnitz, Dresden
oder Leipzig wohnen, ist das die Stadtverwaltung, ansonsten das Landratsamt."
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.authorities import LookupStatus, find_authority, place_key, suggest_places
from assistant.catalogue import MunicipalitySpec, catalogue
from assistant.engine import assess
from assistant.model import Address, Case

CITIES = {"chemnitz", "dresden", "leipzig"}
DISTRICTS = {
    "bautzen",
    "erzgebirgskreis",
    "goerlitz",
    "landkreis_leipzig",
    "meissen",
    "mittelsachsen",
    "nordsachsen",
    "saechsische_schweiz_osterzgebirge",
    "vogtlandkreis",
    "zwickau",
}

# Seat of each district (Kreisstadt) -> its authority.
DISTRICT_SEATS = {
    "Bautzen": "bautzen",
    "Annaberg-Buchholz": "erzgebirgskreis",
    "Görlitz": "goerlitz",
    "Borna": "landkreis_leipzig",
    "Meißen": "meissen",
    "Freiberg": "mittelsachsen",
    "Torgau": "nordsachsen",
    "Pirna": "saechsische_schweiz_osterzgebirge",
    "Plauen": "vogtlandkreis",
    "Zwickau": "zwickau",
}

# Towns with a university, Hochschule or Berufsakademie site, and further towns named in the
# issue, with the authority of their district.
TOWNS = {
    "Dresden": "dresden",
    "Leipzig": "leipzig",
    "Chemnitz": "chemnitz",
    "Freiberg": "mittelsachsen",
    "Brand-Erbisdorf": "mittelsachsen",
    "Döbeln": "mittelsachsen",
    "Mittweida": "mittelsachsen",
    "Zwickau": "zwickau",
    "Glauchau": "zwickau",
    "Werdau": "zwickau",
    "Crimmitschau": "zwickau",
    "Zittau": "goerlitz",
    "Görlitz": "goerlitz",
    "Löbau": "goerlitz",
    "Weißwasser": "goerlitz",
    "Niesky": "goerlitz",
    "Rothenburg/O.L.": "goerlitz",
    "Meißen": "meissen",
    "Riesa": "meissen",
    "Radebeul": "meissen",
    "Coswig": "meissen",
    "Großenhain": "meissen",
    "Plauen": "vogtlandkreis",
    "Reichenbach im Vogtland": "vogtlandkreis",
    "Bautzen": "bautzen",
    "Hoyerswerda": "bautzen",
    "Kamenz": "bautzen",
    "Breitenbrunn": "erzgebirgskreis",
    "Schneeberg": "erzgebirgskreis",
    "Annaberg-Buchholz": "erzgebirgskreis",
    "Aue-Bad Schlema": "erzgebirgskreis",
    "Markkleeberg": "landkreis_leipzig",
    "Borna": "landkreis_leipzig",
    "Grimma": "landkreis_leipzig",
    "Torgau": "nordsachsen",
    "Delitzsch": "nordsachsen",
    "Eilenburg": "nordsachsen",
    "Oschatz": "nordsachsen",
    "Pirna": "saechsische_schweiz_osterzgebirge",
    "Tharandt": "saechsische_schweiz_osterzgebirge",
}


def test_all_13_authorities_are_there_3_cities_and_10_districts():
    authorities = catalogue().authorities
    assert set(authorities) == CITIES | DISTRICTS
    assert {a for a, spec in authorities.items() if spec.kind == "city"} == CITIES
    assert {a for a, spec in authorities.items() if spec.kind == "district"} == DISTRICTS


@pytest.mark.parametrize("authority_id", sorted(CITIES | DISTRICTS))
def test_every_authority_has_names_contacts_each_with_source_and_as_of(authority_id):
    spec = catalogue().authorities[authority_id]
    assert spec.name["de"] and spec.name["en"]
    assert spec.source and spec.as_of
    assert spec.contacts, "every authority needs at least the authority finder"
    for contact in spec.contacts:
        assert contact.source.startswith(("000_", "001_", "002_")), contact
        assert contact.as_of, contact


def test_seed_000_contacts_are_dated_spring_2020():
    # 000_0839e95a274599d4.txt is the spring-2020 table: its contacts carry as_of = 2020-04.
    for spec in catalogue().authorities.values():
        for contact in spec.contacts:
            if contact.source.startswith("000_"):
                assert contact.as_of == "2020-04", (spec.id, contact)


def test_contacts_of_the_social_departments_are_left_out():
    # 000, row 'Chemnitz': "Please get in touch with social department via phone 0371-4885518 or
    # EMail sozialamt.asylblg@stadt-chemnitz.de" - the Sozialamt, not the immigration office.
    values = {c.value for spec in catalogue().authorities.values() for c in spec.contacts}
    for social in (
        "sozialamt.asylblg@stadt-chemnitz.de",
        "sozialleistungen-asyl@dresden.de",
        "sozialamt@landkreis-zwickau.de",
        "asyl@landratsamt-pirna.de",
    ):
        assert social not in values
    assert not any("3601" in v or "4885518" in v for v in values)


def test_leipzig_contacts_are_labelled_by_topic():
    # 000, row 'Leipzig': "For those with a residence permit or probationary certificate
    # (Aufenthaltserlaubnis or Fiktionsbescheinigung): aar@leipzig.de"
    contacts = {c.value: c for c in catalogue().authorities["leipzig"].contacts}
    assert "Fiktionsbescheinigung" in contacts["aar@leipzig.de"].label["en"]
    assert "Duldung" in contacts["asyl@leipzig.de"].label["en"]
    assert "Verpflichtungserklärung" in contacts["verpflichtungserklaerung@leipzig.de"].label["de"]
    assert "visa" in contacts["einreise@leipzig.de"].label["en"]


def test_authorities_without_an_address_in_the_seeds_have_none():
    # Only seed 002 gives an address (Mittelsachsen); no address is invented for the others.
    with_address = {a for a, spec in catalogue().authorities.items() if spec.address}
    assert with_address == {"mittelsachsen"}


def test_mittelsachsen_from_seed_002():
    # 002, '1.2. The immigration office': "Dr.-W.-Külz-Straße 16 / 09618 Brand-Erbisdorf /
    # Phone: +49 3731 799-3600 / E-mail: auslaenderbehoerdeatlandkreis-mittelsachsen [dot] de /
    # Office hours: By appointment only"
    spec = catalogue().authorities["mittelsachsen"]
    assert spec.address == ["Dr.-W.-Külz-Straße 16", "09618 Brand-Erbisdorf"]
    assert spec.hours["en"] == "By appointment only"
    kinds = {(c.kind, c.value) for c in spec.contacts}
    assert ("phone", "+49 3731 799-3600") in kinds
    assert ("email", "auslaenderbehoerde@landkreis-mittelsachsen.de") in kinds
    assert ("booking", "https://termin-abh.landkreis-mittelsachsen.de/") in kinds
    assert "line F" in spec.directions["en"] and "Platz der Oktoberopfer" in spec.directions["en"]
    steps_de = " ".join(step["de"] for step in spec.booking_steps)
    assert "Erteilung/Verlängerung/Übertragung Aufenthaltstitel" in steps_de
    assert "Adressänderung" in steps_de
    assert all(step["de"] and step["en"] for step in spec.booking_steps)


@pytest.mark.parametrize(("place", "authority_id"), sorted(DISTRICT_SEATS.items()))
def test_every_district_seat_maps_to_its_district(place, authority_id):
    result = find_authority(place)
    assert result.status is LookupStatus.FOUND
    assert result.authority_id == authority_id
    assert catalogue().authorities[authority_id].seat == place


@pytest.mark.parametrize(("place", "authority_id"), sorted(TOWNS.items()))
def test_university_and_district_towns(place, authority_id):
    assert find_authority(place).authority_id == authority_id


@pytest.mark.parametrize("city", ["Chemnitz", "Dresden", "Leipzig"])
def test_the_three_cities_map_to_the_city_administration(city):
    # "Wenn Sie in Chemnitz, Dresden oder Leipzig wohnen, ist das die Stadtverwaltung"
    result = find_authority(city)
    assert result.authority is not None and result.authority.kind == "city"


def test_leipzig_the_city_wins_over_the_district():
    assert find_authority("Leipzig").authority_id == "leipzig"
    assert find_authority("Landkreis Leipzig").authority_id == "landkreis_leipzig"


def test_a_name_shared_by_a_city_and_a_district_goes_to_the_city_rule_itself():
    cat = catalogue()
    extra = {
        "x1": MunicipalitySpec(name="Neuort", authority="dresden"),
        "x2": MunicipalitySpec(name="Neuort", authority="meissen"),
    }
    patched = cat.model_copy(update={"municipalities": extra})
    assert find_authority("Neuort", cat=patched).authority_id == "dresden"


@pytest.mark.parametrize(
    ("typed", "authority_id"),
    [
        ("meissen", "meissen"),
        ("MEISSEN", "meissen"),
        ("Meißen", "meissen"),
        ("grossenhain", "meissen"),
        ("Goerlitz", "goerlitz"),
        ("gorlitz", "goerlitz"),
        ("Doebeln", "mittelsachsen"),
        ("brand erbisdorf", "mittelsachsen"),
        ("Brand-Erbisdorf ", "mittelsachsen"),
        ("weisswasser o.l.", "goerlitz"),
        ("Rothenburg (Oberlausitz)", "goerlitz"),
        ("Aue", "erzgebirgskreis"),
        ("09599 Freiberg", "mittelsachsen"),
    ],
)
def test_names_are_folded_case_umlauts_sharp_s_hyphens(typed, authority_id):
    assert find_authority(typed).authority_id == authority_id


def test_place_key_folds():
    assert place_key("Weißwasser/O.L.") == place_key("weisswasser o l")
    assert place_key("Döbeln") == place_key("DOBELN")


@pytest.mark.parametrize("place", ["Atlantis", "Berlin", "Freiberg am Neckar", "München"])
def test_unknown_place_is_said_clearly_and_names_no_authority(place):
    result = find_authority(place)
    assert result.status is LookupStatus.UNKNOWN
    assert result.authority is None and not result.found
    assert place in result.message["en"] and "does not know" in result.message["en"]
    assert place in result.message["de"] and "nicht bekannt" in result.message["de"]


def test_empty_place_is_empty_not_unknown():
    assert find_authority("").status is LookupStatus.EMPTY
    assert find_authority("   ").authority is None


def test_postcode_finds_the_authority_when_the_name_is_missing_or_unknown():
    assert find_authority("", "09599").authority_id == "mittelsachsen"
    result = find_authority("Kleinwaltersdorf", "09599")
    assert result.authority_id == "mittelsachsen" and result.matched_by == "postcode"
    assert find_authority("", "04103").authority_id == "leipzig"
    assert find_authority("", "99999").status is LookupStatus.UNKNOWN


def test_name_wins_over_a_contradicting_postcode_and_the_conflict_is_reported():
    result = find_authority("Freiberg", "04103")
    assert result.authority_id == "mittelsachsen" and result.postcode_mismatch
    assert not find_authority("Freiberg", "09599").postcode_mismatch


def test_names_in_two_districts_are_ambiguous_until_the_postcode_settles_them():
    result = find_authority("Reichenbach")
    assert result.status is LookupStatus.AMBIGUOUS and result.authority is None
    assert set(result.candidates) == {"Reichenbach im Vogtland", "Reichenbach/O.L."}
    assert find_authority("Reichenbach", "08468").authority_id == "vogtlandkreis"
    assert find_authority("Reichenbach", "02894").authority_id == "goerlitz"
    assert find_authority("Oelsnitz").status is LookupStatus.AMBIGUOUS


def test_suggestions_while_typing():
    assert "Freiberg" in suggest_places("frei")
    assert suggest_places("") == []


def test_postcodes_are_unique_across_authorities():
    owners: dict[str, set[str]] = {}
    for m in catalogue().municipalities.values():
        for code in m.postcodes:
            owners.setdefault(code, set()).add(m.authority)
    assert all(len(a) == 1 for a in owners.values()), {
        c: a for c, a in owners.items() if len(a) > 1
    }


def _case(place: str, postcode: str = "") -> Case:
    return Case(address=Address(place=place, postcode=postcode))


def test_engine_names_the_authority_for_a_known_place():
    result = assess(_case("Mittweida"), date(2026, 11, 22))
    assert result.authority is not None and result.authority.id == "mittelsachsen"
    assert result.authority.booking_steps


def test_engine_names_no_authority_for_an_unknown_place():
    assert assess(_case("Atlantis"), date(2026, 11, 22)).authority is None
    assert assess(_case("Reichenbach"), date(2026, 11, 22)).authority is None
    assert assess(_case("", "01067"), date(2026, 11, 22)).authority.id == "dresden"
