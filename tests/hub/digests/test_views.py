"""Public digest pages: consent, signed links, one-click unsubscribe, bad input; the admin."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail, signing
from django.test import Client

from cms.models import Theme
from hub.digests.models import Subscription
from hub.digests.services import tokens

from .conftest import subscriber

pytestmark = pytest.mark.django_db


def link_in(message, name):
    return re.search(rf"http://testserver(/digests/{name}/[^/\s]+/)", message.body).group(1)


def test_subscribing_needs_the_confirmation_link_and_a_press_of_the_button(
    client, django_capture_on_commit_callbacks
):
    theme = Theme.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/digests/",
            {"email": "New@Example.org", "frequency": "daily", "themes": [theme.slug]},
        )
    assert response.status_code == 200 and b"Check your inbox" in response.content
    sub = Subscription.objects.get(email="new@example.org")
    assert sub.status == Subscription.Status.PENDING and list(sub.themes.all()) == [theme]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["new@example.org"]

    confirm = link_in(mail.outbox[0], "confirm")
    assert client.get(confirm).status_code == 200  # a mail scanner's GET consents to nothing
    sub.refresh_from_db()
    assert sub.status == Subscription.Status.PENDING
    response = client.post(confirm)
    assert response.status_code == 302 and "/digests/manage/" in response["Location"]
    sub.refresh_from_db()
    assert sub.status == Subscription.Status.ACTIVE and sub.confirmed_at


def test_an_active_address_typed_again_only_gets_a_link_to_manage_it(
    client, django_capture_on_commit_callbacks
):
    sub = subscriber("kept@example.org", frequency="monthly")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/digests/", {"email": "kept@example.org", "frequency": "daily"})
    sub.refresh_from_db()
    assert sub.frequency == "monthly"  # a stranger cannot change someone's subscription
    assert "manage" in mail.outbox[0].body and "/digests/manage/" in mail.outbox[0].body


def test_one_click_unsubscribe_is_a_post_without_cookies_or_csrf_token():
    sub = subscriber("leaving@example.org")
    url = f"/digests/unsubscribe/{tokens.make(tokens.UNSUBSCRIBE, sub.pk)}/"
    browser = Client(enforce_csrf_checks=True)
    assert browser.get(url).status_code == 200
    sub.refresh_from_db()
    assert sub.status == Subscription.Status.ACTIVE  # GET only shows the button
    response = browser.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200 and b"You are unsubscribed" in response.content
    sub.refresh_from_db()
    assert sub.status == Subscription.Status.UNSUBSCRIBED


def test_preferences_by_signed_link_without_logging_in(client):
    sub = subscriber("prefs@example.org")
    url = f"/digests/manage/{tokens.make(tokens.PREFERENCES, sub.pk)}/"
    assert client.get(url).status_code == 200
    theme = Theme.objects.first()
    response = client.post(url, {"frequency": "monthly", "themes": [theme.slug], "language": ""})
    assert response.status_code == 302
    sub.refresh_from_db()
    assert sub.frequency == "monthly" and list(sub.themes.all()) == [theme]


@pytest.mark.parametrize(
    "data, message",
    [
        ({"frequency": "hourly"}, "Choose daily, weekly, monthly or off."),
        ({"frequency": "weekly", "themes": ["no-such-theme"]}, "is not one of our themes"),
        ({"frequency": "weekly", "content_types": ["podcasts"]}, "not something digests"),
        ({"frequency": "weekly", "language": "xx"}, "not one of our languages"),
    ],
)
def test_preference_forms_reject_unknown_choices(client, data, message):
    sub = subscriber("strict@example.org")
    url = f"/digests/manage/{tokens.make(tokens.PREFERENCES, sub.pk)}/"
    response = client.post(url, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    sub.refresh_from_db()
    assert sub.frequency == "weekly"


def test_the_subscribe_form_rejects_off_and_bad_addresses(client):
    response = client.post("/digests/", {"email": "not-an-address", "frequency": "off"})
    assert response.status_code == 400
    assert "Enter a valid email address." in response.content.decode()
    assert "Choose daily, weekly or monthly." in response.content.decode()
    assert not Subscription.objects.exists() and not mail.outbox


@pytest.mark.parametrize("name", ["confirm", "manage", "unsubscribe"])
def test_bad_links_get_a_clear_page(client, name):
    sub = subscriber("links@example.org")
    purpose = {"confirm": tokens.CONFIRM, "manage": tokens.PREFERENCES}.get(
        name, tokens.UNSUBSCRIBE
    )
    good = tokens.make(purpose, sub.pk)
    for token, status, words in [
        ("garbage", 400, b"incomplete or was changed"),
        (good[:-3] + "abc", 400, b"incomplete or was changed"),
        (tokens.make("another.purpose", sub.pk), 400, b"incomplete or was changed"),
        (tokens.make(purpose, 999_999), 404, b"no subscription for this link"),
    ]:
        for method in (client.get, client.post):
            response = method(f"/digests/{name}/{token}/")
            assert response.status_code == status, (token, method)
            assert words in response.content


def test_expired_preference_and_confirmation_links_say_so(client):
    sub = subscriber("old@example.org")
    manage = tokens.make(tokens.PREFERENCES, sub.pk)
    confirm = tokens.make(tokens.CONFIRM, sub.pk)
    unsubscribe = tokens.make(tokens.UNSUBSCRIBE, sub.pk)
    later = signing.time.time() + timedelta(days=61).total_seconds()
    with mock.patch("django.core.signing.time.time", return_value=later):
        for url in (f"/digests/manage/{manage}/", f"/digests/confirm/{confirm}/"):
            response = client.get(url)
            assert response.status_code == 400 and b"expired" in response.content
        # Unsubscribe links in old emails keep working.
        assert client.post(f"/digests/unsubscribe/{unsubscribe}/").status_code == 200


def test_members_manage_their_digest_when_signed_in(client, a_member):
    assert client.get("/digests/preferences/").status_code == 302  # to the login page
    client.force_login(a_member)
    assert client.get("/digests/preferences/").status_code == 200
    response = client.post("/digests/preferences/", {"frequency": "daily"})
    assert response.status_code == 302
    sub = Subscription.objects.get(user=a_member)
    assert (sub.email, sub.status, sub.frequency) == ("amina@example.org", "active", "daily")
    client.post("/digests/preferences/", {"frequency": "off"})
    sub.refresh_from_db()
    assert sub.frequency == "off"
    assert client.post("/digests/preferences/", {"frequency": "sometimes"}).status_code == 400


def test_editors_see_runs_and_preview_any_subscribers_digest(
    client, an_editor, three_subscribers, a_week
):
    from hub.digests.services import delivery

    delivery.start_run("weekly", a_week, dispatch=lambda *a: None)
    client.force_login(an_editor)
    response = client.get("/admin/digests/runs/")
    assert response.status_code == 200 and b"Weekly digest 2030-03-04" in response.content
    assert client.get("/admin/digests/runs/add/").status_code in (302, 403, 404)
    response = client.get(
        "/admin/digests/preview/",
        {"subscription": "alice@example.org", "frequency": "weekly", "date": "2030-03-06"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Remittance costs fall" in body and "Rapport" not in body
    response = client.get("/admin/digests/preview/", {"subscription": "nobody@example.org"})
    assert "No subscriber has that address." in response.content.decode()


def test_a_preview_by_command_covers_the_subscribers_own_frequency(db):
    from io import StringIO

    from django.core.management import call_command

    from hub.digests.models import Subscription

    Subscription.objects.create(email="daily@example.org", frequency="daily")
    Subscription.objects.create(email="monthly@example.org", frequency="monthly")

    def period_line(*args):
        out = StringIO()
        call_command("send_digests", *args, stdout=out)
        return out.getvalue().splitlines()[0]

    assert period_line("--preview", "daily@example.org", "--date", "2030-03-06") == (
        "Period: daily 2030-03-06 00:00 – 2030-03-07 00:00 UTC"
    )
    assert period_line("--preview", "monthly@example.org", "--date", "2030-03-06").startswith(
        "Period: monthly 2030-03-01"
    )
    assert period_line(
        "--preview", "daily@example.org", "--frequency", "weekly", "--date", "2030-03-06"
    ).startswith("Period: weekly 2030-03-04")
