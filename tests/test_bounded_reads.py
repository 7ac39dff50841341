"""Every read is bounded (issue 15, point 5): case files, passphrase files and templates are
read only if they are regular files under a size limit; an encrypted header is checked against
fixed bounds before any work; a passphrase on standard input that is not UTF-8 gets a clear
message. Each case: exit 2, one message, no traceback, no endless read.

The commands run as their own processes with a timeout: a read without a limit would otherwise
take the test run's memory with it."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

from assistant import crypto
from assistant.casefile import MAX_CASE_FILE_BYTES, case_to_bytes, load_case
from assistant.errors import DamagedCaseFileError, NotACaseFileError

PASS = "Elbsandstein 2026"
CHEAP = crypto.ScryptParams(log2_n=10, r=8, p=1)
posix = pytest.mark.skipif(not Path("/dev/zero").exists() or not hasattr(os, "mkfifo"),
                           reason="POSIX devices and named pipes")


def _run(args: list[str], cwd: Path, stdin: bytes = b"",
         **env: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), **env))
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(),
                                       done.stderr.decode("utf-8", "replace"))


def _refused(done: subprocess.CompletedProcess[str], says: str) -> None:
    assert done.returncode == 2, done.stderr
    assert says in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("error:") == 1


@pytest.fixture
def work(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLES / "student-first-permit.json", tmp_path / "case.json")
    case = load_case(EXAMPLES / "student-first-permit.json")
    (tmp_path / "case.permitcase").write_bytes(case_to_bytes(case, PASS, CHEAP))
    (tmp_path / "pass.txt").write_text(PASS + "\n", encoding="utf-8")
    return tmp_path


@posix
def test_devices_links_to_devices_and_fifos_are_not_read_as_case_files(work: Path) -> None:
    (work / "linked.json").symlink_to("/dev/urandom")
    os.mkfifo(work / "pipe.json")
    for name in ("/dev/zero", str(work / "linked.json"), str(work / "pipe.json")):
        _refused(_run(["check", name], work), "this is not a file but a device, a pipe")
    _refused(_run(["encrypt", "/dev/zero", "-o", str(work / "x.permitcase"),
                   "--passphrase-file", str(work / "pass.txt")], work), "not a file but a device")
    _refused(_run(["decrypt", str(work / "pipe.json"), "-o", str(work / "x.json")], work),
             "not a file but a device")


def test_a_case_file_far_too_large_is_not_read(work: Path) -> None:
    big = work / "big.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_CASE_FILE_BYTES + 1)  # sparse: no disk space used
    _refused(_run(["check", str(big)], work), "far too large to be a case file")


@posix
def test_passphrase_files_are_bounded(work: Path) -> None:
    sealed = str(work / "case.permitcase")
    (work / "case.json").unlink()
    _refused(_run(["decrypt", sealed, "--passphrase-file", "/dev/zero"], work),
             "not a file but a device")
    (work / "huge.txt").write_bytes(b"x" * (1 << 20))
    _refused(_run(["decrypt", sealed, "--passphrase-file", str(work / "huge.txt")], work),
             "far too large to be a passphrase file")
    assert sorted(p.name for p in work.iterdir()) == ["case.permitcase", "huge.txt", "pass.txt"]


def test_a_passphrase_on_standard_input_that_is_not_utf8_is_refused_clearly(work: Path) -> None:
    (work / "case.json").unlink()
    for locale in ("C", "C.UTF-8"):  # C: Python reads stdin with surrogate escapes
        done = _run(["decrypt", str(work / "case.permitcase"), "--passphrase-file", "-"], work,
                    stdin=b"Elbsandstein \xff\xfe 2026\n", LC_ALL=locale)
        _refused(done, "is not UTF-8 text")
    assert not (work / "case.json").exists()
    done = _run(["decrypt", str(work / "case.permitcase"), "--passphrase-file", "-"], work,
                stdin=PASS.encode() + b"\n")
    assert done.returncode == 0, done.stderr
    assert load_case(work / "case.json") == load_case(EXAMPLES / "student-first-permit.json")


@posix
def test_templates_are_bounded(work: Path) -> None:
    _refused(_run(["forms", "inspect", "/dev/zero"], work), "not a file but a device")
    os.mkfifo(work / "form.pdf")
    _refused(_run(["forms", "inspect", str(work / "form.pdf")], work), "not a file but a device")


def _altered(data: bytes, log2_n: int, r: int, p: int) -> bytes:
    body = bytearray(data[:-crypto.DIGEST_SIZE])
    body[11:14] = bytes([log2_n, r, p])
    return bytes(body) + hashlib.sha256(body).digest()


@pytest.mark.parametrize("cost", [(18, 8, 1), (20, 32, 1), (16, 8, 16), (30, 255, 255)])
def test_an_altered_key_derivation_cost_is_refused_before_any_work(work: Path, cost) -> None:
    data = (work / "case.permitcase").read_bytes()
    asked: list[str] = []
    with pytest.raises(DamagedCaseFileError, match="encryption settings are not valid"):
        crypto.decrypt_bytes(_altered(data, *cost), lambda: asked.append("x") or PASS)
    assert asked == []  # refused before the passphrase was even asked for


def test_an_altered_cost_through_the_command_is_one_message(work: Path) -> None:
    altered = work / "altered.permitcase"
    altered.write_bytes(_altered((work / "case.permitcase").read_bytes(), 20, 32, 1))
    _refused(_run(["check", str(altered), "--passphrase-file", str(work / "pass.txt")], work),
             "encryption settings are not valid")


def test_what_this_program_writes_stays_within_the_bounds() -> None:
    crypto.DEFAULT_PARAMS.validate()
    data = crypto.encrypt_bytes(b"{}", PASS, crypto.DEFAULT_PARAMS)
    assert crypto.decrypt_bytes(data, PASS) == b"{}"


def test_an_encrypted_file_far_too_large_is_refused_before_hashing() -> None:
    data = crypto.MAGIC + bytes(crypto.MAX_FILE_BYTES)
    with pytest.raises(NotACaseFileError, match="far too large"):
        crypto.decrypt_bytes(data, PASS)


def test_a_passphrase_with_undecodable_bytes_from_the_terminal_is_a_clear_error() -> None:
    from assistant.errors import PassphraseError

    typed = b"Elbsandstein \xff 2026".decode("utf-8", "surrogateescape")  # as a C-locale tty
    with pytest.raises(PassphraseError, match="not UTF-8 text"):
        crypto.encrypt_bytes(b"{}", typed, CHEAP)


def test_a_folder_or_a_missing_file_is_named_so(tmp_path: Path) -> None:
    from assistant.casefile import read_case_file_bytes
    from assistant.errors import CaseFileError

    with pytest.raises(CaseFileError, match="this is a folder; choose the case file"):
        read_case_file_bytes(tmp_path)
    with pytest.raises(CaseFileError, match="no such file"):
        read_case_file_bytes(tmp_path / "gone.json")
    (tmp_path / "ok.json").write_bytes(b"{}")
    assert read_case_file_bytes(tmp_path / "ok.json") == b"{}"
