from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incontra.matching.engine import match
from incontra.matching.profiles import KINDS, Profile
from incontra.matching.rules import kinds_complement, markets_accept, may_match

from .helpers import HashingEncoder, profile

COUNTRIES = ("IT", "RU", "KZ")


def test_may_match_offer_and_request_of_same_family_is_allowed():
    assert may_match(profile("a", "technology_offer"), profile("b", "technology_request"))


def test_may_match_across_families_is_refused():
    assert not may_match(profile("a", "technology_offer"), profile("b", "business_request"))


def test_may_match_two_offers_is_refused():
    assert not may_match(profile("a", "business_offer"), profile("b", "business_offer"))


def test_may_match_research_with_research_is_allowed():
    assert may_match(profile("a", "research_cooperation"), profile("b", "research_cooperation"))


def test_may_match_same_organisation_is_refused():
    offer = profile("a", "business_offer", organisation="org-1")
    request = profile("b", "business_request", organisation="org-1")

    assert not may_match(offer, request)


def test_markets_accept_binds_the_side_that_names_no_markets_too():
    italian_offer = profile("a", "business_offer", country="IT", target_countries=("RU",))
    french_request = profile("b", "business_request", country="FR")

    assert not markets_accept(french_request, italian_offer)


def test_markets_accept_both_inside_the_others_markets_is_allowed():
    offer = profile("a", "business_offer", country="IT", target_countries=("RU",))
    request = profile("b", "business_request", country="RU", target_countries=("IT", "DE"))

    assert markets_accept(offer, request)


profiles_strategy = st.lists(
    st.builds(
        lambda number, kind, organisation, country, targets, words: Profile(
            id=f"p-{number}",
            organisation=f"org-{organisation}",
            country=country,
            kind=kind,
            title=" ".join(words),
            target_countries=tuple(sorted(targets)) or None,
        ),
        number=st.integers(0, 10_000),
        kind=st.sampled_from(KINDS),
        organisation=st.integers(0, 3),
        country=st.sampled_from(COUNTRIES),
        targets=st.sets(st.sampled_from(COUNTRIES), max_size=2),
        words=st.lists(
            st.sampled_from(["pos", "card", "wine", "robot", "cloud"]), min_size=1, max_size=4
        ),
    ),
    min_size=2,
    max_size=12,
    unique_by=lambda p: p.id,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles=profiles_strategy)
def test_match_never_proposes_a_pair_that_breaks_a_hard_rule(profiles):
    by_id = {p.id: p for p in profiles}

    found = match(profiles, top=20, encoder=HashingEncoder())

    proposed = [(by_id[q], by_id[m.profile]) for q, ms in found.items() for m in ms]
    assert [pair for pair in proposed if not may_match(*pair)] == []
    allowed = sum(may_match(a, b) for a in profiles for b in profiles)
    assert len(proposed) == allowed  # with room for all, every allowed pair is proposed


@given(a=st.sampled_from(KINDS), b=st.sampled_from(KINDS))
def test_kinds_complement_is_symmetric(a, b):
    assert kinds_complement(profile("x", a), profile("y", b)) == kinds_complement(
        profile("y", b), profile("x", a)
    )
