"""A mistyped command (`python main.py lettr`) lists the commands with the closest match and
exits 2; it does not open the window."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

from assistant.cli import command_names


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    # no display: a window that tried to open would fail with another message
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "minimal-does-not-exist"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)


def test_a_mistyped_command_names_the_closest_ones_and_exits_2() -> None:
    for typed, meant in (("lettr", "letter"), ("pakcet", "packet"), ("chekc", "check")):
        result = _run(typed, "examples/extension-near-expiry.json")
        assert result.returncode == 2, result.stderr
        assert f"'{typed}' is not a command" in result.stderr
        assert f"did you mean: {meant}" in result.stderr
        for name in command_names():
            assert name in result.stderr
        assert "Traceback" not in result.stderr


def test_an_unlike_word_still_lists_every_command() -> None:
    result = _run("zzzzzz")
    assert result.returncode == 2
    assert "did you mean" not in result.stderr
    assert "commands: " + ", ".join(command_names()) in result.stderr
