"""Atom feeds of index pages, built from the same filtered listing that the page shows."""

from datetime import datetime, time

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

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
