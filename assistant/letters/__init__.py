"""Letters to the immigration office: an application to extend the permit before it expires, a
request for an appointment, a request to order the continuation of an expired permit, and the
report of a new address. Each is German (the office's language), set like a German business
letter (DIN 5008 form B), followed by its translation in the applicant's language marked "do not
send"; `email_message` makes the same letter a ready e-mail for the person to send.

    letter = build_letter(case, assessment, "extension", "uk", today)
    letter.pdf            # the PDF
    email_message(letter) # an email.message.EmailMessage with the PDF attached
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage

from ..assessment import Assessment
from ..model import Case
from .compose import LETTER_KINDS, Letter, LetterBody, LetterKind, compose, letter
from .layout import render_pdf

__all__ = ["LETTER_KINDS", "BuiltLetter", "LetterKind", "build_letter", "email_message"]


@dataclass(frozen=True)
class BuiltLetter:
    letter: Letter
    german: LetterBody
    translation: LetterBody | None  # None for a German letter
    pdf: bytes
    sender_email: str = ""  # the applicant's, for the e-mail's From

    @property
    def office_email(self) -> str:
        return self.letter.office_email


def build_letter(case: Case, assessment: Assessment, kind: LetterKind | str, lang: str,
                 today: date) -> BuiltLetter:
    """The letter of `kind` for the case; `lang` is the translation's language ("de": none).
    Raises UserError when the case lacks what the letter needs."""
    parts = letter(case, assessment, kind, today)
    german = compose(case, assessment, kind, "de", today)
    translation = compose(case, assessment, kind, lang, today) if lang != "de" else None
    return BuiltLetter(parts, german, translation, render_pdf(parts, german, translation),
                       case.contact.email)


def email_message(built: BuiltLetter, attachment_name: str = "Schreiben.pdf") -> EmailMessage:
    """The letter as a ready e-mail (see assistant.letters.eml); raises LetterError where the
    offices' data has no e-mail address for the office."""
    from .eml import email_message as make

    return make(built, attachment_name)
