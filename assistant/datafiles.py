"""Reading the program's TOML data files (resources/, forms/) with one clear error per problem."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .errors import ResourceError, UserError


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
