"""Every setting an operator can change, declared once with its default and its meaning.

Values come from environment variables. `docs/deployment.md` documents each one, and a test fails
when a setting here is missing from it.
"""

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("INCONTRA_DEBUG", "false", "Show Django debug pages. Never in production."),
    Setting(
        "INCONTRA_SECRET_KEY",
        "",
        "Django's secret key. Required when debug is off; a development key is used otherwise.",
    ),
    Setting(
        "DATABASE_URL",
        "",
        "Database URL, e.g. postgres://user:pass@host:5432/incontra. Empty: SQLite in data dir.",
    ),
    Setting("INCONTRA_DATA_DIR", "var", "Folder for the SQLite database, uploads and indexes."),
    Setting("INCONTRA_ALLOWED_HOSTS", "localhost,127.0.0.1", "Comma-separated host names served."),
    Setting(
        "INCONTRA_CSRF_TRUSTED_ORIGINS",
        "",
        "Comma-separated origins, e.g. https://incontra.example",
    ),
    Setting(
        "INCONTRA_TASK_BACKEND",
        "database",
        "Background work: 'database' (run `incontra worker`) or 'immediate' (run in the request).",
    ),
    Setting("INCONTRA_EMAIL_URL", "console", "'console', 'file' or smtp://user:pass@host:port."),
    Setting("INCONTRA_DEFAULT_FROM_EMAIL", "incontra@localhost", "Sender of outgoing mail."),
    Setting("INCONTRA_TIME_ZONE", "Europe/Rome", "Time zone of dates shown to users."),
    Setting(
        "INCONTRA_ENCODER",
        "use",
        "Sentence encoder for matching: 'use' (shipped) or a dotted path / local model path.",
    ),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


def get(name: str) -> str:
    return os.environ.get(name, _BY_NAME[name].default)


def get_bool(name: str) -> bool:
    return get(name).strip().lower() in {"1", "true", "yes", "on"}


def get_list(name: str) -> list[str]:
    return [item.strip() for item in get(name).split(",") if item.strip()]
