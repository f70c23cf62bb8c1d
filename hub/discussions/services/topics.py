"""Forum topics: members start them in a theme; replies are comments on the topic."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from hub.discussions.models import Topic

from . import text
from .comments import Refused, check_rate, display_name, follow, posting_refusal


def start(user, theme, title: str, body: str) -> Topic:
    refusal = posting_refusal(user)
    if refusal:
        raise refusal
    title, body = (title or "").strip(), (body or "").strip()
    if not title or len(title) > 200:
        raise Refused("Give the topic a title of up to 200 characters.", 400)
    if not body or len(body) > 5000:
        raise Refused("Write an opening post of up to 5,000 characters.", 400)
    check_rate(user)
    name = display_name(user)
    with transaction.atomic():
        topic = Topic.objects.create(
            theme=theme,
            title=title,
            author=user,
            author_name=name,
            body=body,
            body_html=text.render(body),
            last_activity_at=timezone.now(),
            last_poster_name=name,
        )
        follow(user, topic)
    return topic


def listing(theme=None):
    topics = Topic.objects.select_related("theme").order_by("-last_activity_at", "-pk")
    return topics.filter(theme=theme) if theme else topics


def search(query: str, backend=None, limit: int = 20) -> list[Topic]:
    """Forum topics matching ``query`` through Wagtail search, for the site search to show.

    ``query`` is words only (search.facets.search_terms): SQLite's FTS5 reads quotes and
    operators as syntax.
    """
    from wagtail.search.backends import get_search_backend

    backend = backend or get_search_backend()
    if not (query or "").strip():
        return []
    return list(backend.search(query, Topic.objects.select_related("theme"))[:limit])
