"""Fixtures: the real encoder, loaded once per test session, and a hashing encoder for tests
whose subject does not depend on meaning (hard rules, index bookkeeping, the CLI's errors)."""

from __future__ import annotations

import pytest

from incontra.matching.encoder import CachedEncoder, UseEncoder

from .helpers import HashingEncoder


@pytest.fixture(scope="session")
def use_encoder() -> CachedEncoder:
    return CachedEncoder(UseEncoder(threads=1))


@pytest.fixture
def hashing_encoder() -> HashingEncoder:
    return HashingEncoder()
