from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from django_comments_xtd.models import MaxThreadLevelExceededException

from hub.discussions.models import Ban, ThreadComment
from hub.discussions.services import comments
from tests.factories import members as factories

from .conftest import post_url


def say(client, target, text, reply_to=None):
    data = {"comment": text}
    if reply_to:
        data["reply_to"] = reply_to
    return client.post(post_url(target), data)


def test_a_member_comments_and_everyone_sees_it(client, a_resource, amara):
    client.force_login(amara)
    response = say(client, a_resource, "Useful **report**, see https://example.org/x")
    comment = ThreadComment.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#c{comment.pk}")
    page = Client().get(a_resource.url).content.decode()
    assert "Amara Okafor" in page
    assert "<strong>report</strong>" in page
    assert 'rel="nofollow ugc"' in page


def hrefs(html: str) -> list[str]:
    from html.parser import HTMLParser

    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(value or "" for name, value in attrs if name in ("href", "src"))

    Collector().feed(html)
    return found


XSS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "[click](javascript:alert(1))",
    "<a href='javascript:alert(1)'>x</a>",
]


@pytest.mark.parametrize("payload", XSS)
def test_markup_in_comments_is_shown_as_text(client, a_resource, payload, django_user_model):
    user = factories.member("xss", display_name='<img src=x onerror="alert(2)">')
    client.force_login(user)
    say(client, a_resource, payload)
    html = Client().get(a_resource.url).content.decode()
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert not [href for href in hrefs(html) if "javascript" in href.lower()]
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in html  # the name, as text


@pytest.mark.parametrize("who", ["anonymous", "pending", "rejected", "banned"])
def test_only_approved_members_in_good_standing_can_post(client, a_resource, who):
    if who == "pending":
        client.force_login(factories.member("pen", membership_status="pending"))
    elif who == "banned":
        user = factories.member("ban")
        Ban.objects.create(user=user)
        client.force_login(user)
    elif who == "rejected":
        client.force_login(factories.member("rej", membership_status="rejected"))
    response = say(client, a_resource, "hello")
    assert response.status_code == 403
    assert not ThreadComment.objects.exists()


def test_csrf_is_enforced(a_resource, amara):
    client = Client(enforce_csrf_checks=True)
    client.force_login(amara)
    assert say(client, a_resource, "hello").status_code == 403
    assert not ThreadComment.objects.exists()


def test_replies_past_the_deepest_level_get_a_clear_400_and_leave_no_row(
    client, a_resource, amara, bilal
):
    client.force_login(amara)
    parent = None
    for depth in range(3):  # levels 0, 1, 2: the default three
        assert say(client, a_resource, f"level {depth}", parent).status_code == 302
        parent = ThreadComment.objects.latest("pk").pk
    assert ThreadComment.objects.latest("pk").level == 2
    response = say(client, a_resource, "too deep", parent)
    assert response.status_code == 400
    assert "cannot go deeper" in response.content.decode()
    assert ThreadComment.objects.count() == 3
    assert not ThreadComment.objects.filter(comment="too deep").exists()


def test_xtd_itself_would_leave_an_orphan_row(a_resource, amara):
    """The defect the service guards against: xtd's save() inserts, then raises."""
    top = comments.post(amara, a_resource, "top")
    mid = comments.post(amara, a_resource, "mid", top.pk)
    low = comments.post(amara, a_resource, "low", mid.pk)
    orphan = ThreadComment(
        content_type=top.content_type,
        object_pk=top.object_pk,
        site_id=1,
        user=amara,
        comment="orphan",
        parent_id=low.pk,
    )
    with pytest.raises(MaxThreadLevelExceededException):
        orphan.save()
    assert ThreadComment.objects.filter(comment="orphan").exists()


@pytest.mark.parametrize(
    "path_args, data",
    [
        (("999999", "1"), {"comment": "x"}),
        (("1", "abc"), {"comment": "x"}),
        (None, {"comment": "x", "reply_to": "not-a-number"}),
        (None, {"comment": "x", "reply_to": "999999"}),
        (None, {"comment": ""}),
        (None, {"comment": "x" * 3001}),
        (None, {}),
    ],
)
def test_bad_input_gets_a_4xx_never_a_500(client, a_resource, amara, path_args, data):
    client.force_login(amara)
    url = post_url(a_resource)
    if path_args:
        url = f"/discussions/post/{path_args[0]}/{path_args[1]}/"
    response = client.post(url, data)
    assert 400 <= response.status_code < 500
    assert not ThreadComment.objects.exists()


def test_a_page_type_without_comments_refuses_them(client, amara):
    from cms.models import StandardPage

    page = StandardPage.objects.live().first()
    client.force_login(amara)
    assert say(client, page, "hello").status_code == 404


def test_authors_edit_within_the_window_and_not_after(client, a_resource, amara, bilal):
    comment = comments.post(amara, a_resource, "frist")
    client.force_login(amara)
    response = client.post(f"/discussions/comment/{comment.pk}/edit/", {"comment": "first"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.comment == "first" and comment.edited_at
    ThreadComment.objects.filter(pk=comment.pk).update(
        submit_date=timezone.now() - timedelta(minutes=16)
    )
    response = client.post(f"/discussions/comment/{comment.pk}/edit/", {"comment": "again"})
    assert response.status_code == 403
    client.force_login(bilal)
    other = comments.post(amara, a_resource, "mine")
    response = client.post(f"/discussions/comment/{other.pk}/edit/", {"comment": "x"})
    assert response.status_code == 403


def test_deleting_leaves_a_stub_and_keeps_the_replies(client, a_resource, amara, bilal):
    top = comments.post(amara, a_resource, "secret plans")
    comments.post(bilal, a_resource, "a reply that stays", top.pk)
    client.force_login(bilal)
    assert client.post(f"/discussions/comment/{top.pk}/delete/").status_code == 403
    client.force_login(amara)
    assert client.post(f"/discussions/comment/{top.pk}/delete/").status_code == 302
    html = Client().get(a_resource.url).content.decode()
    assert "Removed by its author." in html
    assert "secret plans" not in html
    assert "a reply that stays" in html


def test_a_like_is_counted_once_per_member(client, a_resource, amara, bilal):
    comment = comments.post(amara, a_resource, "like me")
    client.force_login(bilal)
    client.post(f"/discussions/comment/{comment.pk}/like/")
    html = client.get(a_resource.url).content.decode()
    assert 'aria-pressed="true"' in html and "(1)" in html
    client.post(f"/discussions/comment/{comment.pk}/like/")
    assert 'aria-pressed="true"' not in client.get(a_resource.url).content.decode()


def test_posting_is_rate_limited_per_member(client, a_resource, amara, settings):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "comment": "2/m"}
    client.force_login(amara)
    assert say(client, a_resource, "one").status_code == 302
    assert say(client, a_resource, "two").status_code == 302
    assert say(client, a_resource, "three").status_code == 429
    assert ThreadComment.objects.count() == 2


def test_a_thread_of_200_renders_with_as_many_queries_as_a_thread_of_10(
    client, a_resource, amara, bilal
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    parents = []
    queries = {}
    for n in range(200):
        author = amara if n % 2 else bilal
        parent = parents[n % len(parents)] if parents and n % 3 else None
        made = comments.post(author, a_resource, f"comment {n}", parent.pk if parent else None)
        if made.level < 2:
            parents.append(made)
        cache.clear()  # rate limit
        if n + 1 in (10, 200):
            client.force_login(bilal)
            client.get(a_resource.url)  # warm the per-site caches (settings, navigation)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(a_resource.url)
            queries[n + 1] = len(captured)
    assert response.content.decode().count('class="comment') >= 200
    # Flat in the thread's length; the whole page (header, switcher, bell) stays bounded too.
    assert queries[200] == queries[10], queries
    assert queries[200] <= 50, queries


def test_replies_nest_inside_their_comment_in_balanced_lists(client, a_resource, amara, bilal):
    top = comments.post(amara, a_resource, "top")
    mid = comments.post(bilal, a_resource, "mid", top.pk)
    comments.post(amara, a_resource, "low", mid.pk)
    comments.post(amara, a_resource, "second top")
    html = client.get(a_resource.url).content.decode()
    start = html.index('id="comments"')
    section = html[start : html.index("</section>", start)]
    assert section.count("<ol") == section.count("</ol>") == 3
    assert section.count("<li") == section.count("</li>") == 4
    closing = section[section.index("<p>low</p>") : section.index("second top")]
    assert closing.count("</ol>") == 2  # both reply lists close before the next thread
