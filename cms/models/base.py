"""What every content page shares: an intro, a demo flag, taxonomy fields and index behaviour."""

from dataclasses import replace

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from cms import feeds, images, listing, translations

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class BasePage(Page):
    intro = models.TextField(
        blank=True,
        help_text=_("A summary shown under the title and in lists."),
        verbose_name=_("intro"),
    )
    is_demo = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_(
            "Illustrative content created by the demo loader; shown as [demo] in the admin."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = Page.promote_panels + [FieldPanel("is_demo")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        return f"{title} [demo]" if self.is_demo else title


class ImagePage(models.Model):
    """A page with one image (a cover), shown on its card and at its top.

    The alt text can be said in the page's language (``image_alt``, translated with the page);
    without it the image's own alt text (its description) serves. An image that says nothing the
    text does not say is marked decorative, and screen readers skip it.
    """

    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows, in this page's language, for people who cannot see it. "
            "Empty: the image's own alt text."
        ),
    )
    image_is_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_("The image adds nothing the text does not say: screen readers skip it."),
    )

    image_panels = [
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_is_decorative")],
            heading=_("Image"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def image_alt_text(self) -> str:
        """The alt attribute: empty for a decorative image."""
        if not self.image_id or self.image_is_decorative:
            return ""
        return self.image_alt.strip() or self.image.description.strip()

    def clean(self):
        super().clean()
        if self.image_id and not self.image_is_decorative and not self.image_alt_text:
            raise ValidationError(
                {
                    "image_alt": _(
                        "Say what the image shows, for people who cannot see it, or mark it "
                        "as decorative."
                    )
                }
            )


class TaggedPage(BasePage):
    """A page classified by theme, region and country."""

    themes = ParentalManyToManyField(
        "cms.Theme", blank=True, related_name="+", verbose_name=_("themes")
    )
    regions = ParentalManyToManyField(
        "cms.Region", blank=True, related_name="+", verbose_name=_("regions")
    )
    countries = ParentalManyToManyField(
        "cms.Country", blank=True, related_name="+", verbose_name=_("countries")
    )

    taxonomy_panels = [
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("countries"),
    ]

    search_fields = BasePage.search_fields + [
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("regions", [index.FilterField("slug")]),
        index.RelatedFields("countries", [index.FilterField("code")]),
        index.FilterField("facet_keys"),
    ]
    #: The related values faceted search counts per page, as ORM paths (see `facet_keys`).
    facet_relations: tuple[str, ...] = ("themes__slug", "regions__slug", "countries__code")

    class Meta:
        abstract = True

    def facet_keys(self) -> list[str]:
        """Each related value of `facet_relations` as "path=value", e.g. "themes__slug=health".

        Indexed as one flat keyword list, which the search engine counts per value many times
        faster than the nested documents of `RelatedFields` (search/facets.py).
        """
        return sorted(
            {
                f"{lookup}={value}"
                for lookup in self.facet_relations
                for value in related_values(self, lookup)
            }
        )

    @classmethod
    def taxonomy_panel(cls, *extra):
        return MultiFieldPanel([*cls.taxonomy_panels, *extra], heading=_("Classification"))


def related_values(obj, lookup: str) -> list:
    """The values at the end of an ORM path through many-valued relations ("versions__language").

    Reads `.all()` of each relation, so prefetched relations cost no query. A foreign key at the
    end gives its raw value (the primary key), as the index stores it.
    """
    *relations, name = lookup.split("__")
    objects = [obj]
    for relation in relations:
        objects = [related for item in objects for related in getattr(item, relation).all()]
    return [getattr(item, item._meta.get_field(name).attname) for item in objects]


class IndexPage(BasePage):
    """A listing of its children, filtered by GET parameters and paginated."""

    per_page = 12
    card_template = "cms/cards/basic.html"
    #: ORM lookups prefetched for each listed item, so a listing's queries do not grow with it.
    listing_select_related: tuple[str, ...] = ()
    listing_prefetch_related: tuple[str, ...] = ("themes",)
    listing_order: tuple[str, ...] = ("-first_published_at",)

    class Meta:
        abstract = True

    @property
    def child_model(self):
        return self.specific_class.allowed_subpage_models()[0]

    def listing_queryset(self):
        model = self.child_model
        queryset = (
            translations.children(self, model.objects.all())
            .live()
            .public()
            .defer_streamfields()
            .select_related(*self.listing_select_related)
            .prefetch_related(*self.listing_prefetch_related)
            .order_by(*self.listing_order)
        )
        return with_card_images(queryset)

    def listing_filters(self, queryset) -> list[listing.Filter]:
        from .taxonomies import Theme

        return [listing.taxonomy_filter("theme", _("Theme"), "themes", Theme, "slug", queryset)]

    def build_listing(self, request, queryset=None, keep=None):
        queryset = self.listing_queryset() if queryset is None else queryset
        # Options depend on which items are listed, so the key names the index and the subset.
        subset = ",".join(f"{k}={v}" for k, v in sorted((keep or {}).items()))
        filters = [
            replace(flt, cache_key=f"{self.pk}:{subset}:{flt.param}")
            for flt in self.listing_filters(queryset)
        ]
        return listing.build(request.GET, queryset, filters, per_page=self.per_page, keep=keep)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.build_listing(request)
        context["card"] = self.card_template
        return context


def with_card_images(queryset):
    """``queryset`` with each page's image and its card renditions fetched in two queries."""
    if not issubclass(queryset.model, ImagePage):
        return queryset
    return queryset.select_related("image").prefetch_related(images.rendition_prefetch())


class FeedIndexPage(RoutablePageMixin, IndexPage):
    """An index whose filtered listing is also an Atom feed at ./feed/."""

    class Meta:
        abstract = True

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        return feeds.atom_response(self, request, self.build_listing(request).items)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = context["listing"].query_string
        context["feed_url"] = (
            self.url + self.reverse_subpage("feed") + (f"?{query}" if query else "")
        )
        return context
