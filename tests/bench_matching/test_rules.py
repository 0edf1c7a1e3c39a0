"""The benchmark's own reading of the hard rules."""

from bench.matching.rules import Profile, rule_violation


def profile(id_, kind, organisation="org-a", country="IT", targets=()):
    return Profile(id=id_, organisation=organisation, country=country, kind=kind, language="en",
                   title="t", text="", target_countries=tuple(targets))


def test_rule_violation_allows_offer_with_request_of_the_same_family():
    assert rule_violation(profile("1", "technology_offer"),
                          profile("2", "technology_request", "org-b")) is None


def test_rule_violation_refuses_two_offers_and_mixed_families():
    assert rule_violation(profile("1", "technology_offer"),
                          profile("2", "technology_offer", "org-b")) == \
        "kinds are not complementary"
    assert rule_violation(profile("1", "technology_offer"),
                          profile("2", "business_request", "org-b")) == \
        "kinds are not complementary"


def test_rule_violation_research_cooperation_meets_research_cooperation():
    assert rule_violation(profile("1", "research_cooperation"),
                          profile("2", "research_cooperation", "org-b")) is None


def test_rule_violation_refuses_the_same_organisation_and_the_same_profile():
    offer = profile("1", "business_offer")
    assert rule_violation(offer, profile("2", "business_request")) == "same organisation"
    assert rule_violation(offer, offer) == "same profile"


def test_rule_violation_target_countries_bind_both_sides():
    offer = profile("1", "business_offer", country="IT", targets=["RU"])
    in_market = profile("2", "business_request", "org-b", country="RU")
    elsewhere = profile("3", "business_request", "org-b", country="KZ")
    picky = profile("4", "business_request", "org-b", country="RU", targets=["DE"])
    assert rule_violation(offer, in_market) is None
    assert rule_violation(offer, elsewhere) == "outside the first profile's target countries"
    assert rule_violation(offer, picky) == "outside the second profile's target countries"
