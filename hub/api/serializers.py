"""What a record of the API holds: published content and taxonomy terms, never members' data.

Names of terms come in the language the request's `lang` names (English without one). Pages say
their own language and carry the absolute address of their page. Contact addresses, owners,
comments and anything about members stay out, whatever a page holds.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.rich_text import expand_db_html


def _absolute(request, url: str) -> str | None:
    if not url:
        return None
    return request.build_absolute_uri(url) if request is not None else url


# --- Terms, as records point at them -----------------------------------------------------------


class TermRef(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField(source="__str__")


class CountryRef(serializers.Serializer):
    code = serializers.CharField(help_text="ISO 3166-1 alpha-2")
    name = serializers.CharField(source="__str__")


class LanguageRef(serializers.Serializer):
    code = serializers.CharField(help_text="ISO 639-1")
    name = serializers.CharField(source="__str__")


class SDGRef(serializers.Serializer):
    code = serializers.CharField(help_text="A goal (10) or a target (10.7)")
    title = serializers.CharField(source="localized")


class GCMObjectiveRef(serializers.Serializer):
    number = serializers.IntegerField(min_value=1)
    title = serializers.CharField(source="localized")


class OrganisationRef(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()


# --- Pages --------------------------------------------------------------------------------------


class PageRecord(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    intro = serializers.CharField()
    url = serializers.SerializerMethodField(help_text="The page on the hub")
    language = serializers.CharField(
        source="locale.language_code", help_text="The language of this record (en, fr, es, ar)"
    )
    translation_key = serializers.UUIDField(
        help_text="The same for a page and each of its translations"
    )
    first_published_at = serializers.DateTimeField(allow_null=True)
    last_published_at = serializers.DateTimeField(allow_null=True)
    themes = TermRef(many=True)
    regions = TermRef(many=True)
    countries = CountryRef(many=True)

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_url(self, page) -> str | None:
        request = self.context.get("request")
        return page.get_full_url(request)


class BodyMixin(serializers.Serializer):
    """The rich text of a detail record, as HTML with the page's internal links resolved."""

    rich_text_fields: tuple[str, ...] = ("body",)

    def to_representation(self, instance):
        data = super().to_representation(instance)
        for name in self.rich_text_fields:
            data[name] = expand_db_html(getattr(instance, name) or "")
        return data


class VersionRecord(serializers.Serializer):
    language = LanguageRef()
    title = serializers.CharField()
    url = serializers.SerializerMethodField(help_text="The document or the link of this version")

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_url(self, version) -> str | None:
        return _absolute(self.context.get("request"), version.link)


class ResourceRecord(PageRecord):
    type = TermRef(source="resource_type", allow_null=True)
    authors = serializers.ListField(child=serializers.CharField(), source="author_list")
    publisher = serializers.CharField()
    publication_date = serializers.DateField()
    abstract = serializers.CharField()
    external_url = serializers.URLField(allow_blank=True)
    sdgs = SDGRef(many=True)
    gcm_objectives = GCMObjectiveRef(many=True)
    versions = VersionRecord(many=True, help_text="The language versions of this publication")


class ResourceDetail(BodyMixin, ResourceRecord):
    body = serializers.CharField(help_text="HTML")


class CorridorRecord(serializers.Serializer):
    origin = CountryRef()
    destination = CountryRef()


class ProjectRecord(PageRecord):
    status = serializers.ChoiceField(choices=["planned", "ongoing", "completed"])
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)
    budget = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    currency = serializers.CharField(help_text="ISO 4217")
    implementing_organisations = OrganisationRef(many=True)
    partner_organisations = OrganisationRef(many=True)
    donors = OrganisationRef(many=True)
    corridors = CorridorRecord(many=True, help_text="Migration corridors, origin → destination")
    sdgs = SDGRef(many=True)
    gcm_objectives = GCMObjectiveRef(many=True)
    unmn = serializers.BooleanField(
        source="share_with_unmn",
        help_text="May also be published on the UN Migration Network Hub",
    )


class ProjectDetail(BodyMixin, ProjectRecord):
    rich_text_fields = ("body", "results", "lessons_learnt")
    body = serializers.CharField(help_text="HTML")
    results = serializers.CharField(help_text="HTML")
    lessons_learnt = serializers.CharField(help_text="HTML")


class EventRecord(PageRecord):
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()
    time_zone = serializers.CharField(help_text="The IANA time zone where the event takes place")
    format = serializers.ChoiceField(
        source="event_format", choices=["online", "in_person", "hybrid"]
    )
    location = serializers.CharField()
    registration_url = serializers.URLField(allow_blank=True)
    organiser = serializers.CharField()


class EventDetail(BodyMixin, EventRecord):
    body = serializers.CharField(help_text="HTML")


class NewsRecord(PageRecord):
    date = serializers.DateField()


class NewsDetail(BodyMixin, NewsRecord):
    body = serializers.CharField(help_text="HTML")


class BlogPostRecord(NewsRecord):
    author = serializers.CharField(source="author_name")


class BlogPostDetail(BodyMixin, BlogPostRecord):
    body = serializers.CharField(help_text="HTML")


# --- Organisations and taxonomies ---------------------------------------------------------------


class OrganisationRecord(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    type = serializers.CharField(source="organisation_type")
    country = serializers.CharField(source="country.code", allow_null=True, default=None)
    website = serializers.URLField(allow_blank=True)


class ThemeRecord(TermRef):
    description = serializers.CharField()


class CountryRecord(CountryRef):
    region = serializers.SlugField(source="region.slug", allow_null=True, default=None)


class SDGRecord(SDGRef):
    goal = serializers.IntegerField()


class Error(serializers.Serializer):
    status = serializers.IntegerField()
    detail = serializers.CharField(help_text="What went wrong")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="For each parameter that was wrong, what was wrong with it",
    )
