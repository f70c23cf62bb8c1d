"""/api/: the read-only API (v1), its OpenAPI schema and its documentation."""

from django.urls import include, path, re_path
from rest_framework.routers import DefaultRouter

from . import errors, views

router = DefaultRouter()
router.register("resources", views.ResourceViewSet, basename="resource")
router.register("projects", views.ProjectViewSet, basename="project")
router.register("unmn-projects", views.UNMNProjectViewSet, basename="unmn-project")
router.register("events", views.EventViewSet, basename="event")
router.register("news", views.NewsViewSet, basename="news")
router.register("blog-posts", views.BlogPostViewSet, basename="blog-post")
router.register("toolkits", views.ToolkitViewSet, basename="toolkit")
router.register("courses", views.CourseViewSet, basename="course")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("themes", views.ThemeViewSet, basename="theme")
router.register("regions", views.RegionViewSet, basename="region")
router.register("countries", views.CountryViewSet, basename="country")
router.register("sdgs", views.SDGViewSet, basename="sdg")
router.register("gcm-objectives", views.GCMObjectiveViewSet, basename="gcm-objective")
router.register("resource-types", views.ResourceTypeViewSet, basename="resource-type")
router.register("languages", views.LanguageViewSet, basename="language")

app_name = "api"
urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", views.SchemaView.as_view(), name="schema"),
    path("docs/", views.DocsView.as_view(url_name="api:schema"), name="docs"),
    # Anything else under /api/ is a JSON 404, as the endpoints answer.
    re_path(r"^[\s\S]*$", errors.not_found),
]
