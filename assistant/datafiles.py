"""Reading the program's data files (resources/, forms/, case files) with one clear message per
problem."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ResourceError, UserError

if TYPE_CHECKING:
    from pydantic import ValidationError


def read_toml(path: Path, error: type[UserError] = ResourceError,
              missing: str = "data file missing; reinstall the program") -> dict[str, Any]:
    """The parsed file; a missing, unreadable or malformed file raises `error` naming the file."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise error(f"{path}: {missing}") from None
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML ({exc})") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text (byte {exc.start + 1} cannot be read); save the "
                    "file as UTF-8") from None


def validation_problems(exc: ValidationError, whole: str = "(the whole file)") -> list[str]:
    """One "field.path: what is wrong" per problem of a pydantic validation, in the words of the
    validators (without pydantic's "Value error, " prefix); an unknown key says to check it."""
    out = []
    for err in exc.errors():
        path = ".".join(str(p) for p in err["loc"]) or whole
        msg = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "this field is not known; check its spelling"
        out.append(f"{path}: {msg}")
    return out
