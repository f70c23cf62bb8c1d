"""Profiles at every visibility level, photo checks, and the directory's search and filters."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from tests.factories import members as factories

pytestmark = pytest.mark.django_db


def png(size=(1200, 900)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (10, 80, 150)).save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    "visibility, anonymous, member, blocked",
    [("public", 200, 200, 200), ("members", 404, 200, 200), ("hidden", 404, 404, 404)],
)
def test_a_profile_page_follows_its_visibility(
    client, an_approved_member, visibility, anonymous, member, blocked
):
    owner = factories.member("zara", display_name="Zara Visible", visibility=visibility)
    url = reverse("members:profile", args=["zara"])
    assert client.get(url).status_code == anonymous
    client.force_login(an_approved_member)
    assert client.get(url).status_code == member
    client.force_login(owner)
    assert client.get(url).status_code == 200  # always to its owner


def test_pending_and_missing_members_have_no_profile_page(
    client, an_approved_member, a_pending_applicant
):
    client.force_login(an_approved_member)
    assert client.get(reverse("members:profile", args=["carmen"])).status_code == 404
    assert client.get(reverse("members:profile", args=["nobody"])).status_code == 404


def test_editing_the_profile_resizes_the_photo_and_escapes_markup(client, an_approved_member):
    client.force_login(an_approved_member)
    response = client.post(
        reverse("members:edit_profile"),
        {
            "display_name": "Amara <img src=x onerror=alert(1)>",
            "bio": "<script>alert('bio')</script>",
            "links": "https://example.org/amara",
            "visibility": "public",
            "photo": SimpleUploadedFile("me.png", png(), content_type="image/png"),
        },
    )
    assert response.status_code == 302
    profile = an_approved_member.profile
    profile.refresh_from_db()
    with Image.open(profile.photo.path) as photo:
        assert max(photo.size) <= 512
    html = client.get(reverse("members:profile", args=["amara"])).content.decode()
    assert "<script>alert('bio')</script>" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html


def test_photos_have_unguessable_names_and_a_replaced_photo_is_deleted(
    client, an_approved_member, django_capture_on_commit_callbacks
):
    client.force_login(an_approved_member)
    profile = an_approved_member.profile

    def upload(**extra):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("members:edit_profile"),
                {"display_name": "Amara", "visibility": "hidden", **extra},
            )
        assert response.status_code == 302
        profile.refresh_from_db()
        return profile.photo.name

    first = upload(photo=SimpleUploadedFile("me.png", png(), content_type="image/png"))
    first_path = profile.photo.path
    stem = first.rsplit("/", 1)[-1].split(".")[0]
    assert stem != str(an_approved_member.pk) and len(stem) >= 32  # not found by trying ids
    second = upload(photo=SimpleUploadedFile("me2.png", png(), content_type="image/png"))
    assert second != first
    assert not os.path.exists(first_path)
    second_path = profile.photo.path
    upload(**{"photo-clear": "on"})
    assert not profile.photo and not os.path.exists(second_path)


@pytest.mark.parametrize(
    "upload, error",
    [
        (
            SimpleUploadedFile("me.png", b"<html><script>x</script></html>", "image/png"),
            "not a valid image",
        ),
        (SimpleUploadedFile("me.svg", b"<svg onload=alert(1)/>", "image/svg+xml"), "JPEG, PNG"),
        (SimpleUploadedFile("me.jpg", png(), "image/jpeg"), "does not match its extension"),
        (
            SimpleUploadedFile("big.png", png() + b"\0" * (3 * 1024 * 1024), "image/png"),
            "too large",
        ),
    ],
    ids=["forged", "wrong-type", "mismatched", "oversized"],
)
def test_bad_photos_are_refused_with_a_clear_message(client, an_approved_member, upload, error):
    client.force_login(an_approved_member)
    response = client.post(
        reverse("members:edit_profile"),
        {"display_name": "Amara", "visibility": "members", "photo": upload},
    )
    assert response.status_code == 400
    assert error in response.content.decode()
    an_approved_member.profile.refresh_from_db()
    assert not an_approved_member.profile.photo


def test_over_long_fields_and_bad_links_are_refused(client, an_approved_member):
    client.force_login(an_approved_member)
    response = client.post(
        reverse("members:edit_profile"),
        {
            "display_name": "x" * 101,
            "bio": "y" * 2001,
            "links": "javascript:alert(1)",
            "visibility": "members",
        },
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "at most 100 characters" in body and "at most 2000 characters" in body
    assert "starting with https://" in body


def test_the_directory_searches_and_filters_what_the_viewer_may_see(client, an_approved_member):
    remit = factories.theme("Remittances")
    labour = factories.theme("Labour migration")
    senegal = factories.country("SN", "Senegal", "West Africa")
    mexico = factories.country("MX", "Mexico", "Latin America")
    french = factories.language("fr", "French")
    factories.member(
        "ana",
        display_name="Awa Public",
        visibility="public",
        country=senegal,
        themes=[remit],
        languages=[french],
        organisation_type="diaspora",
    )
    factories.member(
        "bea", display_name="Awa Members", visibility="members", country=senegal, themes=[remit]
    )
    factories.member(
        "cid", display_name="Awa Hidden", visibility="hidden", country=senegal, themes=[remit]
    )
    factories.member(
        "dan",
        display_name="Awa Mexico",
        visibility="public",
        country=mexico,
        themes=[labour],
        bio="Works on remittances",
    )

    def names(**params):
        response = client.get(reverse("members:directory"), params)
        assert response.status_code == 200
        return {p.display_name for p in response.context["page_obj"]}

    assert names(q="Awa") == {"Awa Public", "Awa Mexico"}  # visitors: public only
    client.force_login(an_approved_member)
    assert names(q="Awa") == {"Awa Public", "Awa Members", "Awa Mexico"}
    assert names(country="SN", theme="remittances") == {"Awa Public", "Awa Members"}
    assert names(region="latin-america") == {"Awa Mexico"}
    assert names(q="remittances") == {"Awa Mexico"}
    assert names(language="fr", organisation_type="diaspora") == {"Awa Public"}
    response = client.get(reverse("members:directory"), {"country": "XX"})
    assert response.status_code == 400
    assert "Some filters were not valid" in response.content.decode()


def test_the_directory_finds_members_by_region_with_the_reference_countries(
    client, an_approved_member
):
    """No region is set by hand here: the countries come with their UN M49 region."""
    from cms.models import Country

    factories.member("ana", display_name="Awa Dakar", country=Country.objects.get(code="SN"))
    factories.member("dan", display_name="Dan Lima", country=Country.objects.get(code="PE"))
    factories.member("eli", display_name="Eli Tunis", country=Country.objects.get(code="TN"))
    client.force_login(an_approved_member)

    def names(region):
        response = client.get(reverse("members:directory"), {"region": region})
        assert response.status_code == 200
        return {p.display_name for p in response.context["page_obj"]}

    assert names("africa") == {"Awa Dakar"}
    assert names("latin-america-and-the-caribbean") == {"Dan Lima"}
    assert names("arab-states-middle-east-and-north-africa") == {"Eli Tunis"}
    assert names("north-america") == set()


def test_the_directory_paginates(client, an_approved_member):
    for n in range(25):
        factories.member(f"p{n:02d}", display_name=f"Page Member {n:02d}", visibility="public")
    first = client.get(reverse("members:directory"), {"q": "Page Member"})
    assert len(first.context["page_obj"]) == 20 and 'rel="next"' in first.content.decode()
    second = client.get(reverse("members:directory"), {"q": "Page Member", "page": "2"})
    assert len(second.context["page_obj"]) == 5
    assert client.get(reverse("members:directory"), {"page": "zzz"}).status_code == 200


def test_photos_stored_under_user_ids_are_renamed(an_approved_member, settings):
    import importlib

    from django.apps import apps
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    migration = importlib.import_module("hub.members.migrations.0004_unguessable_photo_names")
    old = default_storage.save(f"members/photos/{an_approved_member.pk}.jpg", ContentFile(png()))
    profile = an_approved_member.profile
    profile.photo = old
    profile.save()

    migration.rename_photos(apps, None)
    profile.refresh_from_db()
    assert profile.photo.name != old and len(profile.photo.name.rsplit("/", 1)[-1]) > 30
    assert default_storage.exists(profile.photo.name) and not default_storage.exists(old)
