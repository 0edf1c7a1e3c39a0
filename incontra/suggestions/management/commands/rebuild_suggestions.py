from django.core.management.base import BaseCommand

from incontra.suggestions.services import suggestions_rebuild


class Command(BaseCommand):
    help = "Rebuild the matching index and every profile's suggested partners."

    def handle(self, *args, **options):
        count = suggestions_rebuild()
        self.stdout.write(f"suggestions computed for {count} profiles")
