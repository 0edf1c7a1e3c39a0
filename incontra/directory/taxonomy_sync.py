"""Copy the shipped taxonomies into the database. Takes the model classes as arguments so that
migrations can pass their historical models."""

from incontra.taxonomy import nace_codes, technologies

LANGUAGES = ("en", "it", "ru")


def sync_taxonomy(*, sector_model, technology_model) -> dict[str, int]:
    return {
        "sectors": _sync_sectors(sector_model),
        "technologies": _sync_technologies(technology_model),
    }


def _labels(labels: dict[str, str]) -> dict[str, str]:
    return {f"label_{lang}": labels.get(lang) or labels["en"] for lang in LANGUAGES}


def _sync_sectors(sector_model) -> int:
    codes = nace_codes()
    by_code = {}
    for code in sorted(codes, key=lambda c: (len(c), c)):  # parents before children
        entry = codes[code]
        by_code[code], _ = sector_model.objects.update_or_create(
            code=code,
            defaults={
                "level": entry.level,
                "parent": by_code.get(entry.parent),
                **_labels(entry.labels),
            },
        )
    return len(by_code)


def _sync_technologies(technology_model) -> int:
    entries = technologies()
    by_slug = {}
    for slug, entry in entries.items():
        synonyms = {lang: list(words) for lang, words in entry.synonyms.items()}
        by_slug[slug], _ = technology_model.objects.update_or_create(
            slug=slug, defaults={"synonyms": synonyms, **_labels(entry.labels)}
        )
    for slug, entry in entries.items():
        area = by_slug.get(entry.area) if entry.area else None
        technology_model.objects.filter(slug=slug).update(area=area)
    return len(by_slug)
