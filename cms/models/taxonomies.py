"""Taxonomies shared by every page type. Listings filter on their slugs or codes.

A term is one row in every language: filters, facet counts, links and the search index key on its
slug or code, whatever the visitor's language. Its name in the other languages sits beside it in
`translations`, which editors keep in the admin; `str(term)` is the name in the active language.
This is why the taxonomies are not Wagtail `TranslatableMixin` snippets (one row per language):
every page translation points at the source language's terms anyway (wagtail-localize does not
translate many-to-many relations), so per-language rows would only split each facet in four.
Country and language names come from pycountry's own translations instead.
"""

import gettext
from functools import cache

import pycountry
from django.db import models
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


def _active_language() -> str:
    return (get_language() or "en").split("-")[0]


class TranslatedName(models.Model):
    """A name (or title) with its translations, keyed by language code, for editors to keep."""

    translated_field = "name"
    translations = models.JSONField(
        _("translations"),
        default=dict,
        blank=True,
        help_text=_("The name in each of the hub's other languages."),
    )

    class Meta:
        abstract = True

    def localized(self, language: str | None = None) -> str:
        """The name in `language` (the active language by default), or the source name."""
        source = getattr(self, self.translated_field)
        return (self.translations or {}).get(language or _active_language()) or source


class Taxonomy(TranslatedName, index.Indexed, models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.localized()


class Theme(Taxonomy):
    description = models.TextField(blank=True)

    class Meta(Taxonomy.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class Region(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class ResourceType(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")


@cache
def _iso_catalogue(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


def iso_name(domain: str, name: str, language: str | None = None) -> str:
    """An ISO 3166 country or ISO 639 language name in `language`, from pycountry's catalogues."""
    return _iso_catalogue(domain, language or _active_language()).gettext(name)


class Country(index.Indexed, models.Model):
    """ISO 3166-1 countries, loaded from pycountry by load_taxonomies."""

    code = models.CharField(_("ISO 3166-1 alpha-2 code"), max_length=2, unique=True)
    name = models.CharField(max_length=200)
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.SET_NULL)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.localized()

    def localized(self, language: str | None = None) -> str:
        return iso_name("iso3166-1", self.name, language)


class Language(models.Model):
    code = models.CharField(_("ISO 639-1 code"), max_length=3, unique=True)
    name = models.CharField(max_length=100)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["name"]

    def __str__(self):
        return self.localized()

    def localized(self, language: str | None = None) -> str:
        return iso_name("iso639-3", self.name, language)


class SustainableDevelopmentGoal(TranslatedName, models.Model):
    """An SDG goal ("10") or target ("10.7")."""

    translated_field = "title"

    code = models.CharField(max_length=8, unique=True)
    goal = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=255)

    class Meta:
        ordering = ["goal", "code"]
        verbose_name = _("SDG goal or target")
        verbose_name_plural = _("SDG goals and targets")

    def __str__(self):
        if self.is_target:
            return _("Target %(code)s: %(title)s") % {"code": self.code, "title": self.localized()}
        return _("Goal %(code)s: %(title)s") % {"code": self.code, "title": self.localized()}

    @property
    def is_target(self) -> bool:
        return "." in self.code


class GCMObjective(TranslatedName, models.Model):
    """One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration."""

    translated_field = "title"

    number = models.PositiveSmallIntegerField(unique=True)
    title = models.CharField(max_length=255)

    class Meta:
        ordering = ["number"]
        verbose_name = _("GCM objective")

    def __str__(self):
        return _("Objective %(number)s: %(title)s") % {
            "number": self.number,
            "title": self.localized(),
        }


class Organisation(index.Indexed, models.Model):
    class Type(models.TextChoices):
        GOVERNMENT = "government", _("Government (national)")
        LOCAL_AUTHORITY = "local_authority", _("Local or regional authority")
        UN_IO = "un_io", _("UN or international organisation")
        CIVIL_SOCIETY = "civil_society", _("Civil society")
        DIASPORA = "diaspora", _("Diaspora organisation")
        ACADEMIA = "academia", _("Academia or research")
        PRIVATE_SECTOR = "private_sector", _("Private sector")
        OTHER = "other", pgettext_lazy("organisation type", "Other")

    name = models.CharField(max_length=255, unique=True)
    slug = models.SlugField(max_length=255, unique=True)
    organisation_type = models.CharField(max_length=32, choices=Type.choices, default=Type.OTHER)
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.SET_NULL)
    website = models.URLField(blank=True)
    is_demo = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_("Illustrative record created by the demo loader."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name
