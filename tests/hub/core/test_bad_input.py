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
