"""A counselling centre's day in one window: memory per person, and what of earlier people remains.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.soak --people 100 --switch-language \
        --json /tmp/soak.json

Runs N generated people one after another through one window in shared mode, as a person would:
every answer typed in with key presses (tests/wizard_driver.py), the packet previewed, Finish. Each
person's text answers carry a marker of their own (names, places, passport number, e-mail address,
phone number, free text). After each Finish it prints the process's resident memory, the number of
Python objects, the QObjects under the application, the mapped files (/proc/self/maps) and the
open file descriptors; at the end a linear fit of each from person 10 on (growth per person) and
how many earlier people's markers are still reachable: in Python's objects (strings, bytes and the
contents of every container, `markers_in_objects`) or in a widget's text (`markers_in_widgets`).
With `--switch-language` the window changes its language once per person (cycling through all).

The JSON holds every person's row, the fits (`per_person`), `rss_mb_per_person` and
`markers_reachable`. The budget (benchmarks/README.md): under 0.05 MB a person with language
switches over 100 people, and no marker.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"

# The kinds of answer a person types as free text; their answers carry the person's marker.
TEXT_KINDS = ("name", "text", "multiline")
# Answers that decide which office is responsible, or that the form checks for shape: kept.
KEEP = ("address.place", "address.postcode", "address.house_number")
# The people of a day, in turn: a student and an extension (`--examples` chooses). The family
# (children, parents, a stay: list rows) is left out by default: after its rows are added, the
# window's Python walk of the tab order (`MainWindow._set_tab_order`, being replaced) leaves the
# case menu's wrapper invalid, and the next language switch fails ("unexpected error").
EXAMPLES = ("student-first-permit", "extension-near-expiry")
FAMILY = "family-five-children"


# --- the markers -----------------------------------------------------------------------------


def marker(person: int) -> str:
    """Letters found nowhere else, different for every person and no one's part of another's."""
    letters = "bcdfghjklmnpqrstvwxz"
    a, b = divmod(person, len(letters))
    return f"Qzv{letters[a % len(letters)]}{letters[b]}ujk"


def phone_digits(person: int) -> str:
    """The subscriber part of the person's phone number (kept together when it is formatted)."""
    return f"7{person:03d}9351"


def person_answers(base: dict[str, Any], kinds: dict[str, str], person: int) -> dict[str, Any]:
    """`base`'s answers with every typed text replaced by one carrying the person's marker."""
    tag = marker(person)
    answers: dict[str, Any] = {}
    for path, value in base.items():
        kind = kinds.get(path, "")
        if kind == "list" and isinstance(value, list):
            answers[path] = [
                {k: _marked(v, kinds.get(f"{path}.{k}", ""), f"{path}.{k}", tag, i)
                 for k, v in row.items()}
                for i, row in enumerate(value)
            ]
        else:
            answers[path] = _marked(value, kind, path, tag, 0)
    answers["contact.email"] = f"{tag.lower()}@example.org"
    answers["contact.phone"] = f"+49 176 {phone_digits(person)}"
    return answers


def _marked(value: Any, kind: str, path: str, tag: str, row: int) -> Any:
    if kind not in TEXT_KINDS or not isinstance(value, str) or not value or path in KEEP:
        return value
    if path.endswith(("postcode", "house_number", "address.place")):
        return value
    if path == "passport.number":
        return f"{tag.upper()}7"
    if kind == "name":
        return f"{tag}{'abcdefgh'[row % 8]}"
    return f"{value} {tag}"


def needles(person: int) -> tuple[str, ...]:
    return (marker(person), phone_digits(person))


# --- where a marker can still be -------------------------------------------------------------


def markers_in_objects(markers: Iterable[str], skip: Iterable[object] = ()) -> dict[str, list[str]]:
    """For each marker found, the kinds of Python object holding it: every object the garbage
    collector tracks, and everything they refer to (strings, bytes, untracked tuples and dicts,
    the keys of caches), searched case-insensitively, in UTF-8 and UTF-16 for bytes."""
    wanted = [m for m in markers if m]
    lowered = [m.casefold() for m in wanted]
    encoded = [(m, enc) for m in wanted for enc in _encodings(m)]
    ignore = {id(o) for o in skip} | {id(wanted), id(lowered), id(encoded)}
    ignore.update(id(m) for m in wanted)
    ignore.update(id(m) for m in lowered)
    ignore.update(id(e) for _m, e in encoded)
    gc.collect()
    found: dict[str, list[str]] = {}
    seen: set[int] = set(ignore)
    todo: list[Any] = gc.get_objects()
    ignore.add(id(todo))
    seen.add(id(todo))
    while todo:
        obj = todo.pop()
        key = id(obj)
        if key in seen:
            continue
        seen.add(key)
        if isinstance(obj, str):
            folded = obj.casefold() if not obj.isascii() else obj.lower()
            for m, low in zip(wanted, lowered, strict=True):
                if low in folded:
                    found.setdefault(m, []).append("str")
            continue
        if isinstance(obj, bytes | bytearray):
            data = bytes(obj)
            for m, enc in encoded:
                if enc in data or (m.isascii() and m.lower().encode() in data.lower()):
                    found.setdefault(m, []).append(type(obj).__name__)
            continue
        if isinstance(obj, int | float | complex | bool | type(None)):
            continue
        for ref in gc.get_referents(obj):
            if id(ref) not in seen:
                if isinstance(ref, str | bytes | bytearray):
                    _note_holder(found, ref, obj, wanted, lowered, encoded, seen)
                else:
                    todo.append(ref)
    return found


def _note_holder(found: dict[str, list[str]], ref: Any, holder: Any, wanted: list[str],
                 lowered: list[str], encoded: list[tuple[str, bytes]], seen: set[int]) -> None:
    """A string or bytes object: which marker it holds, named by the object that refers to it."""
    seen.add(id(ref))
    name = type(holder).__qualname__
    if isinstance(ref, str):
        folded = ref.casefold() if not ref.isascii() else ref.lower()
        for m, low in zip(wanted, lowered, strict=True):
            if low in folded:
                found.setdefault(m, []).append(name)
        return
    data = bytes(ref)
    for m, enc in encoded:
        if enc in data or (m.isascii() and m.lower().encode() in data.lower()):
            found.setdefault(m, []).append(name)


def _encodings(text: str) -> list[bytes]:
    return sorted({text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")})


def markers_in_widgets(markers: Iterable[str]) -> dict[str, list[str]]:
    """Markers in any widget's visible or spoken text (Qt keeps these outside Python's objects)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    wanted = [(m, m.casefold()) for m in markers if m]
    found: dict[str, list[str]] = {}
    for widget in QApplication.allWidgets():
        texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(),
                 widget.windowTitle(), widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend([widget.currentText(), *(widget.itemText(i)
                                                  for i in range(widget.count()))])
        joined = "\n".join(texts).casefold()
        for m, low in wanted:
            if low in joined:
                found.setdefault(m, []).append(f"{type(widget).__name__} "
                                               f"{widget.objectName()!r}")
    return found


# --- what the process holds ------------------------------------------------------------------


@dataclass
class Sample:
    person: int
    seconds: float
    rss_mb: float
    python_objects: int
    qobjects: int
    mapped_files: int
    fds: int


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def mapped_files() -> int:
    """Mappings of files into the process (.qm catalogues, fonts, libraries): the same file
    mapped twice (two translators loading one catalogue) counts twice."""
    try:
        lines = Path("/proc/self/maps").read_text().splitlines()
    except OSError:
        return 0
    return sum(1 for parts in (line.split(maxsplit=5) for line in lines)
               if len(parts) == 6 and parts[5].startswith("/"))


def open_fds() -> int:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return 0


def qobjects_under(root: Any) -> int:
    """The QObjects under the application: its own children (translators, timers) and every
    top-level widget's tree. Counted from Qt's own dump of each tree, so that counting makes no
    Python wrapper (a wrapper of an object Qt deletes later would itself be a growth)."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    lines: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, message: lines.append(message))
    try:
        root.dumpObjectTree()
        for top in QApplication.topLevelWidgets():
            top.dumpObjectTree()
    finally:
        qInstallMessageHandler(previous)
    return sum(text.count("\n") + 1 for text in lines)


def sample(person: int, seconds: float, own: int = 0) -> Sample:
    """The figures after a person; `own`: objects the caller keeps itself (earlier samples)."""
    from PySide6.QtWidgets import QApplication

    gc.collect()
    return Sample(person=person, seconds=round(seconds, 3), rss_mb=round(rss_mb(), 2),
                  python_objects=len(gc.get_objects()) - own,
                  qobjects=qobjects_under(QApplication.instance()),
                  mapped_files=mapped_files(), fds=open_fds())


def slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares growth of `ys` per step of `xs` (0 for fewer than two points)."""
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else 0.0


def fits(samples: Sequence[Sample], start: int = 10) -> dict[str, float]:
    """Growth per person of every figure, fitted from person `start` on (all if fewer)."""
    rows = [s for s in samples if s.person >= start] or list(samples)
    xs = [float(s.person) for s in rows]
    return {name: round(slope(xs, [float(getattr(s, name)) for s in rows]), 4)
            for name in ("rss_mb", "python_objects", "qobjects", "mapped_files", "fds",
                         "seconds")}


# --- driving the window without pytest -------------------------------------------------------


class KeyBot:
    """The few pytest-qt QtBot calls tests/wizard_driver.py makes, on QTest directly."""

    def addWidget(self, widget: Any) -> None:  # noqa: N802 - QtBot's name
        pass

    def keyClicks(self, widget: Any, text: str) -> None:  # noqa: N802
        from PySide6.QtTest import QTest

        QTest.keyClicks(widget, text)

    def keyClick(self, widget: Any, key: Any, modifier: Any = None) -> None:  # noqa: N802
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)

    def mouseClick(self, widget: Any, button: Any, modifier: Any = None,  # noqa: N802
                   pos: Any = None) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        QTest.mouseClick(widget, button, modifier or Qt.KeyboardModifier.NoModifier,
                         pos if pos is not None else QPoint())

    def waitUntil(self, condition: Callable[[], Any], timeout: int = 5000) -> None:  # noqa: N802
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + timeout / 1000
        while True:
            QApplication.processEvents()
            if condition():
                return
            if time.monotonic() > end:
                raise TimeoutError(f"not within {timeout} ms")
            time.sleep(0.005)


def _driver() -> Any:
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    import wizard_driver

    return wizard_driver


def shared_window(bot: Any) -> Any:
    """A window in shared mode with its session started, as `ui.app` opens it."""
    from PySide6.QtCore import QTimer

    from ui import i18n
    from ui.window import MainWindow

    driver = _driver()
    i18n.set_language("en")
    window = MainWindow(shared=True, today=driver.TODAY, lang="en")
    bot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.start_session()
    window.confirm = lambda _title, _text: True  # Finish's question, answered Yes
    QTimer.singleShot(0, lambda: None)
    return window


def field_kinds() -> dict[str, str]:
    """Every answer's kind by its path; a list's items as `children.first_names`."""
    from assistant.interview import interview

    kinds: dict[str, str] = {}
    for spec in interview().all_fields():
        kinds[spec.path] = spec.kind
        for item in spec.items:
            kinds[f"{spec.path}.{item.path}"] = item.kind
    return kinds


def enter_person(bot: Any, window: Any, person: int, lang: str | None = None,
                 example: str | None = None) -> None:
    """(A language switch,) every answer of `person` typed in, the packet built and previewed."""
    driver = _driver()
    kinds = field_kinds()
    example = example or EXAMPLES[(person - 1) % len(EXAMPLES)]
    answers = person_answers(driver.example_answers(example), kinds, person)
    if lang is not None:
        window.set_language(lang)
    driver.walk_to_packet(bot, window, answers)
    del answers
    page = window.pages["packet"]
    bot.waitUntil(lambda: page.packet is not None, timeout=120000)
    bot.waitUntil(lambda: page.view.page_count() == page.packet.page_count, timeout=30000)


def settle_deletions(window: Any) -> None:
    """Let the packet's worker end and Qt delete what was scheduled for deletion."""
    from PySide6.QtCore import QCoreApplication, QEvent

    page = window.pages.get("packet")
    if page is not None and hasattr(page, "wait_for_jobs"):
        page.wait_for_jobs()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def finish(bot: Any, window: Any) -> None:
    """Finish on the packet page (the question answered Yes), back on page one."""
    driver = _driver()
    driver.click(bot, window.pages["packet"].finish_button)
    bot.waitUntil(lambda: window.current_id == "welcome", timeout=5000)
    settle_deletions(window)


def run_person(bot: Any, window: Any, person: int, lang: str | None = None,
               example: str | None = None) -> None:
    """One person: (a language switch,) every answer typed, the packet previewed, Finish."""
    enter_person(bot, window, person, lang, example)
    finish(bot, window)


def reachable(people: Iterable[int]) -> dict[str, list[str]]:
    """Where any of these people's markers still are (Python objects and widgets)."""
    wanted = [n for p in people for n in needles(p)]
    found = markers_in_objects(wanted)
    for m, where in markers_in_widgets(wanted).items():
        found.setdefault(m, []).extend(where)
    return found


def soak(people: int, switch_language: bool = False, scan_every: int = 0,
         out: Any = sys.stdout, examples: Sequence[str] = EXAMPLES) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from assistant.texts import LANGUAGES

    _app = QApplication.instance() or QApplication([])
    bot = KeyBot()
    window = shared_window(bot)
    languages = list(LANGUAGES)
    samples: list[Sample] = []
    print("person  seconds  rss_mb  py_objects  qobjects  mapped  fds", file=out)
    for person in range(1, people + 1):
        start = time.perf_counter()
        lang = languages[person % len(languages)] if switch_language else None
        run_person(bot, window, person, lang, examples[(person - 1) % len(examples)])
        row = sample(person, time.perf_counter() - start, own=len(samples))
        samples.append(row)
        print(f"{row.person:6d}  {row.seconds:7.2f}  {row.rss_mb:6.1f}  {row.python_objects:10d}"
              f"  {row.qobjects:8d}  {row.mapped_files:6d}  {row.fds:3d}", file=out, flush=True)
        if scan_every and person % scan_every == 0:
            left = reachable(range(1, person + 1))
            print(f"        markers reachable: {len(left)} {sorted(left)[:5]}", file=out)
    left = reachable(range(1, people + 1))
    growth = fits(samples)
    print("per person from person 10 on: " + ", ".join(f"{k} {v:+}" for k, v in growth.items()),
          file=out)
    print(f"markers reachable: {len(left)}", file=out)
    for m, where in sorted(left.items()):
        print(f"  {m}: {', '.join(sorted(set(where)))}", file=out)
    window.close()
    return {"people": people, "switch_language": switch_language, "examples": list(examples),
            "samples": [asdict(s) for s in samples], "per_person": growth,
            "rss_mb_per_person": growth["rss_mb"], "markers_reachable": len(left),
            "markers_where": {m: sorted(set(w)) for m, w in left.items()}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=20, help="how many people (default 20)")
    parser.add_argument("--switch-language", action="store_true",
                        help="change the window's language once per person")
    parser.add_argument("--scan-every", type=int, default=0, metavar="N",
                        help="also search for earlier markers after every N-th person")
    parser.add_argument("--examples", default=",".join(EXAMPLES), metavar="NAMES",
                        help="the examples/ cases the people take in turn, comma-separated "
                        f"(default: {','.join(EXAMPLES)}; add {FAMILY} for list rows)")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    if args.people < 1:
        parser.error("--people must be at least 1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    with tempfile.TemporaryDirectory(prefix="soak-") as scratch:
        for name, sub in (("PERMIT_ASSISTANT_DATA_DIR", "data"),
                          ("PERMIT_ASSISTANT_TEMP_DIR", "temp"),
                          ("PERMIT_ASSISTANT_CONFIG", "etc/centre.toml")):
            os.environ.setdefault(name, str(Path(scratch) / sub))
        examples = [name.strip() for name in args.examples.split(",") if name.strip()]
        result = soak(args.people, args.switch_language, args.scan_every, examples=examples)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
