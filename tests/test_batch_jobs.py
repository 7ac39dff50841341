"""`packet --batch DIR -o OUT --jobs N` (issue 19 point 4, issue 15 point 4's batch part): worker
processes write the same packets as one process, report each failed file, keep the summary's
order, ask an encrypted batch's passphrase once, never write one packet over another, and stop on
Ctrl+C without leaving half a packet."""

from __future__ import annotations

import io
import json
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT
from pypdf import PdfReader

from assistant.cli import main
from assistant.crypto import encrypt_bytes

PASSPHRASE = "correct horse battery staple"
TODAY = "2026-11-22"


def _without_dates(pdf: bytes) -> bytes:
    pdf = re.sub(rb"/(CreationDate|ModDate) *\(D:[^)]*\)", b"", pdf)
    return re.sub(rb"/ID *\[<[0-9a-fA-F]*> *<[0-9a-fA-F]*>\]", b"", pdf)


def _encrypted(source: Path, target: Path) -> None:
    target.write_bytes(encrypt_bytes(source.read_bytes(), PASSPHRASE))


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    shutil.copy(EXAMPLES / "student-first-permit.json", folder / "anna.json")
    _encrypted(EXAMPLES / "family-five-children.json", folder / "anna.permitcase")
    _encrypted(EXAMPLES / "minor-language-course.json", folder / "bora.permitcase")
    shutil.copy(EXAMPLES / "swiss-citizen.json", folder / "carla.json")
    (folder / "a-broken.json").write_text('{"schema_version": 1, "person": {"height_cm": 9}}')
    return folder


def _batch(cases: Path, out: Path, jobs: int, monkeypatch: pytest.MonkeyPatch) -> int:
    # the passphrase from standard input: a second question would read an empty line and fail
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    return main(["packet", "--batch", str(cases), "-o", str(out), "--today", TODAY,
                 "--jobs", str(jobs), "--passphrase-file", "-"])


def test_two_workers_write_what_one_process_writes(cases, tmp_path, monkeypatch, capsys) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert _batch(cases, one, 1, monkeypatch) == 1
    first = capsys.readouterr().out
    assert _batch(cases, two, 2, monkeypatch) == 1
    second = capsys.readouterr().out

    names = sorted(p.name for p in two.iterdir())
    assert names == sorted(p.name for p in one.iterdir())
    # anna.json and anna.permitcase: two packets, neither over the other
    assert names == ["anna.ics", "anna.pdf", "anna.permitcase.ics", "anna.permitcase.pdf",
                     "batch-summary.txt", "bora.ics", "bora.pdf", "carla.ics", "carla.pdf"]
    for name in names:
        if name.endswith(".pdf"):
            assert _without_dates((one / name).read_bytes()) == \
                _without_dates((two / name).read_bytes()), name
        elif name.endswith(".ics"):
            assert (one / name).read_bytes() == (two / name).read_bytes(), name
    assert "Nguyễn" in "".join(p.extract_text() or ""
                               for p in PdfReader(two / "anna.permitcase.pdf").pages)

    summary = (two / "batch-summary.txt").read_text(encoding="utf-8")
    assert summary == (one / "batch-summary.txt").read_text(encoding="utf-8").replace(
        str(one), str(two))
    assert summary in second and first.replace(str(one), str(two)) == second
    lines = summary.splitlines()
    assert lines[0] == f"4 of 5 packets written to {two}"  # what is on disk
    assert [line.split(":")[0].split()[-1] for line in lines[1:]
            if line.startswith(("  ok", "  FAILED"))] == [
        "anna.json", "anna.permitcase", "bora.permitcase", "carla.json", "a-broken.json"]
    assert "FAILED  a-broken.json" in summary and "person.height_cm" in summary
    assert "ok      anna.permitcase: anna.permitcase.pdf" in summary


def test_a_wrong_passphrase_fails_those_files_only(cases, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("not the passphrase\n"))
    out = tmp_path / "out"
    assert main(["packet", "--batch", str(cases), "-o", str(out), "--today", TODAY,
                 "--jobs", "2", "--passphrase-file", "-"]) == 1
    summary = capsys.readouterr().out
    assert "2 of 5 packets written" in summary
    assert re.search(r"FAILED  anna\.permitcase: .*passphrase", summary)
    assert re.search(r"FAILED  bora\.permitcase: .*passphrase", summary)
    assert sorted(p.name for p in out.glob("*.pdf")) == ["anna.pdf", "carla.pdf"]


def test_jobs_must_be_a_positive_number(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["packet", "--batch", str(tmp_path), "-o", str(tmp_path), "--jobs", "0"])
    assert "--jobs: must be at least 1" in capsys.readouterr().err


def test_ctrl_c_stops_the_batch_and_leaves_no_partial_packet(tmp_path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    source = json.loads((EXAMPLES / "family-five-children.json").read_text(encoding="utf-8"))
    for i in range(40):
        (folder / f"case-{i:02d}.json").write_text(json.dumps(source), encoding="utf-8")
    out = tmp_path / "out"
    batch = subprocess.Popen(
        [sys.executable, "main.py", "packet", "--batch", str(folder), "-o", str(out), "--today",
         TODAY, "--jobs", "2"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    deadline = time.monotonic() + 300
    while not list(out.glob("*.pdf")) and time.monotonic() < deadline and batch.poll() is None:
        time.sleep(0.05)
    assert batch.poll() is None, "the batch ended before it could be interrupted"
    batch.send_signal(signal.SIGINT)
    stdout, stderr = batch.communicate(timeout=300)
    assert batch.returncode == 130, stderr
    assert "Traceback" not in stderr

    pdfs = sorted(out.glob("*.pdf"))
    assert 0 < len(pdfs) < 40
    for pdf in pdfs:  # every packet there is whole, with its calendar beside it
        assert len(PdfReader(pdf).pages) > 1
        assert pdf.with_suffix(".ics").is_file()
    assert sorted(p.stem for p in out.glob("*.ics")) == [p.stem for p in pdfs]
    leftovers = [p.name for p in out.iterdir() if p.suffix not in (".pdf", ".ics")]
    assert leftovers == ["batch-summary.txt"]
    summary = (out / "batch-summary.txt").read_text(encoding="utf-8")
    assert summary.startswith(f"{len(pdfs)} of 40 packets written")
    assert f"stopped: {40 - len(pdfs)} case file(s) not begun" in summary
    assert summary in stdout
