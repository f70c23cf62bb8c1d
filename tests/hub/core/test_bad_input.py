"""Bad input found by probing gets a clear message and a 4xx, never a 500.

Each test is one finding; tests/hub/core/test_url_fuzzing.py sweeps the same classes of input
over every URL.
"""

import pytest

from cms.models import Theme
from hub.discussions.services import topics

pytestmark = pytest.mark.django_db


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
