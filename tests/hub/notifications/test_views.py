"""The bell, the notification page, marking read, opening, preferences and unsubscribing."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from hub.discussions.models import ThreadComment
from hub.notifications.models import Channel, Notification, Preference
from hub.notifications.services import inbox, preferences
from tests.factories import members as factories


@pytest.fixture
def alices_notification(a_reply, alice):
    return Notification.objects.get(recipient=alice)


@pytest.fixture
def as_alice(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def as_bob(client, bob):
    client.force_login(bob)
    return client


# --- Denials ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method,name,args",
    [
        ("get", "notifications:list", []),
        ("get", "notifications:preferences", []),
        ("post", "notifications:read_all", []),
        ("post", "notifications:read", [1]),
    ],
)
def test_visitors_are_sent_to_sign_in(client, db, method, name, args):
    response = getattr(client, method)(reverse(name, args=args))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_marking_another_members_notification_is_a_404_and_changes_nothing(
    as_bob, alices_notification
):
    response = as_bob.post(reverse("notifications:read", args=[alices_notification.pk]))
    assert response.status_code == 404
    alices_notification.refresh_from_db()
    assert alices_notification.read_at is None


def test_opening_another_members_notification_is_a_404(as_bob, alices_notification):
    url = inbox.open_path(alices_notification)
    assert as_bob.get(url).status_code == 404
    alices_notification.refresh_from_db()
    assert alices_notification.read_at is None


def test_a_forged_or_borrowed_open_link_is_refused(as_alice, alices_notification, alice, bob):
    pk = alices_notification.pk
    assert as_alice.get(f"/notifications/{pk}/open/forged/").status_code == 400
    # A link signed for someone else's notification does not open this one.
    other = Notification.objects.create(
        recipient=bob,
        kind="replies",
        verb="replied",
        target_type=alices_notification.target_type,
        target_id=alices_notification.target_id,
        thread_type=alices_notification.thread_type,
        thread_id=alices_notification.thread_id,
    )
    signature = inbox.open_signature(other)
    assert as_alice.get(f"/notifications/{pk}/open/{signature}/").status_code == 400
    alices_notification.refresh_from_db()
    assert alices_notification.read_at is None


@pytest.mark.parametrize(
    "path",
    [
        "/notifications/0/read/",
        "/notifications/abc/read/",
        "/notifications/99999999999999999999/read/",
        "/notifications/9223372036854775807/read/",
        "/notifications/-1/read/",
    ],
)
def test_bad_ids_are_404_never_500(as_alice, db, path):
    assert as_alice.post(path).status_code == 404


def test_marking_read_needs_a_post(as_alice, alices_notification):
    url = reverse("notifications:read", args=[alices_notification.pk])
    assert as_alice.get(url).status_code == 405
    assert as_alice.get(reverse("notifications:read_all")).status_code == 405


def test_mark_read_and_mark_all_read_need_the_csrf_token(alice, alices_notification):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alice)
    assert strict.post(reverse("notifications:read_all")).status_code == 403
    url = reverse("notifications:read", args=[alices_notification.pk])
    assert strict.post(url).status_code == 403
    assert inbox.unread_count(alice) == 1
    page = strict.get(reverse("notifications:list")).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert strict.post(url, {"csrfmiddlewaretoken": token}).status_code == 302
    assert inbox.unread_count(alice) == 0


def test_preferences_refuse_a_bad_choice_with_a_400(as_alice, alice):
    data = {kind: "immediate" for kind in preferences.channels_for(alice)}
    data["replies"] = "hourly"
    response = as_alice.post(reverse("notifications:preferences"), data)
    assert response.status_code == 400
    assert not Preference.objects.exists()


def test_a_next_pointing_elsewhere_is_ignored(as_alice, alices_notification):
    url = reverse("notifications:read", args=[alices_notification.pk])
    response = as_alice.post(url, {"next": "https://evil.example/"})
    assert response["Location"] == reverse("notifications:list")


# --- Grants ----------------------------------------------------------------------------------


def test_the_bell_shows_the_unread_count(as_alice, alices_notification, a_page):
    html = as_alice.get(reverse("notifications:list")).content.decode()
    assert 'href="/notifications/"' in html and "1 new" in html
    assert "Bob Banda replied to you on" in html and a_page.title in html


def test_opening_marks_read_and_leads_to_the_reply(as_alice, alices_notification, a_reply):
    response = as_alice.get(inbox.open_path(alices_notification))
    assert response.status_code == 302
    assert response["Location"] == reverse("discussions:comment", args=[a_reply.pk])
    alices_notification.refresh_from_db()
    assert alices_notification.read_at is not None


def test_opening_a_notification_about_hidden_content_is_a_404(
    as_alice, alices_notification, a_reply
):
    ThreadComment.objects.filter(pk=a_reply.pk).update(hidden_by_flags=True)
    assert as_alice.get(inbox.open_path(alices_notification)).status_code == 404


def test_mark_all_read(as_alice, alice, alices_notification):
    response = as_alice.post(reverse("notifications:read_all"), follow=True)
    assert response.status_code == 200
    assert inbox.unread_count(alice) == 0
    assert "Mark all as read" not in response.content.decode()


def test_preferences_are_saved(as_alice, alice):
    data = {kind: "immediate" for kind in preferences.channels_for(alice)}
    data["replies"] = "daily"
    response = as_alice.post(reverse("notifications:preferences"), data)
    assert response.status_code == 302
    assert preferences.channels_for(alice)["replies"] == "daily"
    assert as_alice.get(response["Location"]).status_code == 200


def test_pages_are_in_the_members_language(as_alice, alices_notification):
    response = as_alice.get("/fr/notifications/")
    assert response.status_code == 200
    assert '<html lang="fr"' in response.content.decode()


# --- One-click unsubscribe -------------------------------------------------------------------


def test_one_click_unsubscribe_works_without_signing_in(alice):
    path = preferences.unsubscribe_url(alice, "replies").split("testserver")[-1]
    anonymous = Client(enforce_csrf_checks=True)
    assert "Stop these emails" in anonymous.get(path).content.decode()
    assert preferences.channels_for(alice)["replies"] == Channel.IMMEDIATE  # a GET changes nothing
    response = anonymous.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert preferences.channels_for(alice)["replies"] == Channel.SITE


def test_unsubscribing_from_a_digest_stops_every_kind_in_it(alice):
    preferences.save(alice, {"replies": Channel.DAILY, "events": Channel.DAILY})
    preferences.save(alice, {"mentions": Channel.WEEKLY})
    path = preferences.unsubscribe_url(alice, "daily").split("testserver")[-1]
    assert Client().post(path).status_code == 200
    chosen = preferences.channels_for(alice)
    assert (chosen["replies"], chosen["events"], chosen["mentions"]) == ("site", "site", "weekly")


@pytest.mark.parametrize("kind", ["mentions", "membership", "nonsense", "daily"])
def test_a_link_for_one_kind_does_not_work_for_another(alice, kind):
    token = preferences.unsubscribe_url(alice, "replies").rstrip("/").rsplit("/", 1)[-1]
    response = Client().post(f"/notifications/unsubscribe/{kind}/{token}/")
    assert response.status_code == 400
    assert not Preference.objects.exists()


@pytest.mark.parametrize("token", ["garbage", "x" * 300, "1:bad:sig"])
def test_a_forged_unsubscribe_token_is_refused(db, token):
    assert Client().post(f"/notifications/unsubscribe/replies/{token}/").status_code == 400


# --- Queries ---------------------------------------------------------------------------------


def test_the_unread_count_is_one_query(alice, alices_notification):
    with CaptureQueriesContext(connection) as queries:
        assert inbox.unread_count(alice) == 1
    assert len(queries) == 1


def test_the_bell_costs_one_query_in_the_header(rf, alice, alices_notification):
    from hub.members.context_processors import account

    request = rf.get("/")
    request.user = alice
    nav = account(request)["account_nav"]
    with CaptureQueriesContext(connection) as queries:
        assert nav["notifications"] == 1
    assert sum("notifications_notification" in q["sql"] for q in queries) == 1


def test_visitors_cost_no_query_for_the_bell(rf, db):
    from django.contrib.auth.models import AnonymousUser

    from hub.members.context_processors import account

    request = rf.get("/")
    request.user = AnonymousUser()
    with CaptureQueriesContext(connection) as queries:
        assert dict(account(request)["account_nav"]) == {}
    assert len(queries) == 0


def _many(recipient, comment, n):
    comment_type = ContentType.objects.get_for_model(ThreadComment)
    page_type = ContentType.objects.get_for_model(comment.content_type.model_class())
    Notification.objects.bulk_create(
        [
            Notification(
                recipient=recipient,
                kind="replies",
                verb="commented",
                actor=comment.user,
                target_type=comment_type,
                target_id=str(comment.pk),
                target_ids=[str(comment.pk)],
                thread_type=page_type,
                thread_id=comment.object_pk,
                title=f"Thread {i}",
            )
            for i in range(n)
        ]
    )


def _queries_for_the_page(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_notification_page_makes_as_many_queries_for_10_as_for_1000(
    client, a_reply, bob, settings
):
    few, many = factories.member("few"), factories.member("many")
    _many(few, a_reply, 10)
    _many(many, a_reply, 1000)
    counts = []
    for user in (few, many):
        client.force_login(user)
        _queries_for_the_page(client, "/notifications/")  # warm caches (content types, site)
        counts.append(_queries_for_the_page(client, "/notifications/"))
        counts.append(_queries_for_the_page(client, "/notifications/?page=2"))
    assert counts[0] == counts[2] == counts[3], counts
    assert counts[0] <= 30
