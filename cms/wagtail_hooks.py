"""Admin screens for the taxonomies, grouped under one menu item."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
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


def _other_languages() -> list[tuple[str, str]]:
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class _TranslationsForm(WagtailAdminModelForm):
    """One text box per configured language, kept in the term's `translations`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, _name in _other_languages():
            self.fields[f"translation_{code}"].initial = self.instance.translations.get(code, "")

    def save(self, commit=True):
        self.instance.translations = {
            code: value
            for code, _name in _other_languages()
            if (value := self.cleaned_data.get(f"translation_{code}", "").strip())
        }
        return super().save(commit=commit)


# The boxes are declared fields (made here from settings.LANGUAGES), so Wagtail's panels can
# place them like model fields.
TranslationsForm = type(_TranslationsForm)(
    "TranslationsForm",
    (_TranslationsForm,),
    {
        f"translation_{code}": forms.CharField(label=name, required=False, max_length=255)
        for code, name in _other_languages()
    }
    | {"__module__": __name__},
)


def translated(*panels) -> ObjectList:
    """The term's own panels, then a box per language for its name in that language."""
    boxes = [FieldPanel(f"translation_{code}") for code, _name in _other_languages()]
    return ObjectList(
        [*panels, MultiFieldPanel(boxes, heading=_("Translations"))],
        base_form_class=TranslationsForm,
    )


class NamedViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    edit_handler = translated(FieldPanel("name"), FieldPanel("slug"))


class ThemeViewSet(NamedViewSet):
    model = Theme
    icon = "tag"
    edit_handler = translated(FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"))


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
    edit_handler = translated(FieldPanel("code"), FieldPanel("goal"), FieldPanel("title"))


class GCMObjectiveViewSet(SnippetViewSet):
    model = GCMObjective
    icon = "list-ol"
    menu_label = _("GCM objectives")
    list_display = ["number", "title"]
    search_fields = ["title"]
    edit_handler = translated(FieldPanel("number"), FieldPanel("title"))


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
