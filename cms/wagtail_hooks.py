"""Admin screens for the taxonomies, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import (
    Country,
    GCMObjective,
    Language,
    Organisation,
    Region,
    ResourceType,
    SustainableDevelopmentGoal,
    Theme,
)


class NamedViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug")]


class ThemeViewSet(NamedViewSet):
    model = Theme
    icon = "tag"
    panels = NamedViewSet.panels + [FieldPanel("description")]


class RegionViewSet(NamedViewSet):
    model = Region
    icon = "site"


class ResourceTypeViewSet(NamedViewSet):
    model = ResourceType
    icon = "doc-full"


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "code", "region"]
    list_filter = ["region"]
    search_fields = ["name", "code"]
    list_per_page = 50


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "openquote"
    list_display = ["name", "code"]
    search_fields = ["name", "code"]


class SDGViewSet(SnippetViewSet):
    model = SustainableDevelopmentGoal
    icon = "pick"
    menu_label = _("SDGs")
    list_display = ["code", "title"]
    search_fields = ["code", "title"]
    list_per_page = 50


class GCMObjectiveViewSet(SnippetViewSet):
    model = GCMObjective
    icon = "list-ol"
    menu_label = _("GCM objectives")
    list_display = ["number", "title"]
    search_fields = ["title"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "organisation_type", "country", "is_demo"]
    list_filter = ["organisation_type", "is_demo"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 300
    items = (
        ThemeViewSet,
        RegionViewSet,
        CountryViewSet,
        SDGViewSet,
        GCMObjectiveViewSet,
        ResourceTypeViewSet,
        LanguageViewSet,
        OrganisationViewSet,
    )


register_snippet(TaxonomyGroup)
