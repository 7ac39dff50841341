"""Time saving and opening an encrypted case file with the production scrypt parameters.

    python benchmarks/casefile_crypto.py [--runs N]

Prints the median of N runs for: save (scrypt + AES-GCM + atomic write), open (scrypt + check +
AES-GCM + validation), and a personal-mode draft autosave (key-encrypted and plain). The aim is
well under one second for a save or an open on an ordinary laptop. Measured here, never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant import crypto  # noqa: E402
from assistant.casefile import load_case, open_case_file, save_case_file  # noqa: E402
from assistant.session import DraftStore  # noqa: E402


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    case = load_case(ROOT / "examples" / "student-first-permit.json")
    p = crypto.DEFAULT_PARAMS
    print(f"scrypt n=2**{p.log2_n} r={p.r} p={p.p} ({128 * p.r * (1 << p.log2_n) >> 20} MiB)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.permitcase"
        rows = [
            ("save .permitcase", lambda: save_case_file(path, case, "benchmark passphrase")),
            ("open .permitcase", lambda: open_case_file(path, "benchmark passphrase")),
            ("draft autosave, encrypted", lambda: DraftStore(Path(folder), bytes(32)).save(case)),
            ("draft autosave, plain", lambda: DraftStore(Path(folder)).save(case)),
        ]
        for name, action in rows:
            print(f"{name:28} {_median_ms(action, args.runs):8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
