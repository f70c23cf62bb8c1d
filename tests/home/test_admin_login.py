def test_admin_login_with_wrong_credentials_says_so(client, an_editor):
    response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})

    assert response.status_code == 200
    assert b"Your username and password didn&#x27;t match" in response.content


def test_admin_login_with_the_right_credentials_reaches_the_dashboard(client, an_editor):
    from tests.conftest import EDITOR_PASSWORD

    response = client.post(
        "/admin/login/", {"username": "editor", "password": EDITOR_PASSWORD}, follow=True
    )

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/admin/"
    assert b"<title>Dashboard - M4D Hub</title>" in response.content
