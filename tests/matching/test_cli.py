import json

import pytest

from incontra.cli import main as incontra_main
from incontra.matching.cli import main
from incontra.matching.encoder import CachedEncoder

from .helpers import HashingEncoder

HASHING = "tests.matching.helpers:HashingEncoder"


def write_profiles(path, *entries) -> str:
    path.write_text(
        json.dumps({"format": "incontra-profiles/1", "profiles": list(entries)}), encoding="utf-8"
    )
    return str(path)


def entry(id: str, kind: str, title: str, **fields) -> dict:
    return {
        "id": id,
        "organisation": f"org-{id}",
        "country": "IT",
        "kind": kind,
        "title": title,
        **fields,
    }


@pytest.fixture(autouse=True)
def hashing_encoder_by_configuration(monkeypatch):
    monkeypatch.setenv("INCONTRA_ENCODER", HASHING)


def test_main_writes_matches_with_reasons_in_the_language_asked(tmp_path, capsys):
    profiles = write_profiles(
        tmp_path / "p.json",
        entry("a", "technology_offer", "pagamenti digitali POS"),
        entry("b", "technology_request", "pagamenti digitali POS", target_countries=["IT"]),
    )

    code = main([profiles, "-o", str(tmp_path / "m.json"), "--top", "3", "--lang", "it"])

    written = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert code == 0
    assert written["format"] == "incontra-matches/1"
    assert [m["profile"] for m in written["matches"]["a"]] == ["b"]
    assert written["matches"]["b"][0]["reasons"] == [
        "l'offerta risponde alla richiesta",
        "pagamenti digitali",
        "entrambi citano POS",
        "mercato obiettivo IT",
        "esigenza descritta simile",
    ]
    assert 0.0 <= written["matches"]["a"][0]["score"] <= 1.0
    assert capsys.readouterr().err == f"2 profiles, 2 matches written to {tmp_path / 'm.json'}\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "{broken",
            (
                "incontra match: not valid JSON: Expecting property name enclosed in double "
                "quotes at line 1 column 2\n"
            ),
        ),
        (
            json.dumps({"format": "incontra-profiles/1", "profiles": [entry("a", "merger", "x")]}),
            (
                "incontra match: profile 'a': unknown kind 'merger' (expected one of "
                "business_offer, business_request, technology_offer, technology_request, "
                "research_cooperation)\n"
            ),
        ),
        (
            json.dumps(
                {
                    "format": "incontra-profiles/1",
                    "profiles": [
                        entry("a", "business_offer", "x"),
                        entry("a", "business_request", "y"),
                    ],
                }
            ),
            "incontra match: duplicate profile id 'a'\n",
        ),
        (
            json.dumps({"format": "incontra-profiles/1", "profiles": [{"id": "a"}]}),
            "incontra match: profile 'a': missing field 'organisation'\n",
        ),
    ],
)
def test_main_bad_profiles_file_says_why_and_exits_2(tmp_path, capsys, content, message):
    (tmp_path / "p.json").write_text(content, encoding="utf-8")

    code = main([str(tmp_path / "p.json"), "-o", str(tmp_path / "m.json")])

    assert (code, capsys.readouterr().err) == (2, message)
    assert not (tmp_path / "m.json").exists()


def test_main_missing_file_says_why_and_exits_2(tmp_path, capsys):
    code = main([str(tmp_path / "none.json"), "-o", str(tmp_path / "m.json")])

    assert code == 2
    assert capsys.readouterr().err == (
        f"incontra match: cannot read {tmp_path / 'none.json'}: No such file or directory\n"
    )


def test_main_unwritable_output_says_why_and_exits_2(tmp_path, capsys):
    profiles = write_profiles(tmp_path / "p.json", entry("a", "business_offer", "x"))

    code = main([profiles, "-o", str(tmp_path / "missing-dir" / "m.json")])

    assert code == 2
    assert capsys.readouterr().err.startswith(
        f"incontra match: cannot write {tmp_path / 'missing-dir' / 'm.json'}: "
        "No such file or directory"
    )


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (["--top", "0"], "argument --top: must be a whole number of at least 1, not '0'"),
        (["--lang", "de"], "argument --lang: invalid choice: 'de'"),
    ],
)
def test_main_bad_option_exits_2_with_usage(tmp_path, capsys, arguments, complaint):
    profiles = write_profiles(tmp_path / "p.json", entry("a", "business_offer", "x"))

    code = main([profiles, "-o", str(tmp_path / "m.json"), *arguments])

    assert code == 2
    assert complaint in capsys.readouterr().err


def test_main_unloadable_encoder_says_why_and_exits_2(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("INCONTRA_ENCODER", "no_such_module:make")
    profiles = write_profiles(tmp_path / "p.json", entry("a", "business_offer", "x"))

    code = main([profiles, "-o", str(tmp_path / "m.json")])

    assert code == 2
    assert capsys.readouterr().err == (
        "incontra match: cannot load encoder 'no_such_module:make': "
        "No module named 'no_such_module'\n"
    )


def test_incontra_command_dispatches_match_without_django(tmp_path, capsys):
    profiles = write_profiles(tmp_path / "p.json", entry("a", "business_offer", "x"))

    code = incontra_main(["match", profiles, "-o", str(tmp_path / "m.json")])

    assert code == 0
    assert json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["matches"] == {"a": []}


def test_main_cache_file_keeps_embeddings_between_runs(tmp_path):
    profiles = write_profiles(
        tmp_path / "p.json",
        entry("a", "business_offer", "wine"),
        entry("b", "business_request", "wine"),
    )
    arguments = [profiles, "-o", str(tmp_path / "m.json"), "--cache", str(tmp_path / "c.npz")]

    assert main(arguments) == 0
    assert len(CachedEncoder(HashingEncoder(), tmp_path / "c.npz")) == 1  # one text: "wine"


def test_main_unwritable_cache_names_the_cache_and_exits_2(tmp_path, capsys):
    profiles = write_profiles(tmp_path / "p.json", entry("a", "business_offer", "x"))
    cache = tmp_path / "no-dir" / "c.npz"

    code = main([profiles, "-o", str(tmp_path / "m.json"), "--cache", str(cache)])

    assert code == 2
    assert capsys.readouterr().err.endswith(
        f"incontra match: cannot write {cache}: No such file or directory\n"
    )
