"""Every schedule the solver returns is valid, on random small events."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incontra.scheduling import check, solve
from incontra.scheduling.io import problem_from_dict
from tests.scheduling.builders import document

LANGUAGES = ["it", "ru", "en"]


@st.composite
def events(draw):
    n_slots = draw(st.integers(1, 4))
    slot_ids = [f"s{i + 1}" for i in range(n_slots)]
    n_tables = draw(st.integers(1, 3))
    table_ids = [f"T{i + 1}" for i in range(n_tables)]
    people = []
    for i in range(draw(st.integers(2, 6))):
        person = {"id": f"p{i}",
                  "unavailable": draw(st.lists(st.sampled_from(slot_ids), unique=True,
                                               max_size=n_slots - 1))}
        if draw(st.booleans()):
            person["languages"] = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1,
                                                max_size=2, unique=True))
        if draw(st.integers(0, 4)) == 0:
            person["table"] = draw(st.sampled_from(table_ids))
        if draw(st.integers(0, 3)) == 0:
            person["max_meetings"] = draw(st.integers(0, 2))
        people.append(person)
    ids = [p["id"] for p in people]
    meetings = []
    for i in range(draw(st.integers(1, 8))):
        pair = draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))
        meeting = {"id": f"m{i}", "participants": pair, "weight": draw(st.integers(1, 3))}
        if meetings and draw(st.integers(0, 3)) == 0:
            meeting["after"] = [draw(st.sampled_from([m["id"] for m in meetings]))]
        meetings.append(meeting)
    interpreters = [{"id": f"i{k}", "languages": draw(st.lists(st.sampled_from(LANGUAGES),
                                                                min_size=2, max_size=2,
                                                                unique=True))}
                    for k in range(draw(st.integers(0, 2)))]
    data = document(participants=people, meetings=meetings, interpreters=interpreters,
                    options={"max_break_spread": draw(st.sampled_from([None, 1, 2]))})
    data["slots"] = data["slots"][:0] + document(n_slots=n_slots)["slots"]
    data["tables"] = table_ids
    return problem_from_dict(data)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events())
def test_solve_returns_only_valid_schedules(problem):
    result = solve(problem, time_limit=5, workers=1)
    assert result.schedule is not None  # without require_all or fixed meetings, one exists
    assert check(problem, result.schedule) == []
    assert result.weight <= result.bound
    held = {a.meeting for a in result.schedule.assignments}
    assert set(result.unscheduled_reasons) == {m.id for m in problem.meetings} - held
