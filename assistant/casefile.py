"""Reading and writing case files: versioned JSON with a migration path.

A case file is a JSON object with `schema_version`. Older versions are migrated step by step by
the functions in `MIGRATIONS`; a file from a newer program is refused with a clear message.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import CaseFileError
from .model import SCHEMA_VERSION, Case

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


MIGRATIONS: dict[int, Migration] = {0: _from_v0}


def migrate(doc: dict[str, Any]) -> dict[str, Any]:
    version = doc.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise CaseFileError(f"'schema_version' must be a whole number, not {version!r}")
    if version > SCHEMA_VERSION:
        raise CaseFileError(
            f"this case file was written by a newer version of the program (format {version}; "
            f"this program reads up to {SCHEMA_VERSION}); please update the program"
        )
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version = doc["schema_version"]
    return doc


def describe_validation_error(exc: ValidationError) -> str:
    """One line per problem: the field path (as in the case file) and what is wrong."""
    lines = []
    for err in exc.errors():
        path = ".".join(str(p) for p in err["loc"]) or "(the whole file)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "this field is not known; check its spelling"
        lines.append(f"  {path}: {msg}")
    return "\n".join(lines)


def case_from_json_text(text: str | bytes, source: str = "case file") -> Case:
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CaseFileError(f"{source}: not valid JSON ({exc}); is this a case file?") from None
    if not isinstance(doc, dict):
        raise CaseFileError(f"{source}: a case file holds a JSON object {{...}}, not a list or value")
    try:
        doc = migrate(doc)
        return Case.model_validate(doc)
    except CaseFileError as exc:
        raise CaseFileError(f"{source}: {exc}") from None
    except ValidationError as exc:
        raise CaseFileError(
            f"{source}: some fields are not valid:\n{describe_validation_error(exc)}"
        ) from None


def case_to_json_text(case: Case) -> str:
    return case.model_dump_json(indent=2, exclude_defaults=False) + "\n"


def load_case(path: str | Path) -> Case:
    """Load a plain JSON case file. Raises CaseFileError naming the file and the field."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CaseFileError(f"{path}: no such file") from None
    except OSError as exc:
        raise CaseFileError(f"{path}: cannot be read ({exc.strerror})") from None
    return case_from_json_text(data, str(path))
