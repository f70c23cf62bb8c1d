import pytest
from django.db import connection

from tests.services import free_port

TOKEN = "a-long-operator-token"


@pytest.fixture
def a_health_token(settings):
    settings.HUB_HEALTH_TOKEN = TOKEN
    return {"HTTP_X_HEALTH_TOKEN": TOKEN}


def test_healthz_reports_every_store_to_the_operator(client, db, a_health_token):
    response = client.get("/healthz", **a_health_token)

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {
        "database",
        "cache",
        "broker",
        "search",
        "search_queue",
        "outbox",
    }
    assert body["checks"]["search_queue"]["detail"] == "0 index updates waiting for the engine"
    assert body["checks"]["outbox"]["detail"] == "0 emails waiting, 0 failed"
    assert all(check["ok"] for check in body["checks"].values()), body


def test_healthz_tells_the_public_only_its_status(client, db, settings, a_health_token):
    public = client.get("/healthz")
    wrong = client.get("/healthz", HTTP_X_HEALTH_TOKEN="guess")
    settings.HUB_HEALTH_TOKEN = ""
    empty = client.get("/healthz", HTTP_X_HEALTH_TOKEN="")

    assert public.status_code == 200
    assert public.json() == wrong.json() == empty.json() == {"status": "ok"}


def test_staff_see_the_details_and_members_do_not(client, an_editor, a_member):
    client.force_login(a_member)
    assert "checks" not in client.get("/healthz").json()
    client.force_login(an_editor)
    assert "checks" in client.get("/healthz").json()


def test_an_unreachable_cache_makes_the_hub_degraded_not_down(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1},
        }
    }
    settings.HUB_HEALTH_TOKEN = TOKEN

    public = client.get("/healthz")
    detailed = client.get("/healthz", HTTP_X_HEALTH_TOKEN=TOKEN).json()

    assert public.status_code == 200 and public.json() == {"status": "degraded"}
    assert detailed["checks"]["cache"]["ok"] is False
    assert "Connection" in detailed["checks"]["cache"]["detail"]
    assert detailed["checks"]["database"]["ok"] is True


# SQLite's in-memory test database cannot be taken away, so this runs on the real server.
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_healthz_is_503_when_the_database_is_down_and_liveness_still_answers(client, settings):
    settings.HUB_HEALTH_TOKEN = TOKEN
    original = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict["PORT"] = str(free_port())  # nothing listens there
    try:
        public = client.get("/healthz")
        response = client.get("/healthz", HTTP_X_HEALTH_TOKEN=TOKEN)
        alive = client.get("/healthz/live")
    finally:
        connection.close()
        connection.settings_dict.update(original)

    assert public.status_code == response.status_code == 503
    assert public.json() == {"status": "error"}
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["database"]["ok"] is False
    assert body["checks"]["database"]["detail"]
    assert alive.status_code == 200 and alive.json() == {"status": "alive"}


def test_liveness_answers_without_details(client, db):
    response = client.get("/healthz/live")
    assert response.status_code == 200 and response.json() == {"status": "alive"}


def test_healthz_refuses_other_methods_and_paths(client, db):
    assert client.post("/healthz").status_code == 405
    assert client.post("/healthz/live").status_code == 405
    assert client.get("/healthz/anything/").status_code == 404
