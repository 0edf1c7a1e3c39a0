from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from incontra.accounts.models import Operator
from incontra.api.services import api_token_create

USAGE_ERROR = 2


class Command(BaseCommand):
    help = (
        "Create an API token acting as USERNAME within an operator, with the user's role there. "
        "The key is printed once and cannot be shown again."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--operator", required=True, help="short name (slug) of the operator")
        parser.add_argument("--name", required=True, help="what the token is for, e.g. 'CRM sync'")

    def handle(self, *args, username, operator, name, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.", returncode=USAGE_ERROR)
        found = Operator.objects.filter(slug=operator).first()
        if found is None:
            raise CommandError(f"No operator with short name {operator!r}.", returncode=USAGE_ERROR)
        try:
            token, key = api_token_create(user=user, operator=found, name=name)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages), returncode=USAGE_ERROR) from error
        self.stderr.write(f"Token {token.pk} ({token.prefix}…) for {username} at {found.slug}:")
        self.stdout.write(key)
