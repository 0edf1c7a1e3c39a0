"""Small hand-made `incontra-b2b/1` documents whose schedules can be worked out by hand."""

from typing import Any


def slots(*ids: str, day: str = "2026-09-11", first_hour: int = 9) -> list[dict[str, str]]:
    """Consecutive 20-minute slots from `first_hour`, one per id."""
    found = []
    for n, sid in enumerate(ids):
        minutes = first_hour * 60 + 20 * n
        start, end = minutes, minutes + 20
        found.append({"id": sid, "start": f"{day}T{start // 60:02d}:{start % 60:02d}",
                      "end": f"{day}T{end // 60:02d}:{end % 60:02d}"})
    return found


def doc(meetings: list[dict[str, Any]], participants: list[dict[str, Any]] | None = None,
        **extra: Any) -> dict[str, Any]:
    people = participants or [{"id": pid} for pid in
                              sorted({p for m in meetings for p in m["participants"]})]
    return {"format": "incontra-b2b/1", "slots": slots("s1", "s2", "s3", "s4"),
            "tables": ["T1", "T2"], "participants": people, "meetings": meetings} | extra


def meeting(mid: str, *people: str, **extra: Any) -> dict[str, Any]:
    return {"id": mid, "participants": list(people)} | extra
