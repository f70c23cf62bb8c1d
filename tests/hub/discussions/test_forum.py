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
    assert "does not exist" in response.content.decode()


def test_the_site_search_lists_matching_topics(client, amara):
    theme = Theme.objects.order_by("pk").first()
    topic = topics.start(amara, theme, "Circular migration schemes", "Seasonal workers and skills")

    html = client.get("/search/", {"q": "circular"}).content.decode()

    assert "Forum topics" in html
    assert topic.get_absolute_url() in html
    assert "Unrelated" not in html
