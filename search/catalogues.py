"""The faceted searches: the library and the project database."""

from __future__ import annotations

from functools import cache

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
            taxonomy_facet("type", "Type", "resource_type", ResourceType, key="pk"),
            taxonomy_facet("theme", "Theme", "themes__slug", Theme),
            taxonomy_facet("region", "Region", "regions__slug", Region),
            taxonomy_facet("country", "Country", "countries__code", Country, value="code"),
            taxonomy_facet(
                "language", "Language", "versions__language", Language, value="code", key="pk"
            ),
            year_facet("year", "Year", "publication_date"),
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
            taxonomy_facet("theme", "Theme", "themes__slug", Theme),
            taxonomy_facet("region", "Region", "regions__slug", Region),
            taxonomy_facet("country", "Country", "countries__code", Country, value="code"),
            taxonomy_facet(
                "origin", "Corridor: from", "corridors__origin", Country, value="code", key="pk"
            ),
            taxonomy_facet(
                "destination",
                "Corridor: to",
                "corridors__destination",
                Country,
                value="code",
                key="pk",
            ),
            choices_facet("status", "Status", "status", ProjectPage.Status.choices),
            taxonomy_facet("sdg", "SDG", "sdgs__code", SustainableDevelopmentGoal, value="code"),
            taxonomy_facet(
                "gcm", "GCM objective", "gcm_objectives__number", GCMObjective, value="number"
            ),
            year_facet("year", "Start year", "start_date"),
        ],
        newest_order=("-start_date",),
    )
