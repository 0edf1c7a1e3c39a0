"""Seeded generator of realistic `incontra-b2b/1` instances, as Incontra's users run their events.

    python -m bench.scheduling.generate KIND --seed N -o FILE

Kinds (each a pure function of (kind, seed)):

- `mission`: an incoming mission: 25 visiting Russian companies (ru, or ru+en) and 60 local
  Italian ones (it, or it+en) over 1.5 days of 20-minute slots; most locals host at their own
  table; 4-6 it-ru interpreters with gaps in their availability; requests from both sides
  (mutual 3, accepted 2, recommended by the matching 1), caps, early departures, speakers busy
  at the opening round tables, a few group meetings and briefings that must come first.
- `brokerage`: an open brokerage event: 400 participants from several countries over 2 days at
  36 tables, a handful of exhibitors at their stands, request counts as in real events (many
  send a few, some send many, 15% send none), 35% of requests declined or left unanswered.
- `forum`: a large forum: 2,000 participants and 20,000 meeting requests with a Zipf-like
  popularity skew (a few participants receive hundreds of requests, far beyond what their
  `max_meetings` or the slots allow), 2 days, 200 tables, scarce interpreters.
- `rescheduling`: the brokerage event of the same seed after its schedule (the greedy one, so that
  the instance stays a pure function of the seed) was published: 60% of the meetings are fixed,
  some participants and meetings cancelled, late requests and late participants added.

Request order is the order of `meetings` (the greedy baseline books in that order).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

from bench.scheduling.greedy import greedy_schedule

KINDS = ("mission", "brokerage", "forum", "rescheduling")
SLOT_MINUTES = 20
MUTUAL, ACCEPTED, RECOMMENDED = 3, 2, 1


# --- slots ------------------------------------------------------------------------------------

Session = tuple[str, str]  # ("09:00", "13:00"): slots start from the first time, end by the second


def event_slots(first_day: date, days: Sequence[Sequence[Session]]) -> list[dict[str, str]]:
    """20-minute slots for each day's sessions; ids like 'd1-0900'."""
    slots = []
    for offset, sessions in enumerate(days):
        day = first_day + timedelta(days=offset)
        for start, end in sessions:
            slots.extend(_session_slots(day, offset + 1, start, end))
    return slots


def _session_slots(day: date, number: int, start: str, end: str) -> list[dict[str, str]]:
    moment = datetime.combine(day, datetime.strptime(start, "%H:%M").time())
    stop = datetime.combine(day, datetime.strptime(end, "%H:%M").time())
    step = timedelta(minutes=SLOT_MINUTES)
    slots = []
    while moment + step <= stop:
        slots.append({"id": f"d{number}-{moment:%H%M}", "start": f"{moment:%Y-%m-%dT%H:%M}",
                      "end": f"{moment + step:%Y-%m-%dT%H:%M}"})
        moment += step
    return slots


def slots_between(slots: list[dict[str, str]], day: int, start: str = "00:00",
                  end: str = "24:00") -> list[str]:
    """Ids of the slots of day `day` (1-based) starting at or after `start` and before `end`."""
    prefix = f"d{day}-"
    low, high = start.replace(":", ""), end.replace(":", "")
    return [s["id"] for s in slots
            if s["id"].startswith(prefix) and low <= s["id"][len(prefix):] < high]


# --- requests ---------------------------------------------------------------------------------

@dataclass
class RequestBook:
    """Meeting requests in the order they were sent; a request answered by the same request in
    the other direction is mutual."""

    first: dict[frozenset[str], tuple[str, str]] = field(default_factory=dict)
    mutual: set[frozenset[str]] = field(default_factory=set)

    def request(self, sender: str, receiver: str) -> None:
        pair = frozenset((sender, receiver))
        if pair not in self.first:
            self.first[pair] = (sender, receiver)
        elif self.first[pair][0] == receiver:
            self.mutual.add(pair)

    def __contains__(self, pair: frozenset[str]) -> bool:
        return pair in self.first

    def __len__(self) -> int:
        return len(self.first)

    def answered(self, rng: random.Random, accept_rate: float) -> list[tuple[tuple[str, str], int]]:
        """Meetings to schedule with their weights: mutual ones, and those the receiver
        accepted; declined and unanswered requests are not meetings."""
        meetings = []
        for pair, members in self.first.items():
            if pair in self.mutual:
                meetings.append((members, MUTUAL))
            elif rng.random() < accept_rate:
                meetings.append((members, ACCEPTED))
        return meetings


def meeting_docs(pairs: list[tuple[tuple[str, ...], int]], first_number: int = 1,
                 ) -> list[dict[str, Any]]:
    return [{"id": f"m{n:05d}", "participants": list(members), "weight": weight}
            for n, (members, weight) in enumerate(pairs, start=first_number)]


def weighted_sample(rng: random.Random, items: Sequence[str], weights: Sequence[float],
                    count: int) -> list[str]:
    """`count` distinct items drawn with probability proportional to `weights`."""
    keys = [(rng.random() ** (1 / w), item)
            for item, w in zip(items, weights, strict=True) if w > 0]
    return [item for _, item in sorted(keys, reverse=True)[:count]]


def recommend(rng: random.Random, book: RequestBook, askers: Sequence[str],
              candidates: Callable[[str], Sequence[str]], per_asker: int,
              ) -> list[tuple[tuple[str, str], int]]:
    """Meetings suggested by the matching and confirmed by the organiser (weight 1), between
    pairs that did not request each other."""
    found = []
    for asker in askers:
        pool = [c for c in candidates(asker) if frozenset((asker, c)) not in book]
        for other in rng.sample(pool, min(per_asker, len(pool))):
            book.request(asker, other)  # so that the pair is not suggested twice
            found.append(((asker, other), RECOMMENDED))
    return found


# --- participants -----------------------------------------------------------------------------

def headline(text: str) -> str:
    """'IoT' stays 'IoT', 'digital payments' becomes 'Digital payments'."""
    return text[:1].upper() + text[1:]


def languages(rng: random.Random, native: str, english_rate: float) -> list[str]:
    return [native, "en"] if rng.random() < english_rate else [native]


def cap(rng: random.Random, rate: float, low: int, high: int) -> int | None:
    """A `max_meetings` set by `rate` of the participants, uniform in [low, high]."""
    return rng.randint(low, high) if rng.random() < rate else None


def participant(pid: str, name: str, langs: list[str] | None, unavailable: list[str],
                max_meetings: int | None, table: str | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": pid, "name": name}
    if langs is not None:
        doc["languages"] = langs
    if unavailable:
        doc["unavailable"] = unavailable
    if max_meetings is not None:
        doc["max_meetings"] = max_meetings
    if table is not None:
        doc["table"] = table
    return doc


def problem(name: str, slots: list[dict[str, str]], tables: list[str],
            participants: list[dict[str, Any]], meetings: list[dict[str, Any]],
            interpreters: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"format": "incontra-b2b/1", "name": name, "slots": slots, "tables": tables,
            "participants": participants, "interpreters": interpreters or [],
            "meetings": meetings, "fixed": [],
            "options": {"require_all": False, "max_break_spread": None}}


def table_ids(count: int) -> list[str]:
    return [f"T{n:03d}" for n in range(1, count + 1)]


# --- (a) incoming mission ---------------------------------------------------------------------

RU_CITIES = ("Moscow", "Saint Petersburg", "Kazan", "Novosibirsk", "Tomsk", "Yekaterinburg",
             "Nizhny Novgorod", "Samara")
IT_CITIES = ("Bari", "Lecce", "Taranto", "Brindisi", "Foggia", "Barletta", "Monopoli", "Matera")
VISITOR_SECTORS = ("logistics software", "manufacturing automation", "IoT", "cybersecurity",
                   "GIS", "edtech")
LOCAL_SECTORS = ("digital payments", "laboratory analysis", "healthcare IT",
                 "business-process management", "logistics", "IoT")
MISSION_DAYS: list[list[Session]] = [[("09:00", "13:00"), ("14:30", "18:00")],
                                     [("09:00", "13:00")]]


MISSION_VISITORS, MISSION_LOCALS, MISSION_HOSTS = 25, 60, 48
DISTRICT, AGENCY = "l01", "l02"  # the regional ICT district and internationalisation agency


def mission(rng: random.Random) -> dict[str, Any]:
    slots = event_slots(date(2026, 9, 10), MISSION_DAYS)
    tables = table_ids(MISSION_HOSTS + 6)  # one table per host company, six shared ones
    sector: dict[str, str] = {}
    visitors = [_mission_visitor(rng, slots, n, sector) for n in range(MISSION_VISITORS)]
    _round_table_speakers(rng, slots, visitors)
    locals_ = [_mission_local(rng, slots, n, tables, sector) for n in range(MISSION_LOCALS)]
    book = RequestBook()
    _mission_requests(rng, book, sector)
    pairs = book.answered(rng, accept_rate=0.75)
    local_ids = [p["id"] for p in locals_]
    pairs += recommend(rng, book, [v["id"] for v in visitors], lambda _: local_ids, per_asker=2)
    meetings = meeting_docs(pairs)
    meetings += _district_group_meetings(rng, visitors, slots, len(meetings))
    _agency_briefings(rng, meetings, visitors)
    return problem("Incoming mission of Russian ICT companies, Bari", slots, tables,
                   visitors + locals_, meetings, _mission_interpreters(rng, slots))


def _mission_visitor(rng: random.Random, slots: list[dict[str, str]], n: int,
                     sector: dict[str, str]) -> dict[str, Any]:
    """A visiting Russian company; 30% fly home at 11:00 on day 2."""
    pid = f"v{n + 1:02d}"
    sector[pid] = rng.choice(VISITOR_SECTORS)
    leaving_early = slots_between(slots, 2, "11:00") if rng.random() < 0.3 else []
    return participant(pid, f"{headline(sector[pid])} company, {rng.choice(RU_CITIES)}",
                       languages(rng, "ru", 0.6), leaving_early, cap(rng, 0.7, 10, 18))


def _round_table_speakers(rng: random.Random, slots: list[dict[str, str]],
                          visitors: list[dict[str, Any]]) -> None:
    """Five visitors speak at the opening round table on the two markets (day 1, 09:00-10:00)."""
    for visitor in rng.sample(visitors, 5):
        visitor["unavailable"] = slots_between(slots, 1, "09:00", "10:00") + visitor.get(
            "unavailable", [])


LOCAL_ATTENDANCE = (("full", 0.55), ("day 1", 0.20), ("day 2", 0.10), ("no afternoon", 0.15))


def _mission_local(rng: random.Random, slots: list[dict[str, str]], n: int, tables: list[str],
                   sector: dict[str, str]) -> dict[str, Any]:
    """A local Italian company; the first MISSION_HOSTS host at their own table."""
    pid = f"l{n + 1:02d}"
    sector[pid] = rng.choice(LOCAL_SECTORS)
    unavailable = {
        "full": [], "day 1": slots_between(slots, 2), "day 2": slots_between(slots, 1),
        "no afternoon": slots_between(slots, 1, "14:00"),
    }[_choose(rng, LOCAL_ATTENDANCE)]
    name = {DISTRICT: "Apulian ICT district", AGENCY: "Regional internationalisation agency"}.get(
        pid, f"{headline(sector[pid])} company, {rng.choice(IT_CITIES)}")
    return participant(pid, name, languages(rng, "it", 0.65), unavailable,
                       cap(rng, 0.6, 4, 10), tables[n] if n < MISSION_HOSTS else None)


def _mission_requests(rng: random.Random, book: RequestBook, sector: dict[str, str]) -> None:
    """Visitors ask for 8-16 locals, mostly in the two sectors they look for; locals ask for
    0-4 visitors. Requests arrive interleaved, in registration order."""
    visitor_ids = [pid for pid in sector if pid.startswith("v")]
    local_ids = [pid for pid in sector if pid.startswith("l")]
    interests = {v: rng.sample(LOCAL_SECTORS, 2) for v in visitor_ids}
    senders = visitor_ids + local_ids
    rng.shuffle(senders)
    for sender in senders:
        if sender in interests:
            weights = [4.0 if sector[other] in interests[sender] else 1.0 for other in local_ids]
            receivers = weighted_sample(rng, local_ids, weights, rng.randint(8, 16))
        else:
            receivers = rng.sample(visitor_ids, rng.randint(0, 4))
        for receiver in receivers:
            book.request(sender, receiver)


def _district_group_meetings(rng: random.Random, visitors: list[dict[str, Any]],
                             slots: list[dict[str, str]], numbered: int) -> list[dict[str, Any]]:
    """The ICT district meets four pairs of visiting companies together, on day 1 afternoon."""
    afternoon = slots_between(slots, 1, "14:00")
    ids = rng.sample([v["id"] for v in visitors], 8)
    return [{"id": f"m{numbered + n + 1:05d}", "participants": [DISTRICT, *ids[2 * n:2 * n + 2]],
             "weight": ACCEPTED, "slots": afternoon} for n in range(4)]


def _agency_briefings(rng: random.Random, meetings: list[dict[str, Any]],
                      visitors: list[dict[str, Any]]) -> None:
    """Six visitors are briefed by the agency before (up to) three of their other meetings; a
    meeting the visitor and the agency already requested becomes the briefing."""
    for visitor in rng.sample([v["id"] for v in visitors], 6):
        pair = {AGENCY, visitor}
        briefing = next((m for m in meetings if set(m["participants"]) == pair), None)
        if briefing is None:
            briefing = {"id": f"m{len(meetings) + 1:05d}", "participants": [AGENCY, visitor]}
            meetings.append(briefing)
        briefing["weight"] = MUTUAL
        own = [m for m in meetings
               if visitor in m["participants"] and AGENCY not in m["participants"]]
        for meeting in rng.sample(own, min(3, len(own))):
            meeting.setdefault("after", []).append(briefing["id"])


def _mission_interpreters(rng: random.Random, slots: list[dict[str, str]]) -> list[dict[str, Any]]:
    gaps = [
        [],                                                                # all event
        slots_between(slots, 2),                                           # day 1 only
        slots_between(slots, 1, "14:00"),                                  # not day 1 afternoon
        slots_between(slots, 1, "11:00", "12:20") + slots_between(slots, 2, "09:00", "10:40"),
        slots_between(slots, 1, "09:00", "14:00"),                         # from day 1 afternoon
        slots_between(slots, 1, "16:30") + slots_between(slots, 2, "11:40"),
    ]
    count = rng.randint(4, 6)
    chosen = [gaps[0], *rng.sample(gaps[1:], count - 1)]
    return [{"id": f"i{n + 1}", "name": f"Interpreter {n + 1}",
             "languages": ["it", "ru", "en"] if n == count - 1 else ["it", "ru"],
             "unavailable": gap} for n, gap in enumerate(chosen)]


# --- (b) open brokerage event -----------------------------------------------------------------

BROKERAGE_COUNTRIES = (("it", 0.40), ("ru", 0.15), ("de", 0.12), ("fr", 0.12), ("es", 0.11),
                       ("pl", 0.10))
BROKERAGE_SECTORS = ("agrifood", "ICT", "health", "energy", "mobility", "manufacturing",
                     "tourism", "creative industries")
BROKERAGE_DAYS: list[list[Session]] = [[("10:00", "13:00"), ("14:00", "17:40")],
                                       [("09:00", "13:00"), ("14:00", "16:00")]]


@dataclass(frozen=True)
class Crowd:
    """Participants of a large event, with the hidden traits that drive their requests."""

    people: list[dict[str, Any]]
    sector: dict[str, str]
    popularity: dict[str, float]


def brokerage(rng: random.Random) -> dict[str, Any]:
    slots = event_slots(date(2026, 10, 6), BROKERAGE_DAYS)
    tables = table_ids(36)
    crowd = _brokerage_crowd(rng, slots, 400, stands=tables[-6:])
    book = RequestBook()
    ids = [p["id"] for p in crowd.people]
    for sender in ids:
        receivers = weighted_sample(rng, ids, _affinities(crowd, sender), _sent_count(rng))
        for receiver in receivers:
            book.request(sender, receiver)
    pairs = book.answered(rng, accept_rate=0.65)
    same_sector = _same_sector(crowd)
    pairs += recommend(rng, book, rng.sample(ids, 200), same_sector, per_asker=1)
    interpreters = [{"id": "i1", "name": "Interpreter it-en", "languages": ["it", "en"]},
                    {"id": "i2", "name": "Interpreter it-en", "languages": ["it", "en"],
                     "unavailable": slots_between(slots, 2)}]
    return problem("Open brokerage event, Bologna", slots, tables, crowd.people,
                   meeting_docs(pairs), interpreters)


def _brokerage_crowd(rng: random.Random, slots: list[dict[str, str]], size: int,
                     stands: list[str]) -> Crowd:
    people, sector, popularity = [], {}, {}
    for n in range(size):
        pid = f"p{n + 1:04d}"
        country = _choose(rng, BROKERAGE_COUNTRIES)
        sector[pid] = rng.choice(BROKERAGE_SECTORS)
        popularity[pid] = rng.lognormvariate(0, 0.8)
        langs = [country, "en"] if country != "it" or rng.random() < 0.9 else ["it"]
        table = stands[n] if n < len(stands) else None  # the first few are exhibitors at stands
        people.append(participant(pid, f"{headline(sector[pid])} organisation ({country})",
                                  langs, _attendance_gaps(rng, slots), cap(rng, 0.5, 6, 16),
                                  table))
    return Crowd(people, sector, popularity)


def _attendance_gaps(rng: random.Random, slots: list[dict[str, str]]) -> list[str]:
    """20% come one day only, 15% miss a half-day, the rest attend throughout."""
    draw = rng.random()
    if draw < 0.20:
        return slots_between(slots, rng.choice((1, 2)))
    if draw < 0.35:
        day, afternoon = rng.choice((1, 2)), rng.random() < 0.5
        return slots_between(slots, day, "13:30") if afternoon else slots_between(
            slots, day, "00:00", "13:30")
    return []


def _choose(rng: random.Random, shares: Sequence[tuple[str, float]]) -> str:
    return rng.choices([v for v, _ in shares], weights=[w for _, w in shares])[0]


def _sent_count(rng: random.Random) -> int:
    """Requests one participant sends: 15% none, most a few, some many (lognormal tail)."""
    if rng.random() < 0.15:
        return 0
    return min(30, 1 + int(rng.lognormvariate(1.2, 0.75)))


def _affinities(crowd: Crowd, sender: str) -> list[float]:
    own = crowd.sector[sender]
    return [0.0 if p["id"] == sender else
            crowd.popularity[p["id"]] * (3.0 if crowd.sector[p["id"]] == own else 1.0)
            for p in crowd.people]


def _same_sector(crowd: Crowd) -> Callable[[str], list[str]]:
    by_sector: dict[str, list[str]] = {}
    for pid, sector in crowd.sector.items():
        by_sector.setdefault(sector, []).append(pid)
    return lambda pid: [other for other in by_sector[crowd.sector[pid]] if other != pid]


# --- (c) forum --------------------------------------------------------------------------------

FORUM_COUNTRIES = (("it", 0.45), ("ru", 0.40), ("de", 0.05), ("fr", 0.05), ("cn", 0.05))
FORUM_DAYS: list[list[Session]] = [[("09:00", "13:00"), ("14:00", "18:00")],
                                   [("09:00", "13:00"), ("14:00", "17:00")]]
FORUM_PARTICIPANTS = 2000
FORUM_REQUESTS = 20000
ZIPF_EXPONENT = 0.95
ZIPF_OFFSET = 4  # rank offset: keeps the top participant at a few hundred requests, not thousands


def forum(rng: random.Random) -> dict[str, Any]:
    slots = event_slots(date(2026, 6, 17), FORUM_DAYS)
    tables = table_ids(200)
    people = [_forum_participant(rng, slots, n) for n in range(FORUM_PARTICIPANTS)]
    ids = [p["id"] for p in people]
    ranked = ids[:]
    rng.shuffle(ranked)  # popularity rank is unrelated to registration order
    popularity = list(accumulate(1 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT
                                 for rank in range(len(ranked))))
    activity = list(accumulate(rng.lognormvariate(0, 0.9) for _ in ids))
    book = RequestBook()
    while len(book) < FORUM_REQUESTS:
        sender = rng.choices(ids, cum_weights=activity)[0]
        receiver = rng.choices(ranked, cum_weights=popularity)[0]
        if sender != receiver:
            book.request(sender, receiver)
    # Mutual requests weigh 3; of the others, 70% were accepted (2) and 30% were suggested by the
    # matching and confirmed by the organiser (1).
    pairs = [(members, MUTUAL if frozenset(members) in book.mutual else
              ACCEPTED if rng.random() < 0.7 else RECOMMENDED)
             for members in book.first.values()]
    return problem("International business forum, Saint Petersburg", slots, tables, people,
                   meeting_docs(pairs), _forum_interpreters(rng, slots))


def _forum_participant(rng: random.Random, slots: list[dict[str, str]], n: int) -> dict[str, Any]:
    country = _choose(rng, FORUM_COUNTRIES)
    english = {"it": 0.75, "ru": 0.6}.get(country, 1.0)
    sector = rng.choice(BROKERAGE_SECTORS)
    return participant(f"f{n + 1:04d}", f"{headline(sector)} company ({country})",
                       languages(rng, country, english), _attendance_gaps(rng, slots),
                       cap(rng, 0.6, 8, 20))


def _forum_interpreters(rng: random.Random, slots: list[dict[str, str]]) -> list[dict[str, Any]]:
    pairs = [["it", "ru"]] * 20 + [["ru", "en"]] * 5
    return [{"id": f"i{n + 1:02d}", "name": f"Interpreter {'-'.join(langs)}", "languages": langs,
             "unavailable": slots_between(slots, rng.choice((1, 2))) if rng.random() < 0.3 else []}
            for n, langs in enumerate(pairs)]


# --- (d) rescheduling -------------------------------------------------------------------------

FIXED_SHARE = 0.60
LATE_REQUESTS = 120


def rescheduling(rng: random.Random, seed: int) -> dict[str, Any]:
    doc = generate("brokerage", seed)
    published = greedy_schedule(doc)["assignments"]
    fixed = rng.sample(published, round(FIXED_SHARE * len(published)))
    fixed.sort(key=lambda a: a["meeting"])
    doc["fixed"] = [_fixed_entry(rng, a) for a in fixed]
    _cancel(rng, doc)
    _late_requests(rng, doc)
    doc["name"] = "Open brokerage event, Bologna: rescheduling after late changes"
    return doc


def _fixed_entry(rng: random.Random, assignment: dict[str, str]) -> dict[str, str]:
    """Published meetings; one in ten was published with its time only, the table left open."""
    if rng.random() < 0.1:
        return {"meeting": assignment["meeting"], "slot": assignment["slot"]}
    return dict(assignment)


def _cancel(rng: random.Random, doc: dict[str, Any]) -> None:
    """4% of the participants cancel (with all their meetings); 5% of the meetings not yet
    published are declined late."""
    fixed_ids = {f["meeting"] for f in doc["fixed"]}
    people = doc["participants"]
    gone = {p["id"] for p in rng.sample(people, round(0.04 * len(people)))}
    open_ids = [m["id"] for m in doc["meetings"] if m["id"] not in fixed_ids]
    declined = set(rng.sample(open_ids, round(0.05 * len(open_ids))))
    doc["participants"] = [p for p in doc["participants"] if p["id"] not in gone]
    doc["meetings"] = [m for m in doc["meetings"]
                       if m["id"] not in declined and not gone & set(m["participants"])]
    kept = {m["id"] for m in doc["meetings"]}
    doc["fixed"] = [f for f in doc["fixed"] if f["meeting"] in kept]


def _late_requests(rng: random.Random, doc: dict[str, Any]) -> None:
    """8 late registrants with 3-8 accepted requests each, and LATE_REQUESTS late requests
    among the others."""
    ids = [p["id"] for p in doc["participants"]]
    existing = {frozenset(m["participants"]) for m in doc["meetings"]}
    late_people = [participant(f"late{n + 1:02d}", f"Late registrant {n + 1}",
                               [rng.choice(("it", "de", "fr")), "en"], [], None)
                   for n in range(8)]
    pairs: list[tuple[tuple[str, ...], int]] = [
        ((person["id"], other), ACCEPTED)
        for person in late_people for other in rng.sample(ids, rng.randint(3, 8))]
    late = 0
    while late < LATE_REQUESTS:
        a, b = rng.sample(ids, 2)
        if frozenset((a, b)) not in existing:
            existing.add(frozenset((a, b)))
            pairs.append(((a, b), rng.choice((MUTUAL, ACCEPTED, ACCEPTED))))
            late += 1
    doc["participants"] += late_people
    number = 1 + max(int(m["id"][1:]) for m in doc["meetings"])
    doc["meetings"] += meeting_docs(pairs, first_number=number)


# --- entry points -----------------------------------------------------------------------------

def generate(kind: str, seed: int) -> dict[str, Any]:
    """The `incontra-b2b/1` document of `kind` for `seed` (the same seed, the same document)."""
    rng = random.Random(f"{kind}:{seed}")
    match kind:
        case "mission":
            doc = mission(rng)
        case "brokerage":
            doc = brokerage(rng)
        case "forum":
            doc = forum(rng)
        case "rescheduling":
            doc = rescheduling(rng, seed)
        case _:
            raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    doc["name"] += f" (generated: {kind}, seed {seed})"
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scheduling.generate",
                                     description="Generate a realistic incontra-b2b/1 instance.")
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    text = json.dumps(generate(args.kind, args.seed), ensure_ascii=False, indent=1)
    try:
        args.output.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
