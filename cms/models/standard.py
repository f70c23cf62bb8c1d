import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from .base import RICH_TEXT_FEATURES, BasePage


class StandardPage(BasePage):
    """A plain page: About, What we do."""

    body = RichTextField(blank=True, features=RICH_TEXT_FEATURES, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class LegalPage(BasePage):
    """What the privacy notice and the terms share: a dated text, one per site and language."""

    body = RichTextField(blank=True, features=RICH_TEXT_FEATURES, verbose_name=_("body"))
    last_updated = models.DateField(
        _("last updated"),
        default=datetime.date.today,
        help_text=_("Shown under the title: the date of the last change that matters to readers."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("last_updated"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class PrivacyNoticePage(LegalPage):
    """How the hub handles personal data. Linked from the footer and the sign-up form."""

    template = "cms/legal_page.html"

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")


class TermsPage(LegalPage):
    """The terms of use that members accept when they sign up; each sign-up records `version`."""

    version = models.CharField(
        _("version"),
        max_length=40,
        help_text=_(
            "Change it when the terms change in a way members must accept again, e.g. 2026-12. "
            "Each sign-up records the version accepted."
        ),
    )
    template = "cms/legal_page.html"

    content_panels = BasePage.content_panels + [
        FieldPanel("version"),
        FieldPanel("last_updated"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("terms of use")
        verbose_name_plural = _("terms of use")
