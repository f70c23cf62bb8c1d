"""Root URLs: admin, documents, health, search, then Wagtail's page tree."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub.core import views as core_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", core_views.healthz, name="healthz"),
    path("accounts/", include("allauth.urls")),
    path("members/", include("hub.members.urls")),
    path("messages/", include("hub.messaging.urls")),
    path("discussions/", include("hub.discussions.urls")),
    path("digests/", include("hub.digests.urls")),
    path("search/", include("search.urls")),
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

urlpatterns += [path("", include(wagtail_urls))]
