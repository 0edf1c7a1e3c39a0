"""The matching index on disk, shared by workers: one writer at a time (a file lock), and a copy
kept in each worker's memory while nobody else has changed it."""

import fcntl
import uuid
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

from incontra.matching.engine import default_encoder
from incontra.matching.index import MatchIndex
from incontra.matching.profiles import ProfileError

_cached: dict[str, object] = {"version": None, "index": None}


def index_dir() -> Path:
    return Path(settings.DATA_DIR) / "matching-index"


@contextmanager
def locked():
    directory = index_dir()
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _version_file() -> Path:
    return index_dir() / "version"


def _stored_version() -> str | None:
    path = _version_file()
    return path.read_text().strip() if path.exists() else None


def load() -> MatchIndex | None:
    """The stored index, or None when there is none (or it was built with another encoder)."""
    version = _stored_version()
    if version is None:
        return None
    if _cached["version"] == version:
        return _cached["index"]
    try:
        index = MatchIndex.load(index_dir() / "data", encoder=default_encoder())
    except (ProfileError, OSError):
        # Another encoder, an older layout or missing files: the caller rebuilds it.
        return None
    _cached.update(version=version, index=index)
    return index


def save(index: MatchIndex) -> None:
    index.save(index_dir() / "data")
    version = uuid.uuid4().hex
    _version_file().write_text(version)
    _cached.update(version=version, index=index)


def empty() -> MatchIndex:
    return MatchIndex(default_encoder())
