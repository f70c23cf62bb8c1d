"""Digests in the subscriber's language: words, dates, links and each page's translation."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import Locale

from hub.digests.models import Subscription
from hub.digests.services import subscriptions
from tests.factories import members

from .conftest import publish_at, subscriber
from .test_delivery import run_now

pytestmark = pytest.mark.django_db


def translate(page, language, moment, **fields):
    """A published translation of `page`, first published at `moment`."""
    copy = page.specific.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    )
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.themes.set(page.themes.all())
    copy.save_revision().publish()
    copy.refresh_from_db()
    return publish_at(copy, moment)


def to(address):
    return next(m for m in mail.outbox if m.to == [address])


def test_a_french_member_gets_a_french_digest_with_french_pages_where_they_exist(
    a_week, new_content
):
    elise = members.member("elise", language="fr")
    sub = subscriber(elise.email, themes=[new_content.themes[0]])
    sub.user = elise
    sub.save()
    english_only = subscriber("alice@example.org", themes=[new_content.themes[0]])
    translate(
        new_content.news,
        "fr",
        a_week.start + timedelta(days=3),
        title="Les coûts des envois de fonds baissent",
    )

    run_now(a_week)

    message = to(elise.email)
    assert message.subject.startswith("Lettre récapitulative hebdomadaire de M4D Hub")
    assert "mars 2030" in message.subject  # the period, with French month names
    assert "Les coûts des envois de fonds baissent" in message.body
    assert "Remittance costs fall" not in message.body  # the translation replaces its source
    assert "Diaspora investment fund" in message.body  # no translation: the source page
    assert "http://testserver/fr/" in message.body
    html = message.alternatives[0][0]
    assert 'lang="fr" dir="ltr"' in html and "Actualités" in html
    # An English subscriber gets the source page, once, not its translation as well.
    english = to(english_only.email).body
    assert english.count("Remittance costs fall") == 1 and "Les coûts" not in english


def test_a_member_who_chose_no_language_gets_the_digest_in_english(a_week, new_content):
    farid = members.member("farid")
    sub = subscriber(farid.email, themes=[new_content.themes[0]])
    sub.user = farid
    sub.save()
    run_now(a_week)
    message = to(farid.email)
    assert message.subject.startswith("M4D Hub weekly digest") and "March 2030" in message.subject
    assert 'lang="en" dir="ltr"' in message.alternatives[0][0]


def test_an_arabic_subscriber_gets_a_right_to_left_digest_and_can_unsubscribe_in_one_click(
    client, a_week, new_content, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ar/digests/", {"email": "huda@example.org", "frequency": "weekly"})
    assert response.status_code == 200
    sub = Subscription.objects.get(email="huda@example.org")
    assert sub.email_language == "ar"
    assert 'dir="rtl"' in mail.outbox[-1].alternatives[0][0]  # the confirmation too
    subscriptions.confirm(sub)
    mail.outbox.clear()

    run_now(a_week)

    message = to("huda@example.org")
    assert "النشرة الموجزة" in message.subject
    html = message.alternatives[0][0]
    assert '<html lang="ar" dir="rtl">' in html
    assert "الفعاليات القادمة" in html  # "Upcoming events"
    url = re.match(r"<http://testserver(/[^>]+)>", message.extra_headers["List-Unsubscribe"])
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    mail_client = Client(enforce_csrf_checks=True)  # a mail provider: no cookies, no token
    response = mail_client.post(url.group(1), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    sub.refresh_from_db()
    assert sub.status == Subscription.Status.UNSUBSCRIBED


def test_a_language_the_hub_no_longer_offers_falls_back_to_english(a_week, new_content):
    subscriber("old@example.org", themes=[new_content.themes[0]])
    Subscription.objects.filter(email="old@example.org").update(email_language="de")
    run_now(a_week)
    assert 'lang="en"' in to("old@example.org").alternatives[0][0]
