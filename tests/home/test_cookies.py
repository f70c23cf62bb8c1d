"""The hub sets no non-essential cookie, so it needs no cookie notice (README, "Legal pages")."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

ESSENTIAL = {"sessionid", "csrftoken", "messages", "django_language"}


def test_a_visitor_who_browses_signs_up_and_picks_a_language_gets_only_essential_cookies(
    client,
):
    set_cookies = set()
    for url in ("/", "/library/", "/events/", "/about/", reverse("account_signup")):
        set_cookies |= set(client.get(url).cookies)
    set_cookies |= set(client.get("/language/?lang=fr&next=/fr/").cookies)
    set_cookies |= set(
        client.post(reverse("account_login"), {"login": "x", "password": "y"}).cookies
    )

    assert "django_language" in set_cookies and "csrftoken" in set_cookies
    assert set_cookies <= ESSENTIAL
