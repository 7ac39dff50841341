"""The case model: one application for a residence permit in Saxony.

A `Case` holds every field of the standard German application form "Antrag auf Erteilung eines
Aufenthaltstitels" plus the situation the rules need. It validates what can be checked without
knowing today's date (well-formed e-mail and phone, dates in the right order, plausible numbers);
everything that depends on `today` (expired passport, a minor, deadlines) is a finding of the rules
engine, so that a case file stays valid over time.

Every value has bounds a person understands, checked after Unicode normalisation (NFC: a name
typed in decomposed letters is stored and checked as the same name in composed ones):
- every date lies between 1 January 1900 and 31 December 2199 (`EARLIEST_DATE`, `LATEST_DATE`);
  what depends on today (a date of birth in the future, a passport valid 30 years or more
  ahead) is a finding of resources/rules/validation.toml;
- a name has at most `NAME_MAX` (100) characters, a one-line text (a place, a street, an
  institution) at most `LINE_MAX` (200), a free text (details, other means) at most `TEXT_MAX`
  (1000). Longer values are refused with the limit stated (`BOUND_MESSAGES`, translated in the
  wizard), so that the form (its boxes, else the continuation sheet) and the packet can always
  set them; a value too long for its box on the form goes on the continuation sheet.

Case files are versioned JSON (`schema_version`, see `assistant.casefile`). Version 2 gained the
optional `submission` (`submitted_on`, `channel`) without a new number: files without it read as
before; a file that has it is not read by programs from before it. Version 3: an answer chosen
from a list of common answers (the profession learned, the intended employment, an earlier
stay's purpose; resources/answer_lists.toml) is stored as its code; in a file of version 2 such
an answer is free text, and a known word of the list is read as its code. Version 4: the eye
colour is such an answer too (a version-3 file's eye colour is read the same way).
"""

from __future__ import annotations

from datetime import date
from datetime import date as Date
from enum import StrEnum
from typing import Annotated, Any
from unicodedata import is_normalized, normalize

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from .caches import personal

SCHEMA_VERSION = 4


# --- small reusable field types ---------------------------------------------------------------


def _country_code(value: str) -> str:
    import pycountry  # imported on first use: the window starts without loading it

    code = value.strip().upper()
    if pycountry.countries.get(alpha_2=code) is None and code not in _EXTRA_COUNTRY_CODES:
        raise ValueError(
            f"'{value}' is not a known country code; use the two-letter ISO code (for example DE, "
            "UA, SY)"
        )
    return code


# Codes used in travel documents that are not ISO 3166 countries: Kosovo (XK) and stateless (XX).
_EXTRA_COUNTRY_CODES = {"XK", "XX"}

CountryCode = Annotated[str, AfterValidator(_country_code)]


def _nonblank(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("must not be empty")
    return value


Name = Annotated[str, AfterValidator(_nonblank)]


# --- bounds of every value (see the module's docs) ----------------------------------------------

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)
NAME_MAX = 100  # family name, birth name, first names
LINE_MAX = 200  # one line: a place, a street, an institution, a subject
TEXT_MAX = 1000  # a free text: details of a conviction, other means, a reason

# The messages of the bounds: fixed texts, so that the wizard shows them translated (they are
# texts of the interview's catalogue, see Interview.strings).
DATE_OUT_OF_RANGE = ("This date cannot be right: the form takes dates from 1 January 1900 to "
                     "31 December 2199. Please check the year.")
NAME_TOO_LONG = ("This is longer than the form has room for: a name has at most 100 characters. "
                 "Write it as in your passport.")
LINE_TOO_LONG = "This is longer than the form has room for: at most 200 characters."
TEXT_TOO_LONG = ("This is longer than the form and the packet have room for: at most 1000 "
                 "characters. Please write it more briefly.")
BOUND_MESSAGES = (DATE_OUT_OF_RANGE, NAME_TOO_LONG, LINE_TOO_LONG, TEXT_TOO_LONG)


def _nfc(value: Any) -> Any:
    """A text in composed Unicode (NFC); anything else as it is."""
    if isinstance(value, str) and not is_normalized("NFC", value):
        return normalize("NFC", value)
    return value


def _at_most(limit: int, message: str) -> AfterValidator:
    def check(value: str) -> str:
        if len(value) > limit:
            raise ValueError(message)
        return value

    return AfterValidator(check)


PersonName = Annotated[str, _at_most(NAME_MAX, NAME_TOO_LONG)]
Line = Annotated[str, _at_most(LINE_MAX, LINE_TOO_LONG)]


class _Model(BaseModel):
    # defer_build: a schema is built when a model is first used, not at import; validating a Case
    # builds the nested models' schemas once, inside the Case's (this halves the import time)
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True,
                              defer_build=True)

    @field_validator("*", mode="before")
    @classmethod
    def _composed(cls, value: Any) -> Any:
        """Texts in NFC before every check and before they are stored."""
        if isinstance(value, list):
            return [_nfc(v) for v in value]
        return _nfc(value)

    @field_validator("*", mode="after")
    @classmethod
    def _bounded(cls, value: Any) -> Any:
        """Every date between EARLIEST_DATE and LATEST_DATE; every text at most TEXT_MAX
        characters (names and one-line texts have their own, smaller limits)."""
        if isinstance(value, date):
            if not EARLIEST_DATE <= value <= LATEST_DATE:
                raise ValueError(DATE_OUT_OF_RANGE)
        elif isinstance(value, str) and len(value) > TEXT_MAX:
            raise ValueError(TEXT_TOO_LONG)
        return value


# --- enumerations -----------------------------------------------------------------------------


class ApplicationKind(StrEnum):
    FIRST_PERMIT = "first_permit"
    EXTENSION = "extension"
    ADDRESS_CHANGE = "address_change"
    ABSENCE_PERMISSION = "absence_permission"  # keep the permit during an absence over six months


class Purpose(StrEnum):
    STUDY = "study"
    STUDIENKOLLEG = "studienkolleg"
    LANGUAGE_COURSE = "language_course"
    STUDY_APPLICANT = "study_applicant"
    JOB_SEARCH_GRADUATE = "job_search_graduate"
    PHD = "phd"
    DUAL_STUDY = "dual_study"
    RESEARCHER = "researcher"
    OTHER = "other"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNKNOWN = "unknown"


class MaritalStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    CIVIL_PARTNERSHIP = "civil_partnership"
    SEPARATED = "separated"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


class PassportType(StrEnum):
    NATIONAL_PASSPORT = "national_passport"
    TRAVEL_DOCUMENT_REFUGEE = "travel_document_refugee"
    TRAVEL_DOCUMENT_STATELESS = "travel_document_stateless"
    PASSPORT_SUBSTITUTE = "passport_substitute"
    CHILD_PASSPORT = "child_passport"
    OTHER = "other"


class ResidenceStatusKind(StrEnum):
    NONE = "none"
    VISA = "visa"
    RESIDENCE_PERMIT = "residence_permit"  # Aufenthaltserlaubnis
    FIKTIONSBESCHEINIGUNG = "fiktionsbescheinigung"
    DULDUNG = "duldung"
    GESTATTUNG = "gestattung"


class InstitutionType(StrEnum):
    STATE = "state"
    STATE_RECOGNISED = "state_recognised"
    NOT_RECOGNISED = "not_recognised"
    DISTANCE_UNIVERSITY = "distance_university"
    UNKNOWN = "unknown"


class StudyMode(StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"  # admitted to a part-time programme (§ 16b Abs. 5 AufenthG)
    EVENING = "evening"
    WEEKEND = "weekend"
    DISTANCE = "distance"


class Degree(StrEnum):
    BACHELOR = "bachelor"
    MASTER = "master"
    DIPLOMA = "diploma"
    STATE_EXAM = "state_exam"
    DOCTORATE = "doctorate"
    OTHER = "other"


class AdmissionDocument(StrEnum):
    ADMISSION_LETTER = "admission_letter"  # Zulassungsbescheid
    STUDY_PLACE_RESERVATION = "study_place_reservation"  # Studienplatzvormerkung
    APPLICATION_CONFIRMATION = "application_confirmation"  # Bewerberbestätigung
    PRESENCE_REQUIRED_CERTIFICATE = "presence_required_certificate"
    MATRICULATION_CERTIFICATE = "matriculation_certificate"
    NONE = "none"


class SubjectChangeException(StrEnum):
    """Cases that the information sheet says are *not* a change of subject."""

    NONE = "none"
    IDENTICAL_UNTIL_CHANGE = "identical_until_change"
    FULLY_CREDITED = "fully_credited"
    MOSTLY_CREDITED_CERTIFIED = "mostly_credited_certified"
    BRIDGING_SEMESTER = "bridging_semester"


class HealthInsuranceKind(StrEnum):
    STATUTORY = "statutory"
    PRIVATE = "private"
    TRAVEL = "travel"
    NONE = "none"


# --- parts of the case ------------------------------------------------------------------------


class Application(_Model):
    kind: ApplicationKind = ApplicationKind.FIRST_PERMIT
    purpose: Purpose = Purpose.STUDY
    requested_duration_months: int | None = Field(default=None, ge=1, le=120)


class Person(_Model):
    family_name: PersonName = ""
    birth_name: PersonName = ""
    first_names: PersonName = ""
    date_of_birth: date | None = None
    place_of_birth: Line = ""
    country_of_birth: CountryCode | None = None
    sex: Sex | None = None
    height_cm: int | None = Field(default=None, ge=40, le=250)
    eye_colour: Line = ""
    nationalities: list[CountryCode] = Field(default_factory=list)
    former_nationalities: list[CountryCode] = Field(default_factory=list)


class Passport(_Model):
    type: PassportType = PassportType.NATIONAL_PASSPORT
    number: str = ""
    issued_on: date | None = None
    issued_by: Line = ""
    valid_until: date | None = None

    @field_validator("number")
    @classmethod
    def _number(cls, value: str) -> str:
        value = value.replace(" ", "").upper()
        if value and not value.isalnum():
            raise ValueError("a passport number has only letters A-Z and digits, no other signs")
        if len(value) > 20:
            raise ValueError("a passport number has at most 20 letters and digits")
        return value

    @model_validator(mode="after")
    def _dates(self) -> Passport:
        if self.issued_on and self.valid_until and self.valid_until <= self.issued_on:
            raise ValueError(
                "the passport's 'valid until' date must be after its date of issue; please check "
                "both dates in your passport"
            )
        return self


class Relative(_Model):
    """Spouse, child, father or mother as the form asks for them."""

    family_name: PersonName = ""
    birth_name: PersonName = ""
    first_names: PersonName = ""
    date_of_birth: date | None = None
    place_of_birth: Line = ""
    sex: Sex | None = None
    nationalities: list[CountryCode] = Field(default_factory=list)
    address: Line = ""
    lives_in_germany: bool | None = None
    included_in_application: bool = False


class Marital(_Model):
    status: MaritalStatus | None = None
    since: date | None = None


class PreviousStay(_Model):
    from_date: date | None = None
    to_date: date | None = None
    place: Line = ""
    purpose: Line = ""

    @model_validator(mode="after")
    def _order(self) -> PreviousStay:
        if self.from_date and self.to_date and self.to_date < self.from_date:
            raise ValueError("a previous stay cannot end before it began")
        return self


class Entry(_Model):
    date: Date | None = None
    from_country: CountryCode | None = None
    with_visa: bool | None = None


class Address(_Model):
    street: Line = ""
    house_number: Line = ""
    address_extra: Line = ""
    postcode: str = ""
    place: Line = ""  # town or municipality in Saxony; decides the responsible authority
    moved_in_on: date | None = None

    @field_validator("postcode")
    @classmethod
    def _postcode(cls, value: str) -> str:
        if value and not (len(value) == 5 and value.isdigit()):
            raise ValueError("a German postcode has exactly five digits, for example 09599")
        return value


class Contact(_Model):
    email: str = ""
    phone: str = ""

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return _checked(_normal_email(value)) if value else value

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return _checked(_normal_phone(value)) if value else value


# The wizard re-validates the whole case after every keystroke: the checks of e-mail addresses and
# phone numbers (the slowest, 0.1-0.2 ms each) remember their last value only (the case has one of
# each), and `caches.forget` empties them when a session ends: nothing of a person stays in them
# for the next. Each returns (normal form, problem).


def _checked(result: tuple[str, str]) -> str:
    normal, problem = result
    if problem:
        raise ValueError(problem)
    return normal


@personal(maxsize=1)
def _normal_email(value: str) -> tuple[str, str]:
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value, check_deliverability=False).normalized, ""
    except EmailNotValidError as exc:
        return "", f"this e-mail address is not well-formed: {exc}"


@personal(maxsize=1)
def _normal_phone(value: str) -> tuple[str, str]:
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "DE")
    except phonenumbers.NumberParseException:
        return "", ("this phone number cannot be read; write it with the country code, for "
                    "example +49 3731 799-3600")
    if not phonenumbers.is_valid_number(number):
        return "", "this is not a valid phone number; check the digits and the country code"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL), ""


class PostalAddress(_Model):
    """An address as forms ask for it: street and number, postcode, place (a university's, a
    school's or an employer's). A one-line address of an old case file that could not be split
    is kept whole in `street`."""

    street: Line = ""  # street and house number
    postcode: Line = ""
    place: Line = ""

    def one_line(self) -> str:
        """"Mommsenstraße 9, 01069 Dresden": the parts given, as one line."""
        town = " ".join(p for p in (self.postcode, self.place) if p)
        return ", ".join(p for p in (self.street, town) if p)


class Institution(_Model):
    """University, Studienkolleg, language school or employer, with its address."""

    name: Line = ""
    address: PostalAddress = Field(default_factory=PostalAddress)


class LanguageCourse(_Model):
    hours_per_week: float | None = Field(default=None, ge=0, le=60)
    daily: bool | None = None
    evening_or_weekend: bool = False
    start: date | None = None
    end: date | None = None
    prepares_for: Line = ""  # DSH, TestDaF, ...

    @model_validator(mode="after")
    def _order(self) -> LanguageCourse:
        if self.start and self.end and self.end < self.start:
            raise ValueError("the language course cannot end before it starts")
        return self


class Studienkolleg(_Model):
    name: Line = ""
    start: date | None = None
    end: date | None = None
    state_recognised: bool | None = None


class SubjectChange(_Model):
    planned_on: date | None = None
    new_subject: Line = ""
    exception: SubjectChangeException = SubjectChangeException.NONE


class Study(_Model):
    institution: Institution = Field(default_factory=Institution)
    institution_type: InstitutionType = InstitutionType.UNKNOWN
    mode: StudyMode = StudyMode.FULL_TIME
    degree: Degree | None = None
    subject: Line = ""
    semester: int | None = Field(default=None, ge=1, le=40)
    start_date: date | None = None
    average_duration_semesters: int | None = Field(default=None, ge=1, le=30)
    admission_document: AdmissionDocument | None = None
    university_entrance_qualification: bool | None = None
    german_language_proof: bool | None = None
    applicant_phase_start: date | None = None  # first day as an applicant for a study place
    preparatory_start: date | None = None  # first day of the first preparatory measure
    language_course: LanguageCourse | None = None
    studienkolleg: Studienkolleg | None = None
    subject_change: SubjectChange | None = None
    graduated_on: date | None = None
    exmatriculated_on: date | None = None


class Finances(_Model):
    blocked_account: bool = False
    blocked_account_monthly_eur: int | None = Field(default=None, ge=0)
    scholarship: bool = False
    scholarship_german_public_funds: bool = False
    daad_scholarship: bool = False
    verpflichtungserklaerung: bool = False
    own_income_monthly_eur: int | None = Field(default=None, ge=0)
    other_means: str = ""


class HealthInsurance(_Model):
    kind: HealthInsuranceKind | None = None
    provider: Line = ""


class Work(_Model):
    """Work planned in a year (the account of § 16b Abs. 3 AufenthG): single days, a regular
    week in the lecture period and outside it, and an internship. A student job at the university
    (studentische Nebentätigkeit, `student_assistant`) and a mandatory internship are not counted,
    so the weekly figures are for other jobs."""

    full_days_per_year: int = Field(default=0, ge=0, le=366)
    half_days_per_year: int = Field(default=0, ge=0, le=732)
    student_assistant: bool = False
    mandatory_internship: bool = False
    voluntary_internship: bool = False
    self_employed: bool = False
    # a regular job: hours a week, the days they are spread over, weeks a year
    term_hours_per_week: float | None = Field(default=None, ge=0, le=80)
    term_days_per_week: int | None = Field(default=None, ge=1, le=7)
    term_weeks: int | None = Field(default=None, ge=0, le=53)
    holiday_hours_per_week: float | None = Field(default=None, ge=0, le=80)
    holiday_days_per_week: int | None = Field(default=None, ge=1, le=7)
    holiday_weeks: int | None = Field(default=None, ge=0, le=53)
    internship_days: int = Field(default=0, ge=0, le=366)  # working days of the internship


class Absence(_Model):
    start: date | None = None
    end: date | None = None
    destination: CountryCode | None = None
    reason: str = ""

    @model_validator(mode="after")
    def _order(self) -> Absence:
        if self.start and self.end and self.end < self.start:
            raise ValueError("an absence cannot end before it begins")
        return self


class LegalHistory(_Model):
    """The neutral legal questions of the form; `*_details` say what, when and where."""

    convicted_in_germany: bool | None = None
    convicted_in_germany_details: str = ""
    convicted_abroad: bool | None = None
    convicted_abroad_details: str = ""
    expelled_or_deported: bool | None = None
    expelled_or_deported_details: str = ""
    refused_entry_or_residence: bool | None = None  # Schengen or Germany
    refused_entry_or_residence_details: str = ""


class ResidenceStatus(_Model):
    kind: ResidenceStatusKind = ResidenceStatusKind.NONE
    valid_until: date | None = None
    # The purpose the current residence permit was granted for; None: not asked or the same as
    # `application.purpose`. A different one makes an extension a change of purpose (its own
    # fee, § 45 Nr. 3 AufenthV).
    purpose: Purpose | None = None


class SubmissionChannel(StrEnum):
    """How the application was handed to the office."""

    IN_PERSON = "in_person"  # at the counter (ideally with a stamped copy)
    REGISTERED_POST = "registered_post"  # Einschreiben mit Rückschein
    POST = "post"
    LETTER_BOX = "letter_box"  # the office's (deadline) letter box
    EMAIL = "email"
    FAX = "fax"
    CONTACT_FORM = "contact_form"
    ONLINE = "online"


class Submission(_Model):
    """When and how the person submitted the application (or the written application before
    expiry) to the office: from it come the follow-up reminders, and `check` stops telling them
    to apply. Case format: added to version 2 as an optional part; a file without it has none."""

    submitted_on: date | None = None
    channel: SubmissionChannel | None = None


# --- the case ---------------------------------------------------------------------------------


class Case(_Model):
    schema_version: int = SCHEMA_VERSION
    language: str = "en"  # the applicant's language for the packet
    application: Application = Field(default_factory=Application)
    person: Person = Field(default_factory=Person)
    passport: Passport = Field(default_factory=Passport)
    marital: Marital = Field(default_factory=Marital)
    spouse: Relative | None = None
    children: list[Relative] = Field(default_factory=list)
    father: Relative | None = None
    mother: Relative | None = None
    guardians_consent: bool | None = None
    previous_stays: list[PreviousStay] = Field(default_factory=list)
    entry: Entry = Field(default_factory=Entry)
    registration_date: date | None = None
    address: Address = Field(default_factory=Address)
    contact: Contact = Field(default_factory=Contact)
    purpose_of_stay: str = ""
    host: Institution = Field(default_factory=Institution)  # university or employer
    intended_employment: str = ""
    trained_profession: str = ""
    subsistence: str = ""
    health_insurance: HealthInsurance = Field(default_factory=HealthInsurance)
    legal: LegalHistory = Field(default_factory=LegalHistory)
    status: ResidenceStatus = Field(default_factory=ResidenceStatus)
    submission: Submission = Field(default_factory=Submission)  # when and how it was handed in
    study: Study = Field(default_factory=Study)
    finances: Finances = Field(default_factory=Finances)
    work: Work = Field(default_factory=Work)
    absences: list[Absence] = Field(default_factory=list)

    @field_validator("schema_version")
    @classmethod
    def _version(cls, value: int) -> int:
        if value != SCHEMA_VERSION:
            raise ValueError(
                f"this case file has format version {value}; this program reads version "
                f"{SCHEMA_VERSION} (load it through assistant.casefile, which migrates old files)"
            )
        return value
