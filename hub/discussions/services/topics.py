"""Forum topics: members start them in a theme; the opening post and replies are comments."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.discussions.models import Topic

from . import comments
from .comments import Refused, display_name, posting_refusal

OPENING_MAX_LENGTH = 5000


def start(user, theme, title: str, body: str, request=None) -> Topic:
    """A new topic whose opening post is a comment: held, flagged and mentioning as any other."""
    refusal = posting_refusal(user)
    if refusal:
        raise refusal
    title = (title or "").strip()
    if not title or len(title) > 200:
        raise Refused(_("Give the topic a title of up to 200 characters."), 400)
    name = display_name(user)
    with transaction.atomic():
        topic = Topic.objects.create(
            theme=theme,
            title=title,
            author=user,
            author_name=name,
            last_activity_at=timezone.now(),
            last_poster_name=name,
        )
        topic.opening = comments.post(
            user, topic, body, request=request, max_length=OPENING_MAX_LENGTH
        )
        topic.save(update_fields=["opening"])
        comments.refresh_topic(topic)
    return topic


def listing(theme=None):
    topics = (
        Topic.objects.filter(is_listed=True)
        .select_related("theme")
        .order_by("-last_activity_at", "-pk")
    )
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
    listed = Topic.objects.filter(is_listed=True).select_related("theme")
    return list(backend.search(query, listed)[:limit])
