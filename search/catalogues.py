"""The faceted searches: the library and the project database."""

from __future__ import annotations

from functools import cache

from django.utils.translation import gettext_lazy as _

from .facets import FacetedSearch, choices_facet, taxonomy_facet, year_facet


@cache
def library() -> FacetedSearch:
    from cms.models import Country, Language, Region, ResourcePage, ResourceType, Theme

    return FacetedSearch(
        name="library",
        queryset=lambda: (
            ResourcePage.objects.live()
            .public()
            .select_related("resource_type")
            .prefetch_related("themes", "versions__language")
        ),
        facets=[
            taxonomy_facet("type", _("Type"), "resource_type", ResourceType, key="pk"),
            taxonomy_facet("theme", _("Theme"), "themes__slug", Theme),
            taxonomy_facet("region", _("Region"), "regions__slug", Region),
            taxonomy_facet("country", _("Country"), "countries__code", Country, value="code"),
            taxonomy_facet(
                "language", _("Language"), "versions__language", Language, value="code", key="pk"
            ),
            year_facet("year", _("Year"), "publication_date"),
        ],
        newest_order=("-publication_date",),
    )


@cache
def projects() -> FacetedSearch:
    from cms.models import (
        Country,
        GCMObjective,
        ProjectPage,
        Region,
        SustainableDevelopmentGoal,
        Theme,
    )

    return FacetedSearch(
        name="projects",
        queryset=lambda: (
            ProjectPage.objects.live().public().prefetch_related("themes", "countries")
        ),
        facets=[
            taxonomy_facet("theme", _("Theme"), "themes__slug", Theme),
            taxonomy_facet("region", _("Region"), "regions__slug", Region),
            taxonomy_facet("country", _("Country"), "countries__code", Country, value="code"),
            taxonomy_facet(
                "origin", _("Corridor: from"), "corridors__origin", Country, value="code", key="pk"
            ),
            taxonomy_facet(
                "destination",
                _("Corridor: to"),
                "corridors__destination",
                Country,
                value="code",
                key="pk",
            ),
            choices_facet("status", _("Status"), "status", ProjectPage.Status.choices),
            taxonomy_facet("sdg", _("SDG"), "sdgs__code", SustainableDevelopmentGoal, value="code"),
            taxonomy_facet(
                "gcm", _("GCM objective"), "gcm_objectives__number", GCMObjective, value="number"
            ),
            year_facet("year", _("Start year"), "start_date"),
        ],
        newest_order=("-start_date",),
    )
