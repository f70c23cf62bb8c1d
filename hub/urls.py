"""Root URLs: machine endpoints and the admin without a language prefix, then the public site.

The public site is in i18n_patterns: English at /, French at /fr/, Spanish at /es/, Arabic at
/ar/. English keeps no prefix so that every address already emailed or bookmarked still works,
feeds, calendars and citations included.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import feeds as cms_feeds
from hub.core import views as core_views
from hub.oai import views as oai_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", include("hub.api.urls")),
    path("feeds/unmn-projects/", cms_feeds.unmn_projects, name="unmn-projects-feed"),
    path("healthz", core_views.healthz, name="healthz"),
    path("healthz/live", core_views.liveness, name="healthz-live"),
    path("language/", core_views.choose_language, name="choose_language"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("manifest.webmanifest", core_views.web_manifest, name="web_manifest"),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("jsi18n/<str:lang>/", core_views.javascript_catalog, name="javascript-catalog"),
    path("oai/", oai_views.endpoint, name="oai"),
]

if settings.DEBUG:
    from django.urls import re_path
    from django.views.static import serve

    # Uploads for `make run`, except documents/: members' submitted files are private until
    # published, and only Wagtail's document view (/documents/) applies that rule.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?!documents/)(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("members/", include("hub.members.urls")),
    path("messages/", include("hub.messaging.urls")),
    path("discussions/", include("hub.discussions.urls")),
    path("digests/", include("hub.digests.urls")),
    path("registrations/", include("hub.events.urls")),
    path("notifications/", include("hub.notifications.urls")),
    path("search/", include("search.urls")),
    # Wagtail's own front-end views (the login and password forms of restricted pages) before
    # its serve view, which matches any path; that one is wrapped so that a page without a
    # translation in the visitor's language is shown in its source language instead of a 404.
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, core_views.serve, name="wagtail_serve"),
    prefix_default_language=False,
)
