"""Taxonomies shared by every page type. Listings filter on their slugs or codes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.search import index


class Taxonomy(index.Indexed, models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


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
        return self.name


class Language(models.Model):
    code = models.CharField(_("ISO 639-1 code"), max_length=3, unique=True)
    name = models.CharField(max_length=100)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["name"]

    def __str__(self):
        return self.name


class SustainableDevelopmentGoal(models.Model):
    """An SDG goal ("10") or target ("10.7")."""

    code = models.CharField(max_length=8, unique=True)
    goal = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=255)

    class Meta:
        ordering = ["goal", "code"]
        verbose_name = _("SDG goal or target")
        verbose_name_plural = _("SDG goals and targets")

    def __str__(self):
        kind = "Target" if self.is_target else "Goal"
        return f"{kind} {self.code}: {self.title}"

    @property
    def is_target(self) -> bool:
        return "." in self.code


class GCMObjective(models.Model):
    """One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration."""

    number = models.PositiveSmallIntegerField(unique=True)
    title = models.CharField(max_length=255)

    class Meta:
        ordering = ["number"]
        verbose_name = _("GCM objective")

    def __str__(self):
        return f"Objective {self.number}: {self.title}"


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
