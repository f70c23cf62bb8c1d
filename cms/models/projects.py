"""The project database: who does what, where, with which results."""

from django import forms
from django.db import models
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from .base import RICH_TEXT_FEATURES, ImagePage, IndexPage, TaggedPage
from .taxonomies import (
    Country,
    GCMObjective,
    Organisation,
    SustainableDevelopmentGoal,
)


class ProjectIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.ProjectPage"]
    max_count = 1
    catalogue = "projects"
    card_template = "cms/cards/project.html"

    class Meta:
        verbose_name = _("project index page")
        verbose_name_plural = _("project index pages")


class ProjectPage(ImagePage, TaggedPage):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", pgettext_lazy("project status", "Completed")

    body = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.ONGOING, verbose_name=_("status")
    )
    start_date = models.DateField(
        null=True, blank=True, db_index=True, verbose_name=_("start date")
    )
    end_date = models.DateField(null=True, blank=True, verbose_name=_("end date"))
    budget = models.DecimalField(
        max_digits=14, decimal_places=2, null=True, blank=True, verbose_name=_("budget")
    )
    currency = models.CharField(
        max_length=3, default="USD", help_text=_("ISO 4217 code."), verbose_name=_("currency")
    )
    implementing_organisations = ParentalManyToManyField(
        Organisation, blank=True, related_name="+", verbose_name=_("implementing organisations")
    )
    partner_organisations = ParentalManyToManyField(
        Organisation, blank=True, related_name="+", verbose_name=_("partner organisations")
    )
    donors = ParentalManyToManyField(
        Organisation, blank=True, related_name="+", verbose_name=_("donors")
    )
    sdgs = ParentalManyToManyField(
        SustainableDevelopmentGoal, blank=True, related_name="+", verbose_name=_("SDGs")
    )
    gcm_objectives = ParentalManyToManyField(
        GCMObjective, blank=True, related_name="+", verbose_name=_("GCM objectives")
    )
    results = RichTextField(blank=True, features=RICH_TEXT_FEATURES, verbose_name=_("results"))
    lessons_learnt = RichTextField(_("lessons learnt"), blank=True, features=RICH_TEXT_FEATURES)
    contact_name = models.CharField(max_length=255, blank=True, verbose_name=_("contact name"))
    contact_email = models.EmailField(blank=True, verbose_name=_("contact email"))
    share_with_unmn = models.BooleanField(
        _("May also be published on the UN Migration Network Hub"),
        default=False,
        db_index=True,
        help_text=_(
            "The project's owners agree that the UN Migration Network Hub publishes it too: it "
            "is then listed in the hub's feed and API for the UN Migration Network Hub."
        ),
    )

    content_panels = TaggedPage.content_panels + [
        *ImagePage.image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("budget"), FieldPanel("currency")]),
            ],
            heading=_("Status, dates and budget"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("implementing_organisations"),
                FieldPanel("partner_organisations"),
                FieldPanel("donors"),
            ],
            heading=_("Organisations"),
        ),
        InlinePanel("corridors", label=_("Migration corridors (origin → destination)")),
        FieldPanel("results"),
        FieldPanel("lessons_learnt"),
        FieldRowPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
        FieldPanel("share_with_unmn"),
        TaggedPage.taxonomy_panel(
            FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
            FieldPanel("gcm_objectives", widget=forms.CheckboxSelectMultiple),
        ),
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("results"),
        index.SearchField("lessons_learnt"),
        index.FilterField("status"),
        index.FilterField("start_date"),
        index.RelatedFields("sdgs", [index.FilterField("code")]),
        index.RelatedFields("gcm_objectives", [index.FilterField("number")]),
        index.RelatedFields(
            "corridors", [index.FilterField("origin"), index.FilterField("destination")]
        ),
    ]
    facet_relations = TaggedPage.facet_relations + (
        "sdgs__code",
        "gcm_objectives__number",
        "corridors__origin",
        "corridors__destination",
    )
    parent_page_types = ["cms.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project page")
        verbose_name_plural = _("project pages")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": gettext("A project must end after it starts.")})


class ProjectCorridor(Orderable):
    page = ParentalKey(
        ProjectPage, on_delete=models.CASCADE, related_name="corridors", verbose_name=_("page")
    )
    origin = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="+", verbose_name=_("origin")
    )
    destination = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="+", verbose_name=_("destination")
    )

    panels = [
        FieldRowPanel(
            [
                FieldPanel("origin", widget=forms.Select),
                FieldPanel("destination", widget=forms.Select),
            ]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("project corridor")
        verbose_name_plural = _("project corridors")

    def __str__(self):
        return f"{self.origin} → {self.destination}"
