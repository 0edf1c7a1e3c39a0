import json

import pytest

from incontra.matching.profiles import (
    Match,
    Profile,
    ProfileError,
    matches_document,
    parse_profiles,
)


def document(*entries: dict) -> str:
    return json.dumps({"format": "incontra-profiles/1", "profiles": list(entries)})


def entry(**fields) -> dict:
    base = {
        "id": "p-1",
        "organisation": "org-1",
        "country": "it",
        "kind": "business_offer",
        "title": "Vino",
    }
    return {**base, **fields}


def test_parse_profiles_full_entry_reads_every_field():
    raw = document(
        entry(
            region="IT-75",
            text="Rosso",
            language="it",
            sectors=["A01", " "],
            technologies=["agritech"],
            target_countries=["ru", "kz"],
        )
    )

    assert parse_profiles(raw) == [
        Profile(
            id="p-1",
            organisation="org-1",
            country="IT",
            kind="business_offer",
            title="Vino",
            text="Rosso",
            language="it",
            region="IT-75",
            sectors=("A01",),
            technologies=("agritech",),
            target_countries=("RU", "KZ"),
        )
    ]


def test_parse_profiles_empty_target_list_means_any_market():
    assert parse_profiles(document(entry(target_countries=[])))[0].target_countries is None


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("{not json", "not valid JSON: Expecting property name enclosed in double quotes"),
        ("[]", "the document must be a JSON object"),
        (
            '{"format": "other/1", "profiles": []}',
            "format must be 'incontra-profiles/1', found 'other/1'",
        ),
        ('{"format": "incontra-profiles/1"}', "'profiles' must be a list"),
        (document(entry(kind="joint_venture")), "profile 'p-1': unknown kind 'joint_venture'"),
        (document(entry(), entry()), "duplicate profile id 'p-1'"),
        (
            document({"id": "p-2", "kind": "business_offer", "country": "IT", "title": "x"}),
            "profile 'p-2': missing field 'organisation'",
        ),
        (document(entry(title="  ")), "profile 'p-1': 'title' must not be empty"),
        (document(entry(sectors="J62")), "profile 'p-1': 'sectors' must be a list of strings"),
        (document(entry(text=5)), "profile 'p-1': 'text' must be a string"),
        (document(7), "profile #1 must be a JSON object"),
    ],
)
def test_parse_profiles_bad_input_raises_clear_error(raw, message):
    with pytest.raises(ProfileError) as error:
        parse_profiles(raw)

    assert str(error.value).startswith(message)


def test_matches_document_rounds_scores_and_lists_reasons():
    found = {"p-1": [Match(profile="p-2", score=0.123456, reasons=("offer meets request",))]}

    assert matches_document(found) == {
        "format": "incontra-matches/1",
        "matches": {
            "p-1": [{"profile": "p-2", "score": 0.1235, "reasons": ["offer meets request"]}]
        },
    }
