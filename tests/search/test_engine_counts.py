"""The engine's one-request search: totals, pages and counts equal to the database backend's.

On the engine a faceted search is one `_msearch` (the page of hits, the exact total and every
count); facets over relations are counted from each page's flat `facet_keys`, not from nested
documents. These tests hold it to the database backend, which counts with GROUP BY.
"""

import pytest
from django.http import QueryDict

from cms.models import ResourcePage, Theme
from search import catalogues, engine
from search.facets import MAX_PAGED_RESULTS, paginate


def counts(outcome) -> dict[str, dict[str, int]]:
    return {f.param: {v.value: v.count for v in f.values} for f in outcome.facets}


def top(outcome, param, n=1) -> list[str]:
    facet = next(f for f in outcome.facets if f.param == param)
    return [v.value for v in facet.values[:n]]


def run_on_both(settings, catalogue, params):
    query = QueryDict(mutable=True)
    for key, values in params.items():
        query.setlist(key, values)
    on_engine = catalogue.run(query)
    engine_conf = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = {"default": engine_conf["database"]}
    on_database = catalogue.run(query)
    settings.WAGTAILSEARCH_BACKENDS = engine_conf
    assert not on_engine.degraded and not on_database.degraded
    return on_engine, on_database


@pytest.mark.search_engine
def test_library_counts_and_pages_match_the_database(settings, search_engine):
    library = catalogues.get("library")
    everything, _ = run_on_both(settings, library, {})
    theme, language = top(everything, "theme"), top(everything, "language")
    for params in (
        {},
        {"theme": theme},
        {"theme": top(everything, "theme", 2), "language": language},
        {"country": top(everything, "country", 3), "year": top(everything, "year")},
        {"page": ["2"]},  # newest first: the demo's publication dates differ
        {"type": top(everything, "type"), "page": ["9"]},  # no such page: the last one
    ):
        on_engine, on_database = run_on_both(settings, library, params)

        assert on_engine.total == on_database.total, params
        assert counts(on_engine) == counts(on_database), params
        assert [p.pk for p in on_engine.items] == [p.pk for p in on_database.items], params
    assert everything.total == 38
    assert sum(counts(everything)["language"].values()) >= everything.total


@pytest.mark.search_engine
def test_project_counts_over_corridors_goals_and_objectives_match_the_database(
    settings, search_engine
):
    projects = catalogues.get("projects")
    everything, _ = run_on_both(settings, projects, {})
    found = counts(everything)
    for param in ("origin", "destination", "sdg", "gcm"):
        assert found[param], f"the demo projects have no {param} to count"
    for params in (
        {},
        {"sdg": top(everything, "sdg"), "origin": top(everything, "origin")},
        {"gcm": top(everything, "gcm", 2), "destination": top(everything, "destination")},
    ):
        on_engine, on_database = run_on_both(settings, projects, params)

        assert on_engine.total == on_database.total, params
        assert counts(on_engine) == counts(on_database), params


@pytest.mark.search_engine
def test_a_faceted_search_is_one_request_to_the_engine(client, search_engine, monkeypatch):
    transport = engine.backend().es.transport
    requests = []
    real = transport.perform_request

    def counted(method, url, *args, **kwargs):
        requests.append(url)
        return real(method, url, *args, **kwargs)

    monkeypatch.setattr(transport, "perform_request", counted)
    params = {"q": "migration", "language": "en", "page": "2"}
    response = client.get("/library/", params)

    assert response.status_code == 200
    assert response.context["search"].total > 15  # a second page to show
    assert [url.rsplit("/", 1)[-1] for url in requests] == ["_msearch"]


def test_a_page_keys_every_value_it_is_counted_by(a_resource):
    page = a_resource("Keyed", themes=["remittances-and-financial-inclusion"], language="fr")
    language = page.versions.get().language

    assert page.facet_keys() == sorted(
        ["themes__slug=remittances-and-financial-inclusion", f"versions__language={language.pk}"]
    )
    assert ResourcePage.facet_relations[-1] == "versions__language"


def test_a_new_theme_can_be_chosen_at_once(client, db):
    assert client.get("/library/").status_code == 200  # the options are cached now
    Theme.objects.create(name="Seasonal work", slug="seasonal-work")

    messages = client.get("/library/", {"theme": "seasonal-work"}).context["search"].messages

    assert not any("seasonal-work" in m for m in messages), messages


def test_pages_beyond_what_the_engine_can_reach_say_so():
    messages = []
    page = paginate(range(25_000), 15, "5000", messages, total=25_000)

    assert page.number == page.paginator.num_pages == -(-MAX_PAGED_RESULTS // 15)
    assert page.end_index() == MAX_PAGED_RESULTS
    assert "Only the first 10,000 results can be browsed" in messages[0]


@pytest.mark.search_engine
def test_a_hit_for_a_page_no_longer_live_is_never_shown(client, search_engine):
    from wagtail.models import Page

    glossary = ResourcePage.objects.get(slug="glossary-of-migration-and-development-terms")
    before = client.get("/library/", {"q": "glossary"}).context["search"]
    Page.objects.filter(pk=glossary.pk).update(live=False)  # behind the index's back

    after = client.get("/library/", {"q": "glossary"}).context["search"]

    assert glossary.pk in [p.pk for p in before.items]
    assert glossary.pk not in [p.pk for p in after.items]
