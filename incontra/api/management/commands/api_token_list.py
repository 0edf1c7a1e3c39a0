from django.core.management.base import BaseCommand

from incontra.api.models import ApiToken


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


class Command(BaseCommand):
    help = "List API tokens (never their keys): id, prefix, user, operator, name, use, revocation."

    def add_arguments(self, parser):
        parser.add_argument("--operator", help="only the tokens of this operator (short name)")

    def handle(self, *args, operator=None, **options):
        tokens = ApiToken.objects.select_related("user", "operator").order_by("pk")
        if operator:
            tokens = tokens.filter(operator__slug=operator)
        for token in tokens:
            fields = [
                str(token.pk), token.prefix, token.user.get_username(), token.operator.slug,
                token.name, f"created {_when(token.created_at)}",
                f"used {_when(token.last_used_at)}", f"revoked {_when(token.revoked_at)}",
            ]  # fmt: skip
            self.stdout.write("\t".join(fields))
