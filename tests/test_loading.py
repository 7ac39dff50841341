"""The collector pause while a one-command process loads (assistant/loading.py): only there, and
the collector is running again once the command's inputs are loaded."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
from conftest import EXAMPLES, ROOT

from assistant import loading


@pytest.fixture
def one_command():
    loading.one_command_process()
    yield
    loading.one_command_process(False)
    gc.unfreeze()


def test_in_a_one_command_process_loading_pauses_the_collector_then_freezes(one_command) -> None:
    before = gc.get_freeze_count()
    with loading.long_lived():
        assert not gc.isenabled()
        kept = [{"n": i} for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(kept)


def test_an_error_while_loading_still_restarts_the_collector(one_command) -> None:
    with pytest.raises(ValueError), loading.long_lived():
        raise ValueError("broken case file")
    assert gc.isenabled()


def test_elsewhere_nothing_is_paused_or_frozen() -> None:
    before = gc.get_freeze_count()
    with loading.long_lived():
        assert gc.isenabled()
        _ = [{"n": i} for i in range(1000)]
    assert gc.get_freeze_count() == before


def test_a_command_run_as_the_program_loads_that_way_and_ends_with_the_collector_on(
        tmp_path) -> None:
    out = tmp_path / "form.pdf"
    probe = (
        "import gc, sys; sys.argv = ['main.py', 'fill', sys.argv[1], '--editable', '-o', "
        "sys.argv[2]]; import main; code = main.program(); "
        "print(code, gc.isenabled(), gc.get_freeze_count() > 0)"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(EXAMPLES /
                             "student-first-permit.json"), str(out)], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    assert result.stdout.split()[-3:] == ["0", "True", "True"]
    assert out.read_bytes().startswith(b"%PDF")


def test_only_a_headless_command_makes_a_one_command_process(monkeypatch) -> None:
    import main

    seen: list[bool] = []
    monkeypatch.setattr(main, "main", lambda args: seen.append(loading._one_command) or 0)
    for argv in (["main.py"], ["main.py", "--shared"], ["main.py", "--lang", "ar"],
                 ["main.py", "check", "case.json"]):
        monkeypatch.setattr(sys, "argv", argv)
        main.program()
    loading.one_command_process(False)
    assert seen == [False, False, False, True]  # the window three times, then `check`
