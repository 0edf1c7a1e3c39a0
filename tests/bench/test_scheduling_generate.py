"""The instance generator: deterministic, well-formed, and as large and skewed as specified."""

import json
import statistics
from collections import Counter
from datetime import datetime

import pytest

from bench.scheduling.generate import KINDS, generate, main
from bench.scheduling.greedy import greedy_schedule
from bench.scheduling.instance import Instance


@pytest.fixture(scope="module")
def docs() -> dict[str, dict]:
    return {kind: generate(kind, 7) for kind in KINDS}


def received(doc: dict) -> Counter[str]:
    """Participant id -> number of meetings (requests) they are in."""
    return Counter(pid for m in doc["meetings"] for pid in m["participants"])


@pytest.mark.parametrize("kind", KINDS)
def test_generate_same_seed_same_document(kind, docs):
    assert generate(kind, 7) == docs[kind]


@pytest.mark.parametrize("kind", KINDS)
def test_generate_other_seed_other_document(kind, docs):
    assert generate(kind, 8)["meetings"] != docs[kind]["meetings"]


def test_generate_unknown_kind_raises():
    with pytest.raises(ValueError, match="unknown kind 'fair'"):
        generate("fair", 1)


def ids_unique(items: list) -> bool:
    return len(items) == len(set(items))


@pytest.mark.parametrize("kind", KINDS)
def test_generated_ids_unique(kind, docs):
    doc = docs[kind]
    assert ids_unique([s["id"] for s in doc["slots"]])
    assert ids_unique(doc["tables"])
    assert ids_unique([p["id"] for p in doc["participants"]])
    assert ids_unique([m["id"] for m in doc["meetings"]])
    assert ids_unique([i["id"] for i in doc["interpreters"]])
    assert ids_unique([f["meeting"] for f in doc["fixed"]])


@pytest.mark.parametrize("kind", KINDS)
def test_generated_one_meeting_per_group(kind, docs):
    groups = Counter(frozenset(m["participants"]) for m in docs[kind]["meetings"])
    assert groups.most_common(1)[0][1] == 1


@pytest.mark.parametrize("kind", KINDS)
def test_generated_references_known(kind, docs):
    doc = docs[kind]
    slots, tables = {s["id"] for s in doc["slots"]}, set(doc["tables"])
    people, meetings = {p["id"] for p in doc["participants"]}, {m["id"] for m in doc["meetings"]}
    for person in doc["participants"]:
        assert set(person.get("unavailable", [])) <= slots
        assert person.get("table", "T001") in tables
    for interpreter in doc["interpreters"]:
        assert set(interpreter.get("unavailable", [])) <= slots
    for m in doc["meetings"]:
        assert set(m["participants"]) <= people
        assert len(set(m["participants"])) == len(m["participants"]) >= 2
        assert set(m.get("slots", [])) <= slots
        assert set(m.get("after", [])) <= meetings
        assert m["id"] not in m.get("after", [])
        assert m["weight"] in (1, 2, 3)
    for entry in doc["fixed"]:
        assert entry["meeting"] in meetings
        assert entry["slot"] in slots
        assert entry.get("table", "T001") in tables


@pytest.mark.parametrize("kind", KINDS)
def test_generated_slots_twenty_minutes_in_order(kind, docs):
    starts = [datetime.fromisoformat(s["start"]) for s in docs[kind]["slots"]]
    ends = [datetime.fromisoformat(s["end"]) for s in docs[kind]["slots"]]
    assert starts == sorted(starts)
    assert {(end - start).seconds for start, end in zip(starts, ends, strict=True)} == {1200}


def test_mission_companies_languages_and_days(docs):
    doc = docs["mission"]
    visitors = [p for p in doc["participants"] if p["id"].startswith("v")]
    locals_ = [p for p in doc["participants"] if p["id"].startswith("l")]
    assert len(visitors) == 25
    assert len(locals_) == 60
    assert {tuple(v["languages"]) for v in visitors} == {("ru",), ("ru", "en")}
    assert {tuple(p["languages"]) for p in locals_} == {("it",), ("it", "en")}
    assert sum(1 for p in locals_ if "table" in p) == 48
    days = Counter(s["start"][:10] for s in doc["slots"])
    assert sorted(days.values()) == [12, 22]  # a full day (12 + 10 slots) and a morning


def test_mission_interpreters_scarce_with_gaps(docs):
    doc = docs["mission"]
    interpreters = doc["interpreters"]
    assert 4 <= len(interpreters) <= 6
    assert all({"it", "ru"} <= set(i["languages"]) for i in interpreters)
    assert sum(1 for i in interpreters if i["unavailable"]) == len(interpreters) - 1
    inst = Instance(doc)
    needing = sum(1 for mid in inst.meetings if inst.needs_interpreter(mid))
    interpreter_slots = sum(len(doc["slots"]) - len(i["unavailable"]) for i in interpreters)
    assert needing > interpreter_slots / 2  # interpreters, not tables, limit the mission


def test_mission_group_meetings_and_briefings(docs):
    meetings = docs["mission"]["meetings"]
    groups = [m for m in meetings if len(m["participants"]) == 3]
    assert len(groups) == 4
    assert all(m["participants"][0] == "l01" and len(m["slots"]) == 10 for m in groups)
    briefings = {a for m in meetings for a in m.get("after", [])}
    assert 1 <= len(briefings) <= 6
    assert all("l02" in Instance(docs["mission"]).meetings[b]["participants"] for b in briefings)


def test_brokerage_size(docs):
    doc = docs["brokerage"]
    assert len(doc["participants"]) == 400
    assert len(doc["tables"]) == 36
    assert len({s["start"][:10] for s in doc["slots"]}) == 2
    assert 1000 <= len(doc["meetings"]) <= 1600


def test_forum_size(docs):
    doc = docs["forum"]
    assert len(doc["participants"]) == 2000
    assert len(doc["meetings"]) == 20000
    assert len({s["start"][:10] for s in doc["slots"]}) == 2


def test_forum_popularity_skewed_beyond_capacity(docs):
    counts = sorted(received(docs["forum"]).values(), reverse=True)
    slots = len(docs["forum"]["slots"])
    assert counts[0] >= 300  # the most popular receive hundreds of requests
    assert counts[9] >= 150
    assert counts[9] > 3 * slots  # far more than they could ever hold
    assert statistics.median(counts) <= 20


def test_rescheduling_fixed_from_published_schedule(docs):
    doc = docs["rescheduling"]
    base = generate("brokerage", 7)
    published = greedy_schedule(base)["assignments"]
    published_by_id = {a["meeting"]: a for a in published}
    assert round(0.6 * len(published)) * 0.8 <= len(doc["fixed"]) <= round(0.6 * len(published))
    for entry in doc["fixed"]:
        assert entry.items() <= published_by_id[entry["meeting"]].items()


def test_rescheduling_cancellations_and_late_requests(docs):
    doc = docs["rescheduling"]
    base = generate("brokerage", 7)
    people = {p["id"] for p in doc["participants"]}
    assert len(people - {p["id"] for p in base["participants"]}) == 8  # late registrants
    assert len({p["id"] for p in base["participants"]} - people) == 16  # 4% cancelled
    base_meetings = {m["id"] for m in base["meetings"]}
    new = [m for m in doc["meetings"] if m["id"] not in base_meetings]
    assert len([m for m in new if not m["participants"][0].startswith("late")]) == 120


@pytest.mark.parametrize("kind", KINDS)
def test_generated_read_by_solver_parser(kind, docs):
    io = pytest.importorskip("incontra.scheduling.io")
    problem = io.problem_from_dict(docs[kind])
    assert len(problem.meetings) == len(docs[kind]["meetings"])


def test_generate_cli_writes_document(tmp_path):
    assert main(["mission", "--seed", "7", "-o", str(tmp_path / "m.json")]) == 0
    assert json.loads((tmp_path / "m.json").read_text()) == generate("mission", 7)


def test_generate_cli_unwritable_exit_2(tmp_path, capsys):
    assert main(["mission", "-o", str(tmp_path / "missing" / "m.json")]) == 2
    assert capsys.readouterr().err.startswith(f"error: cannot write {tmp_path}/missing/m.json")
