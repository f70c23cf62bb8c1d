"""Bad input found by probing gets a clear message and a 4xx, never a 500.

Each test is one finding; tests/hub/core/test_url_fuzzing.py sweeps the same classes of input
over every URL.
"""

import pytest
from django.contrib.contenttypes.models import ContentType

from cms.models import EDiscussionPage, ResourcePage, Theme
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
        assert client.get(url).status_code == 404, url
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
