"""The `incontra` command.

`schedule` and `match` run the pure cores on files and never load Django, so they start fast and
work without a database; every other sub-command is a Django management command.
"""

import os
import sys

PURE_COMMANDS = {
    "schedule": "incontra.scheduling.cli",
    "match": "incontra.matching.cli",
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in PURE_COMMANDS:
        from importlib import import_module

        return import_module(PURE_COMMANDS[argv[0]]).main(argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "incontra.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["incontra", *argv])
    return 0
