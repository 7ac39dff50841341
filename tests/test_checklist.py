"""The personal checklist: which documents of resources/documents.toml apply to a case.

Sources: 001_640c1961240af47c.txt, "Welche Unterlagen sind erforderlich?" and
002_42fad1ad22d34fdb.txt, "1.3. Required application documents", sections 3 and 4. Each test quotes
the sentence it rests on.
"""

from __future__ import annotations

import pytest
from seed_quotes import quote_in_seed, run

from assistant.catalogue import catalogue


def ids(**parts) -> list[str]:
    return [item.id for item in run(**parts).checklist]


def item(doc_id: str, **parts):
    return next(i for i in run(**parts).checklist if i.id == doc_id)


def test_every_document_has_names_why_source_and_a_quote_found_in_its_seed(shared_dir):
    for doc in catalogue().documents:
        assert doc.name["de"] and doc.name["en"] and doc.why["de"] and doc.why["en"], doc.id
        assert doc.source.startswith(("001_", "002_")), doc.id
        assert quote_in_seed(shared_dir / "seeds", doc.source, doc.quote), doc.id
        for note in doc.extra_notes:
            assert quote_in_seed(shared_dir / "seeds", note.source, note.quote), doc.id


def test_no_duplicates_in_the_merged_list():
    names = [d.name["en"].casefold() for d in catalogue().documents]
    assert len(names) == len(set(names))


def test_the_common_documents_of_a_first_permit():
    # 001: "ausgefülltes Antragsformular, gültiger Pass [Original und eine Kopie], aktuelles
    # biometrisches Lichtbild ... Krankenversicherungsnachweis [Original und eine Kopie],
    # Mietvertrag [Original und eine Kopie], aktuelle Meldebescheinigung"
    got = ids()
    for doc_id in ("doc.application_form", "doc.passport", "doc.photo", "doc.health_insurance",
                   "doc.lease", "doc.registration_certificate"):
        assert doc_id in got
    assert item("doc.passport").copies == 1 and item("doc.passport").original
    assert item("doc.photo").copies == 0


def test_guardians_consent_only_for_minors():
    # 001: "bei minderjährigen Studierenden die Erlaubnis der sorgeberechtigten Person(en)"
    assert "doc.guardians_consent" in ids(person={"date_of_birth": "2009-06-01"})
    assert "doc.guardians_consent" not in ids(person={"date_of_birth": "2008-11-22"})  # 18 today
    assert "doc.guardians_consent" not in ids()


def test_entrance_qualification_only_for_study_applicants():
    # 001: "bei Studienbewerbern der Nachweis der Hochschulzugangsberechtigung"
    assert "doc.entrance_qualification" in ids(application={"purpose": "study_applicant"})
    assert "doc.entrance_qualification" not in ids()


def test_study_achievements_only_from_the_second_semester():
    # 001: "Nachweis über bisher erbrachte Studienleistungen ab dem 2. Semester [Original und eine
    # Kopie]"
    assert "doc.study_achievements" in ids(study={"semester": 2})
    assert item("doc.study_achievements", study={"semester": 3}).copies == 1
    assert "doc.study_achievements" not in ids(study={"semester": 1})
    assert "doc.study_achievements" not in ids(study={"semester": None})


@pytest.mark.parametrize(
    ("variant", "doc_id"),
    [
        # 001: "Vorlage des Zulassungsbescheids der Hochschule [Original und eine Kopie]"
        ("admission_letter", "doc.admission_letter"),
        # 001: "eine Studienplatzvormerkung der Bildungseinrichtung [Original und eine Kopie]"
        ("study_place_reservation", "doc.study_place_reservation"),
        # 001: "eine Bewerberbestätigung[Original und eine Kopie]"
        ("application_confirmation", "doc.application_confirmation"),
        # 001: "eine Bescheinigung der Hochschule oder des Studienkollegs, aus der sich ergibt,
        # dass ... die persönliche Anwesenheit des Ausländers am Hochschulort erforderlich ist"
        ("presence_required_certificate", "doc.presence_certificate"),
    ],
)
def test_admission_proof_in_the_variant_the_student_has(variant, doc_id):
    got = ids(study={"admission_document": variant})
    assert doc_id in got and "doc.admission_proof" not in got
    assert item(doc_id, study={"admission_document": variant}).copies == 1
    others = {"doc.admission_letter", "doc.study_place_reservation",
              "doc.application_confirmation", "doc.presence_certificate"} - {doc_id}
    assert not others & set(got)


def test_generic_admission_proof_when_the_variant_is_not_known_yet():
    assert "doc.admission_proof" in ids(study={"admission_document": None})
    assert "doc.admission_proof" not in ids(application={"purpose": "language_course"},
                                            study={"admission_document": None})


def test_matriculation_certificate_for_extensions_and_at_mittelsachsen():
    # 001 (English): "students: registration/matriculation certificate"; 002, 1.3 (7):
    # "certificate of matriculation at the TUBAF"
    assert "doc.matriculation_certificate" in ids(application={"kind": "extension"})
    assert "doc.matriculation_certificate" in ids(address={"place": "Freiberg"})
    assert "doc.matriculation_certificate" not in ids()  # first permit in Dresden, admission letter


def test_german_language_proof_for_students_not_for_preparatory_measures():
    # 001: "Nachweis der Deutschkenntnisse, es sei denn, die Sprachkenntnisse ... sollen durch
    # studienvorbereitende Maßnahmen erworben werden"
    assert "doc.german_language_proof" in ids()
    assert "doc.german_language_proof" not in ids(application={"purpose": "studienkolleg"})
    assert "doc.german_language_proof" not in ids(application={"purpose": "language_course"})


def test_visa_only_where_one_is_held():
    # 001: "ggf. gültiges Visum zur Einreise zum Zweck des Studiums oder des Besuch eines
    # Sprachkurses"
    assert "doc.visa" in ids()
    assert "doc.visa" not in ids(application={"kind": "extension"},
                                 status={"kind": "residence_permit", "valid_until": "2027-03-31"})


def test_subsistence_proof_in_the_form_the_person_uses():
    # 001: "Nachweis über Lebensunterhaltssicherung z. B. durch Stipendienzusage oder
    # Verpflichtungserklärung der Eltern oder eines Dritten oder Einzahlung einer
    # Sicherheitsleistung auf ein Sperrkonto in Deutschland [Original und eine Kopie]"
    assert "doc.subsistence" in ids()
    blocked = ids(finances={"blocked_account": True})
    assert "doc.subsistence_blocked_account" in blocked and "doc.subsistence" not in blocked
    assert "doc.subsistence_scholarship" in ids(finances={"daad_scholarship": True})
    assert "doc.subsistence_commitment" in ids(finances={"verpflichtungserklaerung": True})
    assert "doc.subsistence_commitment" not in ids(finances={"blocked_account": True})
    assert item("doc.subsistence").copies == 1


def test_mittelsachsen_wants_copies_of_documents_2_to_6():
    # 002, 1.3: "Important note: You have to make hardcopies of the documents 2 to 6. The
    # immigration office expects this from the applicant."
    at_ms = {i.id: i for i in run(address={"place": "Freiberg"},
                                  finances={"blocked_account": True}).checklist}
    for doc_id in ("doc.passport", "doc.registration_certificate", "doc.lease",
                   "doc.health_insurance", "doc.subsistence_blocked_account"):
        assert at_ms[doc_id].copies == 1, doc_id
    assert "hardcopies" not in at_ms["doc.registration_certificate"].quote  # quote is 001's
    assert "002_" in at_ms["doc.registration_certificate"].source
    # Seed 001 asks for no copy of the registration certificate; elsewhere none is listed.
    assert item("doc.registration_certificate").copies == 0


def test_photo_booth_note_only_at_mittelsachsen():
    # 002, 1.3 (8): "Please note: There is a photo booth at the immigration office."
    assert "photo booth" in item("doc.photo", address={"place": "Brand-Erbisdorf"}).note["en"]
    assert "Fotoautomat" in item("doc.photo", address={"place": "Freiberg"}).note["de"]
    assert "photo booth" not in item("doc.photo").note["en"]


def test_form_completed_on_the_computer_at_mittelsachsen():
    # 002, 1.3 (1): "application form completed on the computer"
    assert "computer" in item("doc.application_form", address={"place": "Mittweida"}).note["en"]
    assert not item("doc.application_form").note


def test_registration_certificate_carries_the_14_day_note():
    # 001: "Sobald Sie eine Wohnung in Sachsen beziehen, müssen Sie sich innerhalb von 14 Tagen
    # nach Wohnungsbezug bei der örtlichen Gemeinde anmelden."
    assert "14" in item("doc.registration_certificate").note["de"]


def test_address_change_needs_the_new_registration_certificate():
    # 002, 3: "You must make another appointment at the immigration office and provide your new
    # registration certificate."
    got = ids(application={"kind": "address_change"})
    assert got == ["doc.new_registration_certificate"]
    assert "doc.new_registration_certificate" not in ids()


def test_absence_permission_needs_evidence_of_the_reason_or_delay():
    # 002, 4: "You will have to provide evidence of the delay."
    assert ids(application={"kind": "absence_permission"}) == ["doc.absence_evidence"]
    assert "doc.absence_evidence" not in ids()
