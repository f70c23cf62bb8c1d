"""The M4D Library: publications, each one record for all its language versions."""

from django import forms
from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from cms import citations

from .base import RICH_TEXT_FEATURES, IndexPage, TaggedPage
from .taxonomies import (
    GCMObjective,
    Language,
    ResourceType,
    SustainableDevelopmentGoal,
)


class LibraryIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.ResourcePage"]
    max_count = 1
    catalogue = "library"
    card_template = "cms/cards/resource.html"

    class Meta:
        verbose_name = _("library index page")
        verbose_name_plural = _("library index pages")


class ResourcePage(RoutablePageMixin, TaggedPage):
    resource_type = models.ForeignKey(
        ResourceType,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("resource type"),
    )
    authors = models.TextField(
        blank=True,
        help_text=_("One author per line, as 'Given Family'."),
        verbose_name=_("authors"),
    )
    publisher = models.CharField(max_length=255, blank=True, verbose_name=_("publisher"))
    publication_date = models.DateField(db_index=True, verbose_name=_("publication date"))
    abstract = models.TextField(blank=True, verbose_name=_("abstract"))
    body = RichTextField(blank=True, features=RICH_TEXT_FEATURES, verbose_name=_("body"))
    external_url = models.URLField(_("external link"), blank=True)
    sdgs = ParentalManyToManyField(
        SustainableDevelopmentGoal, blank=True, related_name="+", verbose_name=_("SDGs")
    )
    gcm_objectives = ParentalManyToManyField(
        GCMObjective, blank=True, related_name="+", verbose_name=_("GCM objectives")
    )

    content_panels = TaggedPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("resource_type", widget=forms.Select),
                FieldPanel("authors"),
                FieldRowPanel([FieldPanel("publisher"), FieldPanel("publication_date")]),
                FieldPanel("external_url"),
            ],
            heading=_("Publication"),
        ),
        FieldPanel("abstract"),
        FieldPanel("body"),
        InlinePanel("versions", label=_("Language versions"), min_num=1),
        TaggedPage.taxonomy_panel(
            FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
            FieldPanel("gcm_objectives", widget=forms.CheckboxSelectMultiple),
        ),
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("abstract"),
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
        index.FilterField("resource_type"),
        index.RelatedFields(
            "versions", [index.SearchField("title"), index.FilterField("language")]
        ),
    ]
    facet_relations = TaggedPage.facet_relations + ("versions__language",)
    parent_page_types = ["cms.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource page")
        verbose_name_plural = _("resource pages")

    @property
    def author_list(self) -> list[str]:
        return [line.strip() for line in self.authors.splitlines() if line.strip()]

    @path("")
    def index(self, request):
        return self.render(request)

    @path("cite/bibtex/")
    def cite_bibtex(self, request):
        return self.citation(citations.bibtex(self), "application/x-bibtex", "bib")

    @path("cite/ris/")
    def cite_ris(self, request):
        return self.citation(citations.ris(self), "application/x-research-info-systems", "ris")

    @path("cite/csl-json/")
    def cite_csl_json(self, request):
        return self.citation(
            citations.csl_json(self), "application/vnd.citationstyles.csl+json", "json"
        )

    def citation(self, text: str, content_type: str, extension: str) -> HttpResponse:
        response = HttpResponse(text, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.{extension}"'
        return response


class ResourceVersion(Orderable):
    """One language version of a resource: its document or link, and its own title if any."""

    page = ParentalKey(
        ResourcePage, on_delete=models.CASCADE, related_name="versions", verbose_name=_("page")
    )
    language = models.ForeignKey(
        Language, on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    title = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("The title in this language."),
        verbose_name=_("title"),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("document"),
    )
    url = models.URLField(
        blank=True,
        help_text=_("A link to this version, if there is no document."),
        verbose_name=_("url"),
    )

    panels = [
        FieldPanel("language", widget=forms.Select),
        FieldPanel("title"),
        FieldPanel("document"),
        FieldPanel("url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("resource version")
        verbose_name_plural = _("resource versions")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_version_per_language")
        ]

    @property
    def link(self) -> str:
        return self.document.url if self.document_id else self.url
