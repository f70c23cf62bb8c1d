"""The home page: the front door to What's New, the library and the community."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms import listing, translations
from cms.models import (
    BlogPage,
    EventPage,
    MilestonePage,
    NewsPage,
    ProjectPage,
    ResourcePage,
    TimelinePage,
    with_card_images,
)

FIGURES_SECONDS = 300


class HomePage(Page):
    intro = models.TextField(
        blank=True, help_text=_("One or two sentences under the title."), verbose_name=_("intro")
    )
    body = RichTextField(
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        verbose_name=_("body"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel(
            "featured_resources",
            label=_("Featured resources"),
            help_text=_("Shown on the home page; the newest resources fill any empty places."),
            max_num=6,
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.StandardPage",
        "cms.TimelinePage",
        "cms.LibraryIndexPage",
        "cms.ToolkitIndexPage",
        "cms.CourseIndexPage",
        "cms.ProjectIndexPage",
        "cms.NewsIndexPage",
        "cms.EventIndexPage",
        "cms.BlogIndexPage",
        "cms.EDiscussionIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @cached_property
    def _private(self):
        # Wagtail's .public() reads the view restrictions on every call; read them once here.
        return Page.objects.all().private_q()

    def _published(self, model):
        # Each page once, in the visitor's language where translated (cms.translations), with
        # its card image and renditions fetched alongside.
        return with_card_images(
            translations.in_language(
                model.objects.live().exclude(self._private).defer_streamfields()
            )
        )

    def whats_new(self, limit=4):
        articles = [
            *self._published(NewsPage).prefetch_related("themes").order_by("-date")[:limit],
            *self._published(BlogPage).prefetch_related("themes").order_by("-date")[:limit],
        ]
        return sorted(articles, key=lambda page: page.date, reverse=True)[:limit]

    def upcoming_events(self, limit=3):
        events = self._published(EventPage).filter(end__gte=timezone.now())
        return events.prefetch_related("themes").order_by("start")[:limit]

    def featured(self, limit=3):
        resources = self._published(ResourcePage).select_related("resource_type")
        resources = resources.prefetch_related("themes", "versions__language")
        # Editors choose a resource in one language; the visitor gets its version in theirs.
        chosen_keys = list(
            self.featured_resources.order_by("sort_order").values_list(
                "resource__translation_key", flat=True
            )
        )
        chosen = sorted(
            resources.filter(translation_key__in=chosen_keys),
            key=lambda page: chosen_keys.index(page.translation_key),
        )[:limit]
        if len(chosen) < limit:
            newest = resources.exclude(translation_key__in=chosen_keys).order_by(
                "-publication_date"
            )
            chosen += list(newest[: limit - len(chosen)])
        return chosen

    def milestones_teaser(self, limit=3):
        return self._published(MilestonePage).order_by("-date")[:limit]

    def figures(self):
        """Counted at most every few minutes, and again as soon as content is published."""

        def count():
            return (
                get_user_model().objects.filter(is_active=True).count(),
                self._published(ProjectPage).count(),
                self._published(ResourcePage).count(),
            )

        # Only the numbers are cached (per language: cms.translations counts each page once, in
        # the visitor's language where translated); the labels follow each visitor's language.
        key = f"home:figure-counts:{listing.content_version()}:{get_language()}"
        members, projects, resources = cache.get_or_set(key, count, timeout=FIGURES_SECONDS)
        return [
            (ngettext("member", "members", members), members),
            (ngettext("project", "projects", projects), projects),
            (ngettext("library resource", "library resources", resources), resources),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            whats_new=self.whats_new(),
            upcoming_events=self.upcoming_events(),
            featured_resources=self.featured(),
            milestones=self.milestones_teaser(),
            timeline=self._published(TimelinePage).first(),
            figures=self.figures(),
        )
        return context


class HomeFeaturedResource(Orderable):
    page = ParentalKey(
        HomePage,
        on_delete=models.CASCADE,
        related_name="featured_resources",
        verbose_name=_("page"),
    )
    resource = models.ForeignKey(
        "cms.ResourcePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("resource")
    )

    panels = [FieldPanel("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured resource")
        verbose_name_plural = _("featured resources")
