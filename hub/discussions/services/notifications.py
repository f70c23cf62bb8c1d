"""Who hears about a new comment (followers, mentioned members), told through hub.notifications."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.links import absolute_url
from hub.discussions.models import Follow, ThreadComment
from hub.members.services.accounts import is_member
from hub.notifications import kinds, registry
from hub.notifications.services.notify import notify

from . import text
from .comments import can_see, target_of

log = logging.getLogger(__name__)
SALT = "hub.discussions.unfollow"


def unfollow_token(follow: Follow) -> str:
    return signing.dumps({"f": follow.pk, "u": follow.user_id}, salt=SALT, compress=True)


def follow_from_token(token: str) -> Follow | None:
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    return Follow.objects.filter(pk=data.get("f"), user_id=data.get("u")).first()


def recipients_for(comment: ThreadComment) -> dict:
    """user → Follow (or None for a mention without a follow): members, never the author.

    Whether each may read the comment (the page's view restrictions) is asked by ``notify``.
    """
    follows = Follow.objects.filter(
        content_type=comment.content_type, object_pk=comment.object_pk
    ).select_related("user__profile")
    found = {f.user: f for f in follows if f.user_id != comment.user_id and is_member(f.user)}
    for user in mentioned_members(comment)[0]:
        found.setdefault(user, None)
    return found


def mentioned_members(comment: ThreadComment) -> tuple[list, list]:
    """The members a comment mentions, in order: those who get an email, and those past the cap.

    One post notifies at most HUB_MENTION_LIMIT members by mention, so that a post cannot be
    used to mail the whole directory.
    """
    names = text.mentions(comment.comment)
    if not names:
        return [], []
    users = {
        user.get_username(): user
        for user in get_user_model().objects.filter(username__in=names, is_active=True)
    }
    members = [
        users[name]
        for name in names
        if name in users and users[name].pk != comment.user_id and is_member(users[name])
    ]
    limit = settings.HUB_MENTION_LIMIT
    return members[:limit], members[limit:]


def unnotified_mentions(comment: ThreadComment) -> list[str]:
    """Usernames the author mentioned past the cap: no email tells them."""
    return [user.get_username() for user in mentioned_members(comment)[1]]


def verb_for(user, comment: ThreadComment, mentioned: set[str], parent_authors: set[int]) -> str:
    if user.get_username() in mentioned:
        return "mentioned"
    if user.pk in parent_authors:
        return "replied"
    return "commented"


def send_for(comment_id: int) -> int:
    """Notify each recipient once about this comment (hub.notifications); safe to run again."""
    comment = ThreadComment.objects.select_related("content_type").filter(pk=comment_id).first()
    if comment is None or not comment.is_visible:
        return 0
    if target_of(comment) is None:
        return 0
    mentioned = text.mentioned_usernames(comment.comment)
    parent_authors = set(
        ThreadComment.objects.filter(pk=comment.parent_id)
        .exclude(pk=comment.pk)
        .values_list("user_id", flat=True)
    )
    told = 0
    for user in recipients_for(comment):
        verb = verb_for(user, comment, mentioned, parent_authors)
        if notify(user, verb, comment, actor=comment.user):
            told += 1
    return told


class CommentHandler(registry.Handler):
    """How the notification centre groups, shows, checks and emails notices about comments."""

    def thread(self, comment):
        # Kept on the comment: one comment is told to every follower with the same object.
        if "_notification_thread" not in comment.__dict__:
            comment.__dict__["_notification_thread"] = target_of(comment)
        return comment.__dict__["_notification_thread"]

    def can_see(self, user, comment) -> bool:
        return not comment.is_removed and can_see(user, comment, target=self.thread(comment))

    def title(self, thread) -> str:
        return str(thread)[:255]

    def url(self, notification) -> str:
        return reverse("discussions:comment", args=[notification.target_id])

    def visible(self, user, target_ids) -> set:
        """By ``can_see``, each thread's page or topic loaded once."""
        ids = [int(pk) for pk in target_ids if str(pk).isdigit()]
        found = ThreadComment.objects.filter(pk__in=ids, is_removed=False).select_related(
            "content_type"
        )
        targets: dict[tuple[int, str], object] = {}
        shown = set()
        for comment in found:
            key = (comment.content_type_id, comment.object_pk)
            if key not in targets:
                targets[key] = target_of(comment)
            if can_see(user, comment, target=targets[key]):
                shown.add(str(comment.pk))
        return shown

    def describe(self, notification) -> str:
        values = {
            "actor": registry.actor_name(notification),
            "count": notification.count,
            "title": notification.title,
        }
        one = notification.count == 1
        if notification.verb == "mentioned":
            if one:
                return _("%(actor)s mentioned you on “%(title)s”") % values
            return (
                ngettext(
                    "%(count)s new mention of you on “%(title)s”",
                    "%(count)s new mentions of you on “%(title)s”",
                    notification.count,
                )
                % values
            )
        if notification.verb == "replied":
            if one:
                return _("%(actor)s replied to you on “%(title)s”") % values
            return (
                ngettext(
                    "%(count)s new reply to you on “%(title)s”",
                    "%(count)s new replies to you on “%(title)s”",
                    notification.count,
                )
                % values
            )
        if one:
            return _("%(actor)s posted a comment on “%(title)s”") % values
        return (
            ngettext(
                "%(count)s new comment on “%(title)s”",
                "%(count)s new comments on “%(title)s”",
                notification.count,
            )
            % values
        )

    def email(self, notification, recipient, unsubscribe_url) -> registry.Email:
        comment = ThreadComment.objects.select_related("content_type").get(
            pk=notification.target_id
        )
        target = target_of(comment)
        follow = Follow.objects.filter(
            user=recipient, content_type=comment.content_type, object_pk=comment.object_pk
        ).first()
        context = {
            "comment": comment,
            "target": target,
            "link": absolute_url(reverse("discussions:comment", args=[comment.pk])),
            "recipient": recipient,
            "mentioned": notification.verb == "mentioned",
            "unfollow_url": absolute_url(
                reverse("discussions:unfollow", args=[unfollow_token(follow)])
            )
            if follow
            else "",
        }
        return registry.Email(
            subject=render_to_string("discussions/email/new_comment_subject.txt", context),
            body=render_to_string("discussions/email/new_comment.txt", context),
            html=render_to_string("discussions/email/new_comment.html", context),
        )


def register() -> None:
    for verb, kind in (("commented", "replies"), ("replied", "replies"), ("mentioned", "mentions")):
        kinds.register_verb(verb, kind)
    registry.register(ThreadComment, CommentHandler())
