"""A member's registrations in their data export, and what deleting the account does to them."""

from __future__ import annotations

from django.utils import timezone

from hub.events.models import Registration

from . import registrations


def export_for(user) -> list[dict]:
    rows = Registration.objects.filter(user=user).select_related("page").order_by("created_at")
    return [
        {
            "event": r.page.title,
            "url": r.page.get_full_url() or "",
            "starts": r.page.start.isoformat(),
            "status": r.status,
            "answers": r.answers,
            "language": r.language,
            "time_zone": r.time_zone,
            "registered_at": r.created_at.isoformat(),
            "attended": r.attended,
        }
        for r in rows
    ]


def cancel_for_deleted_account(user) -> None:
    """Cancel the member's registrations for events to come (their seats go to the waiting
    list); past ones stay, without the person, so the organisers' attendance counts hold."""
    future = Registration.objects.filter(
        user=user, status__in=Registration.ACTIVE, page__start__gt=timezone.now()
    )
    for pk in future.values_list("pk", flat=True):
        registrations.cancel(pk, notify=False)
    Registration.objects.filter(user=user).update(name="", email="", answers=[])
