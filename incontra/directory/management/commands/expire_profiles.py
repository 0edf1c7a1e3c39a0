from django.core.management.base import BaseCommand

from incontra.directory.tasks import expire_profiles


class Command(BaseCommand):
    help = "Queue the expiry of published profiles past their validity (run daily from cron)."

    def handle(self, *args, **options):
        result = expire_profiles.enqueue()
        self.stdout.write(f"queued {result.id}")
