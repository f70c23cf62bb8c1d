"""What every content page shares: an intro, a demo flag, taxonomy fields and index behaviour."""

from django import forms
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from cms import exports, feeds, listing

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


class IndexPage(RoutablePageMixin, BasePage):
    """A listing of one collection, its `catalogue`: facets with counts, words, sort and pages.

    The same filters give its Atom feed (./feed/) and, for a catalogue with export columns, a CSV
    export (./csv/: Wagtail's page paths take no dot, so not ./export.csv). The collection is
    declared once, in search/catalogues.py.
    """

    #: the name of the collection listed (search/catalogues.py)
    catalogue: str = ""
    card_template = "cms/cards/basic.html"
    #: the most entries a feed carries
    feed_length = 50

    class Meta:
        abstract = True

    def listing(self):
        return listing.catalogue(self.catalogue)

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        catalogue = self.listing()
        items = catalogue.filtered(catalogue.parse(request.GET))[: self.feed_length]
        return feeds.atom_response(self, request, items)

    @path("csv/", name="export")
    def export(self, request):
        catalogue = self.listing()
        if not catalogue.columns:
            raise Http404
        return exports.csv_response(
            catalogue.rows(catalogue.parse(request.GET), request), self.slug
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        outcome = self.listing().run(request.GET)
        query = outcome.query_string
        suffix = f"?{query}" if query else ""
        context.update(
            search=outcome,
            card=self.card_template,
            feed_url=self.url + self.reverse_subpage("feed") + suffix,
            export_url=(
                self.url + self.reverse_subpage("export") + suffix
                if outcome.catalogue.columns
                else ""
            ),
        )
        return context
