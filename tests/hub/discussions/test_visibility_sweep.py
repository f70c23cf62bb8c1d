"""Every kind of account against every state a comment can be in, through every URL that touches
a comment: no text leaks to anyone the visibility rule does not let read it.

"member" wrote the comments. A kind that may not read a comment must not find its text in any
answer, and every URL of the comment answers as if it did not exist (404), or sends an anonymous
visitor to sign in. A kind that may read it finds it, so the sweep would see a leak.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils.html import strip_tags
from wagtail.models import PageViewRestriction

from cms.models import Theme
from hub.discussions.models import Flag, ThreadComment
from hub.discussions.services import comments, moderation, topics
from tests.factories import members as factories

SECRET = "Zanzibar sweep wording"

KINDS = [
    "anonymous",
    "pending",
    "rejected",
    "unverified",
    "member",
    "another member",
    "moderator",
    "editor",
]
STAFF = {"moderator", "editor"}
MEMBERS = {"member", "another member"} | STAFF

# state -> the kinds that may read a comment in that state ("member" is its author)
READERS = {
    "shown": set(KINDS),
    "held": {"member"} | STAFF,
    "removed by a moderator": STAFF,
    "hidden by flags": {"member"} | STAFF,
    "on a page for a group": {"member"},  # only the author is in the group
    "on a page for signed-in members": MEMBERS,
    "on a page behind a password": set(),  # no one here typed the password
    "opening a held topic": {"member"} | STAFF,
    "hidden by flags in a topic": {"member"} | STAFF,
}


def account(kind: str):
    if kind == "anonymous":
        return None
    if kind == "pending":
        return factories.member("sw-pending", membership_status="pending")
    if kind == "rejected":
        return factories.member("sw-rejected", membership_status="rejected")
    if kind == "unverified":
        return factories.member("sw-unverified", verified=False)
    if kind == "member":
        return factories.member("sw-member", display_name="Sweep Author")
    if kind == "another member":
        return factories.member("sw-other")
    if kind == "moderator":
        from django.contrib.auth.models import Permission

        user = factories.member("sw-moderator")
        user.user_permissions.add(Permission.objects.get(codename="moderate_discussions"))
        return user
    if kind == "editor":
        user = factories.member("sw-editor")
        user.groups.add(Group.objects.get_or_create(name="Editors")[0])
        return user
    raise ValueError(kind)


@dataclass
class Situation:
    comment: ThreadComment
    target: object


def restrict(page, kind, **fields):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get_or_create(name="Sweep partners")[0]])
    return restriction


def make(state: str, author, page, settings) -> Situation:
    """A comment by ``author`` containing SECRET, in ``state``."""
    if state in ("held", "opening a held topic"):
        settings.HUB_COMMENT_HOLD_FIRST = 1
    if state == "on a page for a group":
        restrict(page, PageViewRestriction.GROUPS)
        author.groups.add(Group.objects.get(name="Sweep partners"))
    if state == "on a page for signed-in members":
        restrict(page, PageViewRestriction.LOGIN)
    if state == "on a page behind a password":
        restriction = restrict(page, PageViewRestriction.PASSWORD, password="sesame")
        comment = _post_with_password(author, page, restriction)
        return Situation(comment, page)
    if state == "opening a held topic":
        topic = topics.start(author, Theme.objects.order_by("pk").first(), SECRET, SECRET)
        return Situation(topic.opening, topic)
    if state == "hidden by flags in a topic":
        starter = factories.member("sw-starter")
        topic = topics.start(starter, Theme.objects.order_by("pk").first(), "Open topic", "Hi")
        comment = comments.post(author, topic, SECRET)
        ThreadComment.objects.filter(pk=comment.pk).update(hidden_by_flags=True)
        return Situation(ThreadComment.objects.get(pk=comment.pk), topic)
    comment = comments.post(author, page, SECRET)
    if state == "removed by a moderator":
        moderation.remove(comment)
    if state == "hidden by flags":
        ThreadComment.objects.filter(pk=comment.pk).update(hidden_by_flags=True)
    comment.refresh_from_db()
    return Situation(comment, page)


def _post_with_password(author, page, restriction):
    from django.test import RequestFactory

    request = RequestFactory().post("/")
    request.user = author
    request.session = {restriction.passed_view_restrictions_session_key: [restriction.pk]}
    return comments.post(author, page, SECRET, request=request)


def answers(client: Client, situation: Situation) -> dict:
    """What each URL that touches the comment answers, the changing ones last."""
    pk = situation.comment.pk
    target = situation.target
    content_type = ContentType.objects.get_for_model(target).pk
    base = f"/discussions/comment/{pk}/"
    reading = {
        "permalink": client.get(base),
        "flag form": client.get(base + "flag/"),
        "edit form": client.get(base + "edit/"),
        "thread page": client.get(target.url),
        "search": client.get("/search/", {"q": "Zanzibar"}),
        "data export": client.get("/members/me/data.json"),
    }
    changing = {
        "flag": client.post(base + "flag/", {"reason": "spam"}),
        "like": client.post(base + "like/"),
        "edit": client.post(base + "edit/", {"comment": "Overwritten"}),
        "follow": client.post(f"/discussions/follow/{content_type}/{target.pk}/"),
    }
    return reading | changing


def leaks(response, situation: Situation) -> list[str]:
    found = []
    # Without tags: search marks up the words it matched. The search box echoes the query,
    # one word of SECRET, so only the whole of it counts.
    body = strip_tags(response.content.decode(errors="replace"))
    if SECRET in " ".join(body.split()):
        found.append("its text")
    location = response.get("Location", "")
    if f"#c{situation.comment.pk}" in location:
        found.append("a link to it")
    return found


COMMENT_URLS = {"permalink", "flag form", "edit form", "flag", "like", "edit"}


def _signed_in_elsewhere(response) -> bool:
    return response.status_code == 302 and "/accounts/login/" in response.get("Location", "")


def _sent_to_the_pending_page(response) -> bool:
    """Accounts that are not members never reach a comment: member features say why instead."""
    return response.status_code == 302 and response.get("Location", "").endswith(
        "/members/pending/"
    )


def cases():
    for kind in KINDS:
        for state in READERS:
            yield pytest.param(kind, state, id=f"{kind}-{state}")


@pytest.mark.parametrize("kind, state", cases())
def test_no_comment_text_leaks(client, kind, state, a_resource, settings):
    settings.HUB_COMMENT_HOLD_FIRST = 0
    author = account("member")
    viewer = author if kind == "member" else account(kind)
    situation = make(state, author, a_resource, settings)
    if viewer is not None:
        client.force_login(viewer)
    may_read = kind in READERS[state]

    if may_read:
        if viewer is None:
            assert client.get(f"/discussions/comment/{situation.comment.pk}/").status_code == 302
        elif kind in MEMBERS:
            shown = client.get(f"/discussions/comment/{situation.comment.pk}/flag/")
            assert shown.status_code == 200 and SECRET in shown.content.decode()
        else:
            # Accounts that are not members read the thread but may not flag: the flag form
            # sends them to the page that says why.
            assert SECRET in client.get(a_resource.url).content.decode()
            flag = client.get(f"/discussions/comment/{situation.comment.pk}/flag/")
            assert flag.status_code == 302 and flag["Location"].endswith("/members/pending/")
        return

    problems = []
    for url, response in answers(client, situation).items():
        for leak in leaks(response, situation):
            problems.append(f"{url} shows {leak}")
        if url in COMMENT_URLS and response.status_code != 404:
            if viewer is None and _signed_in_elsewhere(response):
                continue
            if kind not in MEMBERS and _sent_to_the_pending_page(response):
                continue
            problems.append(f"{url} answers {response.status_code}, not 404")
    assert problems == []
    situation.comment.refresh_from_db()
    assert situation.comment.comment == SECRET
    assert not Flag.objects.filter(comment=situation.comment).exists()
