"""The home page, front door to What's New, the library and the community; site settings."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Orderable, Page, TranslatableMixin
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

SOCIAL_PLATFORMS = [
    ("bluesky", "Bluesky"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("linkedin", "LinkedIn"),
    ("mastodon", "Mastodon"),
    ("x", "X"),
    ("youtube", "YouTube"),
    ("website", _("Website")),
]


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
        "cms.PrivacyNoticePage",
        "cms.TermsPage",
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


# --- Site settings ------------------------------------------------------------------------------
# What editors change about the site as a whole (Settings › Site settings in the admin), per
# Wagtail Site. The words (name, tagline, footer, postal address) are a translatable snippet,
# so they are translated like pages, with wagtail-localize, in every content language; what has
# no language (logo, links, partners, e-mail address) sits on the setting. Read them through
# home.branding, never directly: it resolves the visitor's language and caches the result.

LOGO_MAX_BYTES = 512 * 1024


class SiteIdentity(TranslatableMixin, models.Model):
    """The site's words in one language."""

    name = models.CharField(_("site name"), max_length=80)
    tagline = models.CharField(_("tagline"), max_length=120, blank=True)
    footer_text = models.TextField(
        _("footer text"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences at the foot of every page."),
    )
    contact_address = models.TextField(
        _("postal address"), max_length=300, blank=True, help_text=_("Shown in the footer.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("tagline"),
        FieldPanel("footer_text"),
        FieldPanel("contact_address"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site identity")
        verbose_name_plural = _("site identities")

    def __str__(self):
        return self.name


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS, label=_("platform"))
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        label = _("social link")


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, label=_("name"))
    url = blocks.URLBlock(required=False, label=_("web address"))
    logo = ImageChooserBlock(required=False, label=_("logo"))

    class Meta:
        icon = "group"
        label = _("partner")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    identity = models.ForeignKey(
        SiteIdentity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("site identity"),
        help_text=_("Name, tagline and footer text; translate them under Snippets."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_("SVG, PNG or WebP, at most 512 KB. Shown in the header and in the admin."),
    )
    contact_email = models.EmailField(_("contact e-mail address"), blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name=_("social links")
    )
    partners = StreamField(
        [("partner", PartnerBlock())], blank=True, verbose_name=_("partner logos")
    )
    privacy_page = models.ForeignKey(
        "cms.PrivacyNoticePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy notice"),
    )
    terms_page = models.ForeignKey(
        "cms.TermsPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("terms of use"),
        help_text=_("Members accept these terms when they sign up."),
    )

    panels = [
        FieldPanel("identity"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("social_links")], heading=_("Contact")
        ),
        FieldPanel("partners"),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("terms_page")], heading=_("Legal pages")
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def clean(self):
        super().clean()
        logo = self.logo
        if logo is None:
            return
        if logo.file_size and logo.file_size > LOGO_MAX_BYTES:
            raise ValidationError(
                {
                    "logo": _(
                        "This image is %(size)s KB: a logo is on every page and may be at most "
                        "%(limit)s KB. Choose a smaller image or an SVG."
                    )
                    % {"size": logo.file_size // 1024, "limit": LOGO_MAX_BYTES // 1024}
                }
            )
