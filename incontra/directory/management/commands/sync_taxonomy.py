from django.core.management.base import BaseCommand

from incontra.directory.services import taxonomy_sync


class Command(BaseCommand):
    help = "Load the shipped NACE Rev. 2 and technology taxonomies into the database."

    def handle(self, *args, **options):
        counts = taxonomy_sync()
        self.stdout.write(f"{counts['sectors']} sectors, {counts['technologies']} technologies")
