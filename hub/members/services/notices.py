"""Membership decisions and submission status changes in the notification centre.

Both kinds are told through hub.notifications' ``notify``; the emails keep their own templates.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from hub.core.services import languages
from hub.members.models import Profile, Submission
from hub.notifications import kinds, registry

from .submissions import STATUS_LABELS, status_of


def _site_url() -> str:
    return languages.site_url(languages.or_default(get_language()))


class MembershipHandler(registry.Handler):
    """A decision on the member's own application (its target is their profile)."""

    def url(self, notification) -> str:
        return reverse("members:me")

    def visible(self, user, target_ids) -> set:
        mine = Profile.objects.filter(pk__in=_ints(target_ids), user_id=user.pk)
        return {str(pk) for pk in mine.values_list("pk", flat=True)}

    def describe(self, notification) -> str:
        if notification.data.get("approved"):
            return _("Your request to join M4D Hub is approved. Welcome to the network!")
        return _("An editor reviewed your request to join M4D Hub and could not approve it.")

    def email(self, notification, recipient, unsubscribe_url) -> registry.Email:
        context = {
            "profile": Profile.objects.get(pk=notification.target_id),
            "approved": bool(notification.data.get("approved")),
            "site_url": _site_url(),
        }
        return registry.Email(
            subject=render_to_string("members/email/membership_subject.txt", context).strip(),
            body=render_to_string("members/email/membership_body.txt", context),
        )


class SubmissionHandler(registry.Handler):
    """A change of status of something the member submitted."""

    def title(self, submission) -> str:
        return submission.title[:255]

    def url(self, notification) -> str:
        return reverse("members:submissions")

    def visible(self, user, target_ids) -> set:
        mine = Submission.objects.filter(pk__in=_ints(target_ids), user_id=user.pk)
        return {str(pk) for pk in mine.values_list("pk", flat=True)}

    def describe(self, notification) -> str:
        label = STATUS_LABELS.get(notification.data.get("status"), "")
        return _("Your submission “%(title)s”: %(status)s") % {
            "title": notification.title,
            "status": str(label).lower(),
        }

    def email(self, notification, recipient, unsubscribe_url) -> registry.Email:
        submission = Submission.objects.select_related("page").get(pk=notification.target_id)
        status = status_of(submission)
        context = {
            "submission": submission,
            "status": status,
            "site_url": _site_url(),
            "page_url": submission.page.full_url if status.code == "published" else "",
        }
        subject = render_to_string("members/email/submission_subject.txt", context)
        return registry.Email(
            subject=subject,
            body=render_to_string("members/email/submission_body.txt", context),
        )


def _ints(ids) -> list[int]:
    return [int(pk) for pk in ids if str(pk).isdigit()]


def register() -> None:
    kinds.register_verb("membership_decided", "membership")
    kinds.register_verb("submission_status", "submissions")
    registry.register(Profile, MembershipHandler())
    registry.register(Submission, SubmissionHandler())
