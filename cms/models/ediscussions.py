"""E-discussions: time-boxed, moderated discussions around guiding questions, with a summary."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from .base import RICH_TEXT_FEATURES, BasePage, TaggedPage


class EDiscussionIndexPage(BasePage):
    template = "cms/ediscussion_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.EDiscussionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("e-discussion index page")
        verbose_name_plural = _("e-discussion index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        live = (
            EDiscussionPage.objects.child_of(self)
            .live()
            .defer_streamfields()
            .prefetch_related("themes")
        )
        context["open_discussions"] = live.filter(opens_at__lte=now, closes_at__gt=now).order_by(
            "closes_at"
        )
        context["upcoming_discussions"] = live.filter(opens_at__gt=now).order_by("opens_at")
        context["past_discussions"] = live.filter(closes_at__lte=now).order_by("-closes_at")
        return context


class EDiscussionPage(TaggedPage):
    class State(models.TextChoices):
        UPCOMING = "upcoming", _("Not open yet")
        OPEN = "open", _("Open for contributions")
        CLOSED = "closed", pgettext_lazy("e-discussion", "Closed")

    template = "cms/ediscussion_page.html"

    body = RichTextField(_("background"), blank=True, features=RICH_TEXT_FEATURES)
    opens_at = models.DateTimeField(
        help_text=_("Members can contribute from this moment."), verbose_name=_("opens at")
    )
    closes_at = models.DateTimeField(
        help_text=_("Contributions are refused from this moment."), verbose_name=_("closes at")
    )
    moderators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="+",
        help_text=_("Members who pin comments and write the consolidated summary."),
        verbose_name=_("moderators"),
    )
    summary = RichTextField(_("consolidated summary"), blank=True, features=RICH_TEXT_FEATURES)
    summary_published_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("summary published at")
    )
    summary_resource = models.ForeignKey(
        "cms.ResourcePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The library record the summary was promoted to."),
        verbose_name=_("summary resource"),
    )

    content_panels = TaggedPage.content_panels + [
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("When it runs")
        ),
        FieldPanel("moderators", widget=forms.SelectMultiple),
        InlinePanel("questions", heading=_("Guiding questions"), label=_("Question")),
        FieldPanel("summary"),
        TaggedPage.taxonomy_panel(),
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("summary"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    parent_page_types = ["cms.EDiscussionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("e-discussion page")
        verbose_name_plural = _("e-discussion pages")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            from django.core.exceptions import ValidationError

            raise ValidationError({"closes_at": gettext("It must close after it opens.")})

    def state_at(self, moment=None):
        moment = moment or timezone.now()
        if moment < self.opens_at:
            return self.State.UPCOMING
        if moment < self.closes_at:
            return self.State.OPEN
        return self.State.CLOSED

    @property
    def state(self):
        return self.state_at()

    @property
    def state_label(self):
        return self.State(self.state).label

    def accepts_comments(self) -> bool:
        """Comments only while it is open: hub.discussions asks every target this."""
        return self.state == self.State.OPEN

    def is_moderator(self, user) -> bool:
        return bool(user and user.is_authenticated) and (
            self.moderators.filter(pk=user.pk).exists()
        )


class EDiscussionQuestion(Orderable):
    page = ParentalKey(
        EDiscussionPage, on_delete=models.CASCADE, related_name="questions", verbose_name=_("page")
    )
    text = models.CharField(max_length=500, verbose_name=_("text"))

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("guiding question")
        verbose_name_plural = _("guiding questions")

    def __str__(self):
        return self.text
