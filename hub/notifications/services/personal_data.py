"""A member's notifications and preferences in their data export; gone with their account."""

from __future__ import annotations

from ..models import DigestSent, Notification, Preference
from . import preferences


def export_for(user) -> dict:
    return {
        "preferences": preferences.channels_for(user),
        "items": [
            {
                "kind": n.kind,
                "verb": n.verb,
                "about": n.title,
                "count": n.count,
                "created_at": n.created_at.isoformat(),
                "updated_at": n.updated_at.isoformat(),
                "read_at": n.read_at.isoformat() if n.read_at else None,
                "emailed_at": n.emailed_at.isoformat() if n.emailed_at else None,
            }
            for n in Notification.objects.filter(recipient=user).order_by("pk").iterator()
        ],
    }


def erase_for(user) -> None:
    """Their own notifications and choices go; in others' notifications they become "a former
    member" (the actor link is cleared, and their id leaves the actor lists)."""
    Notification.objects.filter(recipient=user).delete()
    Preference.objects.filter(user=user).delete()
    DigestSent.objects.filter(user=user).delete()
    for n in Notification.objects.filter(actor=user).only("pk", "actor_ids"):
        Notification.objects.filter(pk=n.pk).update(
            actor=None, actor_ids=[pk for pk in n.actor_ids if pk != user.pk]
        )
