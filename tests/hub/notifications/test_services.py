"""notify(): duplicates, preferences, emails at send time, digests, retention, privacy."""

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from hub.discussions.services import moderation
from hub.members.services import accounts, privacy
from hub.messaging.services import conversations
from hub.notifications.models import Channel, DigestSent, Notification, Preference
from hub.notifications.services import digests, emails, inbox, preferences, retention
from hub.notifications.services.notify import notify
from tests.factories import members as factories


def choose(user, kind, channel):
    preferences.save(user, {kind: channel})


# --- Writing, and the one rule for duplicates ------------------------------------------------


def test_a_reply_notifies_the_member_replied_to_and_emails_her_at_once(a_reply, alice):
    notification = Notification.objects.get(recipient=alice)
    assert (notification.kind, notification.verb, notification.count) == ("replies", "replied", 1)
    assert notification.emailed_at is not None
    assert [m.to for m in mail.outbox] == [["alice@example.org"]]
    assert inbox.unread_count(alice) == 1


def test_the_author_is_not_notified_of_their_own_reply(a_reply, bob):
    assert not Notification.objects.filter(recipient=bob).exists()


def test_replies_on_one_thread_fold_into_one_notification_with_a_count(
    comments, a_page, alice, bob
):
    choose(alice, "replies", Channel.SITE)
    carol = factories.member("carol", display_name="Carol Chen")
    question = comments.post(alice, a_page, "Q")
    comments.post(bob, a_page, "A1", question.pk)
    comments.post(carol, a_page, "A2", question.pk)
    last = comments.post(bob, a_page, "A3", question.pk)
    notification = Notification.objects.get(recipient=alice)
    assert notification.count == 3
    assert notification.actor_ids == [bob.pk, carol.pk]
    assert notification.target_id == str(last.pk)  # opens the newest reply
    with_language = inbox.visible_items(alice, [notification])[0].text
    assert with_language == f"3 new replies to you on “{a_page.title}”"


def test_notifying_about_the_same_thing_again_changes_nothing(a_reply, alice, bob):
    assert notify(alice, "replied", a_reply, actor=bob) is None
    assert Notification.objects.get(recipient=alice).count == 1


def test_a_read_notification_is_not_folded_into(comments, a_page, alice, bob):
    choose(alice, "replies", Channel.SITE)
    question = comments.post(alice, a_page, "Q")
    comments.post(bob, a_page, "A1", question.pk)
    inbox.mark_all_read(alice)
    comments.post(bob, a_page, "A2", question.pk)
    rows = Notification.objects.filter(recipient=alice).order_by("pk")
    assert [(n.count, n.is_read) for n in rows] == [(1, True), (1, False)]


def test_repeats_outside_the_window_start_a_new_notification(
    comments, a_page, alice, bob, settings
):
    choose(alice, "replies", Channel.SITE)
    question = comments.post(alice, a_page, "Q")
    comments.post(bob, a_page, "A1", question.pk)
    Notification.objects.update(
        updated_at=timezone.now() - timedelta(hours=settings.HUB_NOTIFICATION_GROUP_HOURS + 1)
    )
    comments.post(bob, a_page, "A2", question.pk)
    assert Notification.objects.filter(recipient=alice).count() == 2


def test_an_already_emailed_notification_is_not_folded_into(comments, a_page, alice, bob):
    question = comments.post(alice, a_page, "Q")
    comments.post(bob, a_page, "A1", question.pk)
    comments.post(bob, a_page, "A2", question.pk)
    assert Notification.objects.filter(recipient=alice).count() == 2
    assert len(mail.outbox) == 2  # one email each: nothing was folded out of sight


def test_an_unknown_verb_is_a_programming_error(alice, a_reply):
    with pytest.raises(ValueError):
        notify(alice, "waved", a_reply)


# --- Preferences decide the channel ---------------------------------------------------------


@pytest.mark.parametrize("channel", [Channel.SITE, Channel.DAILY, Channel.WEEKLY])
def test_no_immediate_email_unless_the_member_wants_one(comments, a_page, alice, bob, channel):
    choose(alice, "replies", channel)
    question = comments.post(alice, a_page, "Q")
    mail.outbox.clear()
    comments.post(bob, a_page, "A", question.pk)
    assert mail.outbox == []
    notification = Notification.objects.get(recipient=alice)
    assert notification.email_due_at is None and notification.read_at is None


def test_each_kind_has_its_own_preference(comments, a_page, alice, bob):
    choose(alice, "replies", Channel.SITE)
    mail.outbox.clear()
    comments.post(bob, a_page, "What does @alice think?")
    assert [m.to for m in mail.outbox] == [["alice@example.org"]]  # mentions: still at once
    assert Notification.objects.get(recipient=alice).kind == "mentions"


def test_a_preference_changed_before_sending_is_obeyed(alice, bob, settings):
    settings.HUB_MESSAGE_NOTICE_DELAY_MINUTES = 15
    conversations.start(bob, [alice], "Hello")
    notification = Notification.objects.get(recipient=alice)
    assert notification.email_due_at > timezone.now()  # messages wait: time to read them
    choose(alice, "messages", Channel.SITE)
    assert emails.send_due(now=timezone.now() + timedelta(minutes=16)) == 0
    assert mail.outbox == []


def test_preferences_refuse_unknown_kinds_and_channels(alice):
    with pytest.raises(ValueError):
        preferences.save(alice, {"membership": Channel.SITE})  # not the member's to switch off
    with pytest.raises(ValueError):
        preferences.save(alice, {"replies": "hourly"})


# --- Checked again at send time -------------------------------------------------------------


def test_a_message_read_within_the_delay_is_never_emailed(alice, bob):
    conversation = conversations.start(bob, [alice], "Hello")
    conversations.post(bob, conversation, "Are you there?")
    notification = Notification.objects.get(recipient=alice)
    assert notification.count == 2
    conversations.mark_read(alice, conversation)
    assert emails.send_due(now=timezone.now() + timedelta(hours=1)) == 0
    assert mail.outbox == [] and inbox.unread_count(alice) == 0


def test_an_unread_message_is_emailed_once_after_the_delay(alice, bob):
    conversations.start(bob, [alice], "A private first message")
    later = timezone.now() + timedelta(hours=1)
    assert emails.send_due(now=timezone.now()) == 0  # too early
    assert emails.send_due(now=later) == 1
    assert emails.send_due(now=later) == 0
    (message,) = mail.outbox
    assert message.to == ["alice@example.org"] and "1 unread" in message.subject
    assert "A private first message" not in message.body  # bodies stay private
    assert "/notifications/unsubscribe/messages/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_failed_send_is_retried_on_the_next_sweep(monkeypatch, alice, bob):
    conversations.start(bob, [alice], "Hello")
    later = timezone.now() + timedelta(hours=1)
    monkeypatch.setattr(
        "django.core.mail.EmailMessage.send",
        lambda *a, **k: (_ for _ in ()).throw(OSError("down")),
    )
    assert emails.send_due(now=later) == 0
    monkeypatch.undo()
    assert emails.send_due(now=later) == 1


def test_a_comment_hidden_by_a_moderator_is_withdrawn_and_never_sent(comments, a_page, alice, bob):
    choose(alice, "replies", Channel.DAILY)
    question = comments.post(alice, a_page, "Q")
    reply = comments.post(bob, a_page, "A", question.pk)
    assert inbox.unread_count(alice) == 1
    moderation.remove(reply)
    assert inbox.unread_count(alice) == 0
    assert digests.send_due(now=_after_the_daily_run()) == 0


def test_a_notification_about_what_the_member_can_no_longer_see_is_not_shown(a_reply, alice):
    from hub.discussions.models import ThreadComment

    # Hidden without going through moderation (e.g. by a data fix): the page checks anyway.
    ThreadComment.objects.filter(pk=a_reply.pk).update(is_public=False)
    page, items = inbox.page_for(alice, 1)
    assert items == []


# --- Digests --------------------------------------------------------------------------------


def _after_the_daily_run(days=1):
    from hub.digests.services import periods

    tomorrow = timezone.now() + timedelta(days=days)
    moment = datetime.combine(tomorrow.date(), periods.send_time(), tzinfo=periods.zone())
    return moment + timedelta(minutes=1)


def test_the_daily_digest_lists_each_unread_notification_once(comments, a_page, alice, bob):
    choose(alice, "replies", Channel.DAILY)
    question = comments.post(alice, a_page, "Q")
    comments.post(bob, a_page, "A", question.pk)
    assert mail.outbox == []
    now = _after_the_daily_run()
    assert digests.send_due(now=now) == 1
    assert digests.send_due(now=now) == 0  # the same period again: nothing
    (digest,) = mail.outbox
    assert digest.to == ["alice@example.org"]
    assert digest.body.count("Bob Banda replied to you") == 1
    assert "/notifications/unsubscribe/daily/" in digest.extra_headers["List-Unsubscribe"]
    assert DigestSent.objects.get(user=alice).item_count == 1
    # The next day's digest does not repeat it.
    assert digests.send_due(now=_after_the_daily_run(days=2)) == 0


def test_a_digest_never_repeats_what_was_emailed_immediately(comments, a_page, alice, bob):
    question = comments.post(alice, a_page, "Q")
    comments.post(bob, a_page, "A", question.pk)  # emailed at once
    assert len(mail.outbox) == 1
    choose(alice, "replies", Channel.DAILY)
    assert digests.send_due(now=_after_the_daily_run()) == 0
    assert len(mail.outbox) == 1


def test_a_digest_leaves_out_what_was_read(comments, a_page, alice, bob):
    choose(alice, "replies", Channel.DAILY)
    question = comments.post(alice, a_page, "Q")
    comments.post(bob, a_page, "A", question.pk)
    inbox.mark_all_read(alice)
    assert digests.send_due(now=_after_the_daily_run()) == 0
    assert mail.outbox == []


def test_the_weekly_digest_waits_for_its_period(comments, a_page, alice, bob):
    from hub.digests.services import periods

    choose(alice, "replies", Channel.WEEKLY)
    question = comments.post(alice, a_page, "Q")
    comments.post(bob, a_page, "A", question.pk)
    this_week = periods.containing("weekly", timezone.now())
    assert digests.send_due(now=this_week.end - timedelta(minutes=1)) == 0
    due = datetime.combine(this_week.end.date(), periods.send_time(), tzinfo=periods.zone())
    assert digests.send_due(now=due + timedelta(minutes=1)) == 1
    assert DigestSent.objects.get(user=alice).frequency == "weekly"
    assert len(mail.outbox) == 1


def test_a_digest_is_in_the_members_language(comments, a_page, alice, bob):
    from hub.members.models import Profile

    Profile.objects.filter(user=alice).update(language="fr")
    choose(alice, "replies", Channel.DAILY)
    question = comments.post(alice, a_page, "Q")
    comments.post(bob, a_page, "A", question.pk)
    digests.send_due(now=_after_the_daily_run())
    (digest,) = mail.outbox
    assert "/fr/notifications/" in digest.body
    assert '<html lang="fr"' in digest.alternatives[0][0]


# --- Other apps' notices --------------------------------------------------------------------


def test_a_membership_decision_is_notified_and_emailed(
    a_pending_applicant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        accounts.set_membership_status(a_pending_applicant.profile, "approved")
    notification = Notification.objects.get(recipient=a_pending_applicant)
    assert notification.kind == "membership"
    (message,) = mail.outbox
    assert "approved" in message.subject
    assert "List-Unsubscribe" not in message.extra_headers  # a one-off, not a stream of emails


def test_message_notices_respect_the_preference_moved_from_the_profile(alice, bob):
    Preference.objects.create(user=alice, kind="messages", channel=Channel.SITE)
    conversations.start(bob, [alice], "Hello")
    assert emails.send_due(now=timezone.now() + timedelta(hours=1)) == 0
    assert inbox.unread_count(alice) == 1


# --- Retention and privacy ------------------------------------------------------------------


def test_read_notifications_past_the_retention_are_pruned(a_reply, alice, settings):
    settings.HUB_NOTIFICATION_RETENTION_DAYS = 30
    later = timezone.now() + timedelta(days=31)
    assert retention.prune(now=later) == 0  # unread: kept
    inbox.mark_all_read(alice)
    assert retention.prune(now=timezone.now()) == 0  # read, but recently
    assert retention.prune(now=later) == 1
    assert not Notification.objects.exists()


def test_the_data_export_has_notifications_and_preferences(a_reply, alice):
    choose(alice, "events", Channel.WEEKLY)
    data = privacy.export(alice)["notifications"]
    assert data["preferences"]["events"] == "weekly"
    assert data["preferences"]["replies"] == "immediate"
    assert [(i["kind"], i["verb"]) for i in data["items"]] == [("replies", "replied")]


def test_deleting_the_account_removes_them(a_reply, alice, bob):
    choose(alice, "events", Channel.WEEKLY)
    privacy.delete_account(alice)
    assert not Notification.objects.exists()
    assert not Preference.objects.exists()


def test_an_actor_who_left_becomes_a_former_member(alice, bob):
    conversations.start(bob, [alice], "Hello")
    privacy.delete_account(bob)
    page, items = inbox.page_for(alice, 1)
    assert [item.text for item in items] == ["A former member sent you a private message"]


@pytest.mark.smtp
def test_notification_emails_reach_a_real_smtp_server_with_one_click_unsubscribe(
    an_outbox, comments, a_page, alice, bob, django_capture_on_commit_callbacks
):
    question = comments.post(alice, a_page, "Q")
    comments.post(bob, a_page, "A", question.pk)
    choose(alice, "replies", Channel.DAILY)
    comments.post(bob, a_page, "B", question.pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert digests.send_due(now=_after_the_daily_run()) == 1
    assert an_outbox.wait_for(2) == 2
    immediate, digest = an_outbox.to("alice@example.org")
    for received, kind in ((immediate, "replies"), (digest, "daily")):
        assert f"/notifications/unsubscribe/{kind}/" in received["List-Unsubscribe"]
        assert received["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Bob Banda replied to you" in digest.get_payload()[0].get_payload(decode=True).decode()
