from django.test import Client

from cms.models import Theme
from hub.discussions.services import comments, topics
from hub.members.services import privacy


def test_my_comments_topics_and_follows_are_in_my_data_export(a_resource, amara):
    comments.post(amara, a_resource, "my words")
    topics.start(amara, Theme.objects.first(), "My topic", "my opening")
    data = privacy.export(amara)["discussions"]
    assert [c["text"] for c in data["comments"]] == ["my words", "my opening"]
    assert [t["title"] for t in data["topics"]] == ["My topic"]
    assert len(data["follows"]) == 2


def test_erasing_an_account_leaves_anonymous_stubs_that_keep_replies(a_resource, amara, bilal):
    top = comments.post(amara, a_resource, "personal story")
    comments.post(bilal, a_resource, "thanks for sharing", top.pk)
    for erase in privacy._erasers:
        erase(amara)
    amara.delete()
    html = Client().get(a_resource.url).content.decode()
    assert "personal story" not in html and "Amara" not in html
    assert "thanks for sharing" in html
