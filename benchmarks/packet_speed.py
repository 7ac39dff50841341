"""Packet build time and size for the example cases: `python -m benchmarks.packet_speed`.

Prints the median warm time of `build_packet` and, separately, of the form filler inside it
(`fill_form`) and of the packet's own work (typesetting, merging), plus the PDF size.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from functools import partial

from assistant.casefile import load_case
from assistant.engine import assess
from assistant.forms import fill_form
from assistant.packet import build_packet
from assistant.paths import ROOT

RUNS = 5
TODAY = date(2026, 11, 22)


def _median(fn: object) -> float:
    assert callable(fn)
    fn()  # warm
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    print(f"{'case':28} {'lang':4} {'packet ms':>9} {'form ms':>8} {'own ms':>7} {'KB':>6}")
    for name, lang in (("student-first-permit", "en"), ("student-first-permit", "ar"),
                       ("extension-near-expiry", "uk"), ("family-five-children", "tr")):
        case = load_case(ROOT / "examples" / f"{name}.json")
        assessment = assess(case, TODAY)
        whole = _median(partial(build_packet, case, assessment, lang))
        form = _median(partial(fill_form, case))
        size = len(build_packet(case, assessment, lang).pdf) / 1024
        print(f"{name:28} {lang:4} {whole * 1000:9.0f} {form * 1000:8.0f} "
              f"{(whole - form) * 1000:7.0f} {size:6.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
