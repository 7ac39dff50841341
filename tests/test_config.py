"""The centre configuration: where it is read from, what it may hold, and the safe fallback."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from assistant import config
from assistant.config import Mode, load_settings, parse_centre_config, split_shared_flag
from assistant.errors import ConfigError


@pytest.fixture
def centre(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(config.ENV_CONFIG, str(tmp_path / "centre.toml"))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    return tmp_path / "centre.toml"


def test_without_a_centre_file_the_mode_is_personal(centre: Path) -> None:
    settings = load_settings()
    assert settings.mode is Mode.PERSONAL and not settings.shared
    assert settings.mode_source == "default" and settings.problem is None


def test_shared_flag_makes_the_mode_shared(centre: Path) -> None:
    settings = load_settings(shared=True)
    assert settings.shared and settings.mode_source == "--shared"
    assert split_shared_flag(["--shared", "case.json"]) == (True, ["case.json"])
    assert split_shared_flag(["case.json"]) == (False, ["case.json"])


def test_centre_file_sets_mode_and_timeout(centre: Path) -> None:
    centre.write_text(
        'mode = "shared"\nidle_timeout_minutes = 5\nidle_warning_seconds = 30\n', encoding="utf-8"
    )
    settings = load_settings()
    assert settings.shared and settings.mode_source == "centre configuration"
    assert settings.idle_timeout_seconds == 300 and settings.idle_warning_seconds == 30
    assert settings.config_file == centre


def test_nothing_switches_a_shared_centre_back_to_personal(centre: Path) -> None:
    centre.write_text('mode = "shared"\n', encoding="utf-8")
    config.save_user_settings(encrypt_drafts=True)
    assert load_settings(shared=False).shared


def test_broken_centre_file_falls_back_to_shared_and_says_why(centre: Path) -> None:
    centre.write_text('mode = "shraed"\n', encoding="utf-8")
    settings = load_settings()
    assert settings.shared
    assert settings.problem and "shraed" in settings.problem and "personal" in settings.problem


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("mode = shared", "not valid TOML"),
        ("idle_timeout_minutes = 0", "from 1 to 240"),
        ("idle_timeout_minutes = true", "from 1 to 240"),
        ("idle_warning_seconds = 5000", "from 10 to 600"),
        ("encrypt_drafts = 1", "true or false"),
        ("idle_timeout = 5", "unknown setting idle_timeout"),
    ],
)
def test_invalid_settings_name_the_key_and_the_fix(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_centre_config(text)


def test_user_switch_encrypts_drafts_in_personal_mode(centre: Path) -> None:
    assert not load_settings().encrypt_drafts
    config.save_user_settings(encrypt_drafts=True)
    assert load_settings().encrypt_drafts
    config.save_user_settings(encrypt_drafts=False)
    assert not load_settings().encrypt_drafts


def test_environment_overrides_move_every_folder(tmp_path: Path, centre: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.ENV_TEMP_DIR, str(tmp_path / "tmp"))
    data = tmp_path / "data"
    assert config.config_file_path() == centre
    for folder in (config.drafts_dir(), config.log_dir(), config.user_config_dir()):
        assert data in folder.parents
    assert config.temp_root() == tmp_path / "tmp"


def test_default_centre_file_is_in_the_site_config_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.ENV_CONFIG, raising=False)
    expected = Path(platformdirs.site_config_dir("permit-assistant", appauthor=False))
    assert config.config_file_path() == expected / "centre.toml"
