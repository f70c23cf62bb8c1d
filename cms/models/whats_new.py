"""What's New: news, events and blog posts."""

import zoneinfo
from datetime import UTC, datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from cms import calendars

from .base import RICH_TEXT_FEATURES, IndexPage, TaggedPage


def time_zone_choices() -> list[tuple[str, str]]:
    """The IANA time zones this host knows, read when a form is built.

    A callable, not a list: a list would be written into the migrations, and every tzdata update
    (or a host with other zones) would then make makemigrations see a change.
    """
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


def wall_clock_in(value: datetime, zone_name: str) -> datetime:
    """``value``'s date and time read as wall-clock time in ``zone_name``, as an aware datetime.

    Refuses a time whose UTC equivalent falls outside year 1 to 9999: the database stores UTC,
    and 9999-12-31 23:00 in Etc/GMT+12 is already year 10000 there.
    """
    aware = value.replace(tzinfo=zoneinfo.ZoneInfo(zone_name))
    try:
        aware.astimezone(UTC)
    except OverflowError:
        raise ValidationError(
            _("That date is too far in the future or the past for this time zone."),
            code="out_of_range",
        ) from None
    return aware


class ArticlePage(TaggedPage):
    date = models.DateField(default=timezone.localdate, db_index=True, verbose_name=_("date"))
    body = RichTextField(blank=True, features=RICH_TEXT_FEATURES, verbose_name=_("body"))

    content_panels = TaggedPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("body"),
        TaggedPage.taxonomy_panel(),
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        abstract = True


class NewsIndexPage(IndexPage):
    catalogue = "news"
    card_template = "cms/cards/article.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")


class NewsPage(ArticlePage):
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")


class BlogIndexPage(IndexPage):
    catalogue = "blog"
    card_template = "cms/cards/article.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.BlogPage"]
    max_count = 1

    class Meta:
        verbose_name = _("blog index page")
        verbose_name_plural = _("blog index pages")


class BlogPage(ArticlePage):
    author_name = models.CharField(_("author"), max_length=255)

    content_panels = TaggedPage.content_panels + [
        FieldRowPanel([FieldPanel("author_name"), FieldPanel("date")]),
        FieldPanel("body"),
        TaggedPage.taxonomy_panel(),
    ]
    search_fields = ArticlePage.search_fields + [index.SearchField("author_name")]
    parent_page_types = ["cms.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("blog page")
        verbose_name_plural = _("blog pages")


class EventIndexPage(IndexPage):
    catalogue = "events"
    card_template = "cms/cards/event.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ical_url"] = self.url + self.reverse_subpage("ical")
        return context

    @path("ical/")
    def ical(self, request):
        upcoming = (
            EventPage.objects.child_of(self)
            .live()
            .public()
            .filter(end__gte=timezone.now())
            .order_by("start")
        )
        return calendars.ical_response(upcoming, "m4d-hub-events.ics", request)


class EventPageForm(WagtailAdminPageForm):
    """Editors type start and end as wall-clock times in the event's own time zone."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            zone = zoneinfo.ZoneInfo(self.instance.time_zone)
            for name in ("start", "end"):
                value = getattr(self.instance, name)
                if value:
                    self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("time_zone") in zoneinfo.available_timezones():
            for name in ("start", "end"):
                if cleaned.get(name):
                    try:
                        cleaned[name] = wall_clock_in(
                            timezone.make_naive(cleaned[name]), cleaned["time_zone"]
                        )
                    except ValidationError as error:
                        self.add_error(name, error)
        return cleaned


class EventPage(RoutablePageMixin, TaggedPage):
    class Format(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")
        HYBRID = "hybrid", _("Hybrid")

    start = models.DateTimeField(
        help_text=_("Local time where the event takes place."),
        db_index=True,
        verbose_name=_("start"),
    )
    end = models.DateTimeField(
        help_text=_("Local time where the event takes place."), db_index=True, verbose_name=_("end")
    )
    time_zone = models.CharField(
        max_length=64, choices=time_zone_choices, default="UTC", verbose_name=_("time zone")
    )

    base_form_class = EventPageForm
    event_format = models.CharField(
        pgettext_lazy("event format", "format"), max_length=16, choices=Format.choices
    )
    location = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("City and country, or 'Online'."),
        verbose_name=_("location"),
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    organiser = models.CharField(max_length=255, blank=True, verbose_name=_("organiser"))
    body = RichTextField(blank=True, features=RICH_TEXT_FEATURES, verbose_name=_("body"))

    content_panels = TaggedPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("event_format"), FieldPanel("location")]),
                FieldPanel("registration_url"),
                FieldPanel("organiser"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("body"),
        TaggedPage.taxonomy_panel(),
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("location"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("event_format"),
    ]
    parent_page_types = ["cms.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")
        verbose_name_plural = _("event pages")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="event_ends_after_start"
            )
        ]

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": gettext("The event must end after it starts.")})

    @property
    def tz(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(self.tz)

    @property
    def local_end(self):
        return self.end.astimezone(self.tz)

    @property
    def is_upcoming(self) -> bool:
        return self.end >= timezone.now()

    @path("")
    def index(self, request):
        return self.render(request)

    @path("ical/")
    def ical(self, request):
        return calendars.ical_response([self], f"{self.slug}.ics", request)
