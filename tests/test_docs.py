"""Every command is documented in the README and has help text; the README opens with the two commands."""
from __future__ import annotations

from pathlib import Path

import pytest

from gongwen.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(app.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme_and_has_help(name):
    command = app.commands[name]
    assert f"gongwen {name}" in README
    assert command.help and command.help.strip()


def test_readme_opens_with_install_and_test_commands():
    block = README.split("```bash\n", 1)[1].split("```", 1)[0].splitlines()
    assert block[0].startswith("pip install . && gongwen parse gongwen/samples/")
    assert block[1] == "pip install '.[test]' && python3 -m pytest -q"
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -q '.[test]' && python3 -m pytest -q" in ci
