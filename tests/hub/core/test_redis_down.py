"""With Redis (the cache and the broker) stopped mid-test, pages still serve from the database."""

import shutil
import subprocess

import pytest
from django.core.cache import cache
from django.urls import reverse

from cms.models import EventIndexPage, LibraryIndexPage, NewsIndexPage, ResourcePage
from hub.celery import app
from hub.core import outbox, queueing
from hub.core.models import OutboxMessage
from tests.factories import members as factories
from tests.factories.members import PASSWORD
from tests.services import free_port, wait_for_port

pytestmark = [pytest.mark.redis, pytest.mark.django_db]


class RedisServer:
    """A redis-server of this test's own, which the test stops and starts again."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen(  # noqa: S603
            [shutil.which("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


@pytest.fixture
def a_stoppable_redis(settings, monkeypatch):
    """The cache and the Celery broker on a Redis server that the test can stop."""
    server = RedisServer()
    server.start()
    settings.CACHES = {
        "default": {**settings.CACHES["default"], "LOCATION": server.url, "KEY_PREFIX": "down"}
    }
    broker = app.conf.broker_url
    app.conf.broker_url = server.url
    app._after_fork()  # Celery's own reset of its connection pools, for the new URL
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    yield server
    server.stop()
    app.conf.broker_url = broker
    app._after_fork()


def pages():
    resource = ResourcePage.objects.live().order_by("pk").first()
    return {
        "home": "/",
        "library": LibraryIndexPage.objects.live().first().url,
        "news": NewsIndexPage.objects.live().first().url,
        "events": EventIndexPage.objects.live().first().url,
        "detail": resource.url,
        "search": "/search/?q=migration",
        "library search": "/library/?q=remittances",
        "login": reverse("account_login"),
        "forum": "/discussions/forum/",
        "digests": "/digests/",
    }


def test_pages_serve_from_the_database_while_redis_is_stopped(
    client, settings, a_stoppable_redis, django_capture_on_commit_callbacks, caplog
):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.EMAIL_BACKEND = outbox.BACKEND  # pytest-django's locmem would skip the outbox
    settings.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    urls = pages()
    amara = factories.member("amara", display_name="Amara Okafor")
    before = {name: client.get(url).status_code for name, url in urls.items()}
    assert cache.get("cms:content-version") is not None  # the listings did use Redis
    assert client.get("/healthz").json()["status"] == "ok"

    a_stoppable_redis.stop()

    during = {name: client.get(url).status_code for name, url in urls.items()}
    signing_in = client.post(reverse("account_login"), {"login": "amara", "password": PASSWORD})
    client.force_login(amara)
    me = client.get("/members/me/")
    client.logout()
    app.conf.task_always_eager = False
    try:
        with django_capture_on_commit_callbacks(execute=True):
            subscribed = client.post("/digests/", {"email": "v@example.org", "frequency": "daily"})
    finally:
        app.conf.task_always_eager = True
    health = client.get("/healthz")

    assert before == dict.fromkeys(urls, 200)
    assert during == dict.fromkeys(urls, 200)
    # allauth's own limiter fails closed without its cache (a 429, after a 1 s wait for its lock);
    # which limits fail open is decided with the rate limits themselves. Never a 500.
    assert signing_in.status_code in (302, 429)
    assert me.status_code == 200
    ignored = [r for r in caplog.records if r.name == "django_redis.cache"]
    assert len(ignored) <= 1  # logged once, not on every cache touch of every request
    assert subscribed.status_code == 200  # its confirmation waits in the outbox for the sweep
    assert OutboxMessage.objects.get().status == "pending"
    assert health.status_code == 200  # the database is up: keep this node in the pool
    assert health.json()["status"] == "degraded"

    a_stoppable_redis.start()
    assert client.get("/healthz").json()["status"] == "ok"
