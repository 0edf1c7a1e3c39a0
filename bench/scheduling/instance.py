"""A read-only index of an `incontra-b2b/1` JSON document, shared by the greedy baseline and the
independent checker of the benchmarks.

The benchmark tools work on the JSON documents themselves, not on the solver's dataclasses, so
that they stay an independent second opinion on what the solver reads and writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class Instance:
    doc: dict[str, Any]

    @cached_property
    def slots(self) -> list[dict[str, Any]]:
        """Slots ordered by start, as the format defines them."""
        return sorted(self.doc["slots"], key=lambda slot: slot["start"])

    @cached_property
    def slot_index(self) -> dict[str, int]:
        return {slot["id"]: i for i, slot in enumerate(self.slots)}

    @cached_property
    def slot_day(self) -> list[str]:
        """Day (the date part of `start`) of each slot, by index."""
        return [slot["start"][:10] for slot in self.slots]

    @cached_property
    def participants(self) -> dict[str, dict[str, Any]]:
        return {p["id"]: p for p in self.doc["participants"]}

    @cached_property
    def meetings(self) -> dict[str, dict[str, Any]]:
        return {m["id"]: m for m in self.doc["meetings"]}

    @cached_property
    def interpreters(self) -> dict[str, dict[str, Any]]:
        return {i["id"]: i for i in self.doc.get("interpreters", [])}

    @cached_property
    def tables(self) -> list[str]:
        return list(self.doc["tables"])

    @cached_property
    def fixed(self) -> dict[str, dict[str, Any]]:
        return {f["meeting"]: f for f in self.doc.get("fixed", [])}

    @cached_property
    def home_tables(self) -> set[str]:
        return {p["table"] for p in self.doc["participants"] if p.get("table")}

    @cached_property
    def later_meetings(self) -> dict[str, list[str]]:
        """Meeting id -> the meetings that must come after it (the reverse of `after`)."""
        later: dict[str, list[str]] = {}
        for meeting in self.doc["meetings"]:
            for earlier in meeting.get("after", []):
                later.setdefault(earlier, []).append(meeting["id"])
        return later

    def weight(self, meeting_id: str) -> float:
        return self.meetings[meeting_id].get("weight", 1)

    def adjacent(self, i: int, j: int) -> bool:
        return j == i + 1 and self.slot_day[i] == self.slot_day[j]

    def listed_languages(self, meeting_id: str) -> list[set[str]]:
        members = (self.participants[pid] for pid in self.meetings[meeting_id]["participants"])
        return [set(p["languages"]) for p in members if p.get("languages") is not None]

    def needs_interpreter(self, meeting_id: str) -> bool:
        spoken = self.listed_languages(meeting_id)
        return len(spoken) >= 2 and not set.intersection(*spoken)

    def can_serve(self, interpreter_id: str, meeting_id: str) -> bool:
        languages = set(self.interpreters[interpreter_id].get("languages", []))
        return all(languages & spoken for spoken in self.listed_languages(meeting_id))

    def home_tables_of(self, meeting_id: str) -> set[str]:
        members = (self.participants[pid] for pid in self.meetings[meeting_id]["participants"])
        return {p["table"] for p in members if p.get("table")}
