"""Only participants read or post; blocks, reports, polling; bodies kept exactly, shown safely."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse

from hub.messaging.models import Conversation, Message, MessageReport
from hub.messaging.services import conversations
from tests.factories import members as factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def a_conversation(an_approved_member, another_member):
    return conversations.start(an_approved_member, [another_member], "Hello Bilal")


def test_a_member_starts_a_conversation_and_the_other_sees_it_unread(
    client, an_approved_member, another_member
):
    client.force_login(an_approved_member)
    response = client.post(
        reverse("messaging:new"), {"to": "bilal", "subject": "", "body": "Salaam!"}
    )
    conversation = Conversation.objects.get()
    assert response.url == reverse("messaging:conversation", args=[conversation.pk])
    assert conversations.unread_count(another_member) == 1
    client.force_login(another_member)
    page = client.get("/").content.decode()
    assert "1 unread" in page
    assert "Salaam!" in client.get(response.url).content.decode()
    assert conversations.unread_count(another_member) == 0


@pytest.mark.parametrize("who", ["anonymous", "outsider", "pending"])
def test_nobody_else_can_read_post_poll_or_report_by_guessing_ids(
    client, a_conversation, who, a_pending_applicant
):
    if who == "outsider":
        client.force_login(factories.member("dara", display_name="Dara"))
    elif who == "pending":
        client.force_login(a_pending_applicant)
    pk = a_conversation.pk
    message = a_conversation.messages.get()
    urls = [
        reverse("messaging:conversation", args=[pk]),
        reverse("messaging:updates", args=[pk]),
        reverse("messaging:report", args=[message.pk]),
    ]
    for url in urls:
        response = client.get(url)
        if who == "outsider":
            assert response.status_code == 404, url
        else:
            assert response.status_code == 302, url  # to sign in, or to the pending page
        assert "Hello Bilal" not in response.content.decode()
    client.post(urls[0], {"body": "let me in"})
    assert not Message.objects.filter(body="let me in").exists()
    if who == "outsider":
        for guess in (pk + 1, pk + 1000, 0):
            assert client.get(reverse("messaging:conversation", args=[guess])).status_code == 404


def test_a_blocked_member_can_neither_post_nor_start_a_conversation(
    client, a_conversation, an_approved_member, another_member
):
    client.force_login(another_member)
    client.post(reverse("messaging:block", args=["amara"]))
    client.force_login(an_approved_member)
    url = reverse("messaging:conversation", args=[a_conversation.pk])
    response = client.post(url, {"body": "Are you there?"})
    assert response.status_code == 403
    assert "blocked you" in response.content.decode()
    assert not Message.objects.filter(body="Are you there?").exists()
    response = client.post(reverse("messaging:new"), {"to": "bilal", "body": "Hello?"})
    assert response.status_code == 400
    assert "cannot write to: bilal" in response.content.decode()
    found = client.get(reverse("messaging:recipients"), {"q": "Bilal"}).json()
    assert found["results"] == []


def test_the_stored_body_is_exactly_what_was_sent_and_shown_as_text_with_safe_links(
    client, a_conversation, an_approved_member, another_member
):
    body = (
        '  <script>alert("x")</script>\nSee https://example.org/a?b=1&c=2 or javascript:alert(1)  '
    )
    client.force_login(an_approved_member)
    client.post(reverse("messaging:conversation", args=[a_conversation.pk]), {"body": body})
    assert Message.objects.last().body == body
    client.force_login(another_member)
    html = client.get(reverse("messaging:conversation", args=[a_conversation.pk])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html
    assert 'href="javascript' not in html


def test_empty_and_over_long_messages_are_refused_with_a_message(
    client, a_conversation, an_approved_member
):
    client.force_login(an_approved_member)
    url = reverse("messaging:conversation", args=[a_conversation.pk])
    assert client.post(url, {"body": "   "}).status_code == 400
    response = client.post(url, {"body": "x" * 5001})
    assert response.status_code == 400
    assert "at most 5000 characters" in response.content.decode()
    assert a_conversation.messages.count() == 1


def test_polling_returns_only_newer_messages_and_marks_them_read(
    client, a_conversation, an_approved_member, another_member
):
    first = a_conversation.messages.get()
    conversations.post(an_approved_member, a_conversation, "Second <b>one</b>")
    client.force_login(another_member)
    url = reverse("messaging:updates", args=[a_conversation.pk])
    data = client.get(url, {"after": first.pk}).json()
    assert "Second &lt;b&gt;one&lt;/b&gt;" in data["html"] and "Hello Bilal" not in data["html"]
    assert data["unread"] == 0
    assert client.get(url, {"after": "x"}).status_code == 400


def test_recipient_picker_respects_profile_visibility(client, an_approved_member):
    factories.member("hana", display_name="Hana Public", visibility="public")
    factories.member("hidd", display_name="Hana Hidden", visibility="hidden")
    factories.member("penn", display_name="Hana Pending", membership_status="pending")
    client.force_login(an_approved_member)
    names = [
        r["name"]
        for r in client.get(reverse("messaging:recipients"), {"q": "Hana"}).json()["results"]
    ]
    assert names == ["Hana Public"]
    response = client.post(reverse("messaging:new"), {"to": "hidd", "body": "hi"})
    assert response.status_code == 400
    assert client.get(reverse("messaging:recipients")).status_code == 200
    client.logout()
    assert client.get(reverse("messaging:recipients"), {"q": "Hana"}).status_code == 302


def test_a_group_conversation_has_at_most_eight_members(client, an_approved_member):
    names = [factories.member(f"m{n}").username for n in range(8)]
    client.force_login(an_approved_member)
    response = client.post(reverse("messaging:new"), {"to": ",".join(names), "body": "hi all"})
    assert response.status_code == 400 and "at most 8 members" in response.content.decode()
    response = client.post(reverse("messaging:new"), {"to": ",".join(names[:3]), "body": "hi all"})
    assert Conversation.objects.get().participants.count() == 4


def test_a_participant_reports_a_message_to_the_moderators(
    client, a_conversation, another_member, admin_client
):
    message = a_conversation.messages.get()
    client.force_login(another_member)
    response = client.post(
        reverse("messaging:report", args=[message.pk]), {"reason": "spam", "details": "<i>ads</i>"}
    )
    assert response.status_code == 302
    report = MessageReport.objects.get()
    assert report.reporter == another_member
    listing = admin_client.get("/admin/message-reports/").content.decode()
    assert "Hello Bilal" in listing and "&lt;i&gt;ads&lt;/i&gt;" in listing
    assert (
        client.post(reverse("messaging:report", args=[message.pk]), {"reason": "nope"}).status_code
        == 400
    )


def test_the_report_form_preselects_no_reason_and_asks_for_one(
    client, a_conversation, another_member
):
    message = a_conversation.messages.get()
    client.force_login(another_member)
    url = reverse("messaging:report", args=[message.pk])

    html = client.get(url).content.decode()
    assert "---------" not in html and "checked" not in html
    assert 'value="spam"' in html

    response = client.post(url, {"details": "odd"})
    assert response.status_code == 400
    assert "Choose why you are reporting this message." in response.content.decode()
    assert not MessageReport.objects.exists()


def test_a_one_to_one_conversation_is_reused(an_approved_member, another_member, a_conversation):
    again = conversations.start(another_member, [an_approved_member], "Hi back")
    assert again == a_conversation and again.messages.count() == 2


def test_a_member_who_sends_too_many_messages_is_told_to_wait(
    client, an_approved_member, another_member, a_conversation, settings, a_clock
):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "message": "3/h"}
    url = reverse("messaging:conversation", args=[a_conversation.pk])
    client.force_login(an_approved_member)
    sent = [client.post(url, {"body": f"no. {n}"}).status_code for n in (2, 3, 4)]
    assert sent == [302, 302, 302]

    response = client.post(url, {"body": "no. 5, typed with care"})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    html = response.content.decode()
    assert "sending messages too quickly" in html and "Your message is not sent" in html
    assert "no. 5, typed with care" in html  # still in the box, to send later
    new = client.post(reverse("messaging:new"), {"to": "bilal", "body": "elsewhere"})
    assert new.status_code == 429
    assert a_conversation.messages.count() == 4

    # Others are not held back, and the next hour starts afresh.
    client.force_login(another_member)
    assert client.post(url, {"body": "Bilal answers"}).status_code == 302
    a_clock.now += 3600
    client.force_login(an_approved_member)
    assert client.post(url, {"body": "no. 5"}).status_code == 302


def test_moderators_are_emailed_when_a_message_is_reported(
    client,
    a_conversation,
    another_member,
    an_editor,
    django_user_model,
    django_capture_on_commit_callbacks,
):
    moderator = django_user_model.objects.create_user(
        "mod", email="mod@example.org", password="x" * 12, is_staff=True
    )
    moderator.user_permissions.add(Permission.objects.get(codename="change_messagereport"))
    django_user_model.objects.create_user("gone", email="gone@example.org", is_active=False)
    message = a_conversation.messages.get()
    client.force_login(another_member)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("messaging:report", args=[message.pk]),
            {"reason": "abuse", "details": "Insults <b>me</b>"},
        )
    report = MessageReport.objects.get()
    # Editors moderate reports too (migration 0002); members and inactive accounts are not told.
    assert sorted(m.to[0] for m in mail.outbox) == ["editor@example.org", "mod@example.org"]
    sent = mail.outbox[0]
    assert sent.subject == "[M4D Hub] A private message was reported: harassment or abuse"
    assert f"http://testserver/admin/message-reports/edit/{report.pk}/" in sent.body
    assert "Insults <b>me</b>" in sent.body
    assert "Hello Bilal" not in sent.body  # the message itself stays in the admin


def test_a_member_can_file_only_so_many_reports(
    client, a_conversation, another_member, settings, a_clock
):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "message-report": "2/h"}
    url = reverse("messaging:report", args=[a_conversation.messages.get().pk])
    client.force_login(another_member)
    assert [client.post(url, {"reason": "spam"}).status_code for _ in range(2)] == [302, 302]
    response = client.post(url, {"reason": "spam", "details": "once more"})
    assert response.status_code == 429 and 0 < int(response["Retry-After"]) <= 3600
    assert "You have filed as many reports as we allow" in response.content.decode()
    assert MessageReport.objects.count() == 2
