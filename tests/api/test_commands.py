import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from incontra.api.models import ApiToken
from incontra.api.services import api_token_create

pytestmark = pytest.mark.django_db


def _run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_api_token_create_prints_a_working_key(alice, puglia, acme):
    key = _run("api_token_create", "alice", "--operator", "puglia", "--name", "CRM sync").strip()
    response = Client(headers={"Authorization": f"Bearer {key}"}).get("/api/v1/organisations/")
    token = ApiToken.objects.get()
    assert (token.user, token.operator, token.name, token.prefix) == (
        alice, puglia, "CRM sync", key[:12],
    )  # fmt: skip
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nobody", "--operator", "puglia"], "No user named 'nobody'."),
        (["alice", "--operator", "atlantis"], "No operator with short name 'atlantis'."),
        (["alice", "--operator", "trentino"], "alice is not on the staff of Trentino Sviluppo."),
    ],
)
def test_api_token_create_refuses_bad_input(alice, trentino, args, message):
    with pytest.raises(CommandError) as caught:
        _run("api_token_create", *args, "--name", "x")
    assert str(caught.value) == message
    assert caught.value.returncode == 2
    assert ApiToken.objects.count() == 0


def test_api_token_revoke_by_prefix_closes_the_door(alice, puglia):
    token, key = api_token_create(user=alice, operator=puglia, name="CRM sync")
    output = _run("api_token_revoke", token.prefix)
    response = Client(headers={"Authorization": f"Bearer {key}"}).get("/api/v1/organisations/")
    assert output == f"Revoked token {token.pk} ({token.prefix}…).\n"
    assert response.status_code == 401


def test_api_token_revoke_unknown_token_is_refused(alice):
    with pytest.raises(CommandError) as caught:
        _run("api_token_revoke", "4242")
    assert str(caught.value) == "No token matches '4242'."


def test_api_token_list_never_shows_keys(alice, charlie, puglia, trentino):
    token, key = api_token_create(user=alice, operator=puglia, name="CRM sync")
    api_token_create(user=charlie, operator=trentino, name="other")
    output = _run("api_token_list", "--operator", "puglia")
    assert output.startswith(f"{token.pk}\t{token.prefix}\talice\tpuglia\tCRM sync\tcreated ")
    assert output.endswith("\tused -\trevoked -\n")
    assert output.count("\n") == 1
    assert key not in output
