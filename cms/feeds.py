"""Atom feeds of index pages, built from the same filtered listing that the page shows."""

from datetime import datetime, time

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from home.links import absolute_url, site_name


def _updated(item) -> datetime:
    for name in ("date", "publication_date"):
        value = getattr(item, name, None)
        if value:
            return timezone.make_aware(datetime.combine(value, time.min))
    return getattr(item, "start", None) or item.last_published_at or timezone.now()


def atom_response(index_page, request, items) -> HttpResponse:
    feed = Atom1Feed(
        title=f"{index_page.title} · {site_name(request)}",
        link=absolute_url(index_page, request),
        description=index_page.intro or index_page.title,
        language="en",
        feed_url=absolute_url(request.get_full_path(), request),
    )
    for item in items:
        url = absolute_url(item, request)
        feed.add_item(
            title=item.title,
            link=url,
            description=item.intro,
            unique_id=url,
            pubdate=item.first_published_at,
            updateddate=_updated(item),
            categories=[theme.name for theme in item.themes.all()],
        )
    return HttpResponse(
        feed.writeString("utf-8"), content_type="application/atom+xml; charset=utf-8"
    )


def unmn_projects(request) -> HttpResponse:
    """The live, public projects whose owners allow the UN Migration Network Hub to publish them,
    most recently published first, in every language (each entry says its own)."""
    from cms.models import ProjectPage  # cms.models imports this module: deferred

    projects = (
        ProjectPage.objects.live()
        .public()
        .filter(share_with_unmn=True)
        .defer_streamfields()
        .select_related("locale")
        .prefetch_related("themes", "countries")
        .order_by("-last_published_at", "-pk")[:UNMN_FEED_SIZE]
    )
    feed = Atom1Feed(
        title=gettext("Projects for the UN Migration Network Hub · M4D Hub"),
        link=request.build_absolute_uri("/api/v1/unmn-projects/"),
        description=gettext(
            "Projects of the M4D Hub that may also be published on the UN Migration Network Hub."
        ),
        language="en",
        feed_url=request.build_absolute_uri(),
    )
    for project in projects:
        url = project.get_full_url(request)
        feed.add_item(
            title=project.title,
            link=url,
            description=project.intro,
            unique_id=url,
            pubdate=project.first_published_at,
            updateddate=project.last_published_at or project.first_published_at,
            categories=[theme.slug for theme in project.themes.all()]
            + [f"country:{country.code}" for country in project.countries.all()],
        )
    return HttpResponse(
        feed.writeString("utf-8"), content_type="application/atom+xml; charset=utf-8"
    )


#: the most entries the UN Migration Network Hub feed holds
UNMN_FEED_SIZE = 500
