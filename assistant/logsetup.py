"""Logging that never carries personal data.

Every record passes a `RedactingFilter` on its way to any handler of the root logger. It removes

- every value of the case currently open (names and each word of them, places, addresses,
  numbers, free text), which the session registers with `watch_case(case)` after each change;
- anything that looks like an e-mail address, a phone number, a date, a passport or document
  number (letters and digits mixed, six or more), or a number of three or more digits.

The message, its arguments, the exception text and the stack are all redacted. Source line
numbers in tracebacks (`line 123`) are kept so that a report stays useful.

In personal mode the log goes to `assistant.log` in the user's log folder (rotated, small); in
shared mode there is no log file at all, only the (redacted) console.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Case

REDACTED = "[…]"
LOG_FILE_NAME = "assistant.log"

_PATTERNS = [
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"),  # dates
    re.compile(r"(?<![\w])\+?\d[\d \t()/.-]{5,}\d"),  # phone numbers and long digit groups
    re.compile(r"\b(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,}\b"),  # doc numbers
    re.compile(r"(?<!line )\b\d{3,}\b"),  # numbers: postcodes, heights, amounts
]

@cache
def _enum_values() -> frozenset[str]:
    """The fixed choices of the case model (not personal); the model loads on first use."""
    from . import model

    return frozenset(
        member.value
        for obj in vars(model).values()
        if isinstance(obj, type) and issubclass(obj, StrEnum) and obj is not StrEnum
        for member in obj
    )


def sensitive_values(case: Case) -> set[str]:
    """Every string in the case that could identify the person (not the fixed choices)."""
    found: set[str] = set()

    def walk(value: Any, key: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif isinstance(value, str) and value not in _enum_values() and key != "language":
            text = value.strip()
            if len(text) >= 2:
                found.add(text)
            if "name" in key or "place" in key or key in ("street", "address", "issued_by"):
                found.update(w for w in re.split(r"[\s,;/()-]+", text) if len(w) >= 2)

    walk(case.model_dump(mode="json"), "")
    return found


class Redactor:
    """Replaces registered values and personal-looking patterns; thread-safe.

    The open case is only remembered (`watch`, after every change, costs nothing); its values
    are gathered and their pattern built when a record is first redacted after a change. The
    pattern is compiled past `re`'s cache (which would keep up to 512 earlier people's values
    for the rest of the process) and dropped by `clear` at the end of a session."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._case: Case | None = None
        self._words: tuple[str, ...] | None = ()
        self._known: re.Pattern[str] | None = None

    def set_values(self, values: Iterable[str]) -> None:
        words = tuple(sorted({v for v in values if v}, key=len, reverse=True))
        with self._lock:
            self._case, self._words, self._known = None, words, None

    def watch(self, case: Case | None) -> None:
        """Redact `case`'s values from now on (None: no case open, nothing registered)."""
        with self._lock:
            self._case, self._words, self._known = case, (None if case is not None else ()), None

    def clear(self) -> None:
        self.watch(None)

    def _pattern(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._known is None:
                words = self._words
                if words is None and self._case is not None:
                    words = tuple(sorted(sensitive_values(self._case), key=len, reverse=True))
                    self._words = words
                if words:
                    self._known = re.compile(
                        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)",
                        re.IGNORECASE)
                    re.purge()  # the pattern holds the person's values: not in re's cache
            return self._known

    def redact(self, text: str) -> str:
        known = self._pattern()
        if known is not None:
            text = known.sub(REDACTED, text)
        for pattern in _PATTERNS:
            text = pattern.sub(REDACTED, text)
        return text


REDACTOR = Redactor()


def watch_case(case: Case | None) -> None:
    """Register the open case's values for redaction (None: no case open any more)."""
    REDACTOR.watch(case)


class RedactingFilter(logging.Filter):
    """Rewrites each record in place so that no handler sees personal data."""

    def __init__(self, redactor: Redactor = REDACTOR) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not leak its arguments either
            message = f"{record.msg!s} (log arguments could not be formatted)"
        record.msg = self.redactor.redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = self.redactor.redact(text)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self.redactor.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redactor.redact(record.stack_info)
        return True


_MARK = "_permit_assistant_handler"


def configure_logging(
    *, shared: bool, log_folder: Path | None = None, level: int = logging.INFO,
    stream: Any = None,
) -> Path | None:
    """Set up the root logger. Returns the log file's path (personal mode) or None (shared).

    Calling it again replaces the handlers it installed before (for example after the mode was
    read). `log_folder` defaults to `config.log_dir()`.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    redacting = RedactingFilter()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handlers: list[logging.Handler] = [console]
    log_file: Path | None = None
    if not shared:
        if log_folder is None:
            from .config import log_dir

            log_folder = log_dir()
        try:
            log_folder.mkdir(parents=True, exist_ok=True)
            log_file = log_folder / LOG_FILE_NAME
            from logging.handlers import RotatingFileHandler  # personal mode only

            handlers.append(
                RotatingFileHandler(
                    log_file, maxBytes=256 * 1024, backupCount=2, encoding="utf-8"
                )
            )
        except OSError:
            log_file = None  # no log file is better than no program
    for handler in handlers:
        handler.addFilter(redacting)
        handler.setFormatter(formatter)
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return log_file


def install_excepthook(show: Callable[[str], None] | None = None) -> None:
    """Route uncaught exceptions through the redacting log instead of a raw traceback on stderr.

    `show(message)` (the UI's error dialog) receives a message without any case data.
    """

    def hook(
        kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        logging.getLogger("assistant.crash").error(
            "unexpected error", exc_info=(kind, exc, tb)
        )
        if show is not None:
            show(
                "The program met an unexpected error. Your answers are still in the window; "
                "please save a case file if you can and restart the program."
            )

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
    )
