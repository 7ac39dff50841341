"""Caches that may hold what a person entered, and their end with the person's session.

A function whose arguments or result can be a person's data (an e-mail address, a phone number, a
number or date of their case formatted for a text) is remembered with `@personal(maxsize)`: an
`functools.lru_cache` that `forget()` empties; another kind of cache registers its emptying with
`on_forget(clear)`. The session calls `forget()` when a person's
session ends (Finish, the idle timeout, closing the program), so nothing of one person stays in
a cache for the next.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_CLEARS: list[Callable[[], None]] = []


def personal(maxsize: int) -> Callable[[F], F]:
    """`lru_cache(maxsize)`, emptied by `forget()`."""

    def wrap(function: F) -> F:
        cached = lru_cache(maxsize=maxsize)(function)
        _CLEARS.append(cached.cache_clear)
        return cached  # type: ignore[return-value]

    return wrap


def on_forget(clear: Callable[[], None]) -> Callable[[], None]:
    """Have `forget()` call `clear`: for a cache of a person's data that is not an
    `lru_cache` (the validated list rows of the last case built, `assistant.interview`)."""
    _CLEARS.append(clear)
    return clear


def forget() -> None:
    """Empty every cache that may hold a person's data (the end of a session)."""
    for clear in _CLEARS:
        clear()
