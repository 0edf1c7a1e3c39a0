from django.contrib import admin

from incontra.directory.models import (
    Consent,
    Organisation,
    OrganisationLink,
    Person,
    Profile,
    Sector,
    Technology,
)


class LinkInline(admin.TabularInline):
    model = OrganisationLink
    fk_name = "member"
    extra = 0
    raw_id_fields = ["parent"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "region", "operator"]
    list_filter = ["kind", "country", "operator"]
    search_fields = ["name", "city"]
    filter_horizontal = ["sectors", "technologies"]
    inlines = [LinkInline]


class ConsentInline(admin.TabularInline):
    model = Consent
    extra = 0


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["last_name", "first_name", "organisation", "email"]
    search_fields = ["last_name", "first_name", "email"]
    raw_id_fields = ["organisation"]
    inlines = [ConsentInline]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "status", "language", "organisation"]
    list_filter = ["kind", "status", "language"]
    search_fields = ["title", "text"]
    raw_id_fields = ["organisation", "created_by"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["code", "level", "label_en", "label_it", "label_ru"]
    search_fields = ["code", "label_en", "label_it", "label_ru"]


@admin.register(Technology)
class TechnologyAdmin(admin.ModelAdmin):
    list_display = ["slug", "label_en", "label_it", "label_ru", "area"]
    search_fields = ["slug", "label_en", "label_it", "label_ru"]
