"""The commands that read a case file (check, fill, packet) open encrypted `.permitcase` files too,
with the passphrase from --passphrase-file or the terminal, never from the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import EXAMPLES, ROOT

EXAMPLE = EXAMPLES / "student-first-permit.json"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, input=stdin, timeout=120)


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("enc")
    (folder / "pw").write_text("correct horse battery\n", encoding="utf-8")
    (folder / "wrong").write_text("incorrect horse battery\n", encoding="utf-8")
    target = folder / "case.permitcase"
    done = run("encrypt", str(EXAMPLE), "-o", str(target), "--passphrase-file",
               str(folder / "pw"))
    assert done.returncode == 0, done.stderr
    return folder, target


def test_check_reads_an_encrypted_case_with_a_passphrase_file(encrypted):
    folder, target = encrypted
    done = run("check", str(target), "--passphrase-file", str(folder / "pw"), "--json",
               "--today", "2026-11-22")
    assert done.returncode == 0, done.stderr
    assert '"id": "mittelsachsen"' in done.stdout


def test_wrong_passphrase_is_a_clear_error_not_a_traceback(encrypted):
    folder, target = encrypted
    done = run("packet", str(target), "-o", str(folder / "p.pdf"), "--passphrase-file",
               str(folder / "wrong"))
    assert done.returncode == 2
    assert "passphrase is not correct" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (folder / "p.pdf").exists()


def test_without_terminal_or_file_the_command_says_how_to_give_the_passphrase(encrypted):
    folder, target = encrypted
    done = run("fill", str(target), "-o", str(folder / "form.pdf"), stdin="")
    assert done.returncode == 2
    assert "--passphrase-file" in done.stderr


def test_passphrase_on_the_command_line_is_refused_without_echo(encrypted):
    _, target = encrypted
    done = run("check", str(target), "--passphrase", "s3cret-value")
    assert done.returncode == 2
    assert "s3cret-value" not in done.stderr + done.stdout


def test_packet_from_encrypted_case(encrypted):
    folder, target = encrypted
    out = folder / "packet.pdf"
    done = run("packet", str(target), "-o", str(out), "--passphrase-file", str(folder / "pw"))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
