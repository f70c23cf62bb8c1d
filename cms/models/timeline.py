"""The timeline of migration-and-development milestones."""

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from cms import translations

from .base import RICH_TEXT_FEATURES, BasePage


class TimelinePage(BasePage):
    body = RichTextField(blank=True, features=RICH_TEXT_FEATURES, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.MilestonePage"]
    max_count = 1

    class Meta:
        verbose_name = _("timeline page")
        verbose_name_plural = _("timeline pages")

    def milestones(self):
        milestones = translations.children(self, MilestonePage.objects.all())
        return milestones.live().public().order_by("date", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["milestones"] = self.milestones()
        return context


class MilestonePage(BasePage):
    class Precision(models.TextChoices):
        DAY = "day", _("Day")
        MONTH = "month", _("Month")
        YEAR = "year", _("Year")

    class Category(models.TextChoices):
        UN_PROCESS = "un_process", _("UN process")
        GLOBAL_FORUM = "global_forum", _("Global forum")
        PROGRAMME = "programme", _("Programme")
        POLICY_FRAMEWORK = "policy_framework", _("Policy framework")

    date = models.DateField(verbose_name=_("date"))
    date_precision = models.CharField(
        max_length=5,
        choices=Precision.choices,
        default=Precision.DAY,
        help_text=_(
            "How much of the date is known: shown as '2008', 'July 2007' or '14 Sep 2006'."
        ),
        verbose_name=_("date precision"),
    )
    category = models.CharField(max_length=32, choices=Category.choices, verbose_name=_("category"))
    body = RichTextField(blank=True, features=RICH_TEXT_FEATURES, verbose_name=_("body"))
    our_role = models.TextField(
        _("our role"), blank=True, help_text=_("What the network did here.")
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
                FieldPanel("category"),
            ],
            heading=_("When and what"),
        ),
        FieldPanel("body"),
        FieldPanel("our_role"),
        InlinePanel("sources", label=_("Source documents")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("our_role"),
        index.FilterField("date"),
    ]
    parent_page_types = ["cms.TimelinePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("milestone page")
        verbose_name_plural = _("milestone pages")

    @property
    def date_display(self) -> str:
        """The date as far as it is known, in the active language's words and order."""
        formats = {"year": "Y", "month": "YEAR_MONTH_FORMAT", "day": "DATE_FORMAT"}
        return date_format(self.date, formats[self.date_precision])


class MilestoneSource(Orderable):
    page = ParentalKey(
        MilestonePage, on_delete=models.CASCADE, related_name="sources", verbose_name=_("page")
    )
    title = models.CharField(max_length=255, verbose_name=_("title"))
    url = models.URLField(_("link"))

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("milestone source")
        verbose_name_plural = _("milestone sources")
