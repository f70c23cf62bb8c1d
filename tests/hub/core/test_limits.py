"""One rate limiter for every login path and every member action (hub/core/limits.py)."""

import pytest
from django.core import mail
from django.test import Client

from tests.factories import members as factories
from tests.factories.members import PASSWORD

pytestmark = pytest.mark.django_db

# Each login view with the name of its login field.
LOGIN_PATHS = [
    ("/admin/login/", "username"),
    ("/_util/login/", "username"),
    ("/django-admin/login/", "username"),
    ("/accounts/login/", "login"),
]


@pytest.mark.parametrize("path, field", LOGIN_PATHS)
def test_forty_wrong_passwords_then_the_right_one_does_not_sign_in(path, field):
    user = factories.member("target")
    user.is_staff = True  # so that the Django admin's own login would take it
    user.save()
    client = Client()
    for n in range(40):
        client.post(path, {field: "target", "password": f"guess {n}"})
    response = client.post(path, {field: "target", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert int(response["Retry-After"]) > 0
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("path, field", LOGIN_PATHS)
def test_failures_on_one_login_path_count_on_every_other(path, field):
    factories.member("target")
    client = Client()
    for n in range(5):
        client.post("/admin/login/", {"username": "target", "password": f"guess {n}"})
    response = client.post(path, {field: "target", "password": PASSWORD})
    assert response.status_code == 429


def test_a_few_mistakes_do_not_lock_anyone_out(client):
    factories.member("target")
    for n in range(3):
        client.post("/accounts/login/", {"login": "target", "password": f"guess {n}"})
    response = client.post("/accounts/login/", {"login": "target", "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_failures_from_one_client_stop_guessing_across_accounts(client, settings):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "login-failures-ip": "3/15m"}
    factories.member("target")
    for n in range(3):
        client.post("/admin/login/", {"username": f"someone{n}", "password": "guess"})
    response = client.post("/admin/login/", {"username": "target", "password": PASSWORD})
    assert response.status_code == 429
    assert "from your network" in response.content.decode()


def test_the_window_passes_and_the_account_signs_in_again(client, a_clock):
    factories.member("target")
    for n in range(6):
        client.post("/accounts/login/", {"login": "target", "password": f"guess {n}"})
    a_clock.now += 15 * 60 + 1
    response = client.post("/accounts/login/", {"login": "target", "password": PASSWORD})
    assert response.status_code == 302


@pytest.fixture
def a_cache_that_is_down(settings):
    """Rate limits count in a Redis that is not there (nothing listens on port 1)."""
    settings.CACHES = {
        **settings.CACHES,
        "down": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        },
    }
    settings.RATELIMIT_USE_CACHE = "down"


def test_with_the_cache_down_sign_in_fails_open(client, a_cache_that_is_down):
    factories.member("target")
    response = client.post("/accounts/login/", {"login": "target", "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_with_the_cache_down_sign_up_fails_closed_and_mails_no_one(client, a_cache_that_is_down):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "stranger@example.org",
            "username": "stranger",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "A Stranger",
            "join_reason": "To test.",
        },
    )
    assert response.status_code == 429
    assert mail.outbox == []


def test_password_reset_mails_an_address_only_so_often(client, settings):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "password-reset-address": "2/h"}
    factories.member("target")
    codes = [
        client.post("/accounts/password/reset/", {"email": "target@example.org"}).status_code
        for _ in range(4)
    ]
    assert codes == [302, 302, 429, 429]
    assert len(mail.outbox) == 2


def test_wagtail_password_reset_is_limited_too(client, settings):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "password-reset": "2/h"}
    codes = [
        client.post("/admin/password_reset/", {"email": f"x{n}@example.org"}).status_code
        for n in range(3)
    ]
    assert codes[-1] == 429


# --- The client's address behind a reverse proxy ------------------------------------------------


def fail_logins(times: int, **meta) -> int:
    """POST wrong passwords (to as many accounts) from one client; the last answer's status."""
    client = Client(**meta)
    status = 0
    for n in range(times):
        status = client.post("/admin/login/", {"username": f"x{n}", "password": "no"}).status_code
    return status


def test_a_direct_client_cannot_escape_by_writing_x_forwarded_for(settings):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "login-failures-ip": "3/15m"}
    for n in range(3):
        fail_logins(1, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    status = fail_logins(1, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert status == 429


def test_behind_one_trusted_proxy_each_client_is_counted_by_its_own_address(settings):
    settings.HUB_TRUSTED_PROXY_COUNT = 1
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "login-failures-ip": "3/15m"}
    proxy = "10.0.0.2"
    # The client writes a header of its own; the proxy appends the address it really saw.
    spoofed = {"REMOTE_ADDR": proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.1, 203.0.113.7"}
    for n in range(3):
        spoofed["HTTP_X_FORWARDED_FOR"] = f"198.51.100.{n}, 203.0.113.7"
        fail_logins(1, **spoofed)
    assert fail_logins(1, **spoofed) == 429
    # Another client behind the same proxy is not held back by the first one's failures.
    other = {"REMOTE_ADDR": proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.8"}
    assert fail_logins(1, **other) == 200


def test_the_client_address_is_read_from_the_right_of_the_header(rf, settings):
    from hub.core.limits import client_ip

    request = rf.get(
        "/", REMOTE_ADDR="10.0.0.3", HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.7, 10.0.0.2"
    )
    assert client_ip(request) == "10.0.0.3"
    settings.HUB_TRUSTED_PROXY_COUNT = 2
    assert client_ip(request) == "203.0.113.7"
    settings.HUB_TRUSTED_PROXY_COUNT = 4  # fewer entries than proxies: not through them all
    assert client_ip(request) == "10.0.0.3"
    settings.HUB_TRUSTED_PROXY_COUNT = 1
    settings.HUB_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    assert client_ip(rf.get("/", REMOTE_ADDR="10.0.0.3", HTTP_X_REAL_IP="not an address")) == (
        "10.0.0.3"
    )
