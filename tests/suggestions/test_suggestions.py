import pytest
from django.core.management import call_command
from django.urls import reverse

from incontra.directory import services as directory_services
from incontra.directory.models import ProfileStatus, Sector, Technology
from incontra.suggestions import services
from incontra.suggestions.models import Dismissal, Suggestion
from tests.factories import OrganisationFactory, ProfileFactory


@pytest.fixture(autouse=True)
def index_in_tmp(settings, tmp_path):
    settings.DATA_DIR = tmp_path


@pytest.fixture
def payments(taxonomy, puglia, trentino):
    """An Italian payments offer (Puglia), a Russian request for it and an unrelated request."""
    bari = OrganisationFactory(operator=puglia, name="Levante Pay", country="IT", region="IT-75")
    moscow = OrganisationFactory(
        operator=trentino, name="Volga Retail", country="RU", region="RU-MOW"
    )
    farm = OrganisationFactory(operator=trentino, name="Kuban Agro", country="RU", region="RU-KDA")
    offer = ProfileFactory(
        organisation=bari,
        kind="technology_offer",
        language="it",
        title="Piattaforma per pagamenti digitali e terminali POS per negozi",
        text="Sviluppiamo software per la gestione dei pagamenti digitali nei piccoli negozi.",
    )
    offer.technologies.set([Technology.objects.get(slug="digital-payments")])
    offer.sectors.set([Sector.objects.get(code="J62")])
    request = ProfileFactory(
        organisation=moscow,
        kind="technology_request",
        language="ru",
        title="Ищем партнёра в области цифровых платежей",
        text="Сеть магазинов ищет поставщика платёжных терминалов и программного обеспечения.",
    )
    unrelated = ProfileFactory(
        organisation=farm,
        kind="technology_request",
        language="ru",
        title="Ищем поставщика оборудования для орошения полей",
        text="Агрохолдинг ищет системы капельного орошения для 500 гектаров.",
    )
    return offer, request, unrelated


@pytest.mark.django_db
def test_rebuild_suggests_cross_language_partner_with_reasons(payments):
    offer, request, unrelated = payments
    assert services.suggestions_rebuild() == 3
    best = Suggestion.objects.filter(profile=offer).order_by("rank").first()
    assert best.candidate == request
    assert best.rank == 1
    assert 0.1 <= best.score <= 1.0
    assert set(best.reasons) == {"en", "it", "ru"}
    assert "offer meets request" in best.reasons["en"]
    assert not Suggestion.objects.filter(profile=request, candidate=unrelated).exists()


@pytest.mark.django_db
def test_suggestions_never_pair_same_kind_or_same_organisation(payments):
    offer, _request, _unrelated = payments
    ProfileFactory(organisation=offer.organisation, kind="technology_request", title="Own request")
    services.suggestions_rebuild()
    pairs = set(Suggestion.objects.values_list("profile__kind", "candidate__kind"))
    same_org = Suggestion.objects.filter(
        profile__organisation=offer.organisation, candidate__organisation=offer.organisation
    )
    assert all(a != b for a, b in pairs)
    assert same_org.count() == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_recomputes_after_a_profile_changes(payments):
    offer, _request, unrelated = payments
    services.suggestions_rebuild()
    directory_services.profile_update(
        profile=unrelated,
        data={"title": "Ищем платёжную платформу для цифровых платежей в магазинах"},
    )
    call_command("worker", "--batch")
    candidates = list(Suggestion.objects.filter(profile=offer).values_list("candidate", flat=True))
    assert unrelated.pk in candidates


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_removes_expired_profile_from_suggestions(payments):
    _offer, request, _unrelated = payments
    services.suggestions_rebuild()
    directory_services.profile_update(profile=request, data={"status": ProfileStatus.EXPIRED})
    call_command("worker", "--batch")
    assert not Suggestion.objects.filter(candidate=request).exists()
    assert not Suggestion.objects.filter(profile=request).exists()


@pytest.mark.django_db
def test_dismissed_suggestion_stays_dismissed_after_recompute(alice_client, alice, payments):
    offer, request, _ = payments
    services.suggestions_rebuild()
    dismiss = reverse("suggestions:dismiss", args=[offer.pk, request.pk])
    response = alice_client.post(dismiss)
    services.suggestions_rebuild()
    page = alice_client.get(reverse("suggestions:profile", args=[offer.pk]))
    assert response.status_code == 200
    assert Dismissal.objects.get().dismissed_by == alice
    assert request not in [s.candidate for s in page.context["suggestions"]]
    assert [s.candidate for s in page.context["dismissed"]] == [request]
    alice_client.post(reverse("suggestions:restore", args=[offer.pk, request.pk]))
    page = alice_client.get(reverse("suggestions:profile", args=[offer.pk]))
    assert next(s.candidate for s in page.context["suggestions"]) == request


@pytest.mark.django_db
def test_dismissal_is_per_operator(alice_client, charlie_client, payments):
    offer, request, _ = payments
    services.suggestions_rebuild()
    alice_client.post(reverse("suggestions:dismiss", args=[offer.pk, request.pk]))
    charlie_page = charlie_client.get(reverse("suggestions:profile", args=[request.pk]))
    assert offer in [s.candidate for s in charlie_page.context["suggestions"]]


@pytest.mark.django_db
def test_other_operators_drafts_are_not_suggested(charlie_client, payments):
    offer, request, _ = payments
    offer.status = ProfileStatus.DRAFT
    offer.save()
    services.suggestions_rebuild()
    page = charlie_client.get(reverse("suggestions:profile", args=[request.pk]))
    assert offer not in [s.candidate for s in page.context["suggestions"]]
    assert Suggestion.objects.filter(profile=request, candidate=offer).exists()


@pytest.mark.django_db
def test_organisation_suggestions_lists_best_partners(alice_client, payments):
    offer, request, _ = payments
    services.suggestions_rebuild()
    page = alice_client.get(reverse("suggestions:organisation", args=[offer.organisation_id]))
    assert next(s.candidate for s in page.context["suggestions"]) == request
    assert "Volga Retail" in page.content.decode()


@pytest.mark.django_db
def test_suggestion_pages_refuse_outsiders(charlie_client, anonymous_client, bob_client, payments):
    offer, request, _ = payments
    offer.status = ProfileStatus.DRAFT
    offer.save()
    profile_url = reverse("suggestions:profile", args=[offer.pk])
    organisation_url = reverse("suggestions:organisation", args=[offer.organisation_id])
    dismiss_url = reverse("suggestions:dismiss", args=[offer.pk, request.pk])
    assert charlie_client.get(profile_url).status_code == 404
    assert charlie_client.get(organisation_url).status_code == 404
    assert charlie_client.post(dismiss_url).status_code == 404
    assert anonymous_client.get(profile_url).status_code == 302
    assert anonymous_client.post(dismiss_url).status_code == 302
    assert bob_client.post(dismiss_url).status_code == 403
    assert Dismissal.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_profile_suggestions_query_count_is_constant(
    alice_client, puglia, trentino, django_assert_num_queries, count
):
    offer = ProfileFactory(
        organisation=OrganisationFactory(operator=puglia), kind="technology_offer"
    )
    for number in range(count):
        candidate = ProfileFactory(
            organisation=OrganisationFactory(operator=trentino, country="RU"),
            kind="technology_request",
        )
        Suggestion.objects.create(
            profile=offer,
            candidate=candidate,
            rank=number + 1,
            score=0.5,
            reasons={"en": ["offer meets request"]},
            computed_at="2026-11-23T10:00:00Z",
        )
    with django_assert_num_queries(6):
        response = alice_client.get(reverse("suggestions:profile", args=[offer.pk]))
    assert len(response.context["suggestions"]) == count
