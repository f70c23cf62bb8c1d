"""Page images: alt text required, bad uploads refused in the editor, responsive pictures."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Collection

from cms.models import CourseIndexPage, CoursePage, ResourcePage
from tests.factories.cms import ResourcePageFactory, the_library

ALL_FORMATS = ("avif", "webp", "jpeg")


def png_bytes(width=320, height=180, colour="#0b5394") -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


def an_image(description="Blue rectangle", **kwargs) -> Image:
    return Image.objects.create(
        title="A test image",
        description=description,
        collection=Collection.get_first_root_node(),
        file=ImageFile(io.BytesIO(png_bytes(**kwargs)), name="test.png"),
    )


def a_course_index():
    return CourseIndexPage.objects.first()


# --- Alt text on pages --------------------------------------------------------------------------


def test_a_page_image_without_any_alt_text_is_refused(db):
    page = ResourcePageFactory(parent=the_library())
    page.image = an_image(description="")

    with pytest.raises(ValidationError) as refused:
        page.full_clean()

    assert "image_alt" in refused.value.message_dict


def test_a_page_image_takes_the_pages_alt_text_then_the_images_own(db):
    page = ResourcePageFactory(parent=the_library())
    page.image = an_image(description="A blue rectangle")
    page.full_clean()
    assert page.image_alt_text == "A blue rectangle"

    page.image_alt = "Un rectangle bleu"
    assert page.image_alt_text == "Un rectangle bleu"


def test_a_decorative_image_needs_no_alt_text_and_gets_an_empty_one(db):
    page = ResourcePageFactory(parent=the_library())
    page.image = an_image(description="")
    page.image_alt = "Ignored"
    page.image_is_decorative = True

    page.full_clean()

    assert page.image_alt_text == ""


def test_the_editor_says_what_is_missing_when_a_page_image_has_no_alt_text(admin_client):
    image = an_image(description="")
    parent = a_course_index()
    url = f"/admin/pages/add/cms/coursepage/{parent.pk}/"
    data = {"title": "Images in the editor", "slug": "images-in-the-editor", "image": image.pk}

    refused = admin_client.post(url, {**data, "image_alt": ""})

    assert refused.status_code == 200
    assert "Say what the image shows" in refused.content.decode()
    assert not CoursePage.objects.filter(slug="images-in-the-editor").exists()

    accepted = admin_client.post(url, {**data, "image_alt": "A blue rectangle"})

    assert accepted.status_code == 302
    page = CoursePage.objects.get(slug="images-in-the-editor")
    assert (page.image, page.image_alt) == (image, "A blue rectangle")


# --- Uploads in the editor ----------------------------------------------------------------------


def upload(client, content: bytes, name="picture.png", description="A blue rectangle"):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Upload",
            "description": description,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def errors(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    found = soup.select(".error-message, .help-critical")
    return " ".join(element.get_text(" ", strip=True) for element in found)


def test_an_image_with_alt_text_is_uploaded(admin_client):
    response = upload(admin_client, png_bytes())

    assert response.status_code == 302
    assert Image.objects.get(title="Upload").description == "A blue rectangle"


def test_an_upload_without_alt_text_is_refused_with_a_message(admin_client):
    response = upload(admin_client, png_bytes(), description="")

    assert response.status_code == 200
    assert "Describe the image for people who cannot see it" in errors(response)
    assert not Image.objects.filter(title="Upload").exists()


def test_a_file_that_is_not_an_image_is_refused_with_a_message(admin_client):
    response = upload(admin_client, b"%PDF-1.4 not a picture at all", name="report.png")

    assert response.status_code == 200
    assert "not an image" in errors(response)
    assert not Image.objects.filter(title="Upload").exists()


def test_a_damaged_image_is_refused_with_a_message(admin_client):
    truncated = png_bytes(800, 600, "#a84300")[:200]

    response = upload(admin_client, truncated)

    assert response.status_code == 200
    assert "This file is damaged or is not an image that can be read." in errors(response)
    assert not Image.objects.filter(title="Upload").exists()


def test_a_file_over_the_size_limit_is_refused_with_a_message(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000

    response = upload(admin_client, png_bytes(600, 600, "#ffffff") + b"\0" * 2000)

    assert response.status_code == 200
    assert "too big" in errors(response)
    assert not Image.objects.filter(title="Upload").exists()


def test_an_image_with_too_many_pixels_is_refused_with_a_message(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 10_000

    response = upload(admin_client, png_bytes(200, 100))

    assert response.status_code == 200
    assert "too many pixels" in errors(response)


@pytest.mark.parametrize(
    "content", [b"plain text, not a picture", png_bytes(800, 600, "#a84300")[:200]]
)
def test_the_multiple_uploader_refuses_a_non_image_without_a_server_error(admin_client, content):
    response = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("notes.png", content)}
    )

    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert answer["error_message"]


def test_the_choosers_upload_refuses_a_missing_alt_text_without_a_server_error(admin_client):
    response = admin_client.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "From the chooser",
            "image-chooser-upload-description": "",
            "image-chooser-upload-collection": Collection.get_first_root_node().pk,
            "image-chooser-upload-file": SimpleUploadedFile("picture.png", png_bytes()),
        },
    )

    assert response.status_code == 200
    assert "Describe the image for people who cannot see it" in response.content.decode()
    assert not Image.objects.filter(title="From the chooser").exists()


# --- The picture --------------------------------------------------------------------------------


def render(page, role) -> BeautifulSoup:
    html = Template("{% load cms_images %}{% page_image page role %}").render(
        Context({"page": page, "role": role})
    )
    return BeautifulSoup(html, "html.parser")


@pytest.fixture
def every_format(settings):
    settings.HUB_IMAGE_FORMATS = ALL_FORMATS


@pytest.fixture
def a_resource_with_an_image(db):
    page = ResourcePageFactory(parent=the_library())
    page.image = an_image(width=1200, height=800)
    page.image_alt = "A blue rectangle"
    page.save()
    return page


def widths(srcset: str) -> list[str]:
    return re.findall(r" (\d+)w", srcset)


def test_a_card_shows_avif_and_webp_with_a_jpeg_fallback_lazily(
    every_format, a_resource_with_an_image
):
    picture = render(a_resource_with_an_image, "card").picture

    sources = picture.find_all("source")
    assert [s["type"] for s in sources] == ["image/avif", "image/webp"]
    assert all(widths(s["srcset"]) == ["128", "256"] for s in sources)
    assert ".avif" in sources[0]["srcset"] and ".webp" in sources[1]["srcset"]
    img = picture.img
    assert img["src"].endswith(".jpg") and widths(img["srcset"]) == ["128", "256"]
    assert (img["width"], img["height"]) == ("128", "96")
    assert img["alt"] == "A blue rectangle"
    assert img["loading"] == "lazy" and img["decoding"] == "async"
    assert img["sizes"] == sources[0]["sizes"]


def test_the_image_at_the_top_of_a_page_loads_at_once(every_format, a_resource_with_an_image):
    img = render(a_resource_with_an_image, "hero").img

    assert "loading" not in img.attrs
    assert img["fetchpriority"] == "high" and img["decoding"] == "async"
    assert (img["width"], img["height"]) == ("480", "270")
    assert widths(img["srcset"]) == ["480", "960"]


def test_a_decorative_image_has_an_empty_alt(a_resource_with_an_image):
    a_resource_with_an_image.image_is_decorative = True

    img = render(a_resource_with_an_image, "card").img

    assert img["alt"] == ""


def test_a_page_without_an_image_or_with_a_lost_file_shows_no_picture(a_resource_with_an_image):
    assert str(render(ResourcePageFactory(parent=the_library()), "card")) == ""

    image = a_resource_with_an_image.image
    image.file.storage.delete(image.file.name)

    assert render(a_resource_with_an_image, "card").picture is None


def test_a_resource_page_shows_its_image_and_its_card_a_thumbnail(
    client, every_format, a_resource_with_an_image
):
    page = client.get(a_resource_with_an_image.url)
    library = client.get("/library/", {"page": 1})

    hero = BeautifulSoup(page.content, "html.parser").select_one(".page-image--hero img")
    assert hero["alt"] == "A blue rectangle"
    cards = BeautifulSoup(library.content, "html.parser").select(".card--image")
    assert cards and all(card.select_one(".page-image--card img[loading=lazy]") for card in cards)


# --- Listings stay flat -------------------------------------------------------------------------


def test_a_listing_with_images_makes_as_many_queries_for_50_items_as_for_10(client, db):
    library = the_library()
    # Only pages made here are listed: the demo's own resources move out of the way.
    ResourcePage.objects.child_of(library).unpublish()
    image = an_image()

    def add(count):
        for _ in range(count):
            page = ResourcePageFactory(parent=library)
            page.image = image if _ % 2 else an_image(colour="#a84300")
            page.image_alt = "A rectangle"
            page.save()

    def queries():
        client.get("/library/")  # the first visit makes the renditions
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/library/").status_code == 200
        return len(captured)

    add(10)
    with_10 = queries()
    add(40)
    with_50 = queries()

    assert with_50 == with_10
    assert with_50 <= 30
