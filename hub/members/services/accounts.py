"""Membership: who is a member, and the editor's review of new accounts."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from hub.core.services import languages
from hub.members.models import MembershipStatus, Profile

log = logging.getLogger(__name__)


def profile_for(user) -> Profile:
    """The user's profile, made on first use: accounts from before (editors, admins) are members."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        profile, _ = Profile.objects.get_or_create(
            user=user,
            defaults={
                "display_name": (user.get_full_name() or user.get_username())[:100],
                "membership_status": MembershipStatus.APPROVED,
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


def language_for(user) -> str:
    """The language every email to this account is written in: the one the member chose, else
    the hub's default (a chosen language the hub no longer offers falls back too)."""
    try:
        chosen = user.profile.language
    except (Profile.DoesNotExist, AttributeError):
        chosen = ""
    return languages.or_default(chosen)


def is_member(user) -> bool:
    """A signed-in, active account whose membership is approved."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return profile_for(user).is_approved


@transaction.atomic  # the decision and the applicant's email (in the outbox) go together
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
    if status in (MembershipStatus.APPROVED, MembershipStatus.REJECTED) and profile.user.email:
        # The editor works in their own language; the applicant reads theirs.
        language = language_for(profile.user)
        with translation.override(language):
            context = {
                "profile": profile,
                "approved": status == MembershipStatus.APPROVED,
                "site_url": languages.site_url(language),
            }
            send_mail(
                render_to_string("members/email/membership_subject.txt", context).strip(),
                render_to_string("members/email/membership_body.txt", context),
                None,
                [profile.user.email],
            )
    return True
