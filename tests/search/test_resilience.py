"""When the engine is down: search answers from the database, and no index update is lost."""

import socket

import pytest
from django.core.management import call_command

from search import engine, queue
from search.models import PendingIndexUpdate
from search.tasks import apply_queued_index_updates
from tests.services import free_port

pytestmark = pytest.mark.search_engine

LIBRARY = "/library/"
NOTICE = "The search engine is not answering"


def engine_at(settings, url, timeout=None):
    conf = {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": [url]}
    if timeout is not None:
        conf["TIMEOUT"] = timeout
    settings.WAGTAILSEARCH_BACKENDS = {**settings.WAGTAILSEARCH_BACKENDS, "default": conf}


def test_an_unreachable_engine_is_replaced_by_the_database_with_a_notice(
    client, settings, search_engine
):
    on_engine = client.get(LIBRARY, {"q": "remittances", "theme": "diaspora-engagement"})
    engine_at(settings, f"http://127.0.0.1:{free_port()}")

    response = client.get(LIBRARY, {"q": "remittances", "theme": "diaspora-engagement"})

    assert response.status_code == 200
    assert response.context["search"].degraded
    assert NOTICE in response.content.decode()
    # the database ranks and matches words its own way, but finds the same kind of thing
    assert response.context["search"].items
    assert {p.pk for p in response.context["search"].items} <= {
        p.pk for p in on_engine.context["search"].items
    }
    site = client.get("/search/", {"q": "remittances"})
    assert site.status_code == 200 and NOTICE in site.content.decode()
    suggestions = client.get("/search/autocomplete/", {"q": "remit"}).json()
    assert suggestions["degraded"] and suggestions["results"]


def test_an_engine_that_hangs_costs_one_short_timeout(client, settings, search_engine):
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        engine_at(settings, f"http://127.0.0.1:{silent.getsockname()[1]}", timeout=0.5)

        first = client.get(LIBRARY, {"q": "migration"})
        second = client.get(LIBRARY, {"q": "migration"})

    assert first.status_code == second.status_code == 200
    assert first.context["search"].degraded and second.context["search"].degraded
    assert first.context["search"].total > 0


def test_updates_made_while_the_engine_is_stopped_apply_when_it_is_back(
    client, settings, a_resource, a_stoppable_engine, search_engine
):
    settings.HUB_HEALTH_TOKEN = "operator"
    operator = {"HTTP_X_HEALTH_TOKEN": "operator"}
    from cms.models import ResourcePage

    withdrawn = ResourcePage.objects.get(slug="glossary-of-migration-and-development-terms")
    assert client.get(LIBRARY, {"q": "glossary"}).context["search"].total == 1
    a_stoppable_engine.stop()

    a_resource("Okapi field notes on circular migration")
    withdrawn.unpublish()
    queued = {(row.model_name, row.action) for row in PendingIndexUpdate.objects.all()}
    while_down = client.get(LIBRARY, {"q": "okapi"})

    assert ("resourcepage", "update") in queued
    assert while_down.context["search"].degraded  # the database already knows the new page
    assert [p.title for p in while_down.context["search"].items] == [
        "Okapi field notes on circular migration"
    ]
    with pytest.raises(queue.EngineUnavailable):
        queue.apply_pending()
    assert PendingIndexUpdate.objects.filter(attempts=1).exists()
    health = client.get("/healthz", **operator)
    checks = health.json()["checks"]
    assert health.status_code == 200  # the hub is up: it answers from the database
    assert health.json()["status"] == "degraded"
    assert not checks["search"]["ok"]
    waiting = PendingIndexUpdate.objects.count()
    assert checks["search_queue"]["detail"] == f"{waiting} index updates waiting for the engine"

    a_stoppable_engine.restart()
    result = apply_queued_index_updates.apply().get()  # what beat runs every minute
    search_engine.refresh()

    assert result["remaining"] == 0 and result["applied"] >= 2
    assert not PendingIndexUpdate.objects.exists()
    assert client.get("/healthz", **operator).json()["checks"]["search"]["ok"]
    back = client.get(LIBRARY, {"q": "okapi"})
    assert not back.context["search"].degraded
    assert [p.title for p in back.context["search"].items] == [
        "Okapi field notes on circular migration"
    ]
    assert client.get(LIBRARY, {"q": "glossary"}).context["search"].total == 0


def test_a_deleted_page_is_removed_once_the_engine_is_back(
    client, a_resource, a_stoppable_engine, search_engine
):
    page = a_resource("Pangolin trade routes and labour migration")
    search_engine.refresh()
    assert client.get(LIBRARY, {"q": "pangolin"}).context["search"].total == 1
    a_stoppable_engine.stop()

    page.delete()

    assert PendingIndexUpdate.objects.get().action == "delete"
    a_stoppable_engine.restart()
    call_command("apply_search_queue", verbosity=0)
    search_engine.refresh()
    raw = search_engine.backend.search("pangolin", type(page))
    assert raw.count() == 0
    assert not engine.cache.get(engine.ENGINE_DOWN_KEY)
