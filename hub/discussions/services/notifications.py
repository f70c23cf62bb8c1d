"""Emails about new comments to followers and to mentioned members, with signed unfollow links."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.links import absolute_url
from hub.discussions.models import Follow, Notice, ThreadComment
from hub.members.services.accounts import is_member, language_for

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

    Whether each may read the comment (the page's view restrictions) is asked in ``send_for``.
    """
    follows = Follow.objects.filter(
        content_type=comment.content_type, object_pk=comment.object_pk
    ).select_related("user")
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


def send_for(comment_id: int) -> int:
    """Email each recipient once about this comment; safe to run again."""
    comment = ThreadComment.objects.select_related("content_type").filter(pk=comment_id).first()
    if comment is None or not comment.is_visible:
        return 0
    target = target_of(comment)
    if target is None:
        return 0
    sent = 0
    mentioned = text.mentioned_usernames(comment.comment)
    for user, follow in recipients_for(comment).items():
        if not user.email or not can_see(user, comment, target=target):
            continue
        try:
            # Each recipient reads it in their language, links included (/fr/… for French).
            with transaction.atomic(), translation.override(language_for(user)):
                Notice.objects.create(comment=comment, recipient=user)
                context = {
                    "comment": comment,
                    "target": target,
                    "link": absolute_url(reverse("discussions:comment", args=[comment.pk])),
                    "recipient": user,
                    "mentioned": user.get_username() in mentioned,
                    "unfollow_url": absolute_url(
                        reverse("discussions:unfollow", args=[unfollow_token(follow)])
                    )
                    if follow
                    else "",
                }
                _send(user, context)
        except IntegrityError:
            continue  # sent by an earlier run
        sent += 1
    return sent


def _send(user, context) -> None:
    subject = render_to_string("discussions/email/new_comment_subject.txt", context).strip()
    body = render_to_string("discussions/email/new_comment.txt", context)
    html = render_to_string("discussions/email/new_comment.html", context)
    headers = {}
    if context["unfollow_url"]:
        headers["List-Unsubscribe"] = f"<{context['unfollow_url']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers=headers,
    )
    message.attach_alternative(html, "text/html")
    message.send()
