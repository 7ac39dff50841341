"""The 13 immigration authorities and the lookup from where a person lives to the authority.

Rule: 001_640c1961240af47c.txt, "Zuständige Ausländerbehörden": "Wenn Sie in Chemnitz, Dresden
oder Leipzig wohnen, ist das die Stadtverwaltung, ansonsten das Landratsamt."
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from assistant.authorities import LookupStatus, find_authority, place_key, suggest_places
from assistant.catalogue import MunicipalitySpec, catalogue
from assistant.engine import assess
from assistant.model import Address, Case

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "en", "uk", "ar", "ru", "tr", "fa")
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


def _office_pages() -> dict[str, dict]:
    """resources/sources/offices.toml: the public pages the offices' data cites, by id."""
    doc = tomllib.loads((ROOT / "resources" / "sources" / "offices.toml").read_text("utf-8"))
    return {entry["id"]: entry for entry in doc["source"]}


@pytest.mark.parametrize("authority_id", sorted(CITIES | DISTRICTS))
def test_every_office_has_a_source_and_a_date_for_every_contact(authority_id):
    # Each contact cites a seed or a public page in the registry, with the date the page shows
    # ("undated" where it shows none).
    spec = catalogue().authorities[authority_id]
    pages = _office_pages()
    assert spec.name["de"] and spec.name["en"]
    assert spec.source and spec.as_of
    assert spec.contacts, "every authority needs at least the authority finder"
    for contact in spec.contacts:
        assert contact.as_of, contact
        if contact.source.startswith(("000_", "001_", "002_")):
            continue
        assert contact.source in pages, f"{contact.source} is not in resources/sources/offices.toml"
        assert contact.as_of == pages[contact.source]["date"], contact
    if spec.booking_steps and spec.booking_source:
        assert spec.booking_source in pages
        assert spec.booking_as_of == pages[spec.booking_source]["date"]


def test_every_cited_page_has_a_title_in_every_language_and_a_date():
    for entry in _office_pages().values():
        assert entry["kind"] == "page" and entry["url"] == entry["id"], entry
        assert re.fullmatch(r"undated|\d{4}(-\d{2}(-\d{2})?)?", entry["date"]), entry
        assert set(entry["title"]) >= set(LANGUAGES) and all(entry["title"].values()), entry
        assert entry["publisher"]


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


def _authority_of(place: str, postcode: str = ""):
    result = assess(_case(place, postcode), date(2026, 11, 22)).authority
    assert result is not None, place
    return result


@pytest.mark.parametrize("city", ["Dresden", "Leipzig", "Chemnitz"])
def test_the_three_cities_have_an_address_and_a_way_to_book(city):
    # A Dresden, Leipzig or Chemnitz student was told "no booking procedure on record" with no
    # phone or e-mail; the cities' own pages give the address and how to book.
    authority = _authority_of(city)
    assert authority.address and any(c.kind == "address" for c in authority.contacts)
    assert authority.booking_steps and all(
        set(step) >= set(LANGUAGES) for step in authority.booking_steps)
    assert authority.booking_source.startswith(("https://", "http://"))
    assert any(c.kind in ("phone", "email", "booking") for c in authority.contacts)


def test_dresden_books_by_invitation_or_by_e_mail_three_months_ahead():
    # welcome.dresden.de: "schreiben Sie bitte spätestens 3 Monate vor Ablauf Ihres
    # Aufenthaltstitels eine E-Mail"
    authority = _authority_of("Dresden")
    steps = " ".join(step["de"] for step in authority.booking_steps)
    assert "Einladung" in steps and "3 Monate" in steps
    assert "auslaenderbehoerde@dresden.de" in {c.value for c in authority.contacts}


def test_chemnitz_takes_applications_by_post_and_online_only_with_a_qualified_signature():
    authority = _authority_of("Chemnitz")
    steps = " ".join(step["de"] for step in authority.booking_steps)
    assert "Briefkasten" in steps and "sechs Monate" in steps
    (online,) = authority.online_application
    assert "qualifizierter elektronischer Signatur" in online.label["de"]


def test_leipzig_books_through_the_city_contact_form_and_lists_its_address():
    authority = _authority_of("Leipzig")
    assert [c.value for c in authority.online_booking] == [
        "https://formulare.leipzig.de/frontend-server/form/provide/1018"]
    assert authority.address == ["Prager Straße 128 (Eingang B1)", "04317 Leipzig"]
    address = next(c for c in authority.contacts if c.kind == "address")
    assert [s.as_of for s in address.sources] == ["2018-04-12", "2017-08-11"]


def test_mittelsachsen_conflict_shows_both_addresses_with_their_sources():
    # TU Freiberg's pages give Dr.-W.-Külz-Straße 16 in Brand-Erbisdorf (as do the district's
    # page and seed 002) and, on another page, Am Rotvorwerk 3 in Freiberg.
    authority = _authority_of("Freiberg")
    (conflict,) = authority.conflicts
    assert conflict.kind == "address"
    values = {c.value: c for c in conflict.values}
    assert set(values) == {"Dr.-W.-Külz-Straße 16, 09618 Brand-Erbisdorf",
                           "Am Rotvorwerk 3, Freiberg, Stadtteil Zug"}
    brand = values["Dr.-W.-Külz-Straße 16, 09618 Brand-Erbisdorf"]
    assert len(brand.sources) == 3 and brand.sources[-1].source.startswith("002_")
    assert values["Am Rotvorwerk 3, Freiberg, Stadtteil Zug"].sources[0].source.startswith(
        "https://tu-freiberg.de/")


def test_mittelsachsen_takes_applications_online_since_march_2023():
    authority = _authority_of("Mittweida")
    (online,) = authority.online_application
    assert online.sources[0].as_of == "2023-03-24" and "Deutsch" in online.label["de"]
    assert [c.value for c in authority.online_booking] == [
        "https://termin-abh.landkreis-mittelsachsen.de/"]


def test_one_phone_from_two_sources_is_listed_once_current_source_first():
    # TU Chemnitz: "+49 (0)371 488 3371"; seed 000 (2020): "0371 488 3371".
    authority = _authority_of("Chemnitz")
    phones = [c for c in authority.contacts if c.kind == "phone"]
    assert len(phones) == 1
    assert [s.as_of for s in phones[0].sources] == ["undated", "2020-04"]
    assert phones[0].sources[0].source.startswith("https://www.tu-chemnitz.de/")


def test_opening_hours_that_differ_between_sources_are_a_conflict():
    # erzgebirgskreis.de and fh-zwickau.de give different hours for Annaberg-Buchholz.
    authority = _authority_of("Annaberg-Buchholz")
    assert [c.kind for c in authority.conflicts] == ["hours"]
    assert len(authority.conflicts[0].values) == 2


def test_a_second_labelled_address_is_no_conflict():
    # Dresden: the immigration office and the Welcome Center are two places, not two versions.
    authority = _authority_of("Dresden")
    assert len([c for c in authority.contacts if c.kind == "address"]) == 2
    assert authority.conflicts == []


def test_mittelsachsen_from_seed_002_is_kept_as_history_after_the_current_pages():
    # 002, '1.2. The immigration office': "Dr.-W.-Külz-Straße 16 / 09618 Brand-Erbisdorf /
    # Phone: +49 3731 799-3600 / E-mail: auslaenderbehoerdeatlandkreis-mittelsachsen [dot] de /
    # Office hours: By appointment only"
    spec = catalogue().authorities["mittelsachsen"]
    seed = [c for c in spec.contacts if c.source.startswith("002_")]
    kinds = {(c.kind, c.value) for c in seed}
    assert ("address", "Dr.-W.-Külz-Straße 16, 09618 Brand-Erbisdorf") in kinds
    assert ("phone", "+49 3731 799-3600") in kinds
    assert ("email", "auslaenderbehoerde@landkreis-mittelsachsen.de") in kinds
    hours = next(c for c in seed if c.kind == "hours")
    assert hours.label["en"] == "By appointment only"
    assert not spec.contacts[0].source.startswith(("000_", "001_", "002_"))
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


@pytest.mark.parametrize(
    ("typed", "place", "authority_id"),
    [
        ("Dresden-Neustadt", "Dresden", "dresden"),
        ("Leipzig-Gohlis", "Leipzig", "leipzig"),
        ("Freiberg (Sachsen)", "Freiberg", "mittelsachsen"),
        ("Freiberg/Sa.", "Freiberg", "mittelsachsen"),
        ("Stadt Zwickau", "Zwickau", "zwickau"),
        ("Große Kreisstadt Meißen", "Meißen", "meissen"),
        ("Brand-Erbisdorf", "Brand-Erbisdorf", "mittelsachsen"),
    ],
)
def test_names_as_people_write_them_are_recognised(typed, place, authority_id):
    result = find_authority(typed)
    assert result.status is LookupStatus.FOUND, typed
    assert (result.place, result.authority_id) == (place, authority_id)


def _findings(place: str, postcode: str = "") -> dict[str, object]:
    return {f.id: f for f in assess(_case(place, postcode), date(2026, 11, 22)).findings
            if f.id.startswith("authority.")}


def test_an_ambiguous_place_is_a_finding_naming_the_candidates_not_unknown_place():
    findings = _findings("Reichenbach")
    assert set(findings) == {"authority.place_ambiguous"}
    finding = findings["authority.place_ambiguous"]
    for lang in LANGUAGES:
        text = finding.text(lang)
        assert "Reichenbach im Vogtland" in text and "Reichenbach/O.L." in text, lang
    assert finding.fields == ["address.place"]  # shown once, at the place
    assert _findings("Reichenbach", "08468") == {}


def test_a_postcode_of_another_place_is_a_finding():
    # 04103 is Leipzig's; the person wrote Freiberg.
    findings = _findings("Freiberg", "04103")
    assert set(findings) == {"authority.postcode_mismatch"}
    finding = findings["authority.postcode_mismatch"]
    for lang in LANGUAGES:
        text = finding.text(lang)
        assert "04103" in text and "Leipzig" in text and "Freiberg" in text, lang
    assert finding.fields == ["address.postcode"]
    # 09618 is Brand-Erbisdorf's: same office, but still not Freiberg's postcode.
    result = find_authority("Freiberg", "09618")
    assert result.postcode_mismatch and not result.postcode_other_authority
    assert result.postcode_places == ("Brand-Erbisdorf",)
    assert set(_findings("Freiberg", "09618")) == {"authority.postcode_mismatch"}
    assert _findings("Freiberg", "09599") == {}
    # A postcode the program does not know says nothing against the place.
    assert _findings("Freiberg", "09600") == {}


def test_an_unknown_place_is_still_reported_as_unknown():
    assert set(_findings("Atlantis")) == {"authority.place_unknown"}
    assert _findings("Dresden-Neustadt") == {}
