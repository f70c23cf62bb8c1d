"""The member directory: text search and taxonomy filters over the profiles a viewer may see.

Search is a plain ORM ``icontains`` over name, organisation and bio rather than the Wagtail
search backend: profiles are private data whose visibility changes per viewer, so they stay out of
the shared search index, and the query never depends on which backend is configured.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from hub.members.models import Profile

from .visibility import visible_profiles


def search(
    viewer, *, q="", country=None, region=None, theme=None, organisation_type="", language=None
) -> QuerySet[Profile]:
    profiles = visible_profiles(viewer)
    for word in q.split()[:8]:
        profiles = profiles.filter(
            Q(display_name__icontains=word)
            | Q(organisation__icontains=word)
            | Q(bio__icontains=word)
            | Q(job_title__icontains=word)
        )
    if country:
        profiles = profiles.filter(country=country)
    if region:
        profiles = profiles.filter(country__region=region)
    if theme:
        profiles = profiles.filter(themes=theme)
    if organisation_type:
        profiles = profiles.filter(organisation_type=organisation_type)
    if language:
        profiles = profiles.filter(languages=language)
    return (
        profiles.distinct()
        .select_related("country", "user")
        .prefetch_related("themes")
        .order_by("display_name", "pk")
    )
