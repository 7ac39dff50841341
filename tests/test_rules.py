"""Every rule in resources/rules/: one case where it applies and one where it does not, next to
the sentence of the seed (or the statute) it comes from. The pairs sit on the rule's boundary
where it has one (18 lessons against 16, exactly six months against one day more, ...)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from rule_cases import (
    APPLICANT,
    EXTENSION,
    LANGUAGE_COURSE,
    STUDIENKOLLEG,
    TODAY,
    ids,
    run,
    seed_texts,
)

from assistant.catalogue import catalogue


@dataclass
class R:
    id: str
    quote: str  # the seed sentence the rule rests on ("" where no seed sentence exists)
    applies: dict[str, Any]
    not_applies: dict[str, Any]
    base: list[dict[str, Any]] = field(default_factory=list)  # patches under both cases
    today: date = TODAY


Q_EU = ("EU citizens and citizens from Iceland, Norway, Liechtenstein and Switzerland may live in "
        "Germany without a residence permit for an unlimited period of time.")
Q_SUBSIST = ("Die Erteilung einer Aufenthaltserlaubnis setzt voraus, dass der Lebensunterhalt des "
             "Ausländers in Deutschland gesichert ist")
Q_MINOR = "bei minderjährigen Studierenden die Erlaubnis der sorgeberechtigten Person(en)"
Q_REG = ("Sobald Sie eine Wohnung in Sachsen beziehen, müssen Sie sich innerhalb von 14 Tagen nach "
         "Wohnungsbezug bei der örtlichen Gemeinde anmelden.")
Q_NORMAL = "Dieses Informationsblatt ist auf den „Normalfall“ zugeschnitten."
Q_SIX_WEEKS = ("You must apply for the extension of your residence title at least six weeks before "
               "it expires.")
Q_NINE = "Der Aufenthalt als Studienbewerber darf höchstens neun Monate betragen."
Q_PREP_LIMIT = ("Die Aufenthaltserlaubnis ist auf die Dauer der studienvorbereitenden Maßnahme "
                "beschränkt, soweit die Zulassung für eine Anschlussmaßnahme oder die Aufnahme des "
                "Studiums noch nicht vorliegt.")
Q_18H = ("Ein Intensivsprachkurs setzt voraus, dass i. d. R. täglicher Unterricht mit "
         "mindestens 18 Unterrichtsstunden pro Woche erfolgt")
Q_1Y = Q_18H + " und auf die Dauer von max. einem Jahr angelegt ist."
Q_STUDENT = ("Sie sind Studierender, wenn Sie für ein Studium an einer staatlichen oder staatlich "
             "anerkannten Hochschule oder an einem staatlich anerkannten Studienkolleg zugelassen "
             "sind.")
Q_DURATION = ("Die Aufenthaltserlaubnis zum Studium wird mindestens für ein Jahr und längstens für "
              "zwei Jahre erteilt.")
Q_PROGRESS = ("Dies ist regelmäßig der Fall, wenn die durchschnittliche Studiendauer an der "
              "betreffenden Hochschule in dem jeweiligen Studiengang nicht um mehr als drei "
              "Semester überschritten wird.")
Q_EXMA = ("Bei Exmatrikulation auf eigenen Antrag oder von Amts wegen, weil der Studierende eine "
          "vorgeschriebene Prüfung endgültig nicht bestanden hat, oder sich nicht form- und "
          "fristgemäß zurückgemeldet hat, entfällt zu diesem Zeitpunkt der Aufenthaltszweck "
          "„Studium“ und der Aufenthaltstitel kann widerrufen werden.")
Q_GRAD = ("Nach erfolgreichem Abschluss Ihres Studiums an einer deutschen Hochschule, besteht für "
          "Sie die Möglichkeit, in Deutschland 18 Monate lang einen Ihrer Qualifikation "
          "angemessenen Arbeitsplatz zu finden.")
Q_PHD = ("Für das duale Studium und das Promotionsstudium siehe Informationsblatt "
         "Aufenthaltserlaubnis für Doktoranden und Studenten in dualen Studiengängen")
Q_PASS = "gültiger Pass [Original und eine Kopie]"
Q_ABSENCE = ("If you leave Germany for more than 6 months (consecutive), your residence permit "
             "loses its validity. Unless you apply for an extension of this period at the "
             "immigration office.")
# a day under the seed's work rules (before § 16b Abs. 3 and § 17 Abs. 3 in force on 1.3.2024)
OLD_LAW = date(2024, 2, 29)
Q_BMG = ("Wer eine Wohnung bezieht, hat sich innerhalb von zwei Wochen nach dem Einzug bei der "
         "Meldebehörde anzumelden.")
Q_ADDRESS = ("If you move within Germany (including within Freiberg), you must give your new "
             "address to the Residents' Registration Office (Einwohnermeldeamt) (see "
             "Confirmation of residency) and report the change also to the immigration office.")
Q_140 = "insgesamt bis zu 140 Arbeitstage im Jahr nicht überschreiten dürfen (Arbeitstagekonto)"
Q_MEANS = "über monatliche Mittel in Höhe des monatlichen Bedarfs"
PERMIT = {"status.kind": "residence_permit", "status.valid_until": "2027-06-30"}
KOLLEG_OLD = {"study.preparatory_start": "2025-03-01"}
EXT = [EXTENSION]
LC = [LANGUAGE_COURSE]
SK = [STUDIENKOLLEG]
AP = [APPLICANT]
GRAD = [{"application.purpose": "job_search_graduate"}]

RULES: list[R] = [
    # general.toml
    R("general.eu_citizen_no_permit", Q_EU,
      {"person.nationalities": ["BR", "PT"]}, {"person.nationalities": ["BR"]}),
    R("general.subsistence_not_shown", Q_SUBSIST,
      {"finances.blocked_account": False},
      {"finances.blocked_account": False, "finances.verpflichtungserklaerung": True}),
    R("general.health_insurance_none", "Krankenversicherungsnachweis [Original und eine Kopie]",
      {"health_insurance.kind": "none"}, {"health_insurance.kind": "private"}),
    R("general.minor_consent_missing", Q_MINOR,
      {"person.date_of_birth": "2008-11-23", "guardians_consent": False},
      {"person.date_of_birth": "2008-11-22", "guardians_consent": False}),  # 18 today
    R("general.minor_consent_unknown", Q_MINOR,
      {"person.date_of_birth": "2009-06-15"},
      {"person.date_of_birth": "2009-06-15", "guardians_consent": True}),
    R("general.registration_due", Q_REG,
      {"registration_date": None, "address.moved_in_on": "2026-11-15"},
      {"registration_date": None, "address.moved_in_on": "2026-11-30"}),
    R("general.registration_late", Q_REG,
      {"address.moved_in_on": "2026-09-10"},  # registered 2026-09-25: 15 days
      {"address.moved_in_on": "2026-09-11"}),  # exactly 14 days
    R("general.address_change",
      "If you move within Germany (including within Freiberg), you must give your new address to "
      "the Residents' Registration Office (Einwohnermeldeamt) (see Confirmation of residency) and "
      "report the change also to the immigration office.",
      {"application.kind": "address_change"}, {"application.kind": "first_permit"}),
    # authority.toml
    R("authority.place_unknown",
      "Wenn Sie in Chemnitz, Dresden oder Leipzig wohnen, ist das die Stadtverwaltung, ansonsten "
      "das Landratsamt.",
      {"address.place": "Atlantis", "address.postcode": ""},
      {"address.place": "Freiberg", "address.postcode": ""}),
    R("authority.place_ambiguous",
      "Wenn Sie in Chemnitz, Dresden oder Leipzig wohnen, ist das die Stadtverwaltung, ansonsten "
      "das Landratsamt.",
      {"address.place": "Reichenbach", "address.postcode": ""},
      {"address.place": "Reichenbach", "address.postcode": "08468"}),
    R("authority.postcode_mismatch",
      "Wenn Sie in Chemnitz, Dresden oder Leipzig wohnen, ist das die Stadtverwaltung, ansonsten "
      "das Landratsamt.",
      {"address.place": "Freiberg", "address.postcode": "04103"},
      {"address.place": "Freiberg", "address.postcode": "09599"}),
    # status.toml
    R("status.duldung_counselling", Q_NORMAL,
      {"status.kind": "duldung"}, {"status.kind": "gestattung"}),
    R("status.gestattung_counselling", Q_NORMAL,
      {"status.kind": "gestattung"}, {"status.kind": "duldung"}),
    R("status.extension_apply_now", Q_SIX_WEEKS,
      {"status.valid_until": "2027-01-02"},  # 41 days left
      {"status.valid_until": "2027-01-03"}, EXT),  # exactly six weeks left
    R("status.permit_expired",
      "Before the expiration of your residence title (the validity date is printed on the chip "
      "card) you must extend your residence title in order to be allowed to continue your stay in "
      "Germany.",
      {"status.valid_until": "2026-11-21"}, {"status.valid_until": "2026-11-22"}, EXT),
    R("status.applied_before_expiry",
      "Beantragt ein Ausländer vor Ablauf seines Aufenthaltstitels dessen Verlängerung",
      {"submission.submitted_on": "2027-01-02"}, {"submission.submitted_on": "2027-01-03"},
      [EXTENSION, {"status.valid_until": "2027-01-02"}]),
    # applicant.toml
    R("applicant.max_duration_exceeded", Q_NINE,
      {"study.applicant_phase_start": "2026-02-21"},
      {"study.applicant_phase_start": "2026-02-22"}, AP),
    R("applicant.requested_too_long", Q_NINE,
      {"application.requested_duration_months": 9},  # until 2027-08-22, limit 2027-07-01
      {"application.requested_duration_months": 7}, AP),
    R("applicant.no_work",
      "Studienbewerbern ist die Ausübung einer Erwerbstätigkeit grundsätzlich nicht gestattet.",
      {"work.half_days_per_year": 20}, {"work.half_days_per_year": 0}, AP,
      today=OLD_LAW),  # no work for applicants up to 29.2.2024
    R("applicant.work_hours_limit",
      "Die Aufenthaltserlaubnis nach den Absätzen 1 und 2 berechtigt nur zur Ausübung einer "
      "Beschäftigung von bis zu 20 Stunden je Woche",
      {"work.half_days_per_year": 20}, {"work.half_days_per_year": 0}, AP),  # § 17 Abs. 3
    R("applicant.entrance_qualification_missing",
      "bei Studienbewerbern der Nachweis der Hochschulzugangsberechtigung, welche die Aufnahme "
      "eines Studiums in Deutschland ermöglicht (oder den Besuch eines Studienkollegs)",
      {"study.university_entrance_qualification": False},
      {"study.university_entrance_qualification": True}, AP),
    # preparatory.toml
    R("preparatory.over_two_years", "Sie darf i. d. R. aber nicht länger als insgesamt zwei Jahre "
      "dauern.", {"study.preparatory_start": "2025-07-30"},  # limit 2027-07-30 < end 07-31
      {"study.preparatory_start": "2025-07-31"}, SK),
    R("preparatory.work_holidays_only",
      "Während der studienvorbereitenden Maßnahme ist eine Erwerbstätigkeit im ersten Jahr nur in "
      "der Ferienzeit gestattet.",
      {"work.full_days_per_year": 20},
      {"work.full_days_per_year": 20, "study.preparatory_start": "2023-02-28"}, SK,
      today=OLD_LAW),  # the holiday-only first year ends on 29.2.2024
    R("preparatory.limited_to_measure", Q_PREP_LIMIT,
      {"application.requested_duration_months": 12},  # until 2027-11-22, course ends 2027-08-31
      {"application.requested_duration_months": 9}, LC),
    R("preparatory.continue_as_study",
      "Eine Aufenthaltserlaubnis für studienvorbereitende Maßnahmen kann nach erfolgreichem "
      "Abschluss als Aufenthaltserlaubnis zum Studium verlängert werden.",
      LANGUAGE_COURSE, {"application.purpose": "study"}),
    R("preparatory.studienkolleg_not_recognised", Q_STUDENT,
      {"study.studienkolleg.state_recognised": False},
      {"study.studienkolleg.state_recognised": True}, SK),
    # language_course.toml
    R("language_course.min_hours", Q_18H,
      {"study.language_course.hours_per_week": 16}, {"study.language_course.hours_per_week": 18},
      LC),
    R("language_course.not_daily", Q_18H,
      {"study.language_course.daily": False}, {"study.language_course.daily": True}, LC),
    R("language_course.evening_or_weekend",
      "Abend- und Wochenendsprachkurse erfüllen diese Voraussetzungen nicht.",
      {"study.language_course.evening_or_weekend": True},
      {"study.language_course.evening_or_weekend": False}, LC),
    R("language_course.too_long", Q_1Y,
      {"study.language_course.end": "2027-10-02"}, {"study.language_course.end": "2027-10-01"},
      LC),
    R("language_course.exam_unknown",
      "Sprachkurs zur Vorbereitung auf die deutsche Sprachprüfung für den Hochschulzugang (DHS) "
      "oder den Test Deutsch als Fremdsprache (TestDaF)",
      {"study.language_course.prepares_for": ""},
      {"study.language_course.prepares_for": "TestDaF"}, LC),
    # study.toml
    R("study.institution_not_recognised",
      "Das Studium muss an einer staatlichen oder staatlich anerkannten Hochschule (Universität, "
      "pädagogische Hochschule, Kunsthochschule und Fachhochschule) oder einer vergleichbaren "
      "Ausbildungseinrichtung erfolgen.",
      {"study.institution_type": "not_recognised"}, {"study.institution_type": "state_recognised"}),
    R("study.distance_university", "Fernuniversitäten zählen nicht dazu.",
      {"study.institution_type": "distance_university"}, {"study.institution_type": "state"}),
    R("study.institution_unknown",
      "Alle staatlichen und staatlich anerkannten Hochschulen finden Sie im Internet unter "
      "www.hochschulkompass.de.",
      {"study.institution_type": "unknown"}, {"study.institution_type": "state"}),
    R("study.mode_not_full_time",
      "Das Studium muss der Hauptzweck des Aufenthalts sein. Diesen Anforderungen genügt "
      "beispielsweise ein Abend-, Wochenend- oder Fernstudium nicht.",
      {"study.mode": "weekend"}, {"study.mode": "full_time"}),
    # § 16b Abs. 5 S. 1 Nr. 1 Buchst. c AufenthG: "c) zum Zweck des Teilzeitstudiums zugelassen
    # worden ist"
    R("study.part_time_discretion",
      "Einem Ausländer kann eine Aufenthaltserlaubnis erteilt werden, wenn 1. er von einer "
      "staatlichen Hochschule",
      {"study.mode": "part_time"}, {"study.mode": "full_time"}),
    R("study.admission_missing", Q_STUDENT,
      {"study.admission_document": "none"},
      {"study.admission_document": "presence_required_certificate"}),
    R("study.entrance_qualification_missing",
      "Wenn Sie ein Studium aufnehmen möchten, benötigen Sie die sogenannte "
      "„Hochschulzugangsberechtigung“.",
      {"study.university_entrance_qualification": False},
      {"study.university_entrance_qualification": None}),
    R("study.language_proof_missing",
      "Nachweis der Deutschkenntnisse, es sei denn, die Sprachkenntnisse sind bei der "
      "Zulassungsentscheidung bereits berücksichtigt worden oder sollen durch "
      "studienvorbereitende Maßnahmen erworben werden",
      {"study.german_language_proof": False}, {"study.german_language_proof": True}),
    R("study.duration_too_short", Q_DURATION,
      {"application.requested_duration_months": 11}, {"application.requested_duration_months": 12}),
    R("study.duration_too_long", Q_DURATION,
      {"application.requested_duration_months": 25}, {"application.requested_duration_months": 24}),
    R("study.progress_beyond_average", Q_PROGRESS,
      {"study.semester": 7}, {"study.semester": 4}, EXT),
    R("study.progress_exceeded", Q_PROGRESS,
      {"study.semester": 8}, {"study.semester": 7}, EXT),  # average 4: 4 + 3 = 7 is still proper
    R("study.subject_change_early",
      "Ein Wechsel des Studiengangs oder einem Wechsel des Studienfachs innerhalb desselben "
      "Studiengangs ist in den ersten 18 Monaten nach Beginn des Studiums möglich.",
      {"study.subject_change": {"planned_on": "2028-04-01", "new_subject": "Chemie"}},
      {"study.subject_change": {"planned_on": "2028-04-02", "new_subject": "Chemie"}}),
    R("study.subject_change_late",
      "Ein späterer Studiengang- oder Studienfachwechsel kann zugelassen werden, wenn das Studium "
      "innerhalb einer angemessenen Zeit abgeschlossen werden kann.",
      {"study.subject_change": {"planned_on": "2028-04-02", "new_subject": "Chemie"}},
      {"study.subject_change": {"planned_on": "2028-04-02", "new_subject": "Chemie",
                                "exception": "fully_credited"}}),
    R("study.subject_change_not_a_change",
      "Kein Wechsel der Fachrichtung liegt vor, wenn es sich lediglich um eine "
      "Schwerpunktverlagerung im Rahmen des Studiums handelt.",
      {"study.subject_change": {"planned_on": "2028-06-01", "exception": "bridging_semester"}},
      {"study.subject_change": {"planned_on": "2027-06-01", "exception": "none"}}),
    R("study.exmatriculated", Q_EXMA,
      {"study.exmatriculated_on": "2026-11-22"},
      {"study.exmatriculated_on": "2026-11-22", "study.graduated_on": "2026-10-30"}),
    R("study.exmatriculation_planned", Q_EXMA,
      {"study.exmatriculated_on": "2026-11-23"}, {"study.exmatriculated_on": "2026-11-22"}),
    R("study.graduated_job_search", Q_GRAD,
      {"study.graduated_on": "2026-11-22"}, {"study.graduated_on": "2026-11-23"}),
    # work.toml
    R("work.over_limit",
      "Während des Studiums kann eine Beschäftigung ohne Zustimmung der Arbeitsverwaltung "
      "ausgeübt werden, wenn diese insgesamt 120 Tage oder 240 halbe Tage im Jahr nicht "
      "überschreitet.",
      {"work.full_days_per_year": 100, "work.half_days_per_year": 42},
      {"work.full_days_per_year": 100, "work.half_days_per_year": 40},  # exactly 120 days
      today=OLD_LAW),
    R("work.student_assistant",
      "Nebentätigkeiten können ohne Einschränkungen erfolgen. Dazu ist eine Absprache mit der "
      "zuständigen Ausländerbehörde erforderlich.",
      {"work.student_assistant": True}, {"work.student_assistant": False}),
    R("work.mandatory_internship",
      "Praktika, die vorgeschriebener Bestandteil des Studiums oder zur Erreichung des "
      "Ausbildungszieles nachweislich erforderlich sind, bedürfen keiner Zustimmung.",
      {"work.mandatory_internship": True}, {"work.mandatory_internship": False}),
    R("work.voluntary_internship",
      "Freiwillige Praktika, die kein Bestandteil des Studiums sind, gelten als "
      "zustimmungspflichtige Erwerbstätigkeit, auch wenn sie unentgeltlich abgeleistet werden.",
      {"work.voluntary_internship": True}, {"work.voluntary_internship": False}, today=OLD_LAW),
    R("work.self_employed",
      "In diesem zeitlichen Rahmen kann auch eine selbstständige Tätigkeit zugelassen werden, "
      "wenn diese dem Grunde nach wie eine Beschäftigung ausgestaltet ist (z. B. Honorarkraft).",
      {"work.self_employed": True}, {"work.self_employed": False}),
    # outcomes.toml
    R("outcome.no_permit_register_instead", Q_BMG,
      {"person.nationalities": ["PL"]}, {"person.nationalities": ["BR"]}),
    R("outcome.registration_overdue", Q_BMG,
      {"registration_date": None, "address.moved_in_on": "2026-11-07"},  # due 21.11.
      {"registration_date": None, "address.moved_in_on": "2026-11-08"}),  # due today
    R("outcome.report_address_change", Q_ADDRESS,
      {**PERMIT}, {"status.kind": "visa"}, EXT),
    R("outcome.graduate_may_work", "dürfen eine Erwerbstätigkeit ausüben",
      {"application.purpose": "job_search_graduate"}, {"application.purpose": "study"}),
    R("outcome.study_in_other_eu_state", "in einem anderen Mitgliedstaat der Europäischen Union",
      {"absences": [{"start": "2026-01-10", "end": "2026-07-11", "destination": "FR"}]},
      {"absences": [{"start": "2026-01-10", "end": "2026-07-11", "destination": "CH"}]}),
    # money.toml
    R("money.below_need", Q_MEANS,
      {"finances.blocked_account_monthly_eur": 600}, {"finances.blocked_account_monthly_eur": 992}),
    R("money.blocked_amount_missing", Q_MEANS,
      {"finances.blocked_account_monthly_eur": None},
      {"finances.blocked_account_monthly_eur": 992}),
    R("money.check_amount", Q_MEANS,
      {"finances.scholarship": True}, {"finances.scholarship": False}),
    R("money.need_not_cited", "Der Lebensunterhalt eines Ausländers ist gesichert",
      {"application.purpose": "job_search_graduate"}, {"application.purpose": "study"}),
    R("money.health_insurance_check", "hat er ausreichenden Krankenversicherungsschutz",
      {"health_insurance.kind": "travel"}, {"health_insurance.kind": "statutory"}),
    # work_account.toml
    R("work.account_over_limit", Q_140,
      {"work.full_days_per_year": 200}, {"work.full_days_per_year": 100}),
    R("work.account_within_limit", Q_140,
      {"work.full_days_per_year": 100}, {"work.full_days_per_year": 0}),
    R("work.week_days_missing", "als halber Arbeitstag",
      {"work.term_hours_per_week": 25, "work.term_weeks": 10},
      {"work.term_hours_per_week": 25, "work.term_weeks": 10, "work.term_days_per_week": 5}),
    R("applicant.work_hours_over", "bis zu 20 Stunden je Woche",
      {"work.term_hours_per_week": 21}, {"work.term_hours_per_week": 20}, AP),
    # absence.toml
    R("absence.over_six_months", Q_ABSENCE,
      {"absences": [{"start": "2026-01-10", "end": "2026-07-11", "destination": "BR"}]},
      {"absences": [{"start": "2026-01-10", "end": "2026-07-10", "destination": "BR"}]}),
    R("absence.permission_request", "If possible, apply for the extension before you leave "
      "Freiberg.", {"application.kind": "absence_permission"}, {"application.kind": "extension"}),
    # special_cases.toml
    R("special.phd", Q_PHD, {"application.purpose": "phd"}, {"application.purpose": "study"}),
    R("special.dual_study", Q_PHD,
      {"application.purpose": "dual_study"}, {"application.purpose": "phd"}),
    R("special.researcher",
      "Erfolgt die Promotion im Rahmen eines Forschungsprojektes siehe Informationsblatt "
      "Aufenthaltstitel für Forscher",
      {"application.purpose": "researcher"}, {"application.purpose": "phd"}),
    R("special.graduate", Q_GRAD,
      {"application.purpose": "job_search_graduate"}, {"application.purpose": "study"}),
    R("special.graduate_period_over", Q_GRAD,
      {"study.graduated_on": "2025-05-21"}, {"study.graduated_on": "2025-05-22"}, GRAD),
    R("special.graduation_date_missing", Q_GRAD,
      {"study.graduated_on": None}, {"study.graduated_on": "2026-09-30"}, GRAD),
    R("special.other_purpose", "Zuständig ist die Ausländerbehörde Ihres Wohnortes.",
      {"application.purpose": "other"}, {"application.purpose": "study"}),
    # validation.toml
    R("validation.birth_date_future", "",
      {"person.date_of_birth": "2026-11-23"}, {"person.date_of_birth": "2000-05-01"}),
    R("validation.birth_date_missing", Q_MINOR,
      {"person.date_of_birth": None}, {"person.date_of_birth": "2000-05-01"}),
    R("validation.nationality_missing",
      "Wenn Sie nicht aus einem EU-Mitgliedsstaat, Norwegen, Island, Liechtenstein oder der "
      "Schweiz kommen, benötigen Sie grundsätzlich einen Aufenthaltstitel, der Sie dazu "
      "berechtigt, in Deutschland zu studieren.",
      {"person.nationalities": []}, {"person.nationalities": ["BR"]}),
    R("validation.entry_date_future",
      "Die Ausländerbehörde am Wohnort ist für Ausländer zuständig, die sich bereits in "
      "Deutschland aufhalten und einen Aufenthaltstitel besitzen, sowie für die Ausländer, die "
      "visumsfrei einreisen dürfen.",
      {"entry.date": "2026-11-23"}, {"entry.date": "2026-11-22"}),
    R("validation.registration_future", Q_REG,
      {"registration_date": "2026-11-23"}, {"registration_date": "2026-11-22"}),
    R("validation.passport_expired", Q_PASS,
      {"passport.valid_until": "2026-11-21"}, {"passport.valid_until": "2026-11-22",
                                               "application.requested_duration_months": None}),
    R("validation.passport_expires_before_permit", Q_PASS,
      {"passport.valid_until": "2028-11-21"},  # permit asked until 2028-11-22
      {"passport.valid_until": "2028-11-22"}),
    R("validation.passport_issued_future", "",
      {"passport.issued_on": "2026-11-23"}, {"passport.issued_on": "2026-11-22"}),
    # a date 30 years or more ahead is taken for a typing error (the case model refuses years
    # after 2199 outright)
    R("validation.passport_validity_far_ahead", "",
      {"passport.valid_until": "2056-11-22"}, {"passport.valid_until": "2056-11-21"}),
    R("validation.permit_validity_far_ahead", "",
      {"status.valid_until": "2199-12-31"}, {"status.valid_until": "2056-11-21"}),
    R("validation.passport_validity_missing", Q_PASS,
      {"passport.valid_until": None}, {"passport.valid_until": "2032-01-09"}),
    R("validation.non_latin_names", "",
      {"person.family_name": "Шевченко"}, {"person.family_name": "Ševčenko"}),
    R("validation.study_details_missing",
      "Die Fachrichtung des Studiums wird durch die Bezeichnung der Fachrichtung (Studiengang "
      "und ggf. Studienfächer) auf der Aufenthaltserlaubnis angegeben.",
      {"study.subject": ""}, {"study.subject": "Physik"}),
    R("validation.language_course_missing", Q_1Y,
      {"study.language_course": None}, {}, LC),
    R("validation.studienkolleg_missing", Q_STUDENT,
      {"study.studienkolleg": None}, {}, SK),
    R("validation.applicant_start_missing", Q_NINE,
      {"study.applicant_phase_start": None}, {}, AP),
    R("validation.permit_expiry_missing", Q_SIX_WEEKS,
      {"status.valid_until": None}, {}, EXT),
]
BY_ID = {r.id: r for r in RULES}


def test_every_rule_in_resources_has_a_pair_of_cases_here():
    assert sorted(r.id for r in catalogue().rules) == sorted(BY_ID)
    assert len(BY_ID) == len(RULES)


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.id)
def test_rule_applies(r: R):
    assert r.id in ids(*r.base, r.applies, today=r.today)


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.id)
def test_rule_does_not_apply(r: R):
    assert r.id not in ids(*r.base, r.not_applies, today=r.today)


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.id)
def test_the_rule_cites_the_quoted_sentence(r: R):
    rule = next(x for x in catalogue().rules if x.id == r.id)
    cited = " ".join(rule.quote.split())
    assert (r.quote == cited == "") or (r.quote != "" and r.quote in cited)


def test_quotes_are_sentences_of_the_seeds(shared_dir):
    seeds = seed_texts(shared_dir)
    for rule in catalogue().rules:
        if rule.quote and ".txt" in rule.source:
            quote = " ".join(rule.quote.split())
            where = [name for name, text in seeds.items() if quote in text]
            assert where, f"{rule.id}: quote not found in any seed: {quote!r}"
            assert any(name in rule.source for name in where), (rule.id, where)


def test_rules_without_a_seed_sentence_say_so_in_their_source():
    for rule in catalogue().rules:
        if not rule.quote:
            assert "plausibility" in rule.source or "ICAO" in rule.source, rule.id


# --- what a person reads: the values in the messages ----------------------------------------


def _finding(assessment, rule_id):
    return next(f for f in assessment.findings if f.id == rule_id)


def test_language_course_message_names_both_numbers():
    a = run(LANGUAGE_COURSE, {"study.language_course.hours_per_week": 16})
    f = _finding(a, "language_course.min_hours")
    assert f.severity == "blocker"
    assert "18" in f.text("en") and "16" in f.text("en")
    assert "18" in f.text("de") and "16" in f.text("de")
    assert f.fields == ["study.language_course.hours_per_week"]


def test_registration_due_says_the_last_day():
    a = run({"registration_date": None, "address.moved_in_on": "2026-11-15"})
    f = _finding(a, "general.registration_due")
    assert "29.11.2026" in f.text("de")
    assert "14" in f.text("en")


def test_a_recorded_application_before_expiry_ends_the_apply_now_and_expired_warnings():
    """`check` stops telling the person to apply once an application before expiry is recorded,
    also after the expiry (the permit continues, § 81 Abs. 4 AufenthG); one made after expiry
    does not count."""
    near = {"status.valid_until": "2026-12-31"}
    assert "status.extension_apply_now" in ids(EXTENSION, near)
    recorded = ids(EXTENSION, near, {"submission.submitted_on": "2026-11-20"})
    assert "status.extension_apply_now" not in recorded
    assert "status.applied_before_expiry" in recorded
    expired = {"status.valid_until": "2026-11-01"}
    assert "status.permit_expired" in ids(EXTENSION, expired,
                                          {"submission.submitted_on": "2026-11-05"})
    assert "status.permit_expired" not in ids(EXTENSION, expired,
                                              {"submission.submitted_on": "2026-10-30"})


def test_extension_message_counts_the_days_left():
    a = run(EXTENSION, {"status.valid_until": "2026-12-31"})
    f = _finding(a, "status.extension_apply_now")
    assert "39" in f.text("en") and "31.12.2026" in f.text("de")


def test_preparatory_time_does_not_count_as_applicant_time():
    """'Die Aufenthaltszeit wird nicht auf die Dauer der studienvorbereitenden Maßnahmen
    angerechnet.' A language-course student who was an applicant long ago is not over nine
    months; the nine months apply only to the purpose 'study applicant'."""
    found = ids(LANGUAGE_COURSE, {"study.applicant_phase_start": "2025-01-01"})
    assert "applicant.max_duration_exceeded" not in found
    assert "applicant.max_duration_exceeded" in ids(
        APPLICANT, {"study.applicant_phase_start": "2025-01-01"})


def test_two_years_of_preparation_count_from_the_first_measure_not_from_the_application():
    found = ids(LANGUAGE_COURSE, {"study.applicant_phase_start": "2024-01-01"})
    assert "preparatory.over_two_years" not in found


def test_half_days_count_half_under_the_seeds_account():
    """120 full or 240 half days: 240 half days alone are fine, 241 are not (before 1.3.2024)."""
    assert "work.over_limit" not in ids({"work.half_days_per_year": 240}, today=OLD_LAW)
    assert "work.over_limit" in ids({"work.half_days_per_year": 241}, today=OLD_LAW)
    assert "work.over_limit" not in ids({"work.full_days_per_year": 120}, today=OLD_LAW)
    assert "work.over_limit" in ids({"work.full_days_per_year": 121}, today=OLD_LAW)


def test_absence_message_gives_the_dates_and_the_way_out():
    a = run({"absences": [{"start": "2026-01-10", "end": "2026-08-15"}]})
    text = _finding(a, "absence.over_six_months").text("en")
    assert "10 Jan 2026" in text and "15 Aug 2026" in text and "extension" in text


def test_no_absence_warning_while_applying_to_keep_the_permit():
    found = ids({"application.kind": "absence_permission",
                 "absences": [{"start": "2027-01-10", "end": "2027-09-15"}]})
    assert "absence.permission_request" in found and "absence.over_six_months" not in found


def test_duldung_gets_counselling_not_a_verdict():
    a = run({"status.kind": "duldung"})
    f = _finding(a, "status.duldung_counselling")
    assert f.severity == "warning"
    assert "individual advice" in f.text("en") and "individuell beraten" in f.text("de")


def test_special_purposes_name_their_information_sheet():
    for purpose, sheet in [("phd", "Doktoranden"), ("dual_study", "dualen Studiengängen"),
                           ("researcher", "Forscher"), ("job_search_graduate",
                                                        "Hochschulabsolventen")]:
        a = run({"application.purpose": purpose, "study.graduated_on": "2026-09-30"})
        infos = [f for f in a.findings if f.id.startswith("special.")]
        assert infos, purpose
        assert any(sheet in f.text("de") for f in infos), purpose
        assert any("cannot check" in f.text("en") for f in infos), purpose


def test_eu_citizen_is_told_no_permit_is_needed_in_both_languages():
    f = _finding(run({"person.nationalities": ["CH"]}), "general.eu_citizen_no_permit")
    assert "do not need" in f.text("en") and "keinen Aufenthaltstitel" in f.text("de")


def test_a_birth_date_in_the_future_is_not_read_as_a_minor():
    """A mistyped birth date gets its own finding, not a guardians' consent question with a
    negative age."""
    found = ids({"person.date_of_birth": "2030-01-01"})
    assert "validation.birth_date_future" in found
    assert "general.minor_consent_unknown" not in found
    assert "general.minor_consent_missing" not in found
