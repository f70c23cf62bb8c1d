"""Conversations, messages, blocks and reports. Only participants ever see a conversation."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, F, Max, Prefetch, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hub.core import limits
from hub.members.services.accounts import is_member
from hub.members.services.visibility import visible_profiles
from hub.messaging.models import Block, Conversation, Message, MessageReport, Participant

from . import moderation, notices

MAX_PARTICIPANTS = 8
MAX_BODY = 5000


class MessagingError(Exception):
    """Input the member should correct, e.g. an empty message or an unknown recipient."""


class MessagingDenied(MessagingError):
    """Not allowed whatever the input, e.g. posting to someone who blocked you."""


class MessagingRateLimited(MessagingError):
    """Too many messages too quickly; ``retry_after`` says how many seconds to wait."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


def _consume_rate(user, limit: str = "message") -> None:
    """One message (or report) against the member's limits in HUB_RATE_LIMITS."""
    try:
        limits.consume(limit, user.pk)
    except limits.RateLimited as exc:
        raise MessagingRateLimited(exc.message, exc.retry_after) from exc


def for_user(user) -> QuerySet[Conversation]:
    return Conversation.objects.filter(participants__user=user)


def get_for(user, pk) -> Conversation | None:
    """The conversation if the user takes part in it; None otherwise (the view answers 404)."""
    if not getattr(user, "is_authenticated", False):
        return None
    return for_user(user).filter(pk=pk).first()


def blocked_ids(user) -> set[int]:
    """Members this user blocked or who blocked this user: neither can message the other."""
    pairs = Block.objects.filter(Q(blocker=user) | Q(blocked=user)).values_list(
        "blocker_id", "blocked_id"
    )
    return {b for pair in pairs for b in pair} - {user.pk}


def recipients_for(user, q: str = "", limit: int = 10):
    """Members the user may start a conversation with: visible to them, approved, not blocked."""
    profiles = (
        visible_profiles(user)
        .exclude(user=user)
        .exclude(user_id__in=blocked_ids(user))
        .select_related("user")
    )
    q = q.strip()[:100]
    if q:
        profiles = profiles.filter(
            Q(display_name__icontains=q)
            | Q(user__username__iexact=q)
            | Q(organisation__icontains=q)
        )
    return profiles.order_by("display_name")[:limit]


def resolve_recipients(sender, usernames: list[str]):
    """The users named, each checked; raises MessagingError naming whoever cannot be messaged."""
    names = list(dict.fromkeys(n.strip() for n in usernames if n.strip()))
    if not names:
        raise MessagingError(_("Choose at least one member to write to."))
    if len(names) + 1 > MAX_PARTICIPANTS:
        raise MessagingError(
            ngettext(
                "A conversation can have at most %(count)s member.",
                "A conversation can have at most %(count)s members.",
                MAX_PARTICIPANTS,
            )
            % {"count": MAX_PARTICIPANTS}
        )
    allowed = {
        p.user.username: p.user
        for p in visible_profiles(sender).filter(user__username__in=names).select_related("user")
    }
    blocked = blocked_ids(sender)
    refused = [n for n in names if n not in allowed or allowed[n].pk in blocked]
    refused += [n for n in names if n in allowed and allowed[n].pk == sender.pk]
    if refused:
        raise MessagingError(
            _(
                "You cannot write to: %(names)s. Check the name; members who are hidden or blocked "
                "cannot be messaged."
            )
            % {"names": ", ".join(sorted(set(refused)))}
        )
    return [allowed[n] for n in names]


def _check_body(body: str) -> None:
    if not body.strip():
        raise MessagingError(_("Write a message first."))
    if len(body) > MAX_BODY:
        raise MessagingError(
            ngettext(
                "A message can be at most %(count)s character long.",
                "A message can be at most %(count)s characters long.",
                MAX_BODY,
            )
            % {"count": MAX_BODY}
        )


def _existing_pair(a, b) -> Conversation | None:
    return (
        Conversation.objects.annotate(seats=Count("participants"))
        .filter(seats=2, participants__user=a)
        .filter(participants__user=b)
        .first()
    )


@transaction.atomic
def start(sender, recipients, body: str, subject: str = "") -> Conversation:
    """Open a conversation (a one-to-one reuses the pair's existing one) with a first message."""
    if not is_member(sender):
        raise MessagingDenied(_("Only approved members can send messages."))
    _check_body(body)
    conversation = _existing_pair(sender, recipients[0]) if len(recipients) == 1 else None
    if conversation is None:
        conversation = Conversation.objects.create(subject=subject.strip()[:120])
        Participant.objects.bulk_create(
            [Participant(conversation=conversation, user=u) for u in [sender, *recipients]]
        )
    post(sender, conversation, body)
    return conversation


def can_post(user, conversation) -> str | None:
    """Why the user may not post here, or None when they may."""
    if not is_member(user):
        return _("Only approved members can send messages.")
    others = conversation.participants.exclude(user=user).values_list("user_id", flat=True)
    if Block.objects.filter(blocker_id__in=others, blocked=user).exists():
        return _("A member of this conversation has blocked you, so you cannot post in it.")
    if Block.objects.filter(blocker=user, blocked_id__in=others).exists():
        return _("You blocked a member of this conversation; unblock them to post in it.")
    return None


@transaction.atomic
def post(user, conversation, body: str) -> Message:
    """Add a message, stored exactly as typed, and count it as read by its sender."""
    if not Participant.objects.filter(conversation=conversation, user=user).exists():
        raise MessagingDenied(_("You are not part of this conversation."))
    if reason := can_post(user, conversation):
        raise MessagingDenied(reason)
    _check_body(body)
    _consume_rate(user)
    message = Message.objects.create(conversation=conversation, sender=user, body=body)
    Conversation.objects.filter(pk=conversation.pk).update(last_message_at=message.created_at)
    Participant.objects.filter(conversation=conversation, user=user).update(last_read_id=message.pk)
    notices.announce(message)
    return message


def mark_read(user, conversation, up_to_id: int | None = None) -> None:
    if up_to_id is None:
        up_to_id = conversation.messages.aggregate(m=Max("pk"))["m"] or 0
    Participant.objects.filter(
        conversation=conversation, user=user, last_read_id__lt=up_to_id
    ).update(last_read_id=up_to_id)
    notices.seen(user, conversation)


def _unread_filter(user) -> Q:
    return Q(conversation__messages__pk__gt=F("last_read_id")) & ~Q(
        conversation__messages__sender=user
    )


def unread_count(user) -> int:
    """Unread messages across all the user's conversations, in one query."""
    return (
        Participant.objects.filter(user=user).aggregate(
            n=Count("conversation__messages", filter=_unread_filter(user))
        )["n"]
        or 0
    )


def inbox(user):
    """The user's conversations, newest first, each with its unread count and other members."""
    seats = (
        Participant.objects.filter(user=user)
        .annotate(unread=Count("conversation__messages", filter=_unread_filter(user)))
        .select_related("conversation")
        .prefetch_related(
            Prefetch(
                "conversation__participants",
                queryset=Participant.objects.exclude(user=user).select_related("user__profile"),
                to_attr="others",
            )
        )
        .order_by(F("conversation__last_message_at").desc(nulls_last=True), "-pk")
    )
    return list(seats)


def messages_for(conversation, after_id: int = 0, limit: int = 200):
    messages = (
        conversation.messages.filter(pk__gt=after_id)
        .select_related("sender__profile")
        .order_by("-pk")[:limit]
    )
    return list(reversed(messages))


def block(user, other) -> None:
    if user.pk != other.pk:
        Block.objects.get_or_create(blocker=user, blocked=other)


def unblock(user, other) -> None:
    Block.objects.filter(blocker=user, blocked=other).delete()


def has_blocked(user, other) -> bool:
    return Block.objects.filter(blocker=user, blocked=other).exists()


def report(user, message: Message, reason: str, details: str = "") -> MessageReport:
    """Flag a message for the moderators; only a participant can report what they can read."""
    if get_for(user, message.conversation_id) is None:
        raise MessagingDenied(_("You can only report messages you can read."))
    _consume_rate(user, "message-report")
    # The moderators' emails go to the outbox with the report, or not at all.
    with transaction.atomic():
        report = MessageReport.objects.create(
            message=message, reporter=user, reason=reason, details=details
        )
        moderation.notify_report(report.pk)
    return report


def export_for(user) -> list[dict]:
    conversations = for_user(user).prefetch_related(
        Prefetch("messages", queryset=Message.objects.select_related("sender").order_by("pk")),
        Prefetch("participants", queryset=Participant.objects.select_related("user")),
    )
    return [
        {
            "subject": c.subject,
            "participants": [p.user.get_username() for p in c.participants.all()],
            "messages": [
                {
                    "from": m.sender.get_username() if m.sender else None,
                    "sent_at": m.created_at.isoformat(),
                    "body": m.body,
                }
                for m in c.messages.all()
            ],
        }
        for c in conversations
    ]


def erase_for(user) -> None:
    """Before an account goes: conversations nobody else is left in are deleted."""
    # Count seats on a fresh queryset: counting after the participant filter would see only one.
    alone = (
        Conversation.objects.filter(pk__in=for_user(user).values("pk"))
        .annotate(seats=Count("participants"))
        .filter(seats__lte=1)
    )
    Conversation.objects.filter(pk__in=list(alone.values_list("pk", flat=True))).delete()
