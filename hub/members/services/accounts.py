"""Membership: who is a member, and the editor's review of new accounts."""

from __future__ import annotations

import logging

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from hub.members.models import MembershipStatus, Profile
from hub.notifications.services import notify as notifications

# Kept here for callers: it lives in .language so that the notification centre can ask it
# without importing this module (which notifies through the centre).
from .language import language_for  # noqa: F401

log = logging.getLogger(__name__)


def profile_for(user) -> Profile:
    """The user's profile, made on first use as pending: a missing profile makes nobody a member.

    Accounts made outside sign-up (editors, admins, or one whose profile was deleted in the
    admin) wait for an editor's approval under Members like every applicant.
    """
    try:
        return user.profile
    except Profile.DoesNotExist:
        profile, _ = Profile.objects.get_or_create(
            user=user,
            defaults={
                "display_name": (user.get_full_name() or user.get_username())[:100],
                "membership_status": MembershipStatus.PENDING,
            },
        )
        user.profile = profile
        return profile


def create_profile(user, *, display_name: str, join_reason: str = "") -> Profile:
    review = settings.HUB_MEMBERSHIP_REVIEW
    profile, _ = Profile.objects.update_or_create(
        user=user,
        defaults={
            "display_name": display_name,
            "join_reason": join_reason,
            "membership_status": (
                MembershipStatus.PENDING if review else MembershipStatus.APPROVED
            ),
        },
    )
    return profile


def has_verified_email(user) -> bool:
    """The account's address was confirmed through allauth's link (the only way to verify it)."""
    return (
        bool(user.email)
        and EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()
    )


def standing(user) -> str:
    """Why an account is or is not a member: "approved", "pending", "rejected" or "unverified".

    Membership belongs to the account, not to the way it signed in: Wagtail's and Django's login
    views sign in any active account, so every member feature asks ``is_member`` (which asks this).
    """
    status = profile_for(user).membership_status
    if status != MembershipStatus.APPROVED:
        return status
    return MembershipStatus.APPROVED if has_verified_email(user) else UNVERIFIED


#: the standing of an approved account whose email address is not verified yet
UNVERIFIED = "unverified"


def is_member(user) -> bool:
    """A signed-in, active account, approved by an editor, with a verified email address."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return standing(user) == MembershipStatus.APPROVED


@transaction.atomic  # the decision and the applicant's notification (and email) go together
def set_membership_status(profile: Profile, status: str, *, by=None) -> bool:
    """Approve or reject an application; tells the applicant. False when nothing changed."""
    if status not in MembershipStatus.values:
        raise ValueError(f"unknown membership status {status!r}")
    if profile.membership_status == status:
        return False
    profile.membership_status = status
    profile.reviewed_by = by
    profile.reviewed_at = timezone.now()
    profile.save(update_fields=["membership_status", "reviewed_by", "reviewed_at", "updated_at"])
    if status in (MembershipStatus.APPROVED, MembershipStatus.REJECTED):
        # The editor works in their own language; the applicant reads theirs (hub.notifications).
        notifications.notify(
            profile.user,
            "membership_decided",
            profile,
            data={"approved": status == MembershipStatus.APPROVED},
        )
    return True
