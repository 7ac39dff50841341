"""Reading and writing case files: versioned JSON with a migration path.

A case file is a JSON object with `schema_version`. Older versions are migrated step by step by
the functions in `MIGRATIONS`; a file from a newer program is refused with a clear message. A
file of version 2 holds free text where version 3 has a list of common answers (the profession
learned, an earlier stay's purpose): a known word of the list ("Krankenschwester") is read as
its code ("nurse"), any other text stays as typed. A file of version 3 is read as written.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import crypto
from .answer_lists import known_codes
from .atomic import atomic_write_bytes
from .datafiles import validation_problems
from .errors import CaseFileError, DamagedCaseFileError, NewerCaseFileError, NotACaseFileError
from .model import SCHEMA_VERSION, Case
from .reading import read_regular_file

# version n -> function that turns a version-n document into a version-(n+1) document.
# Version 0 was the unversioned draft format (no `schema_version` key, flat `name` field).
Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _from_v0(doc: dict[str, Any]) -> dict[str, Any]:
    doc = dict(doc)
    name = doc.pop("name", None)
    if isinstance(name, str) and name.strip():
        family, _, first = name.partition(",")
        person = dict(doc.get("person") or {})
        person.setdefault("family_name", family.strip())
        person.setdefault("first_names", first.strip())
        doc["person"] = person
    doc["schema_version"] = 1
    return doc


_TOWN = re.compile(r"^(?P<postcode>\d{5})\s+(?P<place>\S.*)$")


def split_address(line: str) -> dict[str, str]:
    """A one-line address as street, postcode and place: "Teststraße 1, 01069 Dresden" ->
    street "Teststraße 1", postcode "01069", place "Dresden"; "01062 Dresden" -> postcode and
    place. A line that does not end in a German postcode and place is kept whole as the street,
    so that nothing is lost."""
    line = " ".join(line.split())
    head, _, tail = line.rpartition(",")
    town = _TOWN.match(tail.strip())
    if town is None:
        return {"street": line, "postcode": "", "place": ""}
    return {"street": head.strip(), "postcode": town["postcode"],
            "place": town["place"].strip()}


def _structured(institution: Any) -> None:
    """An institution's one-line `address` (version 1) as a structured address, in place."""
    if isinstance(institution, dict) and isinstance(institution.get("address"), str):
        institution["address"] = split_address(institution["address"])


def _from_v1(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 stores the host's and the university's (school's, employer's) address as
    street, postcode and place."""
    doc = copy.deepcopy(doc)
    _structured(doc.get("host"))
    study = doc.get("study")
    if isinstance(study, dict):
        _structured(study.get("institution"))
    doc["schema_version"] = 2
    return doc


def _from_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 3 stores an answer chosen from a list of common answers (the profession learned,
    an earlier stay's purpose) as its code: the free text of a version-2 file that is a known word
    of its list ("Krankenschwester") is read as the code ("nurse"); any other stays as typed."""
    doc = known_codes(doc)
    return {**doc, "schema_version": 3}


def _from_v3(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 4 stores the eye colour as the code of a colour chosen from a list: the text of a
    version-3 file that is a known word of the list ("brown", "карі", "braun") is read as the
    code; any other stays as typed. (A version-3 file's professions are codes or typed already.)"""
    doc = known_codes(doc, lists=("eye_colour",))
    return {**doc, "schema_version": 4}


MIGRATIONS: dict[int, Migration] = {0: _from_v0, 1: _from_v1, 2: _from_v2, 3: _from_v3}


def migrate(doc: dict[str, Any]) -> dict[str, Any]:
    version = doc.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise CaseFileError(f"'schema_version' must be a whole number, not {version!r}")
    if version > SCHEMA_VERSION:
        raise NewerCaseFileError(
            f"this case file was written by a newer version of the program (format {version}; "
            f"this program reads up to {SCHEMA_VERSION}); please update the program"
        )
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version = doc["schema_version"]
    return doc


def describe_validation_error(exc: ValidationError) -> str:
    """One line per problem: the field path (as in the case file) and what is wrong."""
    return "\n".join(f"  {line}" for line in validation_problems(exc))


def case_from_json_text(text: str | bytes, source: str = "case file") -> Case:
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CaseFileError(f"{source}: not valid JSON ({exc}); is this a case file?") from None
    if not isinstance(doc, dict):
        raise CaseFileError(
            f"{source}: a case file holds a JSON object {{...}}, not a list or a single value"
        )
    try:
        doc = migrate(doc)
        return Case.model_validate(doc)
    except CaseFileError as exc:
        raise type(exc)(f"{source}: {exc}") from None
    except ValidationError as exc:
        raise CaseFileError(
            f"{source}: some fields are not valid:\n{describe_validation_error(exc)}"
        ) from None


def case_to_json_text(case: Case) -> str:
    return case.model_dump_json(indent=2, exclude_defaults=False) + "\n"


def load_case(path: str | Path) -> Case:
    """Load a plain JSON case file (an encrypted one needs `open_case_file` with a passphrase).
    Raises CaseFileError naming the file and the field."""
    return open_case_file(path)


# --- one entry point for plain and encrypted case files (UI and CLI) ---------------------------

ENCRYPTED_SUFFIX = crypto.FILE_SUFFIX  # ".permitcase"
MAX_CASE_FILE_BYTES = 20 * 1024 * 1024
PassphraseSource = str | Callable[[], str | None] | None


def case_from_bytes(data: bytes, passphrase: PassphraseSource = None, source: str = "case file",
                    *, encrypted_expected: bool = False) -> Case:
    """Read a case from the bytes of a plain JSON or an encrypted `.permitcase` file.

    The kind is told by the magic bytes, not by the name. `passphrase` may be a string or a
    callable asked only when the file is encrypted and whole (see `crypto.decrypt_bytes`).
    Raises CaseFileError or one of its subclasses; never anything else for any input.
    """
    if crypto.is_encrypted(data):
        data = crypto.decrypt_bytes(data, passphrase, source)
    elif not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        if encrypted_expected:
            raise DamagedCaseFileError(
                f"{source}: the file does not begin as an encrypted case file does (it is damaged "
                "or was altered); open an earlier copy of the case file"
            )
        raise NotACaseFileError(
            f"{source}: this is not a case file of the residence-permit assistant (neither an "
            "encrypted .permitcase file nor a JSON case file)"
        )
    try:
        return case_from_json_text(data, source)
    except CaseFileError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        # Malformed structures that slip past JSON parsing into a migration step.
        raise DamagedCaseFileError(
            f"{source}: the case file's content is not in the expected shape; open an earlier "
            "copy of the case file"
        ) from None


def read_case_file_bytes(path: str | PathLike[str]) -> bytes:
    """The bytes of a case file, read only if it is a regular file of at most
    MAX_CASE_FILE_BYTES (a device, a pipe, a folder: CaseFileError with a clear message)."""
    return read_regular_file(path, MAX_CASE_FILE_BYTES, "case file", CaseFileError)


def open_case_file(path: str | PathLike[str], passphrase: PassphraseSource = None) -> Case:
    """Open a `.json` or `.permitcase` case file; the single entry point for the UI and the CLI.

    Nothing is changed on disk. Errors (all CaseFileError subclasses, with a message for a
    person): NotACaseFileError, DamagedCaseFileError, NewerCaseFileError, WrongPassphraseError,
    PassphraseCancelledError, or CaseFileError with field-level messages.
    """
    path = Path(path)
    data = read_case_file_bytes(path)
    return case_from_bytes(
        data, passphrase, str(path),
        encrypted_expected=path.suffix.lower() == ENCRYPTED_SUFFIX,
    )


def case_to_bytes(case: Case, passphrase: str | None = None,
                  params: crypto.ScryptParams = crypto.DEFAULT_PARAMS) -> bytes:
    """The bytes of a case file: encrypted if a passphrase is given, plain JSON otherwise."""
    text = case_to_json_text(case).encode("utf-8")
    if passphrase is None:
        return text
    return crypto.encrypt_bytes(text, passphrase, params)


def save_case_file(path: str | PathLike[str], case: Case, passphrase: str | None = None, *,
                   params: crypto.ScryptParams = crypto.DEFAULT_PARAMS) -> None:
    """Save a case file atomically (the previous version stays whole if saving is interrupted).

    With a passphrase the file is encrypted (`.permitcase` format); without one it is plain JSON.
    The passphrase must meet `crypto.check_new_passphrase` (at least 8 characters). The file is
    created readable by its owner only. Raises SaveError or PassphraseError; on error nothing is
    written.
    """
    if passphrase is not None:
        crypto.check_new_passphrase(passphrase)
    atomic_write_bytes(path, case_to_bytes(case, passphrase, params), private=True)
