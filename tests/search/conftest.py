"""Fixtures of the search tests.

Tests marked `search_engine` run on the real engine that tests/services.py started: the
`search_engine` fixture points WAGTAILSEARCH_BACKENDS at it (with the database backend as the
fallback, as in production) and rebuilds the page index from the test database, so each test
starts from exactly the pages it can see. Every other test keeps the database backend.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from modelsearch.index import get_indexed_models
from wagtail.models import Locale, Page

from search import engine, indexing


@dataclass
class Engine:
    backend: object
    url: str

    def refresh(self) -> None:
        """Make what was just indexed searchable (the engine refreshes every second on its own)."""
        self.backend.get_index_for_model(Page).refresh()


def _page_models():
    return [model for model in get_indexed_models() if issubclass(model, Page)]


def _reset_page_index(backend) -> None:
    """The page index holds exactly the test database's pages.

    Creating an index and its mappings takes seconds on a small node, so that happens once per
    run; later tests empty the index and bulk-load the pages again (well under a second). The
    other models' indexes (forum topics, taxonomies) are built once, from the demo content.
    """
    others = [m for m in get_indexed_models() if not issubclass(m, Page)]
    exists = backend.es.indices.exists
    missing = [m for m in others if not exists(index=backend.get_index_for_model(m).name)]
    if missing:
        indexing.rebuild("default", models=missing)
    index = backend.get_index_for_model(Page)
    if not backend.es.indices.exists(index=index.name):
        indexing.rebuild("default", models=_page_models())
        return
    # (the node has no _delete_by_query: that lives in the reindex module, which it leaves out)
    hits = backend.es.search(
        index=index.name, body={"query": {"match_all": {}}, "size": 10_000, "_source": False}
    )["hits"]["hits"]
    deletes = [{"_op_type": "delete", "_index": h["_index"], "_id": h["_id"]} for h in hits]
    if deletes:
        backend.bulk(backend.es, deletes)
    for model in _page_models():
        index.add_items(model, model.get_indexed_objects())


@pytest.fixture
def search_engine(settings, db):
    conf = settings.SEARCH_ENGINE_BACKEND
    if not conf:
        pytest.skip("no SEARCH_URL: no search engine")
    settings.WAGTAILSEARCH_BACKENDS = {
        # A busy CI machine can take more than the production timeout to bulk-load the index;
        # the tests of timeouts set their own.
        "default": {**conf, "TIMEOUT": max(conf.get("TIMEOUT", 2), 30)},
        "database": dict(settings.SEARCH_DATABASE_BACKEND),
    }
    cache.delete(engine.ENGINE_DOWN_KEY)
    _reset_page_index(engine.backend())
    handle = Engine(engine.backend(), conf["URLS"][0])
    handle.refresh()
    yield handle
    cache.delete(engine.ENGINE_DOWN_KEY)


@pytest.fixture(autouse=True)
def _engine_for_marked_tests(request):
    # A marked test should also name the fixture (or each_backend): pytest-django orders tests by
    # the fixtures it sees at collection, and one that only gets `db` here would run after the
    # transactional tests, which empty the demo content.
    if request.node.get_closest_marker("search_engine"):
        request.getfixturevalue("search_engine")


@pytest.fixture
def a_stoppable_engine(search_engine):
    """The suite's engine node, which this test may stop; it is running again afterwards."""
    from tests.services import SERVICES

    node = SERVICES.search_node
    if node is None:
        pytest.skip("the engine was not started by this test run, so it cannot be stopped")
    try:
        yield node
    finally:
        if subprocess.run(
            [str(node.script), "status", str(node.port)], capture_output=True
        ).returncode:
            node.restart()
        cache.delete(engine.ENGINE_DOWN_KEY)


# --- content -------------------------------------------------------------------------------


@pytest.fixture
def the_library(db):
    from cms.models import LibraryIndexPage

    return LibraryIndexPage.objects.get(locale=Locale.get_default())


@pytest.fixture
def a_resource(the_library):
    """Make a ResourcePage in the library: published unless live=False."""
    import datetime

    from cms.models import Language, ResourcePage, ResourceType, ResourceVersion, Theme

    def make(title, *, live=True, themes=(), language="en", date="2021-06-01", **fields):
        page = ResourcePage(
            title=title,
            publication_date=datetime.date.fromisoformat(date),
            resource_type=ResourceType.objects.order_by("pk").first(),
            live=live,
            **fields,
        )
        page.versions = [ResourceVersion(language=Language.objects.get(code=language))]
        page.themes = list(Theme.objects.filter(slug__in=themes))
        the_library.add_child(instance=page)
        if live:
            page.save_revision().publish()
        else:
            page.save_revision()
        return page

    return make


BACKENDS = [
    pytest.param("database", id="database"),
    pytest.param("engine", id="engine", marks=pytest.mark.search_engine),
]


@pytest.fixture(params=BACKENDS)
def each_backend(request, db):
    """Run the test on the database backend, then on the engine (marked search_engine)."""
    if request.param == "engine":
        return request.getfixturevalue("search_engine")
    return None


def refresh(each_backend) -> None:
    if each_backend is not None:
        each_backend.refresh()
