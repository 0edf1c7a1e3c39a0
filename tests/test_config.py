from pathlib import Path

from incontra import config

DEPLOYMENT_DOC = Path(__file__).resolve().parents[1] / "docs" / "deployment.md"


def test_every_setting_is_documented():
    text = DEPLOYMENT_DOC.read_text(encoding="utf-8")
    missing = [setting.name for setting in config.SETTINGS if f"`{setting.name}`" not in text]
    assert missing == []


def test_get_list_splits_and_trims(monkeypatch):
    monkeypatch.setenv("INCONTRA_ALLOWED_HOSTS", " a.example , b.example,, ")
    assert config.get_list("INCONTRA_ALLOWED_HOSTS") == ["a.example", "b.example"]


def test_get_bool_reads_common_spellings(monkeypatch):
    monkeypatch.setenv("INCONTRA_DEBUG", "Yes")
    assert config.get_bool("INCONTRA_DEBUG") is True
    monkeypatch.setenv("INCONTRA_DEBUG", "0")
    assert config.get_bool("INCONTRA_DEBUG") is False
