import pytest
from django.db import connection

from tests.services import free_port


def test_healthz_reports_every_store(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker", "search", "search_queue"}
    assert body["checks"]["search_queue"]["detail"] == "0 index updates waiting for the engine"
    assert all(check["ok"] for check in body["checks"].values()), body


# SQLite's in-memory test database cannot be taken away, so this runs on the real server.
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_healthz_is_503_when_the_database_is_down(client):
    original = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict["PORT"] = str(free_port())  # nothing listens there
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict.update(original)

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["database"]["ok"] is False
    assert body["checks"]["database"]["detail"]


def test_healthz_refuses_other_methods_and_paths(client, db):
    assert client.post("/healthz").status_code == 405
    assert client.get("/healthz/anything/").status_code == 404
