import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from incontra.matching.filters import RuleTable
from incontra.matching.profiles import Profile
from incontra.matching.rules import different_organisations, markets_accept

COUNTRIES = ("IT", "RU", "KZ", "DE")

profiles = st.lists(
    st.builds(
        lambda organisation, country, targets: (organisation, country, targets),
        organisation=st.integers(0, 3),
        country=st.sampled_from(COUNTRIES),
        targets=st.one_of(st.none(), st.sets(st.sampled_from(COUNTRIES), min_size=1)),
    ),
    min_size=1,
    max_size=15,
)


def as_profiles(drawn) -> list[Profile]:
    return [
        Profile(
            id=f"p{i}",
            organisation=f"org-{org}",
            country=country,
            kind="business_offer",
            title="x",
            target_countries=tuple(sorted(targets)) if targets else None,
        )
        for i, (org, country, targets) in enumerate(drawn)
    ]


@settings(max_examples=200)
@given(drawn=profiles)
def test_rule_table_agrees_with_the_rules_on_every_pair(drawn):
    found = as_profiles(drawn)
    table = RuleTable()
    for slot, profile in enumerate(found):
        table.set(slot, profile)

    for slot, profile in enumerate(found):
        expected = [
            other is not profile
            and different_organisations(profile, other)
            and markets_accept(profile, other)
            for other in found
        ]
        assert table.allowed(slot, np.arange(len(found))).tolist() == expected


def test_rule_table_reused_slot_forgets_the_old_targets():
    table = RuleTable()
    table.set(0, Profile("a", "org-a", "IT", "business_offer", "x", target_countries=("RU",)))
    table.set(1, Profile("b", "org-b", "DE", "business_request", "y"))
    assert table.allowed(0, np.array([1])).tolist() == [False]

    table.set(0, Profile("a", "org-a", "IT", "business_offer", "x"))

    assert table.allowed(0, np.array([1])).tolist() == [True]


def test_rule_table_many_countries_grow_the_table():
    countries = [f"C{i:02d}" for i in range(40)]
    table = RuleTable()
    table.set(
        0, Profile("a", "org-a", "IT", "business_offer", "x", target_countries=tuple(countries))
    )
    table.set(1, Profile("b", "org-b", "C39", "business_request", "y"))
    table.set(2, Profile("c", "org-c", "C40", "business_request", "z"))

    assert table.allowed(0, np.array([1, 2])).tolist() == [True, False]
