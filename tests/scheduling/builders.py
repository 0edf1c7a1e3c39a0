"""Small `incontra-b2b/1` problems for the tests, written as plain dicts."""

from __future__ import annotations

import copy
from typing import Any

from incontra.scheduling.io import problem_from_dict
from incontra.scheduling.problem import Problem


def slots(count: int, day: str = "2026-09-11", first_hour: int = 9) -> list[dict[str, str]]:
    """`count` consecutive 20-minute slots, ids s1..sN (prefixed by the day when not the first)."""
    found = []
    for i in range(count):
        minutes = first_hour * 60 + 20 * i
        start, end = minutes, minutes + 20
        found.append({
            "id": f"s{i + 1}" if day == "2026-09-11" else f"{day[-2:]}-s{i + 1}",
            "start": f"{day}T{start // 60:02d}:{start % 60:02d}",
            "end": f"{day}T{end // 60:02d}:{end % 60:02d}",
        })
    return found


def document(
    *, n_slots: int = 3, tables: int = 2, participants: list[Any] | None = None,
    meetings: list[Any] | None = None, **extra: Any,
) -> dict[str, Any]:
    """A problem document; participants and meetings may be given as bare ids / id pairs."""
    people = [p if isinstance(p, dict) else {"id": p} for p in (participants or ["a", "b"])]
    found = []
    for i, m in enumerate(meetings or [("a", "b")]):
        found.append(m if isinstance(m, dict) else {"id": f"m{i + 1}", "participants": list(m)})
    data = {
        "format": "incontra-b2b/1",
        "slots": slots(n_slots),
        "tables": [f"T{i + 1}" for i in range(tables)],
        "participants": people,
        "meetings": found,
    }
    data.update(copy.deepcopy(extra))
    return data


def problem(**kwargs: Any) -> Problem:
    return problem_from_dict(document(**kwargs))
