"""Freed memory handed back to the system at the end of a person's session.

The C allocator of Linux (glibc) keeps memory a program has freed for its next allocations, and
keeps a heap of its own for a thread that allocates alongside the main one: the packet is built
in a worker thread. In a counselling centre's day (benchmarks/soak.py, 100 people) the window
grew in steps of 2-3 MB that it never gave back, +0.07 MB a person with nothing of the earlier
people reachable and no more Python objects, QObjects or mappings; with one heap for all threads
(`MALLOC_ARENA_MAX=1`) it grew a third as much. `give_back()` collects Python's unreachable
objects and asks the allocator to return every whole free page of every heap (`malloc_trim`),
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
