"""Loading a command's libraries, resources and inputs without the cyclic collector in the way.

A command builds tens of thousands of container objects before it does its work (~50,000 for a
`fill`): the libraries' modules, the case model and its validation schema, the form's layout, the
parsed fonts, the case itself. CPython's cyclic garbage collector runs every 700 new container
objects and, now and then, walks every object there is; while these load none of them is garbage,
yet on a cold `fill` the collector took ~45 ms of ~600 ms (measured with gc.callbacks: 124
collections, one of them full).

In a process that runs one command and exits (`python main.py COMMAND`, which calls
`one_command_process`), `long_lived()` pauses the collector while such things load and then moves
everything that exists into the permanent generation (`gc.freeze`), which later collections skip.
Reference counting frees objects as usual; only reference cycles among the frozen objects stay
until the process ends (a batch freezes only what it loads before its first case).

Anywhere else `long_lived()` does nothing: the window runs for hours, one person after another,
and a frozen cycle could keep something of an earlier person in memory; tests run thousands of
commands in one process.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_one_command = False


def one_command_process(enabled: bool = True) -> None:
    """Declare that this process runs one command and then exits (see the module)."""
    global _one_command
    _one_command = enabled


@contextmanager
def long_lived() -> Iterator[None]:
    """In a one-command process: run the body with the cyclic collector paused, then freeze
    what exists. Elsewhere: just run the body."""
    if not _one_command:
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
