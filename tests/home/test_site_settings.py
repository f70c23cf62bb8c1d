"""Site settings: editors change the site's name, logo and footer, and every page, title and
email follows on the next request, in each language, with no deploy and no restart."""

import io
import os
import re
import subprocess
from pathlib import Path

import pytest
from django.contrib.sites.models import Site as DjangoSite
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from home import branding
from home.links import absolute_url, base_url
from home.models import LOGO_MAX_BYTES, SiteSettings
from hub.members.models import TermsAcceptance
from tests.factories.members import PASSWORD

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def site_settings():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def rename(setting, name, **fields):
    identity = setting.identity
    identity.name = name
    for field, value in fields.items():
        setattr(identity, field, value)
    identity.save()


def png(width=40, height=20) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#0b5394").save(buffer, "PNG")
    return buffer.getvalue()


# --- What visitors see ---------------------------------------------------------------------------


def test_the_home_page_title_is_the_site_name_once(client):
    html = client.get("/").content.decode()

    assert "<title>M4D Hub</title>" in html
    assert "M4D Hub · M4D Hub" not in html


def test_a_new_name_tagline_and_footer_show_on_the_next_page_with_no_restart(client, site_settings):
    client.get("/about/")  # the old brand is cached now
    rename(site_settings, "Migration Commons", tagline="People on the move", footer_text="Hi.")

    html = client.get("/about/").content.decode()

    assert "<title>About · Migration Commons</title>" in html
    header = html.split('<header class="site-header">')[1].split("</header>")[0]
    assert "Migration Commons" in header and "People on the move" in header
    assert "M4D Hub" not in header
    footer = html.split("<footer")[1]
    assert "Hi." in footer


def test_the_footer_shows_contact_legal_pages_partners_and_a_language_switcher(client):
    footer = client.get("/").content.decode().split("<footer")[1]

    assert 'href="/privacy/"' in footer and 'href="/terms/"' in footer
    assert "mailto:contact@m4dhub.example.org" in footer
    assert "Geneva" in footer
    assert 'alt="Demo Partner Agency"' in footer
    assert 'class="language-switcher"' in footer and 'hreflang="ar"' in footer


def test_each_language_reads_its_own_translation_of_the_site_identity(client, site_settings):
    arabic = site_settings.identity.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.name, arabic.tagline = "مركز الهجرة", "الهجرة من أجل التنمية"
    arabic.save()

    html = client.get("/ar/").content.decode()

    assert "مركز الهجرة</title>" in html
    assert "الهجرة من أجل التنمية" in html
    assert "<title>M4D Hub</title>" in client.get("/").content.decode()


def test_the_brand_is_read_once_per_request_and_then_from_the_cache(rf, django_assert_num_queries):
    request = rf.get("/")
    branding.for_request(request)  # fills the cross-request cache
    with django_assert_num_queries(1):  # Wagtail's Site lookup for a new request
        branding.for_request(rf.get("/"))
    with django_assert_num_queries(0):
        for _ in range(5):
            branding.for_request(request)


def test_saving_the_settings_names_wagtail_and_django_sites_alike(
    site_settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        rename(site_settings, "Migration Commons")

    assert Site.objects.get(is_default_site=True).site_name == "Migration Commons"
    assert DjangoSite.objects.get_current().name == "Migration Commons"


# --- Emails --------------------------------------------------------------------------------------


def test_allauth_emails_greet_with_the_site_name_and_follow_a_change(client, site_settings):
    from tests.factories.members import member

    member("amara")
    client.post(reverse("account_reset_password"), {"email": "amara@example.org"})
    rename(site_settings, "Migration Commons")
    client.post(reverse("account_reset_password"), {"email": "amara@example.org"})

    first, second = mail.outbox[-2:]
    assert first.subject.startswith("[M4D Hub] ") and "Hello from M4D Hub!" in first.body
    assert second.subject.startswith("[Migration Commons] ")
    assert "Hello from Migration Commons!" in second.body
    assert "example.com" not in second.body


def test_hub_emails_follow_the_site_name(client, site_settings, django_capture_on_commit_callbacks):
    from hub.members.services.accounts import set_membership_status
    from tests.factories.members import member

    rename(site_settings, "Migration Commons")
    applicant = member("carmen", membership_status="pending")
    with django_capture_on_commit_callbacks(execute=True):
        set_membership_status(applicant.profile, "approved")

    message = mail.outbox[-1]
    assert message.subject.startswith("[Migration Commons] ")
    assert "The Migration Commons team" in message.body


# --- Bad input in the settings -------------------------------------------------------------------


def test_a_logo_too_heavy_for_every_page_is_refused_with_the_reason(admin_client, site_settings):
    Image = get_image_model()
    heavy = Image.objects.create(
        title="Huge logo", file=SimpleUploadedFile("huge.png", png()), file_size=LOGO_MAX_BYTES + 1
    )
    site_settings.logo = heavy

    with pytest.raises(Exception) as refused:
        site_settings.full_clean()

    assert "at most 512 KB" in str(refused.value)


def test_the_settings_form_shows_the_logo_error_instead_of_failing(admin_client, site_settings):
    Image = get_image_model()
    heavy = Image.objects.create(
        title="Huge logo", file=SimpleUploadedFile("huge.png", png()), file_size=LOGO_MAX_BYTES + 1
    )
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site_settings.site_id])
    form = admin_client.get(url).context["form"]
    data = {name: form[name].value() or "" for name in ("identity", "contact_email")}
    data.update(
        {
            "logo": heavy.pk,
            "social_links-count": 0,
            "partners-count": 0,
            "privacy_page": site_settings.privacy_page_id or "",
            "terms_page": site_settings.terms_page_id or "",
        }
    )

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "at most 512 KB" in response.content.decode()
    site_settings.refresh_from_db()
    assert site_settings.logo_id != heavy.pk


def test_uploading_a_logo_that_is_not_an_image_is_refused_clearly(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Logo", "file": SimpleUploadedFile("logo.png", b"not an image at all")},
    )

    assert response.status_code == 200
    assert "Upload a valid image" in str(response.context["form"].errors["file"])
    assert not get_image_model().objects.filter(title="Logo").exists()


def test_uploading_a_logo_over_the_size_limit_is_refused_clearly(admin_client):
    noise = PILImage.frombytes("RGB", (1500, 1500), os.urandom(1500 * 1500 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    assert buffer.tell() > 5 * 1024 * 1024

    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Logo", "file": SimpleUploadedFile("logo.png", buffer.getvalue())},
    )

    assert response.status_code == 200
    assert "This file is too big" in str(response.context["form"].errors["file"])


def test_an_svg_logo_is_accepted_and_shown_in_the_header(client, site_settings):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><circle r="20"/></svg>'
    logo = get_image_model()(title="Round", file=SimpleUploadedFile("round.svg", svg))
    logo.save()
    site_settings.logo = logo
    site_settings.save()

    header = client.get("/").content.decode().split("</header>")[0]

    assert re.search(
        r'<img class="site-header__logo" src="[^"]+\.svg" width="48" height="48"', header
    )


# --- Absolute links ------------------------------------------------------------------------------


def test_links_follow_the_port_a_request_came_to():
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1:8123")

    assert base_url(request) == "http://127.0.0.1:8123"
    assert absolute_url("/events/", request) == "http://127.0.0.1:8123/events/"


def test_without_a_request_links_use_the_configured_base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123/"

    assert absolute_url("/digests/") == "http://127.0.0.1:8123/digests/"
    assert absolute_url("https://elsewhere.example.org/x") == "https://elsewhere.example.org/x"


def test_production_links_ignore_the_host_a_request_names(settings):
    settings.HUB_LINKS_FROM_REQUEST = False
    settings.WAGTAILADMIN_BASE_URL = "https://hub.example.org"
    request = RequestFactory().get("/", HTTP_HOST="attacker.example.net")

    assert absolute_url("/accounts/password/reset/", request) == (
        "https://hub.example.org/accounts/password/reset/"
    )


def test_a_page_links_to_the_port_of_the_request_not_of_the_site_record(client):
    feed = client.get("/news/feed/", HTTP_HOST="127.0.0.1:8123").content.decode()
    calendar = client.get("/events/ical/", HTTP_HOST="127.0.0.1:8123").content.decode()

    assert "http://127.0.0.1:8123/news/" in feed and ":8000" not in feed
    assert "http://127.0.0.1:8123/events/" in calendar.replace("\r\n ", "")


def test_email_links_made_while_answering_a_request_follow_its_port(client):
    from tests.factories.members import member

    member("amara")
    client.post(
        reverse("account_reset_password"),
        {"email": "amara@example.org"},
        HTTP_HOST="localhost:8123",
    )

    assert "http://localhost:8123/accounts/password/reset/key/" in mail.outbox[-1].body


def test_make_run_on_another_port_sets_the_base_url_for_links_and_the_admin_url():
    result = subprocess.run(
        ["make", "-s", "--eval", "show-base: ; @echo $$WAGTAILADMIN_BASE_URL", "show-base"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PORT": "8123"},
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.strip() == "http://127.0.0.1:8123"


# --- Consent to the terms ------------------------------------------------------------------------


def sign_up(client, **extra):
    return client.post(
        reverse("account_signup"),
        {
            "email": "dina@example.org",
            "username": "dina",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Dina Mansour",
            "join_reason": "I coordinate diaspora investment programmes.",
            **extra,
        },
    )


def test_joining_without_accepting_the_terms_is_refused(client):
    response = sign_up(client)

    assert response.status_code == 200
    assert "To join, accept the terms of use." in response.content.decode()
    assert not TermsAcceptance.objects.exists()
    assert mail.outbox == []


def test_joining_records_the_version_of_the_terms_accepted_and_when(client, site_settings):
    form = client.get(reverse("account_signup")).content.decode()
    assert 'href="/terms/"' in form and "2026-12" in form

    sign_up(client, accept_terms="on")

    acceptance = TermsAcceptance.objects.get(user__username="dina")
    assert acceptance.version == "2026-12"
    assert acceptance.page_id == site_settings.terms_page_id
    assert acceptance.accepted_at is not None


def test_with_no_terms_page_chosen_there_is_nothing_to_accept(client, site_settings):
    site_settings.terms_page = None
    site_settings.save()

    sign_up(client)

    assert not TermsAcceptance.objects.exists()
    assert len(mail.outbox) == 1


def test_an_editor_renames_the_site_in_the_admin_and_the_header_follows(
    admin_client, client, site_settings
):
    identity = site_settings.identity
    url = reverse("wagtailsnippets_home_siteidentity:edit", args=[identity.pk])
    assert admin_client.get(url).status_code == 200

    response = admin_client.post(
        url,
        {
            "name": "Migration Commons",
            "tagline": identity.tagline,
            "footer_text": "Run by the Migration Commons team.",
            "contact_address": identity.contact_address,
        },
    )

    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert "<title>M4D Hub · Migration Commons</title>" in html  # the home page's own title
    assert "Run by the Migration Commons team." in html.split("<footer")[1]


def test_an_editor_saves_the_site_settings_form(admin_client, client, site_settings):
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site_settings.site_id])
    response = admin_client.post(
        url,
        {
            "identity": site_settings.identity_id,
            "logo": site_settings.logo_id or "",
            "contact_email": "hello@example.org",
            "social_links-count": 0,
            "partners-count": 0,
            "privacy_page": site_settings.privacy_page_id,
            "terms_page": site_settings.terms_page_id,
        },
    )

    assert response.status_code == 302
    footer = client.get("/").content.decode().split("<footer")[1]
    assert "mailto:hello@example.org" in footer
    assert "Demo Partner Agency" not in footer
