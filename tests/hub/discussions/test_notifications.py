import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client

from hub.discussions.models import Follow
from hub.discussions.services import comments as comment_service
from hub.discussions.services import notifications
from hub.notifications.models import Notification


@pytest.fixture
def comments(django_capture_on_commit_callbacks):
    """The comments service, with the emails its commits trigger sent at once."""

    class Sending:
        @staticmethod
        def post(*args, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return comment_service.post(*args, **kwargs)

    return Sending


def links(message) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


def test_the_author_follows_and_gets_an_email_on_a_reply(a_resource, amara, bilal, comments):
    first = comments.post(amara, a_resource, "What do you think?")
    mail.outbox.clear()
    reply = comments.post(bilal, a_resource, "I agree.", first.pk)
    assert [m.to for m in mail.outbox] == [["amara@example.org"]]
    message = mail.outbox[0]
    assert "Bilal Haddad" in message.body and "I agree." in message.body
    assert f"/discussions/comment/{reply.pk}/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_link_leads_to_the_reply(client, a_resource, amara, bilal, comments):
    first = comments.post(amara, a_resource, "Q")
    reply = comments.post(bilal, a_resource, "A", first.pk)
    link = next(u for u in links(mail.outbox[-1]) if "/comment/" in u)
    response = client.get(link.split("127.0.0.1:8000")[-1])
    assert response.status_code == 302
    assert response["Location"] == f"{a_resource.url}#c{reply.pk}"


def test_one_click_unfollow_without_signing_in(a_resource, amara, bilal, comments):
    comments.post(amara, a_resource, "Q")
    comments.post(bilal, a_resource, "A")
    unfollow = next(u for u in links(mail.outbox[-1]) if "/unfollow/" in u)
    path = unfollow.split("127.0.0.1:8000")[-1]
    anonymous = Client(enforce_csrf_checks=True)
    assert "Stop these emails" in anonymous.get(path).content.decode()
    assert Follow.objects.filter(user=amara).exists()
    assert anonymous.post(path).status_code == 200
    assert not Follow.objects.filter(user=amara).exists()
    mail.outbox.clear()
    comments.post(bilal, a_resource, "B")
    assert mail.outbox == []


@pytest.mark.parametrize("token", ["garbage", "x" * 300, "eyJmIjoxfQ:1:bad"])
def test_a_forged_unfollow_token_is_refused(client, db, token):
    assert client.post(f"/discussions/unfollow/{token}/").status_code == 400


def test_a_mention_notifies_the_member(a_resource, amara, bilal, comments):
    mail.outbox.clear()
    comments.post(amara, a_resource, "What does @bilal think?")
    assert [m.to for m in mail.outbox] == [["bilal@example.org"]]
    assert "mentioned you" in mail.outbox[0].subject


def test_notices_are_sent_once_even_if_the_task_runs_again(
    a_resource, amara, bilal, comments, django_capture_on_commit_callbacks
):
    first = comments.post(amara, a_resource, "Q")
    reply = comments.post(bilal, a_resource, "A", first.pk)
    count = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        assert notifications.send_for(reply.pk) == 0
    assert len(mail.outbox) == count
    assert Notification.objects.get(recipient=amara).count == 1


def test_the_follow_button_toggles(client, a_resource, amara):
    client.force_login(amara)
    url = post_url_follow(a_resource)
    client.post(url)
    assert Follow.objects.filter(user=amara).count() == 1
    client.post(url)
    assert not Follow.objects.exists()


def post_url_follow(target):
    from django.contrib.contenttypes.models import ContentType

    return f"/discussions/follow/{ContentType.objects.get_for_model(target).pk}/{target.pk}/"


@pytest.mark.smtp
def test_reply_emails_go_through_a_real_smtp_server(
    settings, an_smtp_server, a_resource, amara, bilal, comments
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = an_smtp_server.host, an_smtp_server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    first = comments.post(amara, a_resource, "Q")
    comments.post(bilal, a_resource, "A", first.pk)
    assert an_smtp_server.wait_for(1) == 1
    received = an_smtp_server.received
    assert received[0]["To"] == "amara@example.org"
    assert received[0]["List-Unsubscribe"]


def test_mentions_past_the_limit_get_no_email_and_the_author_is_told(
    client, a_resource, amara, settings, django_capture_on_commit_callbacks
):
    from django.conf import settings as live_settings

    from tests.factories import members as factories

    from .conftest import post_url

    settings.HUB_MENTION_LIMIT = 2
    for name in ("m1", "m2", "m3", "m4"):
        factories.member(name)
    client.force_login(amara)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            post_url(a_resource), {"comment": "@m1 @m2 @nobody @m3 @m1 and @m4"}, follow=True
        )
    assert sorted(m.to[0] for m in mail.outbox) == ["m1@example.org", "m2@example.org"]
    html = response.content.decode()
    assert f"Only the first {live_settings.HUB_MENTION_LIMIT} members you mention" in html
    assert "@m3, @m4" in html and "@m1," not in html


def test_the_mention_limit_is_ten_by_default():
    from django.conf import settings

    assert settings.HUB_MENTION_LIMIT == 10


def test_each_recipient_reads_the_notice_in_their_own_language(a_resource, amara, bilal, comments):
    from django.utils import translation

    from hub.members.models import Profile
    from tests.factories import members

    Profile.objects.filter(user=amara).update(language="fr")
    members.member("chidi", display_name="Chidi Eze")  # chose no language
    first = comments.post(amara, a_resource, "Q")
    mail.outbox.clear()
    with translation.override("es"):  # whatever language the author writes from
        comments.post(bilal, a_resource, "A @chidi", first.pk)
    by_address = {m.to[0]: m for m in mail.outbox}
    french = by_address["amara@example.org"]
    assert french.subject.startswith("[M4D Hub] Nouveau commentaire sur")
    assert "Bonjour amara," in french.body
    assert "/fr/discussions/comment/" in french.body
    assert '<html lang="fr" dir="ltr">' in french.alternatives[0][0]
    english = by_address["chidi@example.org"]
    assert "mentioned you" in english.subject and "/es/" not in english.body
    # The signed one-click link in the French email still works: it stops reply emails.
    path = urlsplit(french.extra_headers["List-Unsubscribe"].strip("<>")).path
    assert path.startswith("/fr/notifications/unsubscribe/replies/")
    assert Client(enforce_csrf_checks=True).post(path).status_code == 200
    mail.outbox.clear()
    comments.post(bilal, a_resource, "B")
    assert mail.outbox == []
