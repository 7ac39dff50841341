"""Where the program keeps its files, and the counselling centre's configuration.

Two modes:

- **personal** (the default on a private PC): the case is saved automatically as a draft in the
  user's data folder and offered again after a crash or restart;
- **shared** (counselling centres): nothing personal is written to disk unless the person saves a
  case file; an idle timeout ends the session.

The mode comes from the centre-wide configuration file `centre.toml` or from `--shared` on the
command line (which always wins; nothing can switch a shared PC back to personal). The file lives
in the system-wide configuration folder (platformdirs' *site config dir*):

    Windows  C:\\ProgramData\\permit-assistant\\centre.toml
    macOS    /Library/Application Support/permit-assistant/centre.toml
    Linux    /etc/xdg/permit-assistant/centre.toml  (the first folder of $XDG_CONFIG_DIRS)

or wherever the environment variable PERMIT_ASSISTANT_CONFIG points. Its keys:

    mode = "shared"               # "shared" or "personal"
    idle_timeout_minutes = 10     # shared mode: end the session after this long without input
    idle_warning_seconds = 60     # shared mode: show a warning with a countdown this long before
    encrypt_drafts = false        # personal mode: encrypt the automatic draft
    forms_dir = "D:/Beratung/Formulare"  # the centre's own form profiles (forms/README.md);
                                  # a relative path is taken from the folder of centre.toml

If the file exists but cannot be read or is not valid, the program starts in **shared** mode (the
safe choice for privacy) and shows the problem (`Settings.problem`).

A person's own preference for encrypting drafts is kept in `settings.toml` in the user's
configuration folder; it holds no personal data, only that switch.

Environment variables for tests and special installations: PERMIT_ASSISTANT_CONFIG (the centre
file), PERMIT_ASSISTANT_DATA_DIR (drafts, logs, the draft key and the user settings
go below it) and PERMIT_ASSISTANT_TEMP_DIR (the folder for session files: previews, unsaved
packets).

Forms (forms/README.md) are searched in the program's own `forms/` folder, then in the centre's
`forms_dir`, then in `forms/` in the user's data folder (`user_forms_dir()`).
"""

from __future__ import annotations

import os
import sys
import tempfile
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs

from .atomic import atomic_write_text
from .errors import ConfigError

APP_NAME = "permit-assistant"
CONFIG_FILE_NAME = "centre.toml"
USER_SETTINGS_NAME = "settings.toml"
ENV_CONFIG = "PERMIT_ASSISTANT_CONFIG"
ENV_DATA_DIR = "PERMIT_ASSISTANT_DATA_DIR"
ENV_TEMP_DIR = "PERMIT_ASSISTANT_TEMP_DIR"
SHARED_FLAG = "--shared"


class Mode(StrEnum):
    PERSONAL = "personal"
    SHARED = "shared"


@dataclass(frozen=True)
class Settings:
    mode: Mode = Mode.PERSONAL
    idle_timeout_minutes: float = 10.0
    idle_warning_seconds: int = 60
    encrypt_drafts: bool = False
    forms_dir: Path | None = None  # the centre's folder of form profiles, if it names one
    mode_source: str = "default"  # "default", "centre configuration" or "--shared"
    config_file: Path | None = None  # the centre file that was read, if any
    problem: str | None = None  # why the centre file could not be used (then mode is shared)

    @property
    def shared(self) -> bool:
        return self.mode is Mode.SHARED

    @property
    def idle_timeout_seconds(self) -> float:
        return self.idle_timeout_minutes * 60.0


_LIMITS = {"idle_timeout_minutes": (1, 240), "idle_warning_seconds": (10, 600)}
_KEYS = ("mode", "idle_timeout_minutes", "idle_warning_seconds", "encrypt_drafts", "forms_dir")


# --- folders ----------------------------------------------------------------------------------


def _override(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value) if value else None


def config_file_path() -> Path:
    """The centre configuration file to read (it need not exist)."""
    return _override(ENV_CONFIG) or Path(
        platformdirs.site_config_dir(APP_NAME, appauthor=False)
    ) / CONFIG_FILE_NAME


def data_dir() -> Path:
    """The user's data folder (personal mode only writes here)."""
    return _override(ENV_DATA_DIR) or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_forms_dir() -> Path:
    """The user's own form profiles (one folder per form, as in the program's `forms/`)."""
    return data_dir() / "forms"


def cache_dir() -> Path:
    """Files the program can always make again and that hold nothing personal (our form's blank
    template, `forms/template.py`); written in shared mode too."""
    base = _override(ENV_DATA_DIR)
    if base is not None:
        return base / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def drafts_dir() -> Path:
    return data_dir() / "drafts"


def log_dir() -> Path:
    base = _override(ENV_DATA_DIR)
    if base is not None:
        return base / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    """The draft key and the user's settings; kept apart from the data folder on purpose, so that
    a copy or sync of the data folder alone does not carry the key to an encrypted draft."""
    base = _override(ENV_DATA_DIR)
    if base is not None:
        return base / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def draft_key_path() -> Path:
    return user_config_dir() / "draft.key"


def temp_root() -> Path:
    """The folder holding one sub-folder per running session (previews, unsaved packets).

    Under the system's temporary folder, which is cleared on restart on most systems. On POSIX
    the name carries the numeric user id, so that two accounts on one PC never share it.
    """
    override = _override(ENV_TEMP_DIR)
    if override is not None:
        return override
    base = Path(tempfile.gettempdir())
    if sys.platform == "win32" or not hasattr(os, "getuid"):
        return base / APP_NAME
    return base / f"{APP_NAME}-{os.getuid()}"


# --- the centre configuration -----------------------------------------------------------------


def parse_centre_config(text: str, source: str = CONFIG_FILE_NAME) -> Settings:
    """Parse the text of `centre.toml`. Raises ConfigError naming the key and what to write."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc}); check quotes and '=' signs") from None
    unknown = sorted(set(doc) - set(_KEYS))
    if unknown:
        raise ConfigError(
            f"{source}: unknown setting {', '.join(unknown)}; the known settings are "
            f"{', '.join(_KEYS)}"
        )
    values: dict[str, Any] = {}
    if "mode" in doc:
        try:
            values["mode"] = Mode(doc["mode"])
        except ValueError:
            raise ConfigError(
                f"{source}: mode = {doc['mode']!r} is not known; write mode = \"shared\" or "
                "mode = \"personal\""
            ) from None
        values["mode_source"] = "centre configuration"
    for key, (low, high) in _LIMITS.items():
        if key not in doc:
            continue
        value = doc[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not (
            low <= value <= high
        ):
            raise ConfigError(
                f"{source}: {key} = {value!r} is not allowed; write a number from {low} to {high}"
            )
        values[key] = value if key == "idle_timeout_minutes" else int(value)
    if "encrypt_drafts" in doc:
        if not isinstance(doc["encrypt_drafts"], bool):
            raise ConfigError(f"{source}: encrypt_drafts must be true or false")
        values["encrypt_drafts"] = doc["encrypt_drafts"]
    if "forms_dir" in doc:
        folder = doc["forms_dir"]
        if not isinstance(folder, str) or not folder.strip():
            raise ConfigError(f"{source}: forms_dir must name a folder, e.g. forms_dir = "
                              "\"C:/Beratung/Formulare\"")
        values["forms_dir"] = Path(folder.strip()).expanduser()
    return Settings(**values)


def read_centre_config(path: Path) -> Settings | None:
    """Read `path`; None if there is no such file. Raises ConfigError if it cannot be used."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path}: cannot be read ({exc}); check the file and its permissions"
        ) from None
    settings = parse_centre_config(text, str(path))
    if settings.forms_dir is not None and not settings.forms_dir.is_absolute():
        settings = replace(settings, forms_dir=path.parent / settings.forms_dir)
    return replace(settings, config_file=path)


def read_user_settings() -> dict[str, bool]:
    """The person's own switches (only `encrypt_drafts`); a broken file counts as empty."""
    try:
        doc = tomllib.loads((user_config_dir() / USER_SETTINGS_NAME).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    value = doc.get("encrypt_drafts")
    return {"encrypt_drafts": value} if isinstance(value, bool) else {}


def save_user_settings(*, encrypt_drafts: bool) -> None:
    folder = user_config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_text(
        folder / USER_SETTINGS_NAME,
        f"encrypt_drafts = {'true' if encrypt_drafts else 'false'}\n",
        private=True,
    )


def load_settings(*, shared: bool = False, config_path: Path | None = None) -> Settings:
    """The settings this run uses: centre file, then `--shared`, then the user's own switch.

    Never raises: an unusable centre file gives shared mode with `problem` set, for the window to
    show.
    """
    path = config_path or config_file_path()
    try:
        settings = read_centre_config(path) or Settings()
    except ConfigError as exc:
        settings = Settings(
            mode=Mode.SHARED, mode_source="centre configuration (unreadable)", config_file=path,
            problem=f"{exc}. The program runs in shared mode until this is corrected.",
        )
    if shared and settings.mode is not Mode.SHARED:
        settings = replace(settings, mode=Mode.SHARED, mode_source=SHARED_FLAG)
    if settings.mode is Mode.PERSONAL and read_user_settings().get("encrypt_drafts"):
        settings = replace(settings, encrypt_drafts=True)
    return settings


def split_shared_flag(argv: Sequence[str]) -> tuple[bool, list[str]]:
    """Take `--shared` out of the GUI's arguments: (present?, the other arguments)."""
    rest = [arg for arg in argv if arg != SHARED_FLAG]
    return len(rest) != len(argv), rest
