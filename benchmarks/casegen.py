"""A seeded generator of valid, realistic cases, for the batch benchmark and for tests.

The same seed always gives the same cases (the generator draws only from its own
`random.Random(seed)` and from a fixed `today`), so a batch figure is repeatable. Every purpose,
every kind of application and every language the program speaks is covered once `count` reaches
36 (purpose x kind); languages rotate independently of purposes. Names are Latin, as printed in a
passport's machine-readable zone (with the diacritics of Turkish, Vietnamese, Portuguese or Spanish
names, transliterated for Cyrillic and Arabic script); children, parents, previous stays and
absences vary in number.

    python -m benchmarks.casegen -o /tmp/cases --count 100 --seed 7
"""

from __future__ import annotations

import argparse
import random
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from assistant.casefile import case_to_json_text, split_address
from assistant.model import (
    Absence,
    Address,
    AdmissionDocument,
    Application,
    ApplicationKind,
    Case,
    Contact,
    Degree,
    Entry,
    Finances,
    HealthInsurance,
    HealthInsuranceKind,
    Institution,
    InstitutionType,
    LanguageCourse,
    LegalHistory,
    Marital,
    MaritalStatus,
    Passport,
    PassportType,
    Person,
    PostalAddress,
    PreviousStay,
    Purpose,
    Relative,
    ResidenceStatus,
    ResidenceStatusKind,
    Sex,
    Studienkolleg,
    Study,
    StudyMode,
    SubjectChange,
    SubjectChangeException,
    Work,
)
from assistant.texts import LANGUAGES


def _institution(name: str, address: str) -> Institution:
    """An institution with its address written as one line ("Mommsenstraße 9, 01069 Dresden")."""
    return Institution(name=name, address=PostalAddress(**split_address(address)))

DEFAULT_SEED = 20261122
DEFAULT_TODAY = date(2026, 11, 22)

PURPOSES: tuple[Purpose, ...] = tuple(Purpose)
KINDS: tuple[ApplicationKind, ...] = tuple(ApplicationKind)
CASE_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)


# --- where applicants come from ---------------------------------------------------------------


@dataclass(frozen=True)
class Origin:
    country: str
    family_names: tuple[str, ...]
    female_names: tuple[str, ...]
    male_names: tuple[str, ...]
    places: tuple[str, ...]
    issuer: str
    slavic_surnames: bool = False  # female form adds -a to -ov/-ev/-in


_ORIGINS: dict[str, tuple[Origin, ...]] = {
    "uk": (
        Origin("UA", ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko",
                      "Melnyk", "Oliinyk", "Lysenko", "Savchuk", "Hnatiuk"),
               ("Olha", "Iryna", "Yuliia", "Anastasiia", "Kateryna", "Sofiia", "Khrystyna"),
               ("Oleksandr", "Dmytro", "Andrii", "Serhii", "Mykola", "Yevhen", "Taras"),
               ("Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Chernivtsi"),
               "Derzhavna mihratsiina sluzhba Ukrainy"),
    ),
    "ru": (
        Origin("RU", ("Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Volkov", "Morozov",
                      "Lebedev", "Fedorov", "Belousov"),
               ("Ekaterina", "Anna", "Mariia", "Daria", "Elena", "Kseniia", "Polina"),
               ("Aleksei", "Dmitrii", "Ivan", "Maksim", "Nikita", "Artem", "Sergei"),
               ("Moskva", "Sankt-Peterburg", "Kazan", "Novosibirsk", "Ekaterinburg"),
               "MVD 77001", slavic_surnames=True),
        Origin("KZ", ("Nurlanov", "Akhmetov", "Zhakupov", "Seitkaliev", "Omarov"),
               ("Aigerim", "Dana", "Aruzhan", "Madina", "Zhanna"),
               ("Nurlan", "Yerlan", "Daulet", "Arman", "Timur"),
               ("Almaty", "Astana", "Shymkent", "Karaganda"),
               "MVD RK", slavic_surnames=True),
    ),
    "tr": (
        Origin("TR", ("Şahin", "Yılmaz", "Kaya", "Demir", "Çelik", "Öztürk", "Aydın", "Doğan",
                      "Güneş", "Koç", "Şimşek"),
               ("Elif", "Zeynep", "Ayşe", "Büşra", "Gülşen", "İrem", "Şeyma Nur"),
               ("Mehmet", "Emre", "Burak", "Oğuz", "Çağrı", "Yiğit", "Mustafa Kemal"),
               ("İstanbul", "Ankara", "İzmir", "Bursa", "Eskişehir", "Gaziantep", "Muğla"),
               "İstanbul Nüfus Müdürlüğü"),
    ),
    "ar": (
        Origin("SY", ("Al-Hassan", "Haddad", "Khalil", "Nasser", "Al-Masri", "Darwish", "Hamdan"),
               ("Fatima", "Rania", "Nour", "Lina", "Yasmin", "Hiba"),
               ("Ahmad", "Mohammed", "Omar", "Khaled", "Youssef", "Bassel"),
               ("Damascus", "Aleppo", "Homs", "Latakia"), "Immigration and Passports Damascus"),
        Origin("EG", ("Abdelrahman", "Mahmoud", "El-Sayed", "Farouk", "Mostafa"),
               ("Mariam", "Salma", "Aya", "Nada"), ("Mahmoud", "Karim", "Amr", "Hany"),
               ("Cairo", "Alexandria", "Giza", "Mansoura"), "Passport Office Cairo"),
        Origin("MA", ("Benali", "El Amrani", "Bennani", "Ouazzani", "Tazi"),
               ("Salma", "Imane", "Khadija", "Meryem"), ("Youssef", "Hamza", "Anas", "Mehdi"),
               ("Casablanca", "Rabat", "Fès", "Marrakech"), "Préfecture de Rabat"),
    ),
    "fa": (
        Origin("IR", ("Hosseini", "Rezaei", "Mohammadi", "Karimi", "Ahmadi", "Jafari",
                      "Moradi", "Sadeghi"),
               ("Zahra", "Maryam", "Fatemeh", "Narges", "Shirin", "Parisa"),
               ("Ali", "Reza", "Amir", "Hossein", "Mehdi", "Saeed"),
               ("Tehran", "Isfahan", "Shiraz", "Tabriz", "Mashhad"), "Police of Tehran"),
        Origin("AF", ("Ahmadzai", "Rahimi", "Popal", "Noori", "Stanikzai"),
               ("Mariam", "Freshta", "Sahar", "Nilofar"), ("Ahmad", "Farid", "Najib", "Sohail"),
               ("Kabul", "Herat", "Mazar-i-Sharif"), "Passport Department Kabul"),
    ),
    "en": (
        Origin("IN", ("Sharma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Banerjee"),
               ("Priya", "Ananya", "Sneha", "Divya", "Kavya Lakshmi"),
               ("Rahul", "Arjun", "Vikram", "Rohan", "Siddharth"),
               ("Mumbai", "Bengaluru", "Chennai", "Hyderabad", "Pune", "Kolkata"),
               "Passport Office Mumbai"),
        Origin("NG", ("Okafor", "Adeyemi", "Eze", "Nwosu", "Balogun"),
               ("Chioma", "Ngozi", "Funmilayo", "Adaeze"), ("Chinedu", "Emeka", "Tunde", "Ikenna"),
               ("Lagos", "Enugu", "Ibadan", "Abuja"), "Nigeria Immigration Service"),
        Origin("GH", ("Mensah", "Owusu", "Boateng", "Asante"), ("Ama", "Akosua", "Efua"),
               ("Kwame", "Kofi", "Yaw"), ("Accra", "Kumasi", "Tamale"),
               "Passport Office Accra"),
        Origin("PK", ("Khan", "Qureshi", "Malik", "Siddiqui"), ("Ayesha", "Sana", "Hira"),
               ("Bilal", "Usman", "Hamza"), ("Lahore", "Karachi", "Islamabad"),
               "DGI&P Islamabad"),
    ),
    "de": (
        Origin("VN", ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Vũ"),
               ("Thị Thu Hằng", "Minh Anh", "Ngọc Lan", "Phương Thảo"),
               ("Văn Đức", "Quốc Huy", "Minh Tuấn", "Đức Anh"),
               ("Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng"), "Cục Quản lý Xuất nhập cảnh"),
        Origin("CN", ("Wang", "Li", "Zhang", "Liu", "Chen", "Zhao"),
               ("Jing", "Yiran", "Xiaoyu", "Mengqi"), ("Wei", "Hao", "Zhiwei", "Jun"),
               ("Beijing", "Shanghai", "Chengdu", "Wuhan", "Xi'an"),
               "Exit and Entry Administration"),
        Origin("BR", ("Gonçalves", "Araújo", "Conceição", "Sousa", "Magalhães", "Simões"),
               ("Lívia", "Ana Júlia", "Letícia", "Beatriz"), ("João", "Luís", "Tomás", "Otávio"),
               ("São Paulo", "Belo Horizonte", "Brasília", "Florianópolis"),
               "Polícia Federal"),
        Origin("CO", ("Peña", "Muñoz", "Rodríguez", "Ibáñez", "Gómez"),
               ("María José", "Sofía", "Valentina", "Lucía"), ("Andrés", "Sebastián", "Julián"),
               ("Bogotá", "Medellín", "Cali", "Cúcuta"), "Cancillería de Colombia"),
    ),
}

# --- where they live and study in Saxony -------------------------------------------------------


@dataclass(frozen=True)
class Town:
    name: str
    postcodes: tuple[str, ...]
    universities: tuple[str, ...]  # keys of _UNIVERSITIES within commuting distance


_TOWNS: tuple[Town, ...] = (
    Town("Dresden", ("01067", "01069", "01187", "01307", "01277"), ("tud", "htwd", "bad")),
    Town("Leipzig", ("04103", "04109", "04275", "04317", "04229"), ("ul", "htwk")),
    Town("Chemnitz", ("09111", "09126", "09130"), ("tuc",)),
    Town("Freiberg", ("09599",), ("tubaf",)),
    Town("Zwickau", ("08056", "08058"), ("whz",)),
    Town("Zittau", ("02763",), ("hszg",)),
    Town("Görlitz", ("02826",), ("hszg",)),
    Town("Mittweida", ("09648",), ("hsmw",)),
    Town("Plauen", ("08523",), ("whz",)),
    Town("Bautzen", ("02625",), ("hszg",)),
    Town("Pirna", ("01796",), ("tud",)),
    Town("Meißen", ("01662",), ("tud", "htwd")),
    Town("Freital", ("01705",), ("tud",)),
    Town("Markkleeberg", ("04416",), ("ul",)),
    Town("Grimma", ("04668",), ("ul",)),
    Town("Brand-Erbisdorf", ("09618",), ("tubaf",)),
    Town("Annaberg-Buchholz", ("09456",), ("tuc",)),
    Town("Riesa", ("01587",), ("bad",)),
    Town("Torgau", ("04860",), ("ul",)),
    Town("Hoyerswerda", ("02977",), ("hszg",)),
)

_UNIVERSITIES: dict[str, Institution] = {
    "tud": _institution("Technische Universität Dresden", address="01062 Dresden"),
    "htwd": _institution("Hochschule für Technik und Wirtschaft Dresden",
                        address="Friedrich-List-Platz 1, 01069 Dresden"),
    "ul": _institution("Universität Leipzig", address="Augustusplatz 10, 04109 Leipzig"),
    "htwk": _institution("HTWK Leipzig", address="Karl-Liebknecht-Straße 132, 04277 Leipzig"),
    "tuc": _institution("Technische Universität Chemnitz",
                       address="Straße der Nationen 62, 09111 Chemnitz"),
    "tubaf": _institution("TU Bergakademie Freiberg",
                         address="Akademiestraße 6, 09599 Freiberg"),
    "whz": _institution("Westsächsische Hochschule Zwickau",
                       address="Kornmarkt 1, 08056 Zwickau"),
    "hszg": _institution("Hochschule Zittau/Görlitz",
                        address="Theodor-Körner-Allee 16, 02763 Zittau"),
    "hsmw": _institution("Hochschule Mittweida", address="Technikumplatz 17, 09648 Mittweida"),
    "bad": _institution("Berufsakademie Sachsen, Staatliche Studienakademie Riesa",
                       address="Rostocker Straße 1, 01587 Riesa"),
}

_LANGUAGE_SCHOOLS: tuple[Institution, ...] = (
    _institution("Goethe-Institut Dresden", address="Königsbrücker Straße 84, 01099 Dresden"),
    _institution("Interdaf e.V. am Herder-Institut der Universität Leipzig",
                address="Lumumbastraße 4, 04105 Leipzig"),
    _institution("TUDIAS GmbH", address="Freiberger Straße 37, 01067 Dresden"),
)

_STUDIENKOLLEGS: tuple[Institution, ...] = (
    _institution("Studienkolleg Sachsen", address="Lumumbastraße 4, 04105 Leipzig"),
)

_RESEARCH_HOSTS: tuple[Institution, ...] = (
    _institution("Helmholtz-Zentrum Dresden-Rossendorf",
                address="Bautzner Landstraße 400, 01328 Dresden"),
    _institution("Fraunhofer-Institut für Werkstoff- und Strahltechnik IWS",
                address="Winterbergstraße 28, 01277 Dresden"),
    _institution("Leibniz-Institut für Troposphärenforschung",
                address="Permoserstraße 15, 04318 Leipzig"),
    _institution("Max-Planck-Institut für Mathematik in den Naturwissenschaften",
                address="Inselstraße 22, 04103 Leipzig"),
)

_EMPLOYERS: tuple[Institution, ...] = (
    _institution("Infineon Technologies Dresden GmbH & Co. KG",
                address="Königsbrücker Straße 180, 01099 Dresden"),
    _institution("Volkswagen Sachsen GmbH", address="Glauchauer Straße 40, 08058 Zwickau"),
    _institution("Porsche Leipzig GmbH", address="Porschestraße 1, 04158 Leipzig"),
    _institution("Siemens Energy Global GmbH & Co. KG",
                address="Rudolf-Diesel-Straße 2, 02826 Görlitz"),
)

_STREETS = ("Bahnhofstraße", "Hauptstraße", "Goethestraße", "Schillerstraße", "Lindenstraße",
            "Rosa-Luxemburg-Straße", "Am Markt", "Weinbergstraße", "Straße der Einheit",
            "Fritz-Löffler-Straße", "Zellescher Weg", "Jägerstraße", "Gellertstraße",
            "Reichenhainer Straße", "Äußere Johannisstraße", "Nöthnitzer Straße")
_ADDRESS_EXTRAS = ("", "", "", "bei Müller", "WG, 3. OG links", "Wohnheim, Zimmer 214",
                   "Hinterhaus", "c/o Schäfer")
_SUBJECTS = ("Informatik", "Maschinenbau", "Elektrotechnik", "Biotechnologie",
             "Wirtschaftsingenieurwesen", "Geotechnik und Bergbau", "Medizin", "Germanistik",
             "Architektur", "Computational Science", "Physik", "Chemie", "Soziale Arbeit",
             "Werkstoffwissenschaft", "Umweltingenieurwesen")
_INSURERS = {
    HealthInsuranceKind.STATUTORY: ("AOK PLUS", "Techniker Krankenkasse", "BARMER",
                                    "DAK-Gesundheit", "IKK classic"),
    HealthInsuranceKind.PRIVATE: ("Care Concept AG", "MAWISTA GmbH", "DR-WALTER GmbH"),
    HealthInsuranceKind.TRAVEL: ("Hanse Merkur Reiseversicherung",),
}
_EYES = ("brown", "dark_brown", "blue", "green", "grey", "hazel")  # codes of the eye-colour list
_MOBILE_PREFIXES = ("151", "152", "157", "160", "170", "176")
_OTHER_PURPOSES = ("Freiwilliges Praktikum", "Au-pair", "Freiwilligendienst (BFD)",
                   "Teilnahme an einem Schüleraustausch")
_EMAIL_FOLD = str.maketrans({"ı": "i", "ß": "ss", "đ": "d", "Đ": "D", "ø": "o", "ł": "l"})


# --- the generator -----------------------------------------------------------------------------


def _days(rng: random.Random, low: int, high: int) -> timedelta:
    return timedelta(days=rng.randint(low, high))


def _birthday(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    start = date(today.year - max_age - 1, today.month, 1) + timedelta(days=40)
    end = date(today.year - min_age, today.month, 1) - timedelta(days=40)
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_EMAIL_FOLD))
    return "".join(ch for ch in folded.lower() if ch.isascii() and ch.isalnum())


def _surname(origin: Origin, family: str, sex: Sex) -> str:
    if origin.slavic_surnames and sex is Sex.FEMALE and family.endswith(("ov", "ev", "in")):
        return family + "a"
    return family


class _Generator:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today

    # one case ------------------------------------------------------------------------------

    def case(self, index: int) -> Case:
        rng, today = self.rng, self.today
        purpose = PURPOSES[index % len(PURPOSES)]
        kind = KINDS[(index // len(PURPOSES)) % len(KINDS)]
        lang = CASE_LANGUAGES[index % len(CASE_LANGUAGES)]
        origin = rng.choice(_ORIGINS[lang])
        sex = rng.choices((Sex.FEMALE, Sex.MALE, Sex.DIVERSE), weights=(48, 48, 4))[0]
        min_age, max_age = {
            Purpose.PHD: (24, 40), Purpose.RESEARCHER: (27, 50),
            Purpose.JOB_SEARCH_GRADUATE: (23, 35),
        }.get(purpose, (18, 32))
        minor = purpose in (Purpose.STUDIENKOLLEG, Purpose.LANGUAGE_COURSE,
                            Purpose.STUDY_APPLICANT) and rng.random() < 0.1
        born = _birthday(rng, today, 17, 17) if minor else _birthday(rng, today, min_age, max_age)
        family = _surname(origin, rng.choice(origin.family_names), sex)
        first = rng.choice(origin.female_names if sex is Sex.FEMALE else origin.male_names
                           if sex is Sex.MALE else origin.female_names + origin.male_names)
        married = not minor and rng.random() < (0.45 if born.year < today.year - 28 else 0.15)
        birth_name = family
        if married and sex is Sex.FEMALE and rng.random() < 0.4:
            birth_name = _surname(origin, rng.choice(origin.family_names), sex)

        entered = self._entry_date(kind)
        town = rng.choice(_TOWNS)
        registered = min(entered + _days(rng, 2, 12), today)
        moved_in = registered - _days(rng, 0, 3)
        if kind is ApplicationKind.ADDRESS_CHANGE:
            moved_in = today - _days(rng, 3, 20)
            registered = moved_in + _days(rng, 0, 2)
        study, host, purpose_text, employment = self._purpose(purpose, kind, town, entered)
        case = Case(
            language=lang,
            application=Application(
                kind=kind, purpose=purpose,
                requested_duration_months=rng.choice((12, 24, 24, 36))
                if kind in (ApplicationKind.FIRST_PERMIT, ApplicationKind.EXTENSION) else None,
            ),
            person=Person(
                family_name=family, birth_name=birth_name, first_names=first,
                date_of_birth=born, place_of_birth=rng.choice(origin.places),
                country_of_birth=origin.country, sex=sex, height_cm=rng.randint(152, 196),
                eye_colour=rng.choice(_EYES), nationalities=[origin.country],
            ),
            passport=self._passport(origin, minor),
            marital=Marital(
                status=MaritalStatus.MARRIED if married else MaritalStatus.SINGLE,
                since=today - _days(rng, 200, 3000) if married else None,
            ),
            spouse=self._relative(origin, Sex.MALE if sex is Sex.FEMALE else Sex.FEMALE,
                                  born - _days(rng, -1500, 1500), in_germany=True)
            if married else None,
            children=self._children(origin, married, born),
            father=self._relative(origin, Sex.MALE, born - _days(rng, 8500, 13000),
                                  in_germany=False) if minor or rng.random() < 0.7 else None,
            mother=self._relative(origin, Sex.FEMALE, born - _days(rng, 7500, 12000),
                                  in_germany=False) if minor or rng.random() < 0.7 else None,
            guardians_consent=True if minor else None,
            previous_stays=self._previous_stays(entered),
            entry=Entry(date=entered, from_country=origin.country, with_visa=True),
            registration_date=registered,
            address=Address(
                street=rng.choice(_STREETS), house_number=str(rng.randint(1, 140))
                + rng.choice(("", "", "", "a", "b")),
                address_extra=rng.choice(_ADDRESS_EXTRAS), postcode=rng.choice(town.postcodes),
                place=town.name, moved_in_on=moved_in,
            ),
            contact=self._contact(first, family),
            purpose_of_stay=purpose_text,
            host=host,
            intended_employment=employment,
            trained_profession=rng.choice(("", "Bauingenieur (B.Sc.)", "Informatikerin (B.Sc.)",
                                           "Chemielaborant", "Lehrerin"))
            if purpose not in (Purpose.RESEARCHER, Purpose.PHD) else "Physiker (M.Sc.)",
            subsistence="",
            health_insurance=self._insurance(purpose),
            legal=self._legal(),
            status=self._status(kind, entered),
            study=study,
            finances=self._finances(purpose),
            work=self._work(purpose),
            absences=self._absences(kind, origin),
        )
        case.subsistence = self._subsistence_text(case.finances)
        return case

    # parts ---------------------------------------------------------------------------------

    def _entry_date(self, kind: ApplicationKind) -> date:
        if kind is ApplicationKind.FIRST_PERMIT:
            return self.today - _days(self.rng, 5, 80)
        return self.today - _days(self.rng, 200, 2000)

    def _passport(self, origin: Origin, minor: bool) -> Passport:
        rng, today = self.rng, self.today
        issued = today - _days(rng, 60, 365 * 4)
        years = 5 if minor or rng.random() < 0.4 else 10
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
        return Passport(
            type=PassportType.NATIONAL_PASSPORT,
            number=letters + "".join(str(rng.randint(0, 9)) for _ in range(7)),
            issued_on=issued,
            issued_by=origin.issuer,
            valid_until=date(issued.year + years, issued.month, min(issued.day, 28)),
        )

    def _relative(self, origin: Origin, sex: Sex, born: date, *, in_germany: bool) -> Relative:
        rng = self.rng
        family = _surname(origin, rng.choice(origin.family_names), sex)
        return Relative(
            family_name=family, birth_name=family,
            first_names=rng.choice(origin.female_names if sex is Sex.FEMALE
                                   else origin.male_names),
            date_of_birth=born, place_of_birth=rng.choice(origin.places), sex=sex,
            nationalities=[origin.country],
            address="" if in_germany else f"{rng.choice(origin.places)}, {origin.country}",
            lives_in_germany=in_germany,
            included_in_application=in_germany and rng.random() < 0.5,
        )

    def _children(self, origin: Origin, married: bool, parent_born: date) -> list[Relative]:
        rng, today = self.rng, self.today
        count = rng.choice((0, 1, 1, 2, 2, 3)) if married else int(rng.random() < 0.05)
        earliest = max(parent_born + timedelta(days=365 * 19), today - timedelta(days=365 * 15))
        span = (today - earliest).days - 30
        if span <= 0:
            return []
        children = []
        for _ in range(count):
            child = self._relative(origin, rng.choice((Sex.FEMALE, Sex.MALE)),
                                   earliest + timedelta(days=rng.randint(0, span)),
                                   in_germany=rng.random() < 0.6)
            children.append(child)
        return sorted(children, key=lambda c: c.date_of_birth or today)

    def _previous_stays(self, entered: date) -> list[PreviousStay]:
        rng = self.rng
        stays = []
        end = entered - _days(rng, 30, 300)
        for _ in range(rng.choice((0, 0, 1, 1, 2, 4))):
            start = end - _days(rng, 5, 90)
            stays.append(PreviousStay(
                from_date=start, to_date=end,
                place=rng.choice(("Berlin", "Dresden", "München", "Leipzig", "Hamburg")),
                purpose=rng.choice(("Besuch", "Sommerschule", "Sprachkurs", "Tourismus")),
            ))
            end = start - _days(rng, 60, 700)
        return stays

    def _contact(self, first: str, family: str) -> Contact:
        rng = self.rng
        user = f"{_ascii(first.split()[0])}.{_ascii(family)}{rng.randint(1, 99)}"
        phone = f"+49 {rng.choice(_MOBILE_PREFIXES)} " + "".join(
            str(rng.randint(0, 9)) for _ in range(8))
        return Contact(email=f"{user}@example.org", phone=phone)

    def _purpose(self, purpose: Purpose, kind: ApplicationKind, town: Town,
                 entered: date) -> tuple[Study, Institution, str, str]:
        rng, today = self.rng, self.today
        uni = _UNIVERSITIES[rng.choice(town.universities)]
        subject = rng.choice(_SUBJECTS)
        first = kind is ApplicationKind.FIRST_PERMIT
        start = date(entered.year, 10, 1)
        if start > today:
            start = date(start.year - 1, 10, 1)
        semester = 1 + ((today.year - start.year) * 12 + today.month - start.month) // 6
        study = Study(
            institution=uni, institution_type=InstitutionType.STATE, mode=StudyMode.FULL_TIME,
            subject=subject, university_entrance_qualification=True,
            german_language_proof=rng.random() < 0.6,
        )
        employment = ""
        if purpose is Purpose.STUDY or purpose is Purpose.DUAL_STUDY:
            study.degree = rng.choice((Degree.BACHELOR, Degree.MASTER, Degree.MASTER))
            study.semester = min(semester, 14)
            study.start_date = start
            study.average_duration_semesters = 4 if study.degree is Degree.MASTER else 6
            study.admission_document = (AdmissionDocument.ADMISSION_LETTER if first
                                        else AdmissionDocument.MATRICULATION_CERTIFICATE)
            if not first and rng.random() < 0.15:
                study.subject_change = SubjectChange(
                    planned_on=today + _days(rng, 30, 150), new_subject=rng.choice(_SUBJECTS),
                    exception=rng.choice(tuple(SubjectChangeException)))
            host = uni
            text = f"Studium ({study.degree.value.title()} {subject})"
            if purpose is Purpose.DUAL_STUDY:
                study.institution = _UNIVERSITIES["bad"]
                host = rng.choice(_EMPLOYERS)
                text = f"Duales Studium ({subject})"
                employment = f"Praxisphasen bei {host.name}"
        elif purpose is Purpose.STUDIENKOLLEG:
            college = rng.choice(_STUDIENKOLLEGS)
            begin = date(today.year if today.month >= 9 else today.year - 1, 9, 1)
            study.institution = college
            study.admission_document = AdmissionDocument.ADMISSION_LETTER
            study.studienkolleg = Studienkolleg(name=college.name, start=begin,
                                                end=date(begin.year + 1, 7, 15),
                                                state_recognised=True)
            study.preparatory_start = begin
            study.german_language_proof = True
            host, text = college, "Studienkolleg (T-Kurs)"
        elif purpose is Purpose.LANGUAGE_COURSE:
            school = rng.choice(_LANGUAGE_SCHOOLS)
            begin = min(entered + _days(rng, 3, 20), today)
            hours = rng.choice((18, 20, 20, 22, 25)) if rng.random() < 0.9 else 12
            study.institution = school
            study.language_course = LanguageCourse(
                hours_per_week=hours, daily=hours >= 18, start=begin,
                end=begin + _days(rng, 150, 340), prepares_for=rng.choice(("DSH", "TestDaF")))
            study.preparatory_start = begin
            study.german_language_proof = False
            host, text = school, f"Intensivsprachkurs Deutsch ({hours} UE/Woche)"
        elif purpose is Purpose.STUDY_APPLICANT:
            study.applicant_phase_start = entered
            study.admission_document = rng.choice((AdmissionDocument.APPLICATION_CONFIRMATION,
                                                   AdmissionDocument.NONE))
            host, text = uni, "Studienbewerbung"
        elif purpose is Purpose.JOB_SEARCH_GRADUATE:
            study.degree = rng.choice((Degree.MASTER, Degree.BACHELOR, Degree.DIPLOMA))
            study.start_date = date(today.year - 3, 10, 1)
            study.graduated_on = today - _days(rng, 10, 120)
            study.exmatriculated_on = study.graduated_on + _days(rng, 0, 20)
            employment = f"Stelle als {rng.choice(('Ingenieur/in', 'Softwareentwickler/in'))}"
            host, text = uni, "Arbeitsplatzsuche nach dem Studium"
        elif purpose is Purpose.PHD:
            study.degree = Degree.DOCTORATE
            study.start_date = start
            study.semester = min(semester, 12)
            study.average_duration_semesters = 8
            study.admission_document = AdmissionDocument.ADMISSION_LETTER
            host, text = uni, f"Promotion ({subject})"
        elif purpose is Purpose.RESEARCHER:
            host = rng.choice(_RESEARCH_HOSTS)
            study.institution = host
            study.degree = Degree.DOCTORATE
            study.graduated_on = today - _days(rng, 300, 3000)
            employment = "Wissenschaftliche/r Mitarbeiter/in (Aufnahmevereinbarung)"
            text = "Forschung"
        else:
            host = rng.choice(_EMPLOYERS + (uni,))
            text = rng.choice(_OTHER_PURPOSES)
            study.institution = Institution()
            study.institution_type = InstitutionType.UNKNOWN
            study.subject = ""
        return study, host, text, employment

    def _insurance(self, purpose: Purpose) -> HealthInsurance:
        rng = self.rng
        kind = HealthInsuranceKind.STATUTORY
        if purpose in (Purpose.LANGUAGE_COURSE, Purpose.STUDY_APPLICANT, Purpose.STUDIENKOLLEG):
            kind = rng.choice((HealthInsuranceKind.PRIVATE, HealthInsuranceKind.STATUTORY,
                               HealthInsuranceKind.TRAVEL))
        return HealthInsurance(kind=kind, provider=rng.choice(_INSURERS[kind]))

    def _legal(self) -> LegalHistory:
        refused = self.rng.random() < 0.03
        return LegalHistory(
            convicted_in_germany=False, convicted_abroad=False, expelled_or_deported=False,
            refused_entry_or_residence=refused,
            refused_entry_or_residence_details="Schengen-Visum 2019 abgelehnt (Konsulat)"
            if refused else "",
        )

    def _status(self, kind: ApplicationKind, entered: date) -> ResidenceStatus:
        rng, today = self.rng, self.today
        if kind is ApplicationKind.FIRST_PERMIT:
            return ResidenceStatus(kind=ResidenceStatusKind.VISA,
                                   valid_until=entered + timedelta(days=90))
        if kind is ApplicationKind.EXTENSION:
            if rng.random() < 0.15:
                return ResidenceStatus(kind=ResidenceStatusKind.FIKTIONSBESCHEINIGUNG,
                                       valid_until=today + _days(rng, 20, 90))
            return ResidenceStatus(kind=ResidenceStatusKind.RESIDENCE_PERMIT,
                                   valid_until=today + _days(rng, 10, 80))
        return ResidenceStatus(kind=ResidenceStatusKind.RESIDENCE_PERMIT,
                               valid_until=today + _days(rng, 120, 700))

    def _finances(self, purpose: Purpose) -> Finances:
        rng = self.rng
        if purpose in (Purpose.RESEARCHER, Purpose.DUAL_STUDY):
            return Finances(own_income_monthly_eur=rng.randint(11, 50) * 100)
        if purpose is Purpose.PHD and rng.random() < 0.6:
            daad = rng.random() < 0.5
            return Finances(scholarship=True, daad_scholarship=daad,
                            scholarship_german_public_funds=daad, other_means="Stipendium")
        if rng.random() < 0.2:
            return Finances(verpflichtungserklaerung=True,
                            other_means="Verpflichtungserklärung eines Verwandten")
        return Finances(blocked_account=True, blocked_account_monthly_eur=992,
                        own_income_monthly_eur=rng.choice((None, None, 450, 520)))

    @staticmethod
    def _subsistence_text(finances: Finances) -> str:
        if finances.blocked_account:
            return f"Sperrkonto, {finances.blocked_account_monthly_eur} EUR monatlich"
        if finances.scholarship:
            return "Stipendium (DAAD)" if finances.daad_scholarship else "Stipendium"
        if finances.own_income_monthly_eur:
            return f"Arbeitseinkommen, {finances.own_income_monthly_eur} EUR brutto monatlich"
        return finances.other_means

    def _work(self, purpose: Purpose) -> Work:
        rng = self.rng
        if purpose not in (Purpose.STUDY, Purpose.PHD, Purpose.JOB_SEARCH_GRADUATE):
            return Work()
        return Work(full_days_per_year=rng.choice((0, 0, 20, 60, 120)),
                    half_days_per_year=rng.choice((0, 0, 40, 80)),
                    student_assistant=rng.random() < 0.3,
                    mandatory_internship=rng.random() < 0.1)

    def _absences(self, kind: ApplicationKind, origin: Origin) -> list[Absence]:
        rng, today = self.rng, self.today
        if kind is not ApplicationKind.ABSENCE_PERMISSION:
            return []
        absences = []
        start = today + _days(rng, 20, 90)
        for _ in range(rng.choice((1, 1, 2))):
            end = start + _days(rng, 190, 360)
            absences.append(Absence(
                start=start, end=end, destination=rng.choice((origin.country, "US", "FR")),
                reason=rng.choice(("Auslandssemester", "Forschungsaufenthalt",
                                   "Pflichtpraktikum im Ausland", "Pflege eines Angehörigen")),
            ))
            start = end + _days(rng, 30, 200)
        return absences


# --- public API --------------------------------------------------------------------------------


def iter_cases(count: int, seed: int = DEFAULT_SEED,
               today: date = DEFAULT_TODAY) -> Iterator[Case]:
    """`count` cases; the same (count, seed, today) always yields the same cases."""
    gen = _Generator(seed, today)
    for index in range(count):
        yield gen.case(index)


def generate_cases(count: int, seed: int = DEFAULT_SEED,
                   today: date = DEFAULT_TODAY) -> list[Case]:
    return list(iter_cases(count, seed, today))


def write_cases(directory: str | Path, count: int, seed: int = DEFAULT_SEED,
                today: date = DEFAULT_TODAY) -> list[Path]:
    """Write the cases as plain JSON case files `case-001.json`, ... and return their paths."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    width = max(3, len(str(count)))
    paths = []
    for index, case in enumerate(iter_cases(count, seed, today), start=1):
        path = out / f"case-{index:0{width}d}.json"
        path.write_text(case_to_json_text(case), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.casegen",
                                     description="Write generated case files (JSON).")
    parser.add_argument("-o", "--out", required=True, help="directory to write into")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--today", type=date.fromisoformat, default=DEFAULT_TODAY,
                        help="the date the cases are made for, YYYY-MM-DD")
    args = parser.parse_args(argv)
    paths = write_cases(args.out, args.count, args.seed, args.today)
    print(f"wrote {len(paths)} case files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
