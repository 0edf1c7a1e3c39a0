from django.core.management import call_command
from django.core.management.base import BaseCommand

from incontra.demo.services import DEMO_PASSWORD, demo_load


class Command(BaseCommand):
    help = "Create the database if needed and load the demo (Puglia, Trentino, Moscow)."

    def add_arguments(self, parser):
        parser.add_argument("--no-migrate", action="store_true", help="Skip database migrations.")

    def handle(self, *args, **options):
        if not options["no_migrate"]:
            call_command("migrate", verbosity=0)
        counts = demo_load()
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo loaded: {summary}."))
        self.stdout.write(
            f"Log in as 'demo' (Puglia), 'trentino' or 'moscow' with password '{DEMO_PASSWORD}';"
            f" Django admin: 'admin' / '{DEMO_PASSWORD}'."
        )
