"""Outputs never destroy inputs (issue 15, point 4): every command that writes refuses to write
onto one of its inputs (also through a symbolic or a hard link) and onto an existing file without
--force, with one clear message and exit 2; the input is unchanged."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES

from assistant.cli import main
from assistant.outputs import OutputError, check_outputs

PASS = "Elbsandstein 2026"
TODAY = ["--today", "2026-11-22"]


@pytest.fixture
def work(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLES / "student-first-permit.json", tmp_path / "case.json")
    (tmp_path / "pass.txt").write_text(PASS + "\n", encoding="utf-8")
    return tmp_path


def _refused(argv: list[str], protected: Path, capsys: pytest.CaptureFixture[str],
             says: str) -> None:
    before = protected.read_bytes()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert protected.read_bytes() == before


def test_fill_and_packet_refuse_to_write_onto_the_case_file(work: Path, capsys) -> None:
    case = work / "case.json"
    for argv in (["fill", str(case), "-o", str(case)],
                 ["packet", str(case), "-o", str(case), *TODAY],
                 ["packet", str(case), "-o", str(work / "p.pdf"), "--ics", str(case), *TODAY],
                 ["fill", str(case), "-o", str(work / "." / "case.json"), "--force"]):
        _refused(argv, case, capsys, "this is the input file")


def test_links_to_the_input_are_the_input(work: Path, capsys) -> None:
    case = work / "case.json"
    (work / "link.pdf").symlink_to(case)
    os.link(case, work / "hard.pdf")
    for out in ("link.pdf", "hard.pdf"):
        _refused(["packet", str(case), "-o", str(work / out), "--force", *TODAY], case, capsys,
                 "this is the input file")
        _refused(["fill", str(case), "-o", str(work / out), "--force"], case, capsys,
                 "this is the input file")


def test_an_existing_output_needs_force(work: Path, capsys) -> None:
    case, old = work / "case.json", work / "old.pdf"
    old.write_bytes(b"the packet of last week")
    for argv in (["fill", str(case), "-o", str(old)],
                 ["packet", str(case), "-o", str(old), *TODAY],
                 ["packet", str(case), "-o", str(work / "new.pdf"), "--ics", str(old), *TODAY]):
        _refused(argv, old, capsys, "exists already; choose another name or add --force")
    assert not (work / "new.pdf").exists()  # refused before anything was written
    assert main(["fill", str(case), "-o", str(old), "--force"]) == 0
    assert old.read_bytes().startswith(b"%PDF")


def test_one_file_cannot_be_two_outputs(work: Path, capsys) -> None:
    case = work / "case.json"
    assert main(["packet", str(case), "-o", str(work / "x"), "--ics", str(work / "x"),
                 *TODAY]) == 2
    assert "named for two outputs" in capsys.readouterr().err
    assert not (work / "x").exists()


def test_encrypt_and_decrypt_refuse_their_input_also_through_a_link(work: Path, capsys) -> None:
    case = work / "case.json"
    (work / "c.permitcase").symlink_to(case)
    _refused(["encrypt", str(case), "-o", str(work / "c.permitcase"), "--force",
              "--passphrase-file", str(work / "pass.txt")], case, capsys, "this is the input file")
    assert main(["encrypt", str(case), "-o", str(work / "real.permitcase"),
                 "--passphrase-file", str(work / "pass.txt")]) == 0
    sealed = work / "real.permitcase"
    os.link(sealed, work / "plain.json")
    _refused(["decrypt", str(sealed), "-o", str(work / "plain.json"), "--force",
              "--passphrase-file", str(work / "pass.txt")], sealed, capsys,
             "this is the input file")


def test_forms_inspect_refuses_to_write_onto_its_pdf(tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "form.pdf"
    main(["fill", str(EXAMPLES / "student-first-permit.json"), "-o", str(pdf), "--editable"])
    capsys.readouterr()
    _refused(["forms", "inspect", str(pdf), "-o", str(pdf), "--force"], pdf, capsys,
             "this is the input file")
    assert main(["forms", "inspect", str(pdf)]) == 0
    copy = tmp_path / "form-fields.pdf"
    assert copy.exists()
    _refused(["forms", "inspect", str(pdf)], copy, capsys, "add --force")
    assert main(["forms", "inspect", str(pdf), "--force"]) == 0


def test_the_guard_itself(tmp_path: Path) -> None:
    (tmp_path / "in.json").write_text("{}")
    check_outputs([tmp_path / "new.pdf", None], [tmp_path / "in.json", None], force=False)
    with pytest.raises(OutputError, match="is a folder"):
        check_outputs([tmp_path], [], force=True)
    if Path("/dev/null").exists():  # a save would put a file in the device's place
        with pytest.raises(OutputError, match="not a file but a device"):
            check_outputs(["/dev/null"], [], force=True)
    with pytest.raises(OutputError, match="this is the input file"):
        check_outputs([tmp_path / "sub" / ".." / "in.json"], [tmp_path / "in.json"], force=True)
