"""`encrypt` and `decrypt` commands: passphrase from a file or the terminal, never the arguments."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

from assistant import crypto
from assistant.casefile import load_case, open_case_file
from assistant.cli import main

PASS = "Elbsandstein 2026"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLES / "student-first-permit.json", tmp_path / "case.json")
    (tmp_path / "pass.txt").write_text(PASS + "\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A fake terminal: the answers getpass will give, in order."""
    answers: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": answers.pop(0))
    yield answers


def test_encrypt_then_decrypt_with_a_passphrase_file(work: Path) -> None:
    pw = str(work / "pass.txt")
    assert main(["encrypt", str(work / "case.json"), "-o", str(work / "c.permitcase"),
                 "--passphrase-file", pw]) == 0
    assert crypto.is_encrypted((work / "c.permitcase").read_bytes())
    assert open_case_file(work / "c.permitcase", PASS) == load_case(work / "case.json")
    assert main(["decrypt", str(work / "c.permitcase"), "-o", str(work / "back.json"),
                 "--passphrase-file", pw]) == 0
    assert load_case(work / "back.json") == load_case(work / "case.json")


def test_encrypt_asks_twice_in_the_terminal(work: Path, terminal: list[str],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    terminal.extend([PASS, PASS + "x"])
    assert main(["encrypt", str(work / "case.json")]) == 2
    assert "not the same" in capsys.readouterr().err
    assert not (work / "case.permitcase").exists()
    terminal.extend([PASS, PASS])
    assert main(["encrypt", str(work / "case.json")]) == 0
    assert open_case_file(work / "case.permitcase", PASS).person.family_name == "Şahin"


def test_decrypt_with_wrong_passphrase_fails_clearly_and_writes_nothing(
    work: Path, terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["encrypt", str(work / "case.json"), "--passphrase-file",
                 str(work / "pass.txt")]) == 0
    terminal.append("not the passphrase")
    assert main(["decrypt", str(work / "case.permitcase"), "-o", str(work / "out.json")]) == 2
    err = capsys.readouterr().err
    assert "passphrase is not correct" in err and "Traceback" not in err
    assert not (work / "out.json").exists()


def test_short_passphrase_is_refused(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "short.txt").write_text("abc\n", encoding="utf-8")
    assert main(["encrypt", str(work / "case.json"), "--passphrase-file",
                 str(work / "short.txt")]) == 2
    assert "at least 8" in capsys.readouterr().err


def test_existing_output_needs_force(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "case.permitcase").write_bytes(b"keep me")
    assert main(["encrypt", str(work / "case.json"), "--passphrase-file",
                 str(work / "pass.txt")]) == 2
    assert "--force" in capsys.readouterr().err
    assert (work / "case.permitcase").read_bytes() == b"keep me"


def test_decrypting_a_plain_or_foreign_file_says_so(work: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["decrypt", str(work / "case.json"), "-o", str(work / "x.json")]) == 2
    assert "plain case file already" in capsys.readouterr().err
    (work / "photo.permitcase").write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    assert main(["decrypt", str(work / "photo.permitcase")]) == 2
    assert "damaged" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--passphrase", "--password", "-p"])
def test_passphrase_cannot_be_given_as_an_argument(
    work: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["encrypt", str(work / "case.json"), option, PASS])
    assert exit_info.value.code == 2
    assert PASS not in capsys.readouterr().err  # not even echoed in the error
    assert not (work / "case.permitcase").exists()


def test_without_terminal_or_file_exits_2_with_a_clear_message(work: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "encrypt", str(work / "case.json")],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=ROOT,
    )
    assert run.returncode == 2
    assert "--passphrase-file" in run.stderr and "Traceback" not in run.stderr
    assert not (work / "case.permitcase").exists()
