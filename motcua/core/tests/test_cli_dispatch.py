"""Every multi-verb management command goes through `core.cli.SubcommandsCommand`."""

from __future__ import annotations

import ast
import io
from pathlib import Path

import pytest
from django.core.management import call_command, load_command_class
from django.core.management.base import CommandError

from motcua.core.cli import SubcommandsCommand

PACKAGE = Path(__file__).resolve().parents[2]
COMMAND_MODULES = sorted(PACKAGE.glob("*/management/commands/*.py"))


def _calls_add_subparsers(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "add_subparsers"
        for node in ast.walk(tree)
    )


def test_the_scan_finds_the_commands_and_the_dispatcher_call():
    assert len(COMMAND_MODULES) >= 10
    assert _calls_add_subparsers(PACKAGE / "core" / "cli.py")


def test_no_management_command_builds_its_own_subcommands():
    own = [
        str(path.relative_to(PACKAGE)) for path in COMMAND_MODULES if _calls_add_subparsers(path)
    ]

    assert own == [], "use motcua.core.cli.SubcommandsCommand instead of add_subparsers"


@pytest.mark.parametrize(
    ("app", "name", "verbs"),
    [
        ("motcua.workdays", "workdays", ["due", "list", "load"]),
        ("motcua.metrics", "metrics", ["refresh", "show"]),
        ("motcua.metrics", "export", ["parquet"]),
        ("motcua.feedback", "open311", ["create-key", "list", "revoke"]),
        ("motcua.core", "api-token", ["create", "list", "revoke"]),
    ],
)
def test_each_multi_verb_command_is_a_dispatcher_with_its_verbs(app, name, verbs):
    command = load_command_class(app, name)

    assert isinstance(command, SubcommandsCommand)
    assert list(command.subcommands) == verbs
    parser = command.create_parser("motcua", name)
    assert "{" + ",".join(verbs) + "}" in parser.format_help()


def test_a_missing_verb_is_refused_with_the_commands_own_name_for_it():
    with pytest.raises(CommandError, match="required: action"):
        call_command("workdays", stdout=io.StringIO(), stderr=io.StringIO())
