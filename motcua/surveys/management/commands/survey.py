"""`motcua survey SUBCOMMAND`: the survey tools for analysts and administrators.

Each subcommand lives in its own module under `motcua.surveys.cli` with two functions,
`arguments(parser)` and `run(command, options)`, dispatched by `core.cli.SubcommandsCommand`
as in `motcua feedback` and `motcua directives`."""

from __future__ import annotations

from motcua.core.cli import Arguments, Run, SubcommandsCommand
from motcua.surveys.cli import (
    estimate,
    export_xlsform,
    import_xlsform,
    install_templates,
    refresh_results,
    remind,
    results,
    send_invitations,
)

SUBCOMMANDS = {
    "install-templates": install_templates,
    "estimate": estimate,
    "results": results,
    "refresh-results": refresh_results,
    "import-xlsform": import_xlsform,
    "export-xlsform": export_xlsform,
    "send-invitations": send_invitations,
    "remind": remind,
}


class Command(SubcommandsCommand):
    help = "Survey tools: " + ", ".join(SUBCOMMANDS) + "."
    subcommands: dict[str, tuple[Arguments, Run]] = {
        name: (module.arguments, module.run) for name, module in SUBCOMMANDS.items()
    }
