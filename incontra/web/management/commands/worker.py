from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background worker. --batch processes what is due, then exits."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Exit when the queue is empty.")
        parser.add_argument("--queue-name", default="default")

    def handle(self, *args, **options):
        # No auto-reload: `make run` already reloads the web server, one watcher is enough.
        arguments = ["--queue-name", options["queue_name"], "--no-startup-delay", "--no-reload"]
        if options["batch"]:
            arguments.append("--batch")
        call_command("db_worker", *arguments)
