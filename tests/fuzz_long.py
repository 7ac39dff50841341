"""The long fuzzing run, by hand (issue 15 point 8); pytest does not collect this file.

    python tests/fuzz_long.py                       # 10,000 cases, 2,000 encrypted files,
                                                    # 500 templates, 200 profiles
    python tests/fuzz_long.py --scale 0.05 --seed 7 # a few minutes

Mutated case files (bytes flipped, cut, repeated; any JSON value put anywhere), mutated encrypted
files (the header's cost bytes too), mutated template PDFs (our AcroForm, the official BA AcroForm
from ../shared if present, a flat PDF for the Berlin profile) and mutated profiles (absurd numbers,
lines dropped or doubled, bytes not UTF-8) go through load, check, fill and packet. Each input
either works or is refused with a UserError (the one message a person sees); anything else is an
unhandled exception, and a step over 5 s a hang. Prints a summary table; exit 1 if any input gave
an unhandled exception or a hang.
"""

# ruff: noqa: B023 - every step's lambda is called at once, inside its loop turn

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import crypto  # noqa: E402
from assistant.casefile import case_from_bytes  # noqa: E402
from assistant.engine import assess  # noqa: E402
from assistant.errors import UserError  # noqa: E402
from assistant.forms import acroform  # noqa: E402
from assistant.forms.engine import fill_form, load_form, template_problems  # noqa: E402
from assistant.forms.profile import load_profile  # noqa: E402
from assistant.model import EARLIEST_DATE, LATEST_DATE, Case  # noqa: E402

HANG_SECONDS = 5.0
CHEAP = crypto.ScryptParams(log2_n=10, r=8, p=1)
PASSPHRASE = "correct horse battery"
SHARED_BA = ROOT.parent / "shared" / "fixtures" / "official-forms" / \
    "ba-erklaerung-beschaeftigungsverhaeltnis-2024.pdf"
SHARED_BERLIN = ROOT.parent / "shared" / "fixtures" / "official-forms" / \
    "berlin-labo-agen1-2018-flat.pdf"


class Hang(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Hang()


@dataclass
class Tally:
    inputs: int = 0
    accepted: int = 0
    refused: int = 0
    unhandled: int = 0
    hangs: int = 0
    slowest: float = 0.0
    steps: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    failed_now: bool = False  # the last step was unhandled or hung

    def keep(self, data: bytes, suffix: str) -> None:
        """Save the input of a step that failed into --keep DIR (if given)."""
        if self.failed_now and KEEP is not None:
            KEEP.mkdir(parents=True, exist_ok=True)
            (KEEP / f"{self.unhandled + self.hangs:04d}{suffix}").write_bytes(data)
        self.failed_now = False


KEEP: Path | None = None


def step(tally: Tally, name: str, fn: Callable[[], Any]) -> tuple[bool, Any]:
    """Run one step under the hang alarm: (went through, its result). A UserError is a clear
    refusal; anything else is counted as unhandled."""
    tally.steps[name] += 1
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    start = time.perf_counter()
    try:
        return True, fn()
    except UserError:
        tally.refused += 1
        return False, None
    except Hang:
        tally.failed_now = True
        tally.hangs += 1
        tally.kinds[f"{name}: hang over {HANG_SECONDS:g} s"] += 1
        return False, None
    except Exception as exc:  # noqa: BLE001 - what this run is looking for
        tally.failed_now = True
        tally.unhandled += 1
        kind = f"{name}: {type(exc).__name__}"
        tally.kinds[kind] += 1
        if tally.kinds[kind] == 1 and len(tally.examples) < 20:
            tally.examples.append(f"{kind}: {str(exc)[:160]}\n"
                                  + "".join(traceback.format_exc().splitlines(True)[-4:]))
        return False, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        tally.slowest = max(tally.slowest, time.perf_counter() - start)


def mutate(rnd: random.Random, data: bytes, keep: range | None = None) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 6)):
        if not out:
            break
        i = rnd.randrange(len(out))
        if keep is not None and i in keep:
            continue
        kind = rnd.choice(["flip", "byte", "cut", "dup", "truncate", "insert"])
        if kind == "flip":
            out[i] ^= 1 << rnd.randrange(8)
        elif kind == "byte":
            out[i] = rnd.randrange(256)
        elif kind == "cut":
            del out[i:i + rnd.randint(1, 128)]
        elif kind == "dup":
            out[i:i] = out[i:i + rnd.randint(1, 128)]
        elif kind == "truncate":
            del out[i:]
        else:
            out[i:i] = rnd.randbytes(rnd.randint(1, 16))
    return bytes(out)


ODD_VALUES: list[Any] = [None, True, 0, -1, 10**30, 1e308, float("inf"), float("nan"), "",
                         "9999-12-31", "0001-01-01", "1900-01-01", "2199-12-31", "2026-02-30",
                         "e\u0301" * 60, "A" * 2500, "Nguyễn " * 200, "DE", "XX", [], {}, [1, 2],
                         {"x": 1}, "\u202e\u0000", "2026-11-22"]


def _paths(node: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*at, i))
    return out


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TEXTS = ["Nguyễn", "e\u0301" * 40, "Шевченко", "محمد عبد الرحمن", "李小龍", "x" * 100,
         "Straße 1, 01069 Dresden", "", "  ", "A-" * 50, "\u200f\u202e", "Ü" * 200]


def plausible(rnd: random.Random, value: Any) -> Any:
    """Another value of the same kind: a text, a day within the bounds or near them, a number."""
    if isinstance(value, bool):
        return rnd.choice([True, False, None])
    if isinstance(value, int):
        return rnd.choice([0, 1, 7, 40, 120, 366, 733, -1, value * 2])
    if isinstance(value, float):
        return rnd.choice([0.0, 17.5, 60.0, 80.0, 1e9])
    if isinstance(value, str) and _DAY.match(value):
        return rnd.choice([a_day(rnd).isoformat(), "1900-01-01", "2199-12-31", "1899-12-31",
                           "2200-01-01"])
    if isinstance(value, str) and len(value) > 2 and not value.isupper():
        text = rnd.choice(TEXTS)
        return (text * rnd.randint(1, 12))[:rnd.choice([50, 100, 101, 200, 201, 1000, 1001])]
    return value


def mutate_case(rnd: random.Random, data: bytes) -> bytes:
    kind = rnd.random()
    if kind < 0.3:
        return mutate(rnd, data)
    doc = json.loads(data)
    if kind < 0.7:  # values of the right kind, at and beyond the bounds
        for _ in range(rnd.randint(1, 8)):
            path = rnd.choice(_paths(doc)[1:])
            node = doc
            for part in path[:-1]:
                node = node[part]
            node[path[-1]] = plausible(rnd, node[path[-1]])
        return json.dumps(doc, ensure_ascii=False).encode()
    for _ in range(rnd.randint(1, 4)):
        path = rnd.choice(_paths(doc)[1:])
        node = doc
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = copy.deepcopy(rnd.choice(ODD_VALUES))
    return json.dumps(doc, allow_nan=True).encode()


def a_day(rnd: random.Random) -> date:
    if rnd.random() < 0.8:
        return date(2026, 11, 22) + timedelta(days=rnd.randint(-4000, 4000))
    return EARLIEST_DATE + timedelta(days=rnd.randint(0, (LATEST_DATE - EARLIEST_DATE).days))


def through(tally: Tally, case: Case, rnd: random.Random, fill_every: int, packet_every: int,
            form: str | None = None, template: Path | None = None) -> None:
    """check, and now and then fill and packet."""
    from assistant.commands.packet import make_packet

    today = a_day(rnd)
    step(tally, "check", lambda: assess(case, today))
    if rnd.randrange(fill_every) == 0 or form is not None:
        step(tally, "fill", lambda: fill_form(case, form or "antrag-aufenthaltstitel",
                                              template=template, today=today))
    if rnd.randrange(packet_every) == 0:
        step(tally, "packet", lambda: make_packet(case, None, today, False,
                                                  form or "antrag-aufenthaltstitel", template))


def run_cases(n: int, rnd: random.Random, args: argparse.Namespace) -> Tally:
    tally = Tally()
    examples = [p.read_bytes() for p in sorted((ROOT / "examples").glob("*.json"))]
    for _ in range(n):
        tally.inputs += 1
        data = mutate_case(rnd, rnd.choice(examples))
        ok, case = step(tally, "load", lambda: case_from_bytes(data, None, "case.json"))
        if ok:
            tally.accepted += 1
            through(tally, case, rnd, args.fill_every, args.packet_every)
        tally.keep(data, ".json")
    return tally


def run_encrypted(n: int, rnd: random.Random, args: argparse.Namespace) -> Tally:
    tally = Tally()
    sealed = [crypto.encrypt_bytes(p.read_bytes(), PASSPHRASE, CHEAP)
              for p in sorted((ROOT / "examples").glob("*.json"))]
    for _ in range(n):
        tally.inputs += 1
        data = mutate(rnd, rnd.choice(sealed))
        passphrase = rnd.choice([PASSPHRASE, PASSPHRASE, "wrong passphrase"])
        ok, case = step(tally, "decrypt", lambda: case_from_bytes(
            data, passphrase, "case.permitcase", encrypted_expected=True))
        if ok:
            tally.accepted += 1
            through(tally, case, rnd, args.fill_every, args.packet_every)
        tally.keep(data, ".permitcase")
    return tally


def _flat_pdf(pages: int = 4) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.2, 841.68))
    for n in range(pages):
        c.drawString(72, 72, f"page {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _profile_folder(root: Path, form: str, template_name: str, template: bytes) -> Path:
    """A copy of a shipped profile without its checksum (a centre's own), with `template`."""
    folder = root / f"{form}-{template_name}"
    folder.mkdir(exist_ok=True)
    text = (ROOT / "forms" / form / "profile.toml").read_text(encoding="utf-8")
    (folder / "profile.toml").write_text(re.sub(r'^sha256 = ".*"\n', "", text, flags=re.M),
                                         encoding="utf-8")
    file = re.search(r'^file = "(.*)"', text, flags=re.M)
    assert file is not None
    (folder / file[1]).write_bytes(template)
    return folder


def run_templates(n: int, rnd: random.Random, args: argparse.Namespace, work: Path) -> Tally:
    tally = Tally()
    case = case_from_bytes((ROOT / "examples" / "student-first-permit.json").read_bytes())
    ours = load_form("antrag-aufenthaltstitel")
    bases: list[tuple[str, bytes]] = [("ours", ours.template()), ("flat", _flat_pdf())]
    if SHARED_BA.is_file():
        bases.append(("ba-beschaeftigung", SHARED_BA.read_bytes()))
    if SHARED_BERLIN.is_file():
        bases.append(("berlin-agen1", SHARED_BERLIN.read_bytes()))
    for i in range(n):
        tally.inputs += 1
        name, base = rnd.choice(bases)
        data = mutate(rnd, base)
        path = work / f"template-{i % 8}.pdf"
        path.write_bytes(data)
        if name == "ours":
            ok, reader = step(tally, "open", lambda: acroform.open_pdf(data, str(path)))
            if ok:
                ok, _ = step(tally, "read", lambda: template_problems(ours.profile, reader))
            if ok:
                tally.accepted += 1
            tally.keep(data, "-ours.pdf")
            continue
        form = "berlin-agen1" if name in ("flat", "berlin-agen1") else "ba-beschaeftigung"
        folder = _profile_folder(work, form, name, base)
        ok, _ = step(tally, "fill", lambda: fill_form(case, str(folder / "profile.toml"),
                                                      template=path))
        if ok:
            tally.accepted += 1
            if rnd.randrange(args.packet_every // 5 or 1) == 0:
                through(tally, case, rnd, 1, 1, str(folder / "profile.toml"), path)
        tally.keep(data, f"-{name}.pdf")
    return tally


TOML_NUMBERS = ["inf", "-inf", "nan", "1e308", "-1e308", "0", "-1", "1e-308",
                "99999999999999999999", "0.0", "3", "\"x\"", "[]", "{}"]


def run_profiles(n: int, rnd: random.Random, args: argparse.Namespace, work: Path) -> Tally:
    tally = Tally()
    case = case_from_bytes((ROOT / "examples" / "family-five-children.json").read_bytes())
    flat = _flat_pdf()
    for i in range(n):
        tally.inputs += 1
        form = rnd.choice(["antrag-aufenthaltstitel", "berlin-agen1", "ba-beschaeftigung"])
        text = (ROOT / "forms" / form / "profile.toml").read_text(encoding="utf-8")
        text = re.sub(r'^sha256 = ".*"\n', "", text, flags=re.M)
        lines = text.splitlines()
        kind = rnd.choice(["numbers", "lines", "bytes"])
        for _ in range(rnd.randint(1, 6)):
            j = rnd.randrange(len(lines))
            if kind == "numbers" and re.match(r"^\w+ = -?[\d.]+$", lines[j]):
                lines[j] = f"{lines[j].split(' = ')[0]} = {rnd.choice(TOML_NUMBERS)}"
            elif kind == "lines":
                if rnd.random() < 0.5:
                    del lines[j]
                else:
                    lines.insert(j, lines[j])
        data = "\n".join(lines).encode("utf-8")
        if kind == "bytes":
            data = mutate(rnd, data)
        folder = work / f"profile-{i % 8}"
        folder.mkdir(exist_ok=True)
        (folder / "profile.toml").write_bytes(data)
        if form == "antrag-aufenthaltstitel":
            (folder / "layout.toml").write_bytes(
                (ROOT / "forms" / form / "layout.toml").read_bytes())
        template = None
        if form == "berlin-agen1":
            template = folder / "flat.pdf"
            template.write_bytes(flat)
        elif form == "ba-beschaeftigung":
            if not SHARED_BA.is_file():
                ok, _ = step(tally, "profile", lambda: load_profile(folder / "profile.toml"))
                tally.accepted += ok
                continue
            template = SHARED_BA
        load_form.cache_clear()  # type: ignore[attr-defined]
        ok, _ = step(tally, "fill", lambda: fill_form(case, str(folder / "profile.toml"),
                                                      template=template))
        if ok:
            tally.accepted += 1
        tally.keep(data, f"-{form}.toml")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--encrypted", type=int, default=2_000)
    parser.add_argument("--templates", type=int, default=500)
    parser.add_argument("--profiles", type=int, default=200)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every count")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--fill-every", type=int, default=10,
                        help="fill the form for one accepted case in N (default 10)")
    parser.add_argument("--packet-every", type=int, default=50,
                        help="build the packet for one accepted case in N (default 50)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="save every input that gave an unhandled exception or a hang here")
    parser.add_argument("--only", choices=["cases", "encrypted", "templates", "profiles"],
                        default=None, help="run one kind of input only")
    args = parser.parse_args()
    global KEEP
    KEEP = args.keep
    signal.signal(signal.SIGALRM, _alarm)
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    rnd = random.Random(args.seed)
    rows: list[tuple[str, Tally, float]] = []
    with tempfile.TemporaryDirectory(prefix="fuzz-long-") as tmp:
        work = Path(tmp)
        for name, count, run in (
            ("case files", args.cases, lambda n: run_cases(n, rnd, args)),
            ("encrypted files", args.encrypted, lambda n: run_encrypted(n, rnd, args)),
            ("templates", args.templates, lambda n: run_templates(n, rnd, args, work)),
            ("profiles", args.profiles, lambda n: run_profiles(n, rnd, args, work)),
        ):
            if args.only and not name.startswith(args.only[:4]):
                continue
            n = max(1, round(count * args.scale))
            start = time.perf_counter()
            rows.append((name, run(n), time.perf_counter() - start))
            print(f"{name}: done in {rows[-1][2]:.0f} s", file=sys.stderr)
    print(f"\n{'inputs':<16}{'n':>7}{'worked':>8}{'refused':>9}{'unhandled':>10}{'hangs':>7}"
          f"{'slowest':>9}{'time':>8}   steps")
    for name, t, seconds in rows:
        steps = ", ".join(f"{k} {v}" for k, v in t.steps.items())
        print(f"{name:<16}{t.inputs:>7}{t.accepted:>8}{t.refused:>9}{t.unhandled:>10}"
              f"{t.hangs:>7}{t.slowest:>8.2f}s{seconds:>7.0f}s   {steps}")
    bad = [(name, t) for name, t, _ in rows if t.unhandled or t.hangs]
    for name, t in bad:
        print(f"\n{name}:")
        for kind, count in t.kinds.most_common():
            print(f"  {count:>5}  {kind}")
        for example in t.examples:
            print("  ---\n  " + example.replace("\n", "\n  "))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
