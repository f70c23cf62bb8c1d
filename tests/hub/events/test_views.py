"""Registering, confirming and cancelling over HTTP, and the organiser screens: grants, denials,
CSRF, and bad input answered with a clear 4xx that changes nothing."""

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hub.events.models import Registration
from hub.events.services import registrations, tokens
from tests.factories import members as factories

from .conftest import GOOD_ANSWERS, QUESTIONS, event

Status = Registration.Status
ORG = "q_11111111-1111-1111-1111-111111111111"
MEAL = "q_22222222-2222-2222-2222-222222222222"
CONSENT = "q_33333333-3333-3333-3333-333333333333"


@pytest.fixture
def a_questioned_event(db):
    return event(registration_questions=QUESTIONS, registration_capacity=1)


def url_of(page):
    return reverse("events:register", args=[page.pk])


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_member_registers_in_one_post_with_valid_answers(a_questioned_event, members):
    client = signed_in(members[0])
    form = client.get(url_of(a_questioned_event))
    assert form.status_code == 200
    assert "Your organisation" in form.text and "I agree to appear in photos." in form.text

    response = client.post(url_of(a_questioned_event), GOOD_ANSWERS)

    assert response.status_code == 200
    assert "You are registered" in response.text
    registration = Registration.objects.get(page=a_questioned_event)
    assert registration.status == Status.CONFIRMED
    assert registration.time_zone == "Europe/Paris"
    assert [a["answer"] for a in registration.answers] == ["Diaspora Link", "Any", True]
    # The page then shows the registration and a way to cancel it.
    again = client.get(url_of(a_questioned_event))
    assert "You are registered: confirmed." in again.text
    assert "Cancel my registration" in again.text


@pytest.mark.parametrize(
    "change, field",
    [
        ({ORG: "x" * 21}, ORG),  # longer than the 20 characters the editor allowed
        ({ORG: ""}, ORG),  # required
        ({MEAL: "Fish"}, MEAL),  # not one of the options
        ({CONSENT: ""}, CONSENT),  # consent not ticked
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
    ],
)
def test_bad_answers_are_refused_with_400_and_nothing_is_stored(
    a_questioned_event, members, change, field
):
    response = signed_in(members[0]).post(url_of(a_questioned_event), {**GOOD_ANSWERS, **change})
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_registering_twice_answers_409_and_changes_nothing(a_questioned_event, members):
    client = signed_in(members[0])
    client.post(url_of(a_questioned_event), GOOD_ANSWERS)
    mail.outbox.clear()
    response = client.post(url_of(a_questioned_event), GOOD_ANSWERS)
    assert response.status_code == 409
    assert "already registered" in response.text
    assert Registration.objects.count() == 1
    assert not mail.outbox


def test_a_full_event_without_waiting_list_answers_409(members):
    page = event(registration_capacity=1, registration_waiting_list=False)
    signed_in(members[0]).post(url_of(page), {"time_zone": "UTC"})
    response = signed_in(members[1]).post(url_of(page), {"time_zone": "UTC"})
    assert response.status_code == 409
    assert "This event is full." in response.text
    assert Registration.objects.filter(page=page).count() == 1


def test_after_the_deadline_answers_400(members):
    page = event(registration_deadline=timezone.now() - datetime.timedelta(hours=1))
    response = signed_in(members[0]).post(url_of(page), {"time_zone": "UTC"})
    assert response.status_code == 400
    assert "closed" in response.text
    assert "Registration for this event is closed." in signed_in(members[0]).get(url_of(page)).text
    assert not Registration.objects.exists()


def test_an_event_without_registration_answers_404(members):
    page = event(registration_enabled=False)
    assert signed_in(members[0]).post(url_of(page), {"time_zone": "UTC"}).status_code == 404
    assert signed_in(members[0]).get(url_of(page)).status_code == 404
    assert not Registration.objects.exists()


def test_a_post_without_csrf_token_is_refused(an_event, members):
    client = Client(enforce_csrf_checks=True)
    client.force_login(members[0])
    assert client.post(url_of(an_event), {"time_zone": "UTC"}).status_code == 403
    assert not Registration.objects.exists()


def test_visitors_are_asked_to_sign_in_where_only_members_register(an_event):
    page = Client().get(url_of(an_event))
    assert page.status_code == 200
    assert "Only members may register" in page.text
    assert Client().post(url_of(an_event), {"time_zone": "UTC"}).status_code == 403
    assert not Registration.objects.exists()


def test_the_event_page_links_to_registration(an_event):
    response = Client().get(an_event.url)
    assert url_of(an_event) in response.text


def test_a_non_member_registers_confirms_by_email_then_cancels_without_login(db):
    page = event(registration_non_members=True)
    visitor = Client()
    response = visitor.post(
        url_of(page), {"name": "Ines Duarte", "email": "ines@example.org", "time_zone": "UTC"}
    )
    assert response.status_code == 200
    assert "Check your email" in response.text
    assert Registration.objects.get().status == Status.UNCONFIRMED

    confirm = re.search(r"http://testserver(/registrations/confirm/\S+/)", mail.outbox[0].body)
    assert visitor.get(confirm.group(1)).status_code == 200
    assert Registration.objects.get().status == Status.UNCONFIRMED  # a GET gives no consent
    assert visitor.post(confirm.group(1)).status_code == 200
    assert Registration.objects.get().status == Status.CONFIRMED

    cancel = re.search(r"http://testserver(/registrations/cancel/\S+/)", mail.outbox[-1].body)
    stranger = Client()
    assert "Cancel my registration" in stranger.get(cancel.group(1)).text
    assert Registration.objects.get().status == Status.CONFIRMED
    assert stranger.post(cancel.group(1)).status_code == 200
    assert Registration.objects.get().status == Status.CANCELLED
    # The same link again: already cancelled, a clear 409.
    assert stranger.post(cancel.group(1)).status_code == 409


def test_forged_or_misused_tokens_answer_400_and_change_nothing(an_event, members):
    registration = registrations.register_member(an_event, members[0], [])
    good = tokens.make(tokens.CANCEL, registration.pk)
    other_id = tokens.make(tokens.CANCEL, registration.pk + 1000)
    for token in [
        good[:-2] + ("AA" if not good.endswith("AA") else "BB"),  # altered signature
        good.replace(str(registration.pk), str(registration.pk + 1), 1),  # another id
        tokens.make(tokens.CONFIRM, registration.pk),  # a confirmation link, not a cancel link
        "nonsense",
    ]:
        response = Client().post(reverse("events:cancel", args=[token]))
        assert response.status_code == 400, token
        assert "This link does not work" in response.text
    assert Client().post(reverse("events:cancel", args=[other_id])).status_code == 404
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


# --- Organiser screens --------------------------------------------------------------------------


def admin_url(page, name="events_registrants"):
    return reverse(name, args=[page.pk])


@pytest.fixture
def an_admin_without_page_rights(db):
    user = factories.member("eve", display_name="Eve")
    user.is_staff = True
    user.save()
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return user


@pytest.fixture
def a_chosen_organiser(an_event, db):
    user = factories.member("olu", display_name="Olu")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    an_event.organisers.add(user)
    an_event.save()
    return user


def test_registrant_lists_are_never_shown_to_visitors_members_or_other_editors(
    an_event, members, an_admin_without_page_rights
):
    registrations.register_member(an_event, members[0], [])
    for name in ("events_registrants", "events_registrants_export", "events_registrants_message"):
        url = admin_url(an_event, name)
        visitor = Client().get(url)
        assert visitor.status_code == 302 and "/admin/login/" in visitor["Location"]
        member = signed_in(members[1]).get(url)
        assert member.status_code in (302, 403)
        assert "amara@example.org" not in member.text
        # Wagtail's admin answers PermissionDenied by sending the editor to the dashboard.
        editor = signed_in(an_admin_without_page_rights).get(url)
        assert (editor.status_code, editor["Location"]) == (302, "/admin/")
    # Nor can they act.
    registration = Registration.objects.get()
    response = signed_in(an_admin_without_page_rights).post(
        admin_url(an_event), {"action": "decline", "registration": registration.pk}
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_editors_and_chosen_organisers_see_and_decide(an_event, an_editor, a_chosen_organiser):
    page = event(registration_approval=True, registration_capacity=1, title="Approval forum")
    page.organisers.add(a_chosen_organiser)
    page.save()
    amara = factories.member("amara", display_name="Amara Okafor")
    pending = registrations.register_member(page, amara, [])

    listing = signed_in(a_chosen_organiser).get(admin_url(page))
    assert listing.status_code == 200
    assert "Amara Okafor" in listing.text and "amara@example.org" in listing.text
    editor = signed_in(an_editor)
    assert editor.get(admin_url(page)).status_code == 200

    response = editor.post(admin_url(page), {"action": "approve", "registration": pending.pk})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == Status.CONFIRMED
    assert mail.outbox[-1].subject == "You are registered for Approval forum"
    # Approving again is a clear 409; unknown actions and registrations a 400.
    assert (
        editor.post(admin_url(page), {"action": "approve", "registration": pending.pk}).status_code
        == 409
    )
    assert editor.post(admin_url(page), {"action": "explode"}).status_code == 400
    for raw in ("x", "9" * 30, "²"):
        unknown = editor.post(admin_url(page), {"action": "approve", "registration": raw})
        assert unknown.status_code == 400
    # A registration of another event cannot be reached through this one.
    other = registrations.register_member(an_event, amara, [])
    assert (
        editor.post(admin_url(page), {"action": "decline", "registration": other.pk}).status_code
        == 400
    )


def test_the_page_editor_links_to_the_registrations(an_event, an_editor):
    response = signed_in(an_editor).get(reverse("wagtailadmin_pages:edit", args=[an_event.pk]))
    assert admin_url(an_event) in response.text


def test_csv_export_quotes_formulas(an_editor, db):
    page = event(registration_non_members=True, registration_questions=QUESTIONS)
    guest = registrations.register_guest(
        page,
        '=HYPERLINK("http://evil.example")',
        "ines@example.org",
        [{"id": QUESTIONS[0]["id"], "type": "short_text", "label": "Org", "answer": "+1+1"}],
    )
    registrations.confirm_guest(guest.pk)
    response = signed_in(an_editor).get(admin_url(page, "events_registrants_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:2] == ["Name", "Email"]
    assert rows[1][0] == '\'=HYPERLINK("http://evil.example")'
    assert rows[1][6] == "'+1+1"


def test_organisers_email_all_registrants_through_the_outbox(an_event, members, an_editor):
    for member in members[:3]:
        registrations.register_member(an_event, member, [])
    mail.outbox.clear()
    client = signed_in(an_editor)
    bad = client.post(admin_url(an_event, "events_registrants_message"), {"subject": ""})
    assert bad.status_code == 400
    assert not mail.outbox
    response = client.post(
        admin_url(an_event, "events_registrants_message"),
        {"subject": "Room change", "text": "We meet in room 4."},
    )
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == [
        "amara@example.org",
        "bilal@example.org",
        "chen@example.org",
    ]
    assert all("We meet in room 4." in m.body for m in mail.outbox)


def test_attendance_after_the_event_and_the_profile_shows_it_when_chosen(an_editor, members):
    page = event(start=timezone.now() + datetime.timedelta(hours=1), title="Past forum")
    registration = registrations.register_member(page, members[0], [])
    client = signed_in(an_editor)
    early = client.post(admin_url(page), {"action": "present", "registration": registration.pk})
    assert early.status_code == 409
    page.start = timezone.now() - datetime.timedelta(hours=1)
    page.save_revision().publish()
    response = client.post(admin_url(page), {"action": "present", "registration": registration.pk})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.attended is True

    profile_url = reverse("members:profile", args=["amara"])
    viewer = signed_in(members[1])
    assert "Past forum" not in viewer.get(profile_url).text  # off by default
    members[0].profile.show_attended_events = True
    members[0].profile.save()
    assert "Past forum" in viewer.get(profile_url).text
