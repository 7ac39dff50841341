"""Freed memory handed back to the system at the end of a person's session.

The C allocator of Linux (glibc) keeps memory a program has freed for its next allocations, and
keeps it per thread: the packet is built in a worker thread, whose heap grows in steps of a few
megabytes when a packet's pieces happen to lie between memory still in use, and never shrinks on
its own. Over a counselling centre's day the window then grows by 0.07 MB a person with nothing
of the earlier people left in it (benchmarks/soak.py). `give_back()` collects Python's unreachable
objects and asks the allocator to return every whole free page to the system (`malloc_trim`),
which also means that freed memory which held a person's data is no longer part of the process.
Where the C library has no `malloc_trim` (Windows, macOS, musl) it only collects.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # a C library without it
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back() -> None:
    """Free what nothing refers to any more, and return the allocator's free pages."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
