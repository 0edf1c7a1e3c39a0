"""The organisation and target-country rules as array operations, for the index.

The index checks the rules on every candidate it fetches: about 100 per query, and 100 per
profile when it builds its neighbour lists, so ten million checks for a 100,000-profile
directory. `rules.may_match` is the definition; this table answers the same for a whole array
of candidates at once (a property test holds the two together). The kind rule needs no check
here: the index only ever searches the partition of the complementary kind.
"""

from __future__ import annotations

import numpy as np

from incontra.matching.profiles import Profile


class RuleTable:
    def __init__(self) -> None:
        self._organisation = np.zeros(0, dtype=np.int64)
        self._country = np.zeros(0, dtype=np.int32)
        self._has_targets = np.zeros(0, dtype=bool)
        self._targets = np.zeros((0, 0), dtype=bool)  # slot x country: a market it targets
        self._organisations: dict[str, int] = {}
        self._countries: dict[str, int] = {}

    def set(self, slot: int, profile: Profile) -> None:
        self._make_room(slot + 1)
        self._organisation[slot] = self._code(self._organisations, profile.organisation)
        self._country[slot] = self._country_code(profile.country)
        self._targets[slot] = False
        self._has_targets[slot] = profile.target_countries is not None
        for country in profile.target_countries or ():
            code = self._country_code(country)  # may grow the table: index it afterwards
            self._targets[slot, code] = True

    def allowed(self, slot: int, candidates: np.ndarray) -> np.ndarray:
        """For each candidate slot: may it meet `slot` (kinds aside)?"""
        candidates = np.asarray(candidates, dtype=np.int64)
        return (
            (candidates != slot)
            & (self._organisation[candidates] != self._organisation[slot])
            & (~self._has_targets[slot] | self._targets[slot, self._country[candidates]])
            & (~self._has_targets[candidates] | self._targets[candidates, self._country[slot]])
        )

    @staticmethod
    def _code(codes: dict[str, int], value: str) -> int:
        return codes.setdefault(value, len(codes))

    def _country_code(self, country: str) -> int:
        code = self._code(self._countries, country)
        if code >= self._targets.shape[1]:
            extra = max(16, self._targets.shape[1])
            self._targets = np.hstack(
                [self._targets, np.zeros((self._targets.shape[0], extra), dtype=bool)]
            )
        return code

    def _make_room(self, rows: int) -> None:
        if rows <= len(self._organisation):
            return
        size = max(rows, 2 * len(self._organisation), 64)
        self._organisation = _resized(self._organisation, size)
        self._country = _resized(self._country, size)
        self._has_targets = _resized(self._has_targets, size)
        grown = np.zeros((size, self._targets.shape[1]), dtype=bool)
        grown[: self._targets.shape[0]] = self._targets
        self._targets = grown


def _resized(array: np.ndarray, size: int) -> np.ndarray:
    grown = np.zeros(size, dtype=array.dtype)
    grown[: len(array)] = array
    return grown
