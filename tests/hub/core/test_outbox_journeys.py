"""While the SMTP server refuses, every journey that sends mail still succeeds; each mail then
arrives exactly once when the server accepts again."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from hub.core import outbox
from hub.core.models import OutboxMessage
from hub.messaging.services import conversations
from tests.factories import members as factories
from tests.factories.members import PASSWORD
from tests.services import free_port

pytestmark = [pytest.mark.smtp, pytest.mark.django_db]


@pytest.fixture
def a_resource(db):
    from cms.models import ResourcePage

    return ResourcePage.objects.live().order_by("pk").first()


def comment_url(target):
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(target)
    return reverse("discussions:post", args=[content_type.pk, target.pk])


def test_every_mail_written_while_smtp_refuses_arrives_exactly_once_later(
    client, settings, an_outbox, a_resource, django_capture_on_commit_callbacks
):
    settings.HUB_COMMENT_HOLD_FIRST = 0
    amara = factories.member("amara", display_name="Amara Okafor")
    bilal = factories.member("bilal", display_name="Bilal Haddad")
    carmen = factories.member("carmen", membership_status="pending", join_reason="Remittances.")
    editor = factories.member("edith", display_name="Edith Editor")
    editor.is_staff = True
    editor.save()
    editor.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_profile"),
        Permission.objects.get(codename="change_messagereport"),
    )
    a_conversation = conversations.start(amara, [bilal], "Hello Bilal")
    an_outbox.refuse_temporarily = 10_000  # every attempt while the journeys run

    answers = {}
    with django_capture_on_commit_callbacks(execute=True):
        answers["sign-up"] = client.post(
            reverse("account_signup"),
            {
                "email": "dina@example.org",
                "username": "dina",
                "password1": PASSWORD,
                "password2": PASSWORD,
                "display_name": "Dina Mansour",
                "join_reason": "I coordinate diaspora investment programmes.",
                "accept_terms": "on",
            },
        )
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        answers["reset"] = client.post(
            reverse("account_reset_password"), {"email": "amara@example.org"}
        )
    with django_capture_on_commit_callbacks(execute=True):
        answers["subscribe"] = client.post(
            "/digests/", {"email": "visitor@example.org", "frequency": "daily"}
        )
    client.force_login(amara)
    with django_capture_on_commit_callbacks(execute=True):
        answers["comment"] = client.post(comment_url(a_resource), {"comment": "First"})
    client.force_login(bilal)
    first = a_resource_comments(a_resource)[0]
    with django_capture_on_commit_callbacks(execute=True):
        answers["reply"] = client.post(
            comment_url(a_resource), {"comment": "A reply", "reply_to": first.pk}
        )
        answers["report"] = client.post(
            reverse("messaging:report", args=[a_conversation.messages.get().pk]),
            {"reason": "spam", "details": "Ads"},
        )
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        answers["approval"] = client.post(
            f"/admin/membership/edit/{carmen.profile.pk}/", {"membership_status": "approved"}
        )

    assert {name: r.status_code for name, r in answers.items()} == {
        "sign-up": 302,
        "reset": 302,
        "subscribe": 200,
        "comment": 302,
        "reply": 302,
        "report": 302,
        "approval": 302,
    }
    assert an_outbox.received == []
    assert an_outbox.attempts >= 6  # each was tried once, after its commit
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {"pending"}

    an_outbox.refuse_temporarily = 0
    outbox.send_due(now=timezone.now() + timedelta(hours=1))
    outbox.send_due(now=timezone.now() + timedelta(hours=2))  # a second sweep sends nothing

    ids = [m["Message-ID"] for m in an_outbox.received]
    assert len(ids) == len(set(ids))  # nothing arrived twice
    assert {a: len(an_outbox.to(a)) for a in EXPECTED} == EXPECTED
    link = re.search(r"http://testserver(/accounts/confirm-email/\S+)", text_of(an_outbox, "dina"))
    assert link and client.get(link.group(1)).status_code == 200
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {"sent"}


EXPECTED = {
    "dina@example.org": 1,  # the sign-up's verification
    "amara@example.org": 2,  # the password reset, and the notice of Bilal's reply
    "visitor@example.org": 1,  # the digest confirmation
    "edith@example.org": 1,  # the message report, to a moderator
    "carmen@example.org": 1,  # the membership decision
}


def text_of(server, name):
    [message] = server.to(f"{name}@example.org")
    parts = [p for p in message.walk() if p.get_content_type() == "text/plain"]
    return parts[0].get_payload(decode=True).decode()


def a_resource_comments(target):
    from hub.discussions.models import ThreadComment

    return list(ThreadComment.objects.filter(object_pk=str(target.pk)).order_by("pk"))


@pytest.fixture
def a_dead_broker(settings, monkeypatch):
    """Tasks are queued (not eager) to a broker that nobody answers."""
    from hub.celery import app
    from hub.core import queueing

    broker = app.conf.broker_url
    app.conf.broker_url = f"redis://127.0.0.1:{free_port()}/0"
    app.conf.task_always_eager = False
    app._after_fork()  # Celery's own reset of its connection pools, for the new URL
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    yield
    app.conf.broker_url = broker
    app.conf.task_always_eager = True
    app._after_fork()


def test_with_the_broker_down_each_mail_waits_in_the_outbox_with_its_change(
    client, an_outbox, a_resource, a_dead_broker, django_capture_on_commit_callbacks, settings
):
    settings.HUB_COMMENT_HOLD_FIRST = 0
    amara = factories.member("amara", display_name="Amara Okafor")
    bilal = factories.member("bilal", display_name="Bilal Haddad")
    moderator = factories.member("mo", display_name="Mo Moderator")
    moderator.user_permissions.add(Permission.objects.get(codename="change_messagereport"))
    message = conversations.start(amara, [bilal], "Hello Bilal").messages.get()
    client.force_login(amara)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(comment_url(a_resource), {"comment": "First"})
    client.force_login(bilal)
    with django_capture_on_commit_callbacks(execute=True):
        reply = client.post(
            comment_url(a_resource),
            {"comment": "A reply", "reply_to": a_resource_comments(a_resource)[0].pk},
        )
        report = client.post(
            reverse("messaging:report", args=[message.pk]), {"reason": "spam", "details": ""}
        )
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        subscribed = client.post("/digests/", {"email": "v@example.org", "frequency": "daily"})

    assert [first.status_code, reply.status_code, report.status_code] == [302, 302, 302]
    assert subscribed.status_code == 200
    waiting = OutboxMessage.objects.filter(status="pending")
    assert waiting.filter(to=["amara@example.org"]).count() == 1  # the reply's notice
    assert waiting.filter(to=["v@example.org"]).count() == 1
    assert waiting.filter(to=["mo@example.org"], subject__contains="reported").count() == 1
    assert an_outbox.received == []

    outbox.send_due()  # what beat does once the broker is back

    assert len(an_outbox.to("amara@example.org")) == 1
    assert len(an_outbox.to("mo@example.org")) == 1
    assert not OutboxMessage.objects.exclude(status="sent").exists()
