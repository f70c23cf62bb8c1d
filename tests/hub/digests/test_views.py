"""Public digest pages: consent, signed links, one-click unsubscribe, bad input; the admin."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Permission
from django.core import mail, signing
from django.test import Client
from django.utils import timezone

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

    an_editor.user_permissions.add(Permission.objects.get(codename="view_subscription"))
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


def test_editors_without_the_subscriber_permission_cannot_preview_a_digest(
    client, an_editor, three_subscribers
):
    assert not an_editor.has_perm("digests.view_subscription")
    client.force_login(an_editor)
    response = client.get(
        "/admin/digests/preview/", {"subscription": "alice@example.org", "frequency": "weekly"}
    )
    assert response.status_code == 302 and response.url == "/admin/"  # Wagtail's "no permission"
    assert "/digests/unsubscribe/" not in response.content.decode()
    response = client.get("/admin/digests/preview/", {"subscription": "nobody@example.org"})
    assert "No subscriber has that address." not in response.content.decode()
    assert "Digest preview" not in client.get("/admin/").content.decode()


def test_twenty_five_requests_for_one_address_send_one_mail_a_day(
    settings, django_capture_on_commit_callbacks
):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "subscribe-address": "100/d"}
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(25):
            client = Client(REMOTE_ADDR=f"192.0.2.{n + 1}")
            response = client.post(
                "/digests/", {"email": "victim@example.org", "frequency": "daily"}
            )
            assert response.status_code == 200
    assert len(mail.outbox) == 1

    tomorrow = timezone.now() + timedelta(days=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=tomorrow):
        with django_capture_on_commit_callbacks(execute=True):
            Client().post("/digests/", {"email": "victim@example.org", "frequency": "daily"})
    assert len(mail.outbox) == 2


def test_the_subscribe_form_is_limited_per_client_and_per_address(client, settings):
    settings.HUB_RATE_LIMITS = {
        **settings.HUB_RATE_LIMITS,
        "subscribe": "3/h",
        "subscribe-address": "2/d",
    }
    codes = [
        client.post("/digests/", {"email": f"n{n}@example.org", "frequency": "daily"}).status_code
        for n in range(4)
    ]
    assert codes == [200, 200, 200, 429]
    refused = client.post("/digests/", {"email": "n9@example.org", "frequency": "daily"})
    assert "Too many subscription requests" in refused.content.decode()
    assert int(refused["Retry-After"]) > 0

    # n0 was asked for once above; once more from elsewhere, then the address is at its limit.
    other = Client(REMOTE_ADDR="198.51.100.1")
    assert (
        other.post("/digests/", {"email": "n0@example.org", "frequency": "daily"}).status_code
        == 200
    )
    third = Client(REMOTE_ADDR="198.51.100.9").post(
        "/digests/", {"email": "n0@example.org", "frequency": "daily"}
    )
    assert third.status_code == 429
    assert "This address has had too many subscription requests" in third.content.decode()


def test_an_unverified_account_with_a_visitors_address_cannot_take_the_subscription_over():
    from hub.digests.services import subscriptions
    from tests.factories.members import member

    visitor = subscriber("shared@example.org", frequency="monthly")
    visitor.status = Subscription.Status.PENDING
    visitor.save()
    squatter = member("squatter", verified=False)
    squatter.email = "shared@example.org"
    squatter.save()

    assert subscriptions.for_member(squatter) is None
    with pytest.raises(subscriptions.UnverifiedAddress):
        subscriptions.save_for_member(squatter, {"frequency": "daily"})
    visitor.refresh_from_db()
    assert visitor.status == Subscription.Status.PENDING and visitor.frequency == "monthly"
    assert visitor.user is None


def test_a_member_who_verified_the_address_takes_up_the_visitors_subscription():
    from allauth.account.models import EmailAddress

    from hub.digests.services import subscriptions
    from tests.factories.members import member

    visitor = subscriber("owner@example.org", frequency="monthly")
    owner = member("owner")
    owner.email = "owner@example.org"
    owner.save()
    EmailAddress.objects.filter(user=owner).update(email="owner@example.org")
    assert subscriptions.for_member(owner) == visitor
    subscriptions.save_for_member(owner, {"frequency": "daily"})
    visitor.refresh_from_db()
    assert visitor.user == owner and visitor.frequency == "daily"


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
