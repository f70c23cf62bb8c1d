"""Download my data and delete my account, with a registry other apps add their part to.

An app registers, in its ``AppConfig.ready()``::

    privacy.register("comments", export_comments)      # user -> JSON-serialisable data
    privacy.register_erasure(anonymise_comments)       # user -> None, before the user is deleted
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.utils import timezone

from hub.members.models import Profile

Exporter = Callable[[Any], Any]
Eraser = Callable[[Any], None]

_exporters: dict[str, Exporter] = {}
_erasers: list[Eraser] = []


def register(name: str, exporter: Exporter) -> None:
    _exporters[name] = exporter


def register_erasure(eraser: Eraser) -> None:
    if eraser not in _erasers:
        _erasers.append(eraser)


def export(user) -> dict:
    data = {
        "generated_at": timezone.now().isoformat(),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "email_addresses": [
                {"email": a.email, "verified": a.verified, "primary": a.primary}
                for a in user.emailaddress_set.all()
            ],
        },
    }
    for name, exporter in sorted(_exporters.items()):
        data[name] = exporter(user)
    return data


def export_profile(user) -> dict | None:
    profile = (
        Profile.objects.filter(user=user)
        .select_related("country")
        .prefetch_related("themes", "languages")
        .first()
    )
    if profile is None:
        return None
    return {
        "display_name": profile.display_name,
        "photo": profile.photo.name or None,
        "organisation": profile.organisation,
        "organisation_type": profile.organisation_type,
        "job_title": profile.job_title,
        "country": profile.country.code if profile.country else None,
        "themes": [t.name for t in profile.themes.all()],
        "languages": [lang.code for lang in profile.languages.all()],
        "bio": profile.bio,
        "links": profile.link_list,
        "visibility": profile.visibility,
        "membership_status": profile.membership_status,
        "join_reason": profile.join_reason,
        "show_attended_events": profile.show_attended_events,
        "site_language": profile.language,
        "created_at": profile.created_at.isoformat(),
    }


@transaction.atomic
def delete_account(user) -> None:
    """Anonymise public contributions (each app's eraser), then delete the account and profile."""
    for eraser in _erasers:
        eraser(user)
    profile = Profile.objects.filter(user=user).first()
    if profile and profile.photo:
        profile.photo.delete(save=False)
    user.delete()
