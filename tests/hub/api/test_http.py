"""The API over HTTP: paging, caching, CORS, rate limits and bad input, as clients meet them."""

import base64
import json

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.hub.api.conftest import walk

pytestmark = pytest.mark.django_db


# --- Paging --------------------------------------------------------------------------------------


def test_cursor_paging_loses_and_repeats_nothing(api, make_resource):
    made = {
        make_resource(f"Resource {n}", publication_date=f"20{10 + n % 3}-01-01").pk
        for n in range(11)
    }
    records = walk(api, "/api/v1/resources/?theme=api-test&page_size=3")
    assert [r["id"] for r in records if r["id"] in made] == [r["id"] for r in records]
    assert len(records) == len(made) == len({r["id"] for r in records})
    dates = [r["publication_date"] for r in records]
    assert dates == sorted(dates, reverse=True)


def test_paging_holds_while_records_are_added(api, make_resource):
    first = [make_resource(f"Old {n}", publication_date="2015-01-01") for n in range(4)]
    page = api.get("/api/v1/resources/?theme=api-test&page_size=2").json()
    make_resource("Newer", publication_date="2024-01-01")  # lands before the cursor's place
    rest = walk(api, page["next"])
    seen = [r["id"] for r in page["results"] + rest]
    assert sorted(seen) == sorted(p.pk for p in first)


def test_previous_goes_back_to_the_same_page(api, make_resource):
    for n in range(5):
        make_resource(f"Resource {n}")
    first = api.get("/api/v1/resources/?theme=api-test&page_size=2").json()
    second = api.get(first["next"]).json()
    back = api.get(second["previous"]).json()
    assert back["results"] == first["results"]


def bad(response, param):
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == 400 and body["detail"]
    assert param in body["errors"], body
    return body["errors"][param]


@pytest.mark.parametrize(
    "cursor",
    [
        "abc",
        "!!!",
        base64.b64encode(b"p=not-a-date").decode(),
        base64.b64encode(b"o=-1").decode(),
        base64.b64encode(b"p=99999999999999999999999999").decode(),
        "x" * 2000,
    ],
)
def test_a_malformed_cursor_is_a_400_that_says_so(api, cursor):
    assert bad(api.get("/api/v1/resources/", {"cursor": cursor}), "cursor")
    assert bad(api.get("/api/v1/projects/", {"cursor": cursor}), "cursor")


@pytest.mark.parametrize("size", ["0", "101", "-1", "abc", "1.5", "", "10_0", "٣"])
def test_a_page_size_out_of_bounds_is_a_400(api, size):
    message = bad(api.get("/api/v1/news/", {"page_size": size}), "page_size")
    assert "100" in message[0]


def test_page_size_up_to_the_limit_is_taken(api, make_resource):
    for n in range(3):
        make_resource(f"Resource {n}")
    body = api.get("/api/v1/resources/?theme=api-test&page_size=100").json()
    assert len(body["results"]) == 3 and body["next"] is None
    assert len(api.get("/api/v1/resources/?theme=api-test&page_size=1").json()["results"]) == 1


# --- Bad input -----------------------------------------------------------------------------------


def test_unknown_filters_and_values_are_400s_that_name_them(api):
    assert "lang" in bad(api.get("/api/v1/resources/?colour=red"), "colour")[0]
    assert "nowhere" in bad(api.get("/api/v1/resources/?theme=nowhere"), "theme")[0]
    assert bad(api.get("/api/v1/resources/?theme=HEALTH"), "theme")
    assert bad(api.get("/api/v1/resources/?year=1492"), "year")
    assert bad(api.get("/api/v1/events/?when=tomorrow"), "when")
    assert bad(api.get("/api/v1/events/?when=past&when=all"), "when")
    assert bad(api.get("/api/v1/projects/?lang=de"), "lang")
    assert bad(api.get("/api/v1/projects/?q=" + "x" * 201), "q")
    assert bad(api.get("/api/v1/projects/?sort=title"), "sort")
    assert bad(api.get("/api/v1/themes/?q=health"), "q")
    assert bad(api.get("/api/v1/resources/1/?theme=x"), "theme")


def test_nul_and_unknown_addresses_answer_json(api):
    response = api.get("/api/v1/resources/?q=a%00b")
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    response = api.get("/api/v2/resources/")
    assert response.status_code == 404 and response.json()["status"] == 404


def test_writes_are_refused(api):
    for method in ("post", "put", "patch", "delete"):
        response = getattr(api, method)(
            "/api/v1/resources/", data="{}", content_type="application/json"
        )
        assert response.status_code == 405
        assert response.json()["status"] == 405


QUERY_KEYS = st.sampled_from(
    [
        "q",
        "theme",
        "region",
        "country",
        "year",
        "type",
        "language",
        "status",
        "sdg",
        "gcm",
        "origin",
        "destination",
        "when",
        "format",
        "lang",
        "cursor",
        "page_size",
        "sort",
        "page",
        "languages",
        "x",
    ]
)
QUERY_VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["health", "SN", "2021", "en", "fr", "past", "10", "0", "101", "1.5", ""]),
    st.integers(-(10**20), 10**20).map(str),
    st.binary(max_size=20).map(lambda b: base64.b64encode(b).decode()),
)


@given(
    endpoint=st.sampled_from(
        [
            "resources",
            "projects",
            "unmn-projects",
            "events",
            "news",
            "blog-posts",
            "toolkits",
            "courses",
            "organisations",
            "themes",
            "countries",
            "sdgs",
        ]
    ),
    pairs=st.lists(st.tuples(QUERY_KEYS, QUERY_VALUES), max_size=6),
)
@hypothesis_settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_query_string_makes_the_api_fail(api, no_rate_limit, endpoint, pairs):
    data = {}
    for key, value in pairs:
        data.setdefault(key, []).append(value)
    response = api.get(f"/api/v1/{endpoint}/", data)
    assert response.status_code in (200, 400), (endpoint, data, response.content)
    assert response["Content-Type"] == "application/json"
    json.loads(response.content)


# --- Caching -------------------------------------------------------------------------------------


def test_etag_and_if_none_match_answer_304(api, make_resource):
    make_resource()
    url = "/api/v1/resources/?theme=api-test"
    response = api.get(url)
    etag = response["ETag"]
    assert response["Cache-Control"] == "public, max-age=300"
    again = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag and again["Cache-Control"] == "public, max-age=300"
    make_resource("Another")
    changed = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    detail = api.get("/api/v1/themes/api-test/")
    assert api.get("/api/v1/themes/api-test/", HTTP_IF_NONE_MATCH=detail["ETag"]).status_code == 304


def test_errors_are_not_marked_cacheable(api):
    response = api.get("/api/v1/resources/?colour=red")
    assert "public" not in response.get("Cache-Control", "") and not response.has_header("ETag")


# --- CORS ----------------------------------------------------------------------------------------

ORIGIN = "https://partner.example.org"


def test_cross_origin_reads_are_allowed(api):
    response = api.get("/api/v1/themes/", HTTP_ORIGIN=ORIGIN)
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert api.head("/api/v1/themes/", HTTP_ORIGIN=ORIGIN)["Access-Control-Allow-Origin"] == ORIGIN
    preflight = api.options(
        "/api/v1/themes/", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert preflight["Access-Control-Allow-Origin"] == ORIGIN
    assert set(preflight["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_cross_origin_writes_get_no_cors_headers(api):
    for method in ("post", "put", "patch", "delete"):
        response = getattr(api, method)("/api/v1/themes/", HTTP_ORIGIN=ORIGIN)
        assert "Access-Control-Allow-Origin" not in response, method


def test_pages_outside_the_api_get_no_cors_headers(client):
    assert "Access-Control-Allow-Origin" not in client.get("/healthz", HTTP_ORIGIN=ORIGIN)


# --- Rate limit ----------------------------------------------------------------------------------


def test_over_the_rate_limit_a_client_gets_429_with_retry_after(api, settings):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "api": "3/m"}
    for _ in range(3):
        assert api.get("/api/v1/themes/").status_code == 200
    response = api.get("/api/v1/themes/")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert 0 < int(response["Retry-After"]) <= 60
    assert "Wait" in response.json()["detail"]
    # Another client is counted apart.
    assert api.get("/api/v1/themes/", REMOTE_ADDR="192.0.2.7").status_code == 200


# --- Schema and docs -----------------------------------------------------------------------------


def test_the_schema_describes_the_filters_with_their_values(api, a_theme):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert schema["openapi"].startswith("3.")
    parameters = {p["name"]: p for p in schema["paths"]["/api/v1/resources/"]["get"]["parameters"]}
    assert {"q", "lang", "cursor", "page_size", "theme", "type", "year"} <= set(parameters)
    assert "api-test" in parameters["theme"]["schema"]["items"]["enum"]
    assert parameters["page_size"]["schema"]["maximum"] == 100
    events = {p["name"]: p for p in schema["paths"]["/api/v1/events/"]["get"]["parameters"]}
    assert events["when"]["schema"]["enum"] == ["upcoming", "past", "all"]
    assert not [path for path in schema["paths"] if not path.startswith("/api/v1/")]


def test_the_docs_load_everything_from_this_site(client):
    response = client.get("/api/docs/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "<style" not in html and "<script>" not in html and "//cdn" not in html
    assert "https://" not in html
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200 and "/api/schema/" in script.content.decode()


# --- Queries -------------------------------------------------------------------------------------


#: the queries of one list request, whatever its length: the records, each prefetched relation
#: (a project has nine), the view restrictions and the site's root paths
MAX_QUERIES = 16


@pytest.mark.parametrize(
    "endpoint,make",
    [("resources", "make_resource"), ("projects", "make_project"), ("events", "make_event")],
)
def test_a_list_costs_the_same_queries_for_3_or_30_records(
    api, request, endpoint, make, django_assert_max_num_queries
):
    make_one = request.getfixturevalue(make)
    url = f"/api/v1/{endpoint}/?theme=api-test&page_size=100"
    for n in range(3):
        make_one(f"Record {n}")
    api.get(url)  # the filter options are cached after the first request, as in production
    with django_assert_max_num_queries(MAX_QUERIES):
        assert len(api.get(url).json()["results"]) == 3
    for n in range(27):
        make_one(f"More {n}")
    api.get(url)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert len(api.get(url).json()["results"]) == 30
