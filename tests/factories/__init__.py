"""Factories for the platform's models (factory_boy)."""

import factory
from django.contrib.auth import get_user_model

from incontra.accounts.models import Operator, Role, StaffMembership
from incontra.directory.models import (
    Organisation,
    OrganisationKind,
    Person,
    Profile,
    ProfileKind,
    ProfileStatus,
)

PASSWORD = "correct-horse-battery"


class OperatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Operator

    name = factory.Sequence(lambda n: f"Operator {n}")
    slug = factory.Sequence(lambda n: f"operator-{n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(PASSWORD)


class StaffFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffMembership

    operator = factory.SubFactory(OperatorFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.MANAGER


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    operator = factory.SubFactory(OperatorFactory)
    kind = OrganisationKind.COMPANY
    name = factory.Sequence(lambda n: f"Company {n}")
    country = "IT"
    region = "IT-75"
    city = "Bari"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    organisation = factory.SubFactory(OrganisationFactory)
    first_name = "Maria"
    last_name = factory.Sequence(lambda n: f"Rossi{n}")
    email = factory.LazyAttribute(lambda person: f"{person.last_name.lower()}@example.it")


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    organisation = factory.SubFactory(OrganisationFactory)
    kind = ProfileKind.TECHNOLOGY_OFFER
    title = factory.Sequence(lambda n: f"Piattaforma di pagamenti digitali {n}")
    text = "Sviluppiamo software per la gestione dei pagamenti digitali."
    language = "it"
    status = ProfileStatus.PUBLISHED
