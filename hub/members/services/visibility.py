"""Who may see which profile. Every page and JSON answer goes through here."""

from __future__ import annotations

from django.db.models import QuerySet

from hub.members.models import MembershipStatus, Profile, Visibility

from .accounts import is_member


def visible_levels(viewer) -> list[str]:
    return [Visibility.PUBLIC, Visibility.MEMBERS] if is_member(viewer) else [Visibility.PUBLIC]


def visible_profiles(viewer) -> QuerySet[Profile]:
    """Approved, active members the viewer may see: hidden ones never, members-only to members."""
    return Profile.objects.filter(
        membership_status=MembershipStatus.APPROVED,
        user__is_active=True,
        visibility__in=visible_levels(viewer),
    )


def can_view(viewer, profile: Profile) -> bool:
    if getattr(viewer, "is_authenticated", False) and profile.user_id == viewer.pk:
        return True
    return (
        profile.membership_status == MembershipStatus.APPROVED
        and profile.user.is_active
        and profile.visibility in visible_levels(viewer)
    )
