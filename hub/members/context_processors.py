from django.conf import settings
from django.utils.functional import SimpleLazyObject


def account(request):
    """The header's account slot; computed only when a template reads it."""

    def build():
        from hub.messaging.services import conversations
        from hub.notifications.services import inbox

        from .services.accounts import is_member, profile_for

        user = request.user
        if not user.is_authenticated:
            return {}
        member = is_member(user)
        return {
            "profile": profile_for(user),
            "is_member": member,
            "unread": conversations.unread_count(user) if member else 0,
            # The bell: one query, and none for visitors (they have no account_nav to build).
            "notifications": inbox.unread_count(user) if member else 0,
            "poll_seconds": settings.HUB_MESSAGE_POLL_SECONDS,
        }

    return {"account_nav": SimpleLazyObject(build)}
