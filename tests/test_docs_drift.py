"""The README says what the command line does: a test fails when the two drift apart (issue 15,
the sqlite-utils habit). Every option of `ita extract` and `ita check` is documented, every option
the README names exists, the output formats it lists are the ones `--format` takes, and its first
two commands are the installer and the test command CI runs."""
from __future__ import annotations

import contextlib
import io
import re

import pytest

from extract import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def _options(command: str) -> set[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        cli.main([command, "--help"])
    return set(OPTION.findall(out.getvalue())) - {"--help"}


COMMANDS = ("extract", "check")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_is_in_the_readme(command):
    assert _options(command) <= set(OPTION.findall(README)), _options(command) - set(OPTION.findall(README))


def test_every_option_the_readme_names_exists():
    known = set().union(*(_options(c) for c in COMMANDS)) | {"--version"}
    assert set(OPTION.findall(README)) <= known, set(OPTION.findall(README)) - known


def test_the_formats_the_readme_lists_are_the_clis():
    from extract.export import FORMATS

    shown = {f for line in re.findall(r"^ita extract .*--format ([\w,]+)", README, re.M) for f in line.split(",")}
    assert shown == set(FORMATS) == set(cli.FORMATS)


def test_the_first_lines_are_two_commands_install_and_test_and_ci_runs_them():
    commands = [line.split("#")[0].strip() for line in README.split("```", 2)[1].splitlines()[1:] if line.strip()]
    assert commands == ["./install.sh && ita extract samples --out out", "python3 -m pytest"]
    ci = [line.split("#")[0].strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert "bash install.sh" in ci and commands[1] in ci  # CI installs as a fresh machine does, then the tests
