"""The language a member reads: every email to them is written in it."""

from __future__ import annotations

from hub.core.services import languages
from hub.members.models import Profile


def language_for(user) -> str:
    """The language every email to this account is written in: the one the member chose, else
    the hub's default (a chosen language the hub no longer offers falls back too)."""
    try:
        chosen = user.profile.language
    except (Profile.DoesNotExist, AttributeError):
        chosen = ""
    return languages.or_default(chosen)
