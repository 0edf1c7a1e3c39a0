import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from incontra.accounts.models import Role, StaffMembership

pytestmark = pytest.mark.django_db

NEW_COLLEAGUE = {
    "username": "dmitri",
    "first_name": "Dmitri",
    "last_name": "Ivanov",
    "email": "dmitri@example.org",
    "role": "manager",
    "password": "long-enough-passphrase-42",
}


def test_administrator_adds_a_colleague(alice_client, puglia):
    response = alice_client.post(reverse("accounts:staff_add"), NEW_COLLEAGUE)
    membership = StaffMembership.objects.get(user__username="dmitri")
    assert response.status_code == 302
    assert (membership.operator, membership.role) == (puglia, Role.MANAGER)
    assert membership.user.check_password("long-enough-passphrase-42")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"username": "alice"}, "username", "This user name is taken."),
        ({"password": "123"}, "password", "This password is too short."),
        ({"email": "not-an-email"}, "email", "Enter a valid email address."),
        ({"role": "owner"}, "role", "Select a valid choice."),
    ],
)
def test_add_colleague_rejects_bad_input(alice_client, change, field, message):
    response = alice_client.post(reverse("accounts:staff_add"), NEW_COLLEAGUE | change)
    assert response.status_code == 200
    assert any(message in error for error in response.context["form"].errors[field])
    assert not get_user_model().objects.filter(username="dmitri").exists()


def test_only_administrators_change_the_team(bob_client, alice, puglia):
    alice_membership = StaffMembership.objects.get(user=alice)
    assert bob_client.post(reverse("accounts:staff_add"), NEW_COLLEAGUE).status_code == 403
    url = reverse("accounts:staff_role", args=[alice_membership.pk])
    assert bob_client.post(url, {"role": "viewer"}).status_code == 403
    alice_membership.refresh_from_db()
    assert alice_membership.role == Role.ADMINISTRATOR


def test_team_of_another_operator_is_404(charlie_client, alice):
    membership = StaffMembership.objects.get(user=alice)
    for name in ("accounts:staff_role", "accounts:staff_remove"):
        assert charlie_client.post(
            reverse(name, args=[membership.pk]), {"role": "viewer"}
        ).status_code in {403, 404}
    assert StaffMembership.objects.filter(pk=membership.pk, role=Role.ADMINISTRATOR).exists()


def test_team_list_shows_own_staff_only(bob_client, alice, charlie):
    response = bob_client.get(reverse("accounts:team"))
    assert [m.user.username for m in response.context["staff"]] == ["alice", "bob"]


def test_last_administrator_cannot_be_demoted_or_removed(alice_client, alice):
    membership = StaffMembership.objects.get(user=alice)
    alice_client.post(reverse("accounts:staff_role", args=[membership.pk]), {"role": "viewer"})
    alice_client.post(reverse("accounts:staff_remove", args=[membership.pk]))
    membership.refresh_from_db()
    assert membership.role == Role.ADMINISTRATOR


def test_administrator_changes_role_and_removes(alice_client, bob):
    membership = StaffMembership.objects.get(user=bob)
    alice_client.post(reverse("accounts:staff_role", args=[membership.pk]), {"role": "manager"})
    membership.refresh_from_db()
    assert membership.role == Role.MANAGER
    alice_client.post(reverse("accounts:staff_remove", args=[membership.pk]))
    assert not StaffMembership.objects.filter(pk=membership.pk).exists()
    assert get_user_model().objects.filter(username="bob").exists()


def test_team_page_refuses_anonymous(anonymous_client):
    assert anonymous_client.get(reverse("accounts:team")).status_code == 302


def test_user_without_operator_is_refused(db, client):
    get_user_model().objects.create_user(username="loner", password="long-enough-passphrase-42")
    client.login(username="loner", password="long-enough-passphrase-42")
    assert client.get(reverse("directory:organisation_list")).status_code == 403
