"""The letter as an e-mail (RFC 5322, UTF-8) for the person to send from their own mail
program: To = the office's address from the offices' data, the German subject and text, the PDF
attached. Nothing is sent by the program."""

from __future__ import annotations

from datetime import UTC, datetime, time
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import BuiltLetter


def plain_text(built: BuiltLetter) -> str:
    """The German letter as the e-mail's text: identification, salutation, paragraphs, closing,
    name and the enclosures."""
    body = built.german
    lines = [body.subject, ""]
    lines += [f"{label}: {value}" for label, value in body.identity]
    lines += ["", body.salutation, ""]
    for paragraph in body.paragraphs:
        lines += [paragraph, ""]
    if body.reason_line:
        lines += ["…", ""]
    lines += [body.closing, "", built.letter.sender[0], body.place_date]
    if body.enclosures:
        lines += ["", f"{body.enclosures_label}:"]
        lines += [f"- {name}" for name in body.enclosures]
    return "\n".join(lines) + "\n"


def _sender(built: BuiltLetter) -> Address | None:
    """The applicant as the e-mail's From; None without an address, or for one that an e-mail
    header cannot carry without SMTPUTF8 (letters beyond ASCII before the @, which the case
    accepts: "lân.nguyễn@…"). The mail program then puts in the person's own account, as it does
    for every message it opens as a draft (X-Unsent)."""
    if not built.sender_email:
        return None
    try:
        return Address(built.letter.sender[0], addr_spec=built.sender_email)
    except (ValueError, HeaderParseError):
        return None


def email_message(built: BuiltLetter, attachment_name: str = "Schreiben.pdf") -> EmailMessage:
    """The e-mail; raises UserError where the offices' data holds no e-mail address."""
    if not built.office_email:
        from .compose import LetterError

        raise LetterError("error.no_email")
    msg = EmailMessage()
    msg["To"] = built.office_email
    sender = _sender(built)
    if sender is not None:
        msg["From"] = sender
    msg["Subject"] = built.german.subject
    # the letter's day (not the clock): the same letter gives the same message
    msg["Date"] = format_datetime(datetime.combine(built.letter.day, time(9, 0),
                                                   tzinfo=UTC))
    msg["X-Unsent"] = "1"  # mail programs that know it open the message as a draft to send
    msg.set_content(plain_text(built), charset="utf-8")
    msg.add_attachment(built.pdf, maintype="application", subtype="pdf",
                       filename=attachment_name)
    return msg
