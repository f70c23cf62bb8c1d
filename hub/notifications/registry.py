"""What each app tells the notification centre about the objects it notifies about.

An app registers one ``Handler`` per target model in its ``AppConfig.ready()``. The centre
asks it, and nothing else, how to group, describe, link, check and email a notification, so
the rules about a comment stay in discussions and those about a message stay in messaging.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType


class Handler:
    """Override what differs; the defaults suit a target that is its own thread."""

    def thread(self, target):
        """What repeated notifications about ``target`` are grouped by."""
        return target

    def title(self, thread) -> str:
        return str(thread)[:255]

    def url(self, notification) -> str:
        """Where opening the notification leads (a path in the active language)."""
        return notification.target.get_absolute_url()

    def visible(self, user, targets: list) -> set:
        """The pks (as strings) of ``targets`` that ``user`` may still see, in few queries."""
        return {str(t.pk) for t in targets}

    def can_see(self, user, target) -> bool:
        """``visible`` for one target already loaded (``notify`` has it in hand)."""
        return str(target.pk) in self.visible(user, [str(target.pk)])

    def describe(self, notification) -> str:
        """One line for the notification page, in the active language."""
        raise NotImplementedError

    def email(self, notification, recipient, unsubscribe_url: str) -> Email:
        """The immediate email, in the active language."""
        raise NotImplementedError


@dataclass
class Email:
    subject: str
    body: str
    html: str = ""


_handlers: dict[type, Handler] = {}


def register(model: type, handler: Handler) -> None:
    _handlers[model] = handler


def handler_for(model_or_instance) -> Handler:
    model = model_or_instance if isinstance(model_or_instance, type) else type(model_or_instance)
    for cls in model.__mro__:
        if cls in _handlers:
            return _handlers[cls]
    raise LookupError(f"no notification handler for {model.__name__}")


def handler_for_type(content_type_id: int) -> Handler | None:
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    try:
        return handler_for(model)
    except LookupError:
        return None


def actor_name(notification) -> str:
    """Who did it, as members see them; someone who left is "a former member"."""
    from django.utils.translation import gettext

    actor = notification.actor
    if actor is None:
        return gettext("A former member")
    profile = getattr(actor, "profile", None)
    return (profile.display_name if profile else "") or actor.get_username()
