"""The read-only API: thin views over hub.api.queries, one list and one detail per collection.

Every answer is public and the same for everyone (no sign-in is read), so every successful GET
carries an ETag (If-None-Match answers 304) and `Cache-Control: public`. Every request counts
against the client's `api` rate limit (hub.core.limits); over it, 429 with Retry-After.
"""

from __future__ import annotations

from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import viewsets
from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer

from cms import models as cms
from hub.core import limits
from hub.core.services import languages

from . import catalogues, errors, queries, serializers
from .pagination import MAX_INTEGER, Cursor

ERRORS = {
    400: serializers.Error,
    404: serializers.Error,
    429: serializers.Error,
}


class ApiSchema(AutoSchema):
    """The schema of an endpoint: its own filters, with the values each takes, and its errors."""

    def get_override_parameters(self):
        return self.view.schema_parameters(self._is_list_view())

    def get_response_serializers(self):
        serializer = self._get_serializer()
        return {200: serializer, **ERRORS}

    def get_tags(self):
        return [self.view.tag]


def _lang_parameter(description: str) -> OpenApiParameter:
    return OpenApiParameter(
        "lang", str, enum=languages.codes(), description=description, required=False
    )


class ApiViewSet(viewsets.ReadOnlyModelViewSet):
    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    parser_classes = [JSONParser]
    pagination_class = Cursor
    schema = ApiSchema()
    ordering: tuple[str, ...] = ("pk",)
    tag = ""
    lang_description = "The language of the names of terms (default en)"

    def schema_parameters(self, is_list: bool) -> list[OpenApiParameter]:
        return [_lang_parameter(self.lang_description)]

    def get_exception_handler(self):
        return errors.exception_handler

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        limits.consume("api", limits.client_ip(request))

    def dispatch(self, request, *args, **kwargs):
        lang = languages.hub_language(request.GET.get("lang")) or settings.LANGUAGE_CODE
        with translation.override(lang):
            response = super().dispatch(request, *args, **kwargs)
            if request.method in ("GET", "HEAD") and response.status_code == 200:
                response.render()
                set_response_etag(response)
                patch_cache_control(response, public=True, max_age=settings.HUB_API_MAX_AGE)
                response = get_conditional_response(
                    request, etag=response["ETag"], response=response
                )
        return response

    def get_object(self):
        value = self.kwargs.get(self.lookup_url_kwarg or self.lookup_field, "")
        if self.lookup_field == "pk" and not (value.isdigit() and 0 < int(value) <= MAX_INTEGER):
            raise Http404
        return super().get_object()


# --- Pages --------------------------------------------------------------------------------------


class PageViewSet(ApiViewSet):
    collection_name = ""
    lookup_value_regex = "[0-9]+"
    lang_description = (
        "Only the records in this language (each translation of a page is a record of its own); "
        "names of terms in it too"
    )
    detail_serializer_class = None

    @property
    def collection(self) -> catalogues.Collection:
        return catalogues.collections()[self.collection_name]

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class is not None:
            return self.detail_serializer_class
        return self.serializer_class

    def get_queryset(self):
        params = self.request.query_params
        if self.action == "list":
            return queries.select(self.collection, params)
        queries.check_known(params, {"lang"})
        queries.language(params)
        return self.collection.scope()

    def schema_parameters(self, is_list):
        parameters = super().schema_parameters(is_list)
        if not is_list:
            return [
                *parameters,
                OpenApiParameter(
                    "id",
                    {"type": "integer", "minimum": 1, "maximum": MAX_INTEGER},
                    OpenApiParameter.PATH,
                    description="The record's id",
                ),
            ]
        parameters.append(
            OpenApiParameter(
                "q",
                {
                    "type": "string",
                    "maxLength": catalogues.MAX_QUERY_LENGTH,
                    # NUL: refused by every URL of the hub (hub.core.middleware)
                    "pattern": "^[^\\u0000]*$",
                },
                description="Words to search for, as the site's search does",
            )
        )
        for flt in self.collection.filters():
            if flt.year:
                item = {
                    "type": "integer",
                    "minimum": catalogues.YEARS.start,
                    "maximum": catalogues.YEARS.stop - 1,
                }
            else:
                item = {"type": "string", "enum": flt.values}
            if flt.multiple:
                schema = {"type": "array", "items": item, "maxItems": catalogues.MAX_VALUES}
                description = f"{flt.label}: one or more values (any of them matches)"
            else:
                schema = {**item, **({"default": flt.default} if flt.default else {})}
                description = flt.label
            parameters.append(
                OpenApiParameter(
                    flt.param, schema, style="form", explode=True, description=description
                )
            )
        return parameters


class ResourceViewSet(PageViewSet):
    """Publications of the M4D Library, newest first."""

    collection_name = "resources"
    tag = "library"
    serializer_class = serializers.ResourceRecord
    detail_serializer_class = serializers.ResourceDetail


class ProjectViewSet(PageViewSet):
    """The project database, most recently added first."""

    collection_name = "projects"
    tag = "projects"
    serializer_class = serializers.ProjectRecord
    detail_serializer_class = serializers.ProjectDetail


class UNMNProjectViewSet(ProjectViewSet):
    """The projects that may also be published on the UN Migration Network Hub."""

    collection_name = "unmn-projects"


class EventViewSet(PageViewSet):
    """Events, latest start first."""

    collection_name = "events"
    tag = "what's new"
    serializer_class = serializers.EventRecord
    detail_serializer_class = serializers.EventDetail


class NewsViewSet(PageViewSet):
    """News, newest first."""

    collection_name = "news"
    tag = "what's new"
    serializer_class = serializers.NewsRecord
    detail_serializer_class = serializers.NewsDetail


class BlogPostViewSet(PageViewSet):
    """Blog posts, newest first."""

    collection_name = "blog-posts"
    tag = "what's new"
    serializer_class = serializers.BlogPostRecord
    detail_serializer_class = serializers.BlogPostDetail


class ToolkitViewSet(PageViewSet):
    """Toolkits and training materials."""

    collection_name = "toolkits"
    tag = "learning"
    serializer_class = serializers.PageRecord


class CourseViewSet(PageViewSet):
    """E-learning courses."""

    collection_name = "courses"
    tag = "learning"
    serializer_class = serializers.PageRecord


# --- Organisations and taxonomies ---------------------------------------------------------------


class TermViewSet(ApiViewSet):
    tag = "taxonomies"
    lookup_value_regex = "[-a-zA-Z0-9_]{1,200}"

    def get_queryset(self):
        queries.taxonomy_params(self.request.query_params)
        return self.queryset.order_by(*self.ordering)

    def schema_parameters(self, is_list):
        parameters = super().schema_parameters(is_list)
        if not is_list:
            parameters.append(
                OpenApiParameter(
                    self.lookup_field,
                    {"type": "string", "pattern": f"^{self.lookup_value_regex}$"},
                    OpenApiParameter.PATH,
                )
            )
        return parameters


class OrganisationViewSet(TermViewSet):
    """Organisations: implementers, partners and donors of projects."""

    tag = "organisations"
    queryset = cms.Organisation.objects.select_related("country")
    serializer_class = serializers.OrganisationRecord
    lookup_field = "slug"
    ordering = ("slug",)


class ThemeViewSet(TermViewSet):
    queryset = cms.Theme.objects.all()
    serializer_class = serializers.ThemeRecord
    lookup_field = "slug"
    ordering = ("slug",)


class RegionViewSet(TermViewSet):
    queryset = cms.Region.objects.all()
    serializer_class = serializers.TermRef
    lookup_field = "slug"
    ordering = ("slug",)


class CountryViewSet(TermViewSet):
    queryset = cms.Country.objects.select_related("region")
    serializer_class = serializers.CountryRecord
    lookup_field = "code"
    lookup_value_regex = "[A-Z]{2}"
    ordering = ("code",)


class SDGViewSet(TermViewSet):
    queryset = cms.SustainableDevelopmentGoal.objects.all()
    serializer_class = serializers.SDGRecord
    lookup_field = "code"
    lookup_value_regex = "[0-9]{1,2}(?:[.][0-9a-z]{1,2})?"
    ordering = ("code",)


class GCMObjectiveViewSet(TermViewSet):
    queryset = cms.GCMObjective.objects.all()
    serializer_class = serializers.GCMObjectiveRef
    lookup_field = "number"
    lookup_value_regex = "[0-9]{1,2}"
    ordering = ("number",)


class ResourceTypeViewSet(TermViewSet):
    queryset = cms.ResourceType.objects.all()
    serializer_class = serializers.TermRef
    lookup_field = "slug"
    ordering = ("slug",)


class LanguageViewSet(TermViewSet):
    queryset = cms.Language.objects.all()
    serializer_class = serializers.LanguageRef
    lookup_field = "code"
    lookup_value_regex = "[a-z]{2,3}"
    ordering = ("code",)


# --- The schema and its documentation -----------------------------------------------------------


class SchemaView(SpectacularAPIView):
    """The OpenAPI 3 schema; its filter values are the taxonomies' as they are now."""

    authentication_classes = []


class DocsView(SpectacularSwaggerSplitView):
    """Swagger UI, served from this site (drf-spectacular-sidecar), its set-up script apart."""

    authentication_classes = []
    template_name = "api/swagger_ui.html"
