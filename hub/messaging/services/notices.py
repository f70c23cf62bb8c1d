"""Private messages in the notification centre: each new message notifies the other participants.

hub.notifications folds a conversation's unread messages into one notification and, for members
who want messages by email, sends one email once it has stayed unread for
HUB_MESSAGE_NOTICE_DELAY_MINUTES; reading the conversation marks it read, so nothing is emailed
about what was read. The email never quotes the messages: bodies stay private.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from hub.core.services import languages
from hub.messaging.models import Message, Participant
from hub.notifications import kinds, registry
from hub.notifications.services.notify import mark_read_about, notify


def announce(message: Message) -> None:
    """Notify every other participant, in the transaction that stores the message."""
    others = (
        Participant.objects.filter(conversation_id=message.conversation_id)
        .exclude(user_id=message.sender_id)
        .select_related("user")
    )
    for seat in others:
        notify(seat.user, "messaged", message, actor=message.sender)


def seen(user, conversation) -> None:
    mark_read_about(user, conversation)


class MessageHandler(registry.Handler):
    def thread(self, message):
        return message.conversation

    def title(self, conversation) -> str:
        return conversation.subject

    def url(self, notification) -> str:
        return reverse("messaging:conversation", args=[notification.thread_id])

    def visible(self, user, target_ids) -> set:
        ids = [int(pk) for pk in target_ids if str(pk).isdigit()]
        shown = Message.objects.filter(pk__in=ids, conversation__participants__user=user)
        return {str(pk) for pk in shown.values_list("pk", flat=True)}

    def describe(self, notification) -> str:
        values = {"actor": registry.actor_name(notification), "count": notification.count}
        if notification.count == 1:
            return _("%(actor)s sent you a private message") % values
        return (
            ngettext(
                "%(count)s new private message, the latest from %(actor)s",
                "%(count)s new private messages, the latest from %(actor)s",
                notification.count,
            )
            % values
        )

    def email(self, notification, recipient, unsubscribe_url) -> registry.Email:
        context = {
            "user": recipient,
            "items": [(notification.thread_id, notification.count)],
            "total": notification.count,
            "site_url": languages.site_url(languages.or_default(get_language())),
            "unsubscribe_url": unsubscribe_url,
        }
        return registry.Email(
            subject=render_to_string("messaging/email/unread_subject.txt", context).strip(),
            body=render_to_string("messaging/email/unread_body.txt", context),
        )


def register() -> None:
    kinds.register_verb("messaged", "messages")
    registry.register(Message, MessageHandler())
