"""Who organises an event (sees its registrants, decides, exports, writes to them), and what
they get: the one rule every organiser screen asks, the CSV and the message to everyone."""

from __future__ import annotations

import csv
import io

from django.db import transaction
from django.utils.translation import gettext as _

from cms.models import EventPage
from hub.events.models import Registration

from . import notices

#: a spreadsheet runs a cell that starts with one of these as a formula (CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def can_organise(user, page: EventPage) -> bool:
    """Editors who may edit the event page, and the accounts chosen as its organisers."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if page.permissions_for_user(user).can_edit():
        return True
    return page.organisers.filter(pk=user.pk).exists()


def registrants(page: EventPage):
    return (
        Registration.objects.filter(page=page)
        .exclude(status=Registration.Status.UNCONFIRMED)
        .select_related("user__profile")
        .order_by("queued_at", "pk")
    )


def safe_cell(value) -> str:
    """A cell a spreadsheet shows as text, never runs: a leading formula character is quoted."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def questions_of(page: EventPage) -> list[tuple[str, str]]:
    return [(block.id, str(block.value["label"])) for block in page.registration_questions]


def answer_cells(registration: Registration, questions: list[tuple[str, str]]) -> list[str]:
    """The registrant's answers in the order of the page's questions as they are now."""
    answers = {a.get("id"): a.get("answer") for a in registration.answers}
    return [_answer_text(answers.get(qid)) for qid, _label in questions]


def csv_export(page: EventPage) -> str:
    questions = questions_of(page)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            _("Name"),
            _("Email"),
            _("Member"),
            _("Status"),
            _("Registered at"),
            _("Attended"),
            *[label for _id, label in questions],
        ]
    )
    for r in registrants(page):
        attended = {True: _("yes"), False: _("no"), None: ""}[r.attended]
        writer.writerow(
            [
                safe_cell(value)
                for value in [
                    r.display_name,
                    r.address,
                    r.user.get_username() if r.user_id else "",
                    r.get_status_display(),
                    r.created_at.isoformat(timespec="minutes"),
                    attended,
                    *answer_cells(r, questions),
                ]
            ]
        )
    return out.getvalue()


def _answer_text(answer) -> str:
    if answer is True:
        return _("yes")
    if answer is False or answer is None:
        return ""
    return str(answer)


@transaction.atomic
def message_everyone(page: EventPage, subject: str, text: str) -> int:
    """Email every confirmed, waiting and pending registrant (through the outbox)."""
    sent = 0
    for registration in registrants(page).filter(
        status__in=[
            Registration.Status.CONFIRMED,
            Registration.Status.WAITING,
            Registration.Status.PENDING,
        ]
    ):
        registration.page = page
        notices.organisers_message(registration, subject, text)
        sent += 1
    return sent
