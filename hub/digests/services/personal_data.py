"""A member's digest subscription, for the data export (the subscription goes with the account)."""

from hub.digests.models import Subscription


def export_for(user) -> dict | None:
    subscription = (
        Subscription.objects.filter(user=user)
        .select_related("language")
        .prefetch_related("themes", "regions")
        .first()
    )
    if subscription is None:
        return None
    return {
        "email": subscription.email,
        "status": subscription.status,
        "frequency": subscription.frequency,
        "themes": [t.name for t in subscription.themes.all()],
        "regions": [r.name for r in subscription.regions.all()],
        "content_types": subscription.content_types,
        "language": subscription.language.code if subscription.language else None,
        "created_at": subscription.created_at.isoformat(),
        "confirmed_at": (
            subscription.confirmed_at.isoformat() if subscription.confirmed_at else None
        ),
        "last_sent_at": (
            subscription.last_sent_at.isoformat() if subscription.last_sent_at else None
        ),
    }
