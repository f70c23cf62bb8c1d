"""Bad input found by probing gets a clear message and a 4xx, never a 500.

Each test is one finding; tests/hub/core/test_url_fuzzing.py sweeps the same classes of input
over every URL.
"""

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from cms.models import EDiscussionPage, EventIndexPage, EventPage, ResourcePage, Theme
from hub.digests.models import Subscription
from hub.discussions.services import topics

pytestmark = pytest.mark.django_db

TOO_BIG = str(2**63)


def test_site_search_takes_quotes_once_a_forum_topic_exists(client, an_approved_member, settings):
    settings.HUB_COMMENT_HOLD_FIRST = 0
    topics.start(an_approved_member, Theme.objects.first(), "Remittances", "Costs are falling.")

    for q in ('a"b', '"', "a AND (b", "NEAR(a b)", "title:x", "*"):
        response = client.get("/search/", {"q": q})
        assert response.status_code == 200, q


@pytest.mark.parametrize(
    "url",
    [
        "/members/%00/",
        "/messages/block/%00/",
        "/discussions/forum/?theme=%00",
        "/messages/recipients.json?q=%00",
        "/search/?q=a%00b",
        "/?%00=1",
    ],
)
def test_a_nul_byte_in_the_path_or_query_is_refused_with_a_400(client, an_approved_member, url):
    client.force_login(an_approved_member)

    response = client.get(url)

    assert response.status_code == 400
    assert "NUL" in response.content.decode()


def test_a_nul_byte_in_a_posted_path_is_refused_too(client, an_approved_member):
    client.force_login(an_approved_member)
    assert client.post("/messages/block/%00/").status_code == 400


def test_ids_too_big_for_the_database_are_not_found(client, an_approved_member, an_editor):
    resource_type = ContentType.objects.get_for_model(ResourcePage).pk
    resource = ResourcePage.objects.live().first()
    client.force_login(an_approved_member)
    urls = [
        f"/discussions/comment/{TOO_BIG}/",
        f"/discussions/comment/{TOO_BIG}/flag/",
        f"/discussions/post/{resource_type}/{TOO_BIG}/",
        f"/discussions/post/{TOO_BIG}/{resource.pk}/",
        f"/discussions/follow/{resource_type}/{TOO_BIG}/",
        f"/discussions/forum/{TOO_BIG}/",
        f"/discussions/e-discussions/{TOO_BIG}/summary/",
        f"/messages/{TOO_BIG}/",
        f"/messages/report/{TOO_BIG}/",
        f"/members/me/submissions/{TOO_BIG}/edit/",
    ]
    for url in urls:
        assert client.get(url).status_code in (404, 405), url  # (405: a POST-only URL)
        assert client.post(url).status_code == 404, url

    client.force_login(an_editor)
    promote = f"/admin/discussions/e-discussion/{TOO_BIG}/promote/"
    assert client.get(promote).status_code == 404
    assert client.get(f"/admin/discussions/comment/{TOO_BIG}/remove/").status_code == 404


def test_the_largest_id_the_database_holds_is_still_looked_up(client):
    page = EDiscussionPage.objects.live().first()
    assert client.get(f"/discussions/e-discussions/{2**63 - 1}/summary/").status_code in (
        302,
        404,
    )
    assert client.get(f"/discussions/e-discussions/{page.pk}/summary/").status_code != 404


@pytest.mark.parametrize("action", ["block", "unblock"])
@pytest.mark.parametrize(
    "target",
    ["foo", "messaging:inbox", "//evil.example/", "/\\evil.example/", "https://evil.example/"],
)
def test_block_and_unblock_go_back_only_to_a_local_path(
    client, an_approved_member, another_member, action, target
):
    client.force_login(an_approved_member)

    response = client.post(f"/messages/{action}/bilal/", {"next": target})

    assert response.status_code == 302
    assert response["Location"] == "/messages/"


def test_block_goes_back_to_the_page_it_came_from(client, an_approved_member, another_member):
    client.force_login(an_approved_member)

    response = client.post("/messages/block/bilal/", {"next": "/members/bilal/?tab=1"})

    assert response["Location"] == "/members/bilal/?tab=1"


def test_an_event_at_the_end_of_the_calendar_is_refused_with_a_message(
    client, an_approved_member, submission_indexes
):
    client.force_login(an_approved_member)
    before = EventPage.objects.count()

    response = client.post(
        "/members/submit/event/",
        {
            "title": "The last event",
            "summary": "At the edge of time.",
            "start": "9999-12-31T23:00",
            "end": "9999-12-31T23:30",
            "time_zone": "Etc/GMT+12",
            "event_format": "online",
        },
    )

    assert response.status_code == 400
    assert "too far in the future" in response.content.decode()
    assert EventPage.objects.count() == before


def test_an_editor_gets_a_message_for_an_event_at_the_end_of_the_calendar(
    client, django_user_model
):
    editor = django_user_model.objects.create_superuser("chief", "chief@example.org", "x")
    client.force_login(editor)
    parent = EventIndexPage.objects.first()

    response = client.post(
        f"/admin/pages/add/cms/eventpage/{parent.pk}/",
        {
            "title": "The last event",
            "slug": "the-last-event",
            "start": "9999-12-31 23:00",
            "end": "9999-12-31 23:30",
            "time_zone": "Etc/GMT+12",
            "event_format": "online",
            "registration_questions-count": "0",
        },
    )

    assert response.status_code in (200, 400)
    assert "too far in the future" in response.content.decode()
    assert not EventPage.objects.filter(slug="the-last-event").exists()


def test_a_digest_preview_dated_at_the_end_of_the_calendar_says_so(client, an_editor):
    Subscription.objects.create(email="alice@example.org", frequency="daily")
    an_editor.user_permissions.add(*Permission.objects.filter(content_type__app_label="digests"))
    client.force_login(an_editor)

    for frequency, day in [
        ("daily", "9999-12-31"),
        ("daily", "9999-12-30"),
        ("weekly", "9999-12-27"),
        ("monthly", "9999-12-01"),
        ("weekly", "0001-01-01"),
        ("", "9999-12-31"),
    ]:
        response = client.get(
            "/admin/digests/preview/",
            {"subscription": "alice@example.org", "frequency": frequency, "date": day},
        )
        assert response.status_code == 400, (frequency, day)
        assert "too far in the future" in response.content.decode()


def test_the_digest_command_refuses_a_date_at_the_end_of_the_calendar():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="too far in the future"):
        call_command("send_digests", "--frequency", "weekly", "--date", "9999-12-31")


def test_a_valid_digest_preview_date_is_still_taken():
    from hub.digests.services import periods

    moment = datetime(9998, 12, 31, 12, tzinfo=UTC)
    for frequency in ("daily", "weekly", "monthly"):
        assert periods.containing(frequency, moment).end.year == 9999
