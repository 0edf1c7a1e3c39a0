from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from incontra.api.models import ApiToken
from incontra.api.services import api_token_revoke

USAGE_ERROR = 2


class Command(BaseCommand):
    help = "Revoke an API token, given its id or its key prefix (as `api_token_list` shows)."

    def add_arguments(self, parser):
        parser.add_argument("token", help="id or key prefix, e.g. 12 or inc_AbCdEfGh")

    def handle(self, *args, token, **options):
        lookup = {"pk": int(token)} if token.isdigit() else {"prefix": token}
        found = list(ApiToken.objects.filter(**lookup)[:2])
        if len(found) != 1:
            problem = "No token" if not found else "More than one token"
            raise CommandError(f"{problem} matches {token!r}.", returncode=USAGE_ERROR)
        api_token_revoke(token=found[0], when=timezone.now())
        self.stdout.write(f"Revoked token {found[0].pk} ({found[0].prefix}…).")
