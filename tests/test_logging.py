"""No name or other case data ever reaches a log, in any handler, message, argument or traceback."""

from __future__ import annotations

import io
import logging
import sys
import threading
from pathlib import Path

import pytest
from conftest import EXAMPLES
from privacy_scan import scan_for_text

from assistant import logsetup
from assistant.casefile import load_case
from assistant.model import Case

NAME = "Qwertzuiopü"


@pytest.fixture
def case() -> Case:
    c = load_case(EXAMPLES / "student-first-permit.json")
    return c.model_copy(update={"person": c.person.model_copy(update={"family_name": NAME})})


def _log_everything(case: Case) -> None:
    log = logging.getLogger("assistant.test")
    log.info("opened case for %s %s", case.person.first_names, case.person.family_name)
    log.warning("passport %s valid until %s", case.passport.number, case.passport.valid_until)
    log.info("contact: %s / %s", case.contact.email, case.contact.phone)
    log.info("whole case: %r", case.model_dump(mode="json"))
    log.info(f"f-string with {case.person.family_name.upper()}")
    try:
        raise ValueError(f"bad value {case.person.family_name!r}")
    except ValueError:
        log.exception("saving failed")
    logging.getLogger("other.library").error("message from a library about %s", case.address)


def test_personal_mode_log_file_holds_no_case_data(
    tmp_path: Path, case: Case
) -> None:
    console = io.StringIO()
    log_file = logsetup.configure_logging(shared=False, log_folder=tmp_path, stream=console)
    assert log_file == tmp_path / "assistant.log"
    logsetup.watch_case(case)
    _log_everything(case)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "saving failed" in text and "Traceback" in text and "ValueError" in text
    for secret in (NAME, "Elif", "U12345678", "elif.sahin@example.org", "12345678",
                   "2034-02-01", "09599", "Agricolastraße", "Freiberg"):
        assert secret.lower() not in text.lower(), secret
        assert secret.lower() not in console.getvalue().lower(), secret
    assert scan_for_text([tmp_path], NAME) == []


def test_shared_mode_writes_no_log_file(tmp_path: Path, case: Case) -> None:
    console = io.StringIO()
    assert logsetup.configure_logging(shared=True, log_folder=tmp_path, stream=console) is None
    logsetup.watch_case(case)
    _log_everything(case)
    assert list(tmp_path.iterdir()) == []
    assert "opened case for" in console.getvalue() and NAME not in console.getvalue()


def test_patterns_catch_data_of_a_case_not_registered() -> None:
    redactor = logsetup.Redactor()
    text = redactor.redact(
        "mail a.b@example.de, phone +49 351 1234567, born 14.05.2003, passport C01X00T47, "
        "postcode 01067; File \"x.py\", line 123"
    )
    for secret in ("a.b@example.de", "351 1234567", "14.05.2003", "C01X00T47", "01067"):
        assert secret not in text
    assert "line 123" in text


def test_known_values_are_redacted_as_whole_words_case_insensitively(case: Case) -> None:
    redactor = logsetup.Redactor()
    redactor.set_values(logsetup.sensitive_values(case))
    assert redactor.redact(f"user {NAME.upper()} studies") == "user […] studies"
    assert "study" in logsetup.Redactor().redact("purpose study")  # fixed choices are kept


def test_crash_output_goes_through_redaction(
    case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = io.StringIO()
    shown: list[str] = []
    logsetup.configure_logging(shared=True, stream=console)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logsetup.install_excepthook(shown.append)
    logsetup.watch_case(case)
    try:
        raise RuntimeError(f"crash while printing for {NAME}")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "RuntimeError" in console.getvalue() and NAME not in console.getvalue()
    assert shown and NAME not in shown[0]
