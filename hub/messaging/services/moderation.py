"""Moderators hear about reported messages by email, with a link to the report in the admin."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.links import absolute_url
from hub.members.services import accounts
from hub.messaging.models import MessageReport


def moderators():
    """Active users who can act on reports: the permission through a group or directly."""
    permission = Permission.objects.get(
        content_type__app_label="messaging", codename="change_messagereport"
    )
    return (
        get_user_model()
        .objects.filter(
            Q(is_superuser=True)
            | Q(groups__permissions=permission)
            | Q(user_permissions=permission),
            is_active=True,
        )
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def notify_report(report_id: int) -> int:
    """Email every moderator about one report; returns how many were told."""
    report = MessageReport.objects.filter(pk=report_id).first()
    if report is None:
        return 0
    recipients = list(moderators().select_related("profile"))
    if not recipients:
        return 0
    context = {
        "report": report,
        "admin_url": absolute_url(reverse("message_reports:edit", args=[report.pk])),
        "list_url": absolute_url(reverse("message_reports:index")),
    }
    # One email per moderator, each in their language: nobody learns who else moderates.
    for user in recipients:
        with translation.override(accounts.language_for(user)):
            send_mail(
                render_to_string("messaging/email/report_subject.txt", context).strip(),
                render_to_string("messaging/email/report_body.txt", context),
                None,
                [user.email],
            )
    return len(recipients)
