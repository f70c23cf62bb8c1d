from django.test import Client

from cms.models import Theme
from hub.discussions.models import Topic
from hub.discussions.services import comments, topics


def test_a_member_starts_a_topic_in_a_theme(client, amara):
    theme = Theme.objects.order_by("pk").first()
    client.force_login(amara)
    response = client.post(
        "/discussions/forum/new/",
        {"theme": theme.pk, "title": "Remittance costs in 2026", "body": "What are you seeing?"},
    )
    topic = Topic.objects.get()
    assert response.status_code == 302 and response["Location"] == topic.get_absolute_url()
    html = Client().get(topic.get_absolute_url()).content.decode()
    assert "Remittance costs in 2026" in html and "What are you seeing?" in html


def test_non_members_cannot_start_topics(client, a_pending_member):
    assert client.get("/discussions/forum/new/").status_code == 302
    client.force_login(a_pending_member)
    client.post("/discussions/forum/new/", {"theme": 1, "title": "x", "body": "y"})
    assert not Topic.objects.exists()


def test_the_list_sorts_by_latest_activity_with_replies_and_last_poster(client, amara, bilal):
    theme = Theme.objects.order_by("pk").first()
    older = topics.start(amara, theme, "Older topic", "first")
    newer = topics.start(amara, theme, "Newer topic", "second")
    comments.post(bilal, older, "a reply brings it up")
    html = client.get("/discussions/forum/").content.decode()
    assert html.index("Older topic") < html.index("Newer topic")
    older.refresh_from_db()
    assert older.reply_count == 1 and older.last_poster_name == "Bilal Haddad"
    assert "Bilal Haddad" in html
    assert newer.reply_count == 0


def test_topic_titles_are_shown_as_text(client, amara):
    theme = Theme.objects.order_by("pk").first()
    topics.start(amara, theme, "<script>alert('t')</script>", "<b>body</b>")
    html = client.get("/discussions/forum/").content.decode()
    assert "<script>alert('t')" not in html
    assert "&lt;script&gt;" in html


def test_topics_are_found_by_wagtail_search(amara):
    theme = Theme.objects.order_by("pk").first()
    topics.start(amara, theme, "Circular migration schemes", "Seasonal workers and skills")
    topics.start(amara, theme, "Unrelated", "Nothing here")
    found = topics.search("circular")
    assert [t.title for t in found] == ["Circular migration schemes"]
    assert topics.search("  ") == []


def test_an_unknown_category_is_ignored_with_a_message(client, db):
    response = client.get("/discussions/forum/?theme=nope&page=zzz")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Unknown theme “nope” was ignored." in html
    assert "“zzz” is not a page number: showing page 1." in html


def test_the_forum_filters_by_category_and_words_with_counts(client, amara):
    first, second = Theme.objects.order_by("pk")[:2]
    topics.start(amara, first, "Circular migration schemes", "Seasonal workers and skills")
    topics.start(amara, second, "Diaspora bonds", "Investment at home")

    by_theme = client.get("/discussions/forum/", {"theme": first.slug}).context["search"]
    by_words = client.get("/discussions/forum/", {"q": "bonds"}).context["search"]

    assert [t.title for t in by_theme.items] == ["Circular migration schemes"]
    assert {v.value: v.count for v in by_theme.facet("theme").values} == {
        first.slug: 1,
        second.slug: 1,
    }
    assert [t.title for t in by_words.items] == ["Diaspora bonds"]


def test_the_site_search_lists_matching_topics(client, amara):
    theme = Theme.objects.order_by("pk").first()
    topic = topics.start(amara, theme, "Circular migration schemes", "Seasonal workers and skills")

    html = client.get("/search/", {"q": "circular"}).content.decode()

    assert "Forum topics" in html
    assert topic.get_absolute_url() in html
    assert "Unrelated" not in html


def test_a_new_members_topic_waits_for_approval_like_a_comment(client, amara, bilal, settings):
    from hub.discussions.services import moderation

    settings.HUB_COMMENT_HOLD_FIRST = 1
    theme = Theme.objects.order_by("pk").first()
    topic = topics.start(amara, theme, "Held topic title", "held opening words")
    assert "Held topic title" not in Client().get("/discussions/forum/").content.decode()
    assert topics.search("held") == []
    assert Client().get(topic.get_absolute_url()).status_code == 404
    client.force_login(bilal)
    assert client.get(topic.get_absolute_url()).status_code == 404
    client.force_login(amara)
    own = client.get(topic.get_absolute_url()).content.decode()
    assert "held opening words" in own and "Waiting for approval" in own
    response = client.post(
        "/discussions/forum/new/",
        {"theme": theme.pk, "title": "Second held", "body": "more words"},
        follow=True,
    )
    assert "once a moderator approves it" in response.content.decode()
    moderation.restore(topic.opening)
    assert "Held topic title" in Client().get("/discussions/forum/").content.decode()
    assert "held opening words" in Client().get(topic.get_absolute_url()).content.decode()


def test_a_topics_opening_post_is_flagged_and_hidden_like_a_comment(client, amara, settings):
    from tests.factories import members as factories

    settings.HUB_COMMENT_HIDE_AFTER_FLAGS = 2
    theme = Theme.objects.order_by("pk").first()
    topic = topics.start(amara, theme, "Cheap transfers", "buy my remittance product")
    flag_url = f"/discussions/comment/{topic.opening_id}/flag/"
    for name in ("f1", "f2"):
        client.force_login(factories.member(name))
        assert flag_url in client.get(topic.get_absolute_url()).content.decode()
        assert client.post(flag_url, {"reason": "spam"}).status_code == 302
    assert "Cheap transfers" not in Client().get("/discussions/forum/").content.decode()
    assert Client().get(topic.get_absolute_url()).status_code == 404
    assert topics.search("remittance") == []


def test_a_mention_in_the_opening_post_notifies_the_member(
    amara, bilal, django_capture_on_commit_callbacks
):
    from django.core import mail

    theme = Theme.objects.order_by("pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        topics.start(amara, theme, "Diaspora bonds", "What does @bilal think?")
    assert [m.to for m in mail.outbox] == [["bilal@example.org"]]
    assert "mentioned you" in mail.outbox[0].subject


def test_the_opening_post_shows_first_and_replies_do_not_count_it(client, amara, bilal):
    theme = Theme.objects.order_by("pk").first()
    topic = topics.start(amara, theme, "Skills", "the opening words")
    comments.post(bilal, topic, "a first reply")
    html = client.get(topic.get_absolute_url()).content.decode()
    assert html.index("the opening words") < html.index("a first reply")
    topic.refresh_from_db()
    assert topic.reply_count == 1
