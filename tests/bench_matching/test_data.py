"""The evaluation set is well-formed, its judgements are consistent, and its splits are apart."""

import json
from collections import Counter
from pathlib import Path

import pycountry
import pytest

from bench.matching.build_data import SPLITS, build
from bench.matching.rules import PARTNER_KIND, Profile, rule_violation
from incontra.matching.profiles import profiles_from_document

DATA = Path(__file__).resolve().parents[2] / "bench" / "matching" / "data"
TAXONOMY = Path(__file__).resolve().parents[2] / "incontra" / "taxonomy" / "technologies.json"
LANGUAGES = {"it", "ru", "en", "de", "fr", "es"}


def load(split: str) -> tuple[list[dict], dict]:
    profiles = json.loads((DATA / f"{split}.json").read_text(encoding="utf-8"))["profiles"]
    qrels = json.loads((DATA / f"{split}_qrels.json").read_text(encoding="utf-8"))
    return profiles, qrels


def pairs(qrels: dict) -> set[frozenset[str]]:
    return {frozenset((query, other)) for query, entry in qrels["queries"].items()
            for other in entry["relevant"]}


@pytest.fixture(scope="module", params=["dev", "test", "blind"])
def split(request) -> tuple[str, list[dict], dict]:
    return (request.param, *load(request.param))


def test_split_files_are_read_by_the_matcher(split):
    name, profiles, _ = split
    document = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    assert document["format"] == "incontra-profiles/1"
    assert len(profiles_from_document(document)) == len(profiles)


def test_split_files_are_built_from_the_authoring_sources(split):
    name, profiles, qrels = split
    document, built_qrels = build(name)
    assert document["profiles"] == profiles
    assert built_qrels == qrels


def test_profile_ids_are_unique_and_prefixed_by_split(split):
    name, profiles, _ = split
    ids = [profile["id"] for profile in profiles]
    prefix = SPLITS[name][0] + "-"
    assert len(set(ids)) == len(ids)
    assert all(profile_id.startswith(prefix) for profile_id in ids)


def test_profiles_have_realistic_fields(split):
    _, profiles, _ = split
    for profile in profiles:
        assert profile["kind"] in PARTNER_KIND, profile["id"]
        assert profile["language"] in LANGUAGES, profile["id"]
        assert pycountry.countries.get(alpha_2=profile["country"]), profile["id"]
        if "region" in profile:
            assert pycountry.subdivisions.get(code=profile["region"]), profile["id"]
            assert profile["region"].startswith(profile["country"] + "-"), profile["id"]
        for country in profile.get("target_countries", []):
            assert pycountry.countries.get(alpha_2=country), profile["id"]
        assert profile["title"].strip(), profile["id"]
        assert len(profile["text"]) >= 60, profile["id"]


def test_technology_ids_exist_in_the_taxonomy(split):
    _, profiles, _ = split
    known = {entry["id"] for entry in
             json.loads(TAXONOMY.read_text(encoding="utf-8"))["technologies"]}
    used = {technology for profile in profiles for technology in profile["technologies"]}
    assert used - known == set()


def test_qrels_reference_existing_profiles(split):
    _, profiles, qrels = split
    ids = {profile["id"] for profile in profiles}
    assert set(qrels["queries"]) <= ids
    assert {other for entry in qrels["queries"].values() for other in entry["relevant"]} <= ids
    assert set(qrels["profiles"]) == ids


def test_relevance_is_symmetric_and_graded(split):
    _, _, qrels = split
    queries = qrels["queries"]
    for query, entry in queries.items():
        for other, grade in entry["relevant"].items():
            assert grade == 2
            assert queries[other]["relevant"][query] == grade


def test_every_relevant_pair_passes_the_hard_rules(split):
    _, profiles, qrels = split
    by_id = {profile["id"]: Profile.from_dict(profile) for profile in profiles}
    problems = [(a, b, rule_violation(by_id[a], by_id[b]))
                for a, b in map(sorted, pairs(qrels)) if rule_violation(by_id[a], by_id[b])]
    assert problems == []


def test_query_language_labels_match_the_profiles(split):
    _, profiles, qrels = split
    language = {profile["id"]: profile["language"] for profile in profiles}
    for query, entry in qrels["queries"].items():
        first, second = entry["languages"].split("-")
        assert first == language[query]
        assert {language[other] == first for other in entry["relevant"]} == {first == second}


def test_split_is_large_and_mixes_languages(split):
    _, profiles, qrels = split
    queries = qrels["queries"].values()
    sibling_pairs = {pair for pair in pairs(qrels)
                     if qrels["queries"][next(iter(pair))]["group"] == "sibling"}
    sides = Counter((entry["group"], len(set(entry["languages"].split("-"))) == 2)
                    for entry in queries)
    assert len(profiles) >= 190
    assert len(sibling_pairs) >= 60
    assert sides[("sibling", True)] >= 90  # cross-language sibling queries
    assert sides[("sibling", False)] >= 20
    assert len({profile["language"] for profile in profiles}) == 6


def test_hard_negatives_are_what_their_role_says(split):
    _, profiles, qrels = split
    by_id = {profile["id"]: Profile.from_dict(profile) for profile in profiles}
    meta = qrels["profiles"]
    judged = set(qrels["queries"])

    def niche_partners(profile_id):
        return [by_id[other] for other in by_id if meta[other]["niche"] == meta[profile_id]["niche"]
                and by_id[other].kind == PARTNER_KIND[by_id[profile_id].kind]]

    for profile_id, entry in meta.items():
        profile, role = by_id[profile_id], entry["role"]
        if role == "excluded-target":
            assert any((rule_violation(profile, other) or "").startswith("outside")
                       for other in niche_partners(profile_id)
                       if other.organisation != profile.organisation), profile_id
        elif role == "same-organisation":
            assert any(other.organisation == profile.organisation
                       for other in niche_partners(profile_id)), profile_id
        elif role == "same-kind":
            partner = next(iter(qrels["queries"][profile_id]["relevant"]))
            twins = [other for other in qrels["queries"][partner]["relevant"]
                     if by_id[other].kind == profile.kind]
            assert len(twins) >= 2, profile_id
        elif role == "near-miss":
            assert profile_id not in judged
            assert any(rule_violation(profile, by_id[query]) is None for query in judged
                       if meta[query]["niche"] == entry["niche"]), profile_id
        elif role in ("two-meanings", "unanswered"):
            assert profile_id not in judged


@pytest.mark.parametrize(("first", "second"), [("dev", "test"), ("dev", "blind"),
                                               ("test", "blind")])
def test_splits_share_no_profile_text_or_organisation(first, second):
    one, _ = load(first)
    other, _ = load(second)
    for field in ("id", "title", "text", "organisation"):
        assert {p[field] for p in one} & {p[field] for p in other} == set(), field


def test_blind_split_has_new_niches_only():
    niches = {split: {entry["niche"] for entry in load(split)[1]["profiles"].values()}
              for split in ("dev", "test", "blind")}
    assert niches["blind"] & (niches["dev"] | niches["test"]) == {"distinct"}
    assert len(niches["blind"]) == 11


def test_blind_split_has_at_least_20_queries_on_every_cross_language_pair():
    _, qrels = load("blind")
    pairs = Counter("-".join(sorted(entry["languages"].split("-")))
                    for entry in qrels["queries"].values())
    cross = {pair: count for pair, count in pairs.items() if pair[:2] != pair[3:]}
    assert set(cross) == {"de-ru", "en-it", "it-ru", "en-ru", "fr-ru", "de-it", "es-it"}
    assert min(cross.values()) >= 20
    assert cross["de-ru"] >= 30
    assert cross["en-it"] >= 30


def test_blind_split_has_every_hard_negative_role_in_every_sibling_niche():
    _, qrels = load("blind")
    roles: dict[str, set[str]] = {}
    for entry in qrels["profiles"].values():
        roles.setdefault(entry["niche"], set()).add(entry["role"])
    every = {"partner", "same-kind", "excluded-target", "same-organisation", "unanswered",
             "near-miss", "two-meanings"}
    assert all(found == every for niche, found in roles.items() if niche != "distinct")
