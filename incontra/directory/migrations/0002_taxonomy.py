from django.db import migrations

from incontra.directory.taxonomy_sync import sync_taxonomy


def load_taxonomy(apps, schema_editor):
    sync_taxonomy(
        sector_model=apps.get_model("directory", "Sector"),
        technology_model=apps.get_model("directory", "Technology"),
    )


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(load_taxonomy, migrations.RunPython.noop)]
