"""The scheduling problem and its schedule, as plain frozen dataclasses (`incontra-b2b/1`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property


@dataclass(frozen=True)
class Slot:
    id: str
    start: datetime
    end: datetime

    @property
    def day(self) -> date:
        return self.start.date()


@dataclass(frozen=True)
class Participant:
    id: str
    name: str = ""
    # None means "speaks every language": such a participant never needs an interpreter.
    languages: frozenset[str] | None = None
    unavailable: frozenset[str] = frozenset()
    max_meetings: int | None = None
    table: str | None = None


@dataclass(frozen=True)
class Interpreter:
    id: str
    languages: frozenset[str] = frozenset()
    unavailable: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Meeting:
    id: str
    participants: tuple[str, ...]
    weight: float = 1
    slots: frozenset[str] | None = None
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fixed:
    meeting: str
    slot: str
    table: str | None = None
    interpreter: str | None = None


@dataclass(frozen=True)
class Options:
    require_all: bool = False
    max_break_spread: int | None = None


@dataclass(frozen=True)
class Problem:
    slots: tuple[Slot, ...]
    tables: tuple[str, ...]
    participants: tuple[Participant, ...]
    meetings: tuple[Meeting, ...]
    interpreters: tuple[Interpreter, ...] = ()
    fixed: tuple[Fixed, ...] = ()
    options: Options = field(default_factory=Options)
    name: str = ""

    @cached_property
    def slot_index(self) -> dict[str, int]:
        return {slot.id: i for i, slot in enumerate(self.slots)}

    @cached_property
    def participant_by_id(self) -> dict[str, Participant]:
        return {p.id: p for p in self.participants}

    @cached_property
    def meeting_by_id(self) -> dict[str, Meeting]:
        return {m.id: m for m in self.meetings}

    @cached_property
    def interpreter_by_id(self) -> dict[str, Interpreter]:
        return {i.id: i for i in self.interpreters}

    @cached_property
    def fixed_by_meeting(self) -> dict[str, Fixed]:
        return {f.meeting: f for f in self.fixed}

    @cached_property
    def meetings_of(self) -> dict[str, tuple[str, ...]]:
        """Participant id -> ids of the meetings they take part in."""
        found: dict[str, list[str]] = {p.id: [] for p in self.participants}
        for meeting in self.meetings:
            for pid in meeting.participants:
                found[pid].append(meeting.id)
        return {pid: tuple(ids) for pid, ids in found.items()}

    @cached_property
    def later_of(self) -> dict[str, tuple[str, ...]]:
        """Meeting id -> ids of the meetings that must come after it (their `after` lists it)."""
        found: dict[str, list[str]] = {}
        for meeting in self.meetings:
            for earlier in meeting.after:
                found.setdefault(earlier, []).append(meeting.id)
        return {mid: tuple(ids) for mid, ids in found.items()}

    @cached_property
    def days(self) -> tuple[tuple[int, ...], ...]:
        """Slot indices grouped by day, in slot order."""
        groups: dict[date, list[int]] = {}
        for i, slot in enumerate(self.slots):
            groups.setdefault(slot.day, []).append(i)
        return tuple(tuple(g) for g in groups.values())

    def adjacent(self, i: int, j: int) -> bool:
        """Slots i < j are adjacent: consecutive in the list and on the same day."""
        return j == i + 1 and self.slots[i].day == self.slots[j].day

    def common_language(self, meeting: Meeting) -> bool:
        spoken = self._listed_languages(meeting)
        return len(spoken) < 2 or bool(frozenset.intersection(*spoken))

    def needs_interpreter(self, meeting: Meeting) -> bool:
        return not self.common_language(meeting)

    def can_serve(self, interpreter: Interpreter, meeting: Meeting) -> bool:
        return all(interpreter.languages & langs for langs in self._listed_languages(meeting))

    def language_pair(self, meeting: Meeting) -> str:
        """A short name of the languages a meeting needs bridged, such as 'it-ru'."""
        spoken = self._listed_languages(meeting)
        return "/".join("-".join(sorted(langs)) for langs in spoken)

    def _listed_languages(self, meeting: Meeting) -> list[frozenset[str]]:
        by_id = self.participant_by_id
        return [
            by_id[pid].languages for pid in meeting.participants
            if by_id[pid].languages is not None
        ]


@dataclass(frozen=True)
class Assignment:
    meeting: str
    slot: str
    table: str
    interpreter: str | None = None


@dataclass(frozen=True)
class Schedule:
    assignments: tuple[Assignment, ...]
    unscheduled: tuple[str, ...] = ()
    bound: float | None = None
    breaks_bound: int | None = None
