"""Languages: URLs, the visitor's choice, the switcher, alternates and untranslated pages."""

from __future__ import annotations

import datetime
import re
import time

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

from cms.models import LibraryIndexPage
from home.models import HomePage
from tests.factories.cms import ResourcePageFactory

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


def translate(page: Page, language: str, **fields) -> Page:
    """A published translation of `page`, as an editor makes one with wagtail-localize."""
    copy = page.specific.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


@pytest.fixture
def english_home():
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def french_home(english_home):
    return translate(english_home, "fr", title="Accueil")


@pytest.fixture
def library():
    return LibraryIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def a_resource(library):
    return ResourcePageFactory(
        parent=library, title="Remittances and rural credit", slug="remittances"
    )


def switcher(response) -> dict[str, str]:
    """The language switcher's links, by hreflang: where each one finally leads."""
    html = response.content.decode()
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        code: href.replace("&amp;", "&")
        for href, code in re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav)
    }


def follow_switcher(client, response, language):
    return client.get(switcher(response)[language], follow=True)


# --- URLs and a first visit ---------------------------------------------------------------------


def test_a_french_browser_lands_on_the_french_site(client, french_home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9,en;q=0.8")

    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    assert "Accept-Language" in response["Vary"]


def test_an_english_or_other_browser_stays_on_the_english_site(client, english_home):
    for header in ("en-GB,en;q=0.9,fr;q=0.8", "de-DE,de;q=0.9", ""):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)

        assert response.status_code == 200
        assert b'<html lang="en" dir="ltr">' in response.content


def test_the_best_hub_language_in_the_browser_list_wins(client, english_home):
    response = client.get("/members/", HTTP_ACCEPT_LANGUAGE="de;q=0.9,es;q=0.8,fr;q=0.5")

    assert response["Location"] == "/es/members/"


def test_prefixed_pages_are_served_in_their_language(client, french_home):
    response = client.get("/fr/", HTTP_ACCEPT_LANGUAGE="es")

    assert response.status_code == 200
    assert b'<html lang="fr" dir="ltr">' in response.content
    assert b"Accueil" in response.content


def test_an_unknown_language_prefix_is_404(client, english_home):
    for path in ("/xx/", "/xx/library/", "/en/", "/fr-xx/"):
        assert client.get(path).status_code == 404


def test_a_forged_language_cookie_is_ignored(client, english_home):
    for value in ("xx", "fr<script>", "f" * 5000, "de"):
        client.cookies[COOKIE] = value

        response = client.get("/")

        assert response.status_code == 200
        assert b'<html lang="en"' in response.content


def test_a_5000_character_accept_language_is_ignored_quickly(client, english_home):
    header = "fr," + ",".join(f"x{i}-abc;q=0.{i % 9 + 1}" for i in range(600))
    header = header[:5000]

    started = time.perf_counter()
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)

    assert response.status_code == 200
    assert b'<html lang="en"' in response.content
    assert time.perf_counter() - started < 2


def test_a_5000_character_lang_parameter_is_ignored(client, english_home):
    response = client.get("/language/", {"lang": "fr" * 2500, "next": "/members/"})

    assert response.status_code == 302
    assert response["Location"] == "/members/"
    assert COOKIE not in response.cookies


def test_the_switcher_does_not_send_visitors_off_site(client, english_home):
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        response = client.get("/language/", {"lang": "fr", "next": target})

        assert response["Location"] == "/fr/"


# --- Machine endpoints --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, content_type",
    [
        ("/healthz", "application/json"),
        ("/search/autocomplete/?q=mig", "application/json"),
        ("/jsi18n/fr/", "text/javascript"),
    ],
)
def test_machine_endpoints_answer_unprefixed_to_any_browser(
    client, english_home, path, content_type
):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="fr-FR")

    assert response.status_code in (200, 503)
    assert response["Content-Type"].startswith(content_type)


def test_feeds_calendars_and_citations_are_not_redirected(client, a_resource):
    client.cookies[COOKIE] = "fr"
    news = Page.objects.get(slug="news", locale__language_code="en")
    events = Page.objects.get(slug="events", locale__language_code="en")

    for path, content_type in (
        (f"{news.url}feed/", "application/atom+xml"),
        (f"{events.url}ical/", "text/calendar"),
        (f"{a_resource.url}cite/bibtex/", ""),
    ):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="fr")

        assert response.status_code == 200, path
        assert response["Content-Type"].startswith(content_type), path


def test_one_click_unsubscribe_is_not_redirected(client, english_home):
    response = client.post("/digests/unsubscribe/not-a-token/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code != 302


def test_the_admin_is_not_redirected(client, english_home):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 200


# --- The switcher, alternates and canonical -----------------------------------------------------


def test_every_language_link_names_the_language_in_itself(client, english_home):
    response = client.get("/")
    html = response.content.decode()

    for code, name in (("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية")):
        assert re.search(rf'lang="{code}" hreflang="{code}" dir="\w+"[^>]*>{name}</a>', html), code
    assert re.search(r'hreflang="ar" dir="rtl"', html)


def test_the_switcher_leads_to_the_translated_page(client, french_home, library, a_resource):
    translate(library, "fr", title="Bibliothèque")
    french = translate(a_resource, "fr", title="Transferts de fonds et crédit rural")

    response = client.get(a_resource.url)
    landed = follow_switcher(client, response, "fr")

    assert landed.redirect_chain[-1][0] == french.url
    assert french.url.startswith("/fr/")
    assert "Transferts de fonds et crédit rural" in landed.content.decode()
    assert b'<html lang="fr" dir="ltr">' in landed.content


def test_the_switcher_leads_to_the_nearest_translated_parent(
    client, french_home, library, a_resource
):
    french_library = translate(library, "fr", title="Bibliothèque")

    response = client.get(a_resource.url)

    assert switcher(response)["fr"].endswith("next=" + french_library.url.replace("/", "%2F"))
    assert switcher(response)["es"].endswith("next=%2Fes%2F")


def test_a_page_view_links_its_translations_and_canonical(client, french_home, library, a_resource):
    translate(library, "fr", title="Bibliothèque")
    french = translate(a_resource, "fr", title="Transferts de fonds")

    html = client.get(french.url).content.decode()

    assert f'<link rel="canonical" href="http://testserver{french.url}">' in html
    assert f'<link rel="alternate" hreflang="fr" href="http://testserver{french.url}">' in html
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{a_resource.url}">' in html
    assert (
        f'<link rel="alternate" hreflang="x-default" href="http://testserver{a_resource.url}">'
        in html
    )
    assert 'hreflang="es" href' not in html.split("</head>")[0]


def test_other_views_link_the_same_path_in_each_language(client, english_home):
    response = client.get("/fr/search/?q=migration")
    html = response.content.decode()

    assert '<link rel="canonical" href="http://testserver/fr/search/">' in html
    assert '<link rel="alternate" hreflang="es" href="http://testserver/es/search/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/search/">' in html
    assert switcher(response)["ar"].endswith("next=%2Far%2Fsearch%2F%3Fq%3Dmigration")


def test_arabic_pages_are_right_to_left(client, english_home):
    response = client.get("/ar/members/")

    assert b'<html lang="ar" dir="rtl">' in response.content


# --- A page without a translation ---------------------------------------------------------------


def test_an_untranslated_page_shows_in_english_with_a_notice(
    client, french_home, library, a_resource
):
    translate(library, "fr", title="Bibliothèque", slug="bibliotheque")

    for path in (f"/fr{a_resource.url}", f"/fr/bibliotheque/{a_resource.slug}/"):
        response = client.get(path)

        assert response.status_code == 200, path
        html = response.content.decode()
        assert "Remittances and rural credit" in html
        assert '<main id="main" tabindex="-1" lang="en" dir="ltr">' in html
        # In the visitor's language, naming the language the page is shown in.
        assert re.search(
            r'class="notice notice--language" lang="fr" dir="ltr">[^<]*[Aa]nglais', html
        )
        assert f'<link rel="canonical" href="http://testserver{a_resource.url}">' in html


def test_a_site_without_an_arabic_home_still_answers_in_arabic(client, english_home, a_resource):
    response = client.get(f"/ar{a_resource.url}")

    assert response.status_code == 200
    assert b'<html lang="ar" dir="rtl">' in response.content
    assert b'<main id="main" tabindex="-1" lang="en" dir="ltr">' in response.content


def test_a_missing_page_is_still_404_in_every_language(client, french_home):
    for path in ("/fr/no-such-page/", "/ar/library/no-such-resource/"):
        assert client.get(path).status_code == 404


def test_a_translated_page_has_no_notice(client, french_home):
    response = client.get("/fr/")

    assert b"notice--language" not in response.content
    assert b'<main id="main" tabindex="-1">' in response.content


# --- The choice sticks --------------------------------------------------------------------------


def test_a_choice_made_with_the_switcher_sticks(client, french_home):
    first = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert first["Location"] == "/fr/"

    landed = follow_switcher(client, client.get("/fr/"), "en")

    assert landed.redirect_chain == [("/", 302)]
    assert client.cookies[COOKIE].value == "en"
    # The browser still asks for French, but the visitor chose English.
    again = client.get("/members/", HTTP_ACCEPT_LANGUAGE="fr")
    assert again.status_code == 200
    assert b'<html lang="en"' in again.content


def test_the_chosen_language_wins_over_the_browser(client, english_home):
    client.get("/language/", {"lang": "ar", "next": "/ar/"})

    response = client.get("/members/?page=2", HTTP_ACCEPT_LANGUAGE="fr")

    assert response["Location"] == "/ar/members/?page=2"
    assert "Cookie" in response["Vary"]


def test_a_members_choice_is_kept_in_their_profile(client, an_approved_member):
    client.force_login(an_approved_member)

    client.get("/language/", {"lang": "es", "next": "/es/members/me/"})

    an_approved_member.profile.refresh_from_db()
    assert an_approved_member.profile.language == "es"


def test_a_visitors_choice_touches_no_profile(client, an_approved_member):
    client.get("/language/", {"lang": "es", "next": "/es/"})

    an_approved_member.profile.refresh_from_db()
    assert an_approved_member.profile.language == ""


def test_signing_in_applies_the_profile_language(client, an_approved_member):
    from tests.factories.members import PASSWORD

    an_approved_member.profile.language = "fr"
    an_approved_member.profile.save()

    response = client.post("/accounts/login/", {"login": "amara", "password": PASSWORD})

    assert response.status_code == 302
    assert client.cookies[COOKIE].value == "fr"
    assert client.get(response["Location"])["Location"].startswith("/fr/")


def test_the_profile_form_offers_the_hub_languages(client, an_approved_member):
    client.force_login(an_approved_member)

    form = client.get("/members/me/profile/").content.decode()
    assert 'name="language"' in form
    assert '<option value="ar">العربية</option>' in form

    response = client.post(
        "/members/me/profile/",
        {"display_name": "Amara", "visibility": "members", "language": "ar"},
    )

    assert response["Location"] == "/ar/members/me/"
    assert client.cookies[COOKIE].value == "ar"
    an_approved_member.profile.refresh_from_db()
    assert an_approved_member.profile.language == "ar"


def test_the_profile_form_refuses_a_language_the_hub_does_not_speak(client, an_approved_member):
    client.force_login(an_approved_member)

    response = client.post(
        "/members/me/profile/", {"display_name": "Amara", "visibility": "members", "language": "xx"}
    )

    assert response.status_code == 400
    an_approved_member.profile.refresh_from_db()
    assert an_approved_member.profile.language == ""


def test_the_admin_keeps_the_editors_own_language(client, an_editor):
    from wagtail.users.models import UserProfile

    client.force_login(an_editor)
    client.cookies[COOKIE] = "fr"

    english = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<html lang="en"' in english

    UserProfile.get_for_user(an_editor).__class__.objects.filter(user=an_editor).update(
        preferred_language="es"
    )
    spanish = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<html lang="es"' in spanish


# --- Dates and numbers --------------------------------------------------------------------------


def test_milestone_dates_use_the_languages_month_names_and_order(french_home):

    from django.utils import translation

    from cms.models import MilestonePage

    day = MilestonePage(date=datetime.date(2006, 9, 14), date_precision="day")
    month = MilestonePage(date=datetime.date(2007, 7, 1), date_precision="month")
    year = MilestonePage(date=datetime.date(2008, 1, 1), date_precision="year")
    expected = {
        "en": ("14 September 2006", "July 2007"),
        "fr": ("14 septembre 2006", "juillet 2007"),
        "es": ("14 de septiembre de 2006", "julio de 2007"),
        "ar": ("14 سبتمبر، 2006", "يوليو 2007"),
    }
    for language, (day_text, month_text) in expected.items():
        with translation.override(language):
            assert (day.date_display, month.date_display, year.date_display) == (
                day_text,
                month_text,
                "2008",
            ), language


def test_the_french_timeline_shows_french_month_names(client, french_home):
    from cms.models import TimelinePage

    timeline = TimelinePage.objects.get(locale__language_code="en")

    html = client.get(f"/fr{timeline.url}").content.decode()

    dates = re.findall(r'class="timeline__date"><time datetime="[\d-]+">([^<]+)</time>', html)
    assert "14 septembre 2006" in dates
    assert not [d for d in dates if re.search(r"[A-Z][a-z]+ \d{4}", d)], dates


def test_facet_counts_are_grouped_as_the_language_writes_them(client, library):
    from cms.models import ResourceType

    kind = ResourceType.objects.create(name="Working paper", slug="working-paper")
    ResourcePageFactory.create_batch(2, parent=library, resource_type=kind)
    from search import facets

    real_run = facets.Catalogue.search

    def run_with_big_counts(self, selection):
        outcome = real_run(self, selection)
        for result in outcome.facets:
            for value in result.values:
                value.count *= 1000
        return outcome

    import unittest.mock

    with unittest.mock.patch.object(facets.Catalogue, "search", run_with_big_counts):
        english = client.get("/library/").content.decode()
        # Every language: French search otherwise lists French records only (i18n-search).
        french = client.get("/fr/library/?languages=all").content.decode()

    assert "(2,000)" in english
    assert "(2\u202f000)" in french or "(2\xa0000)" in french


def test_cached_facet_labels_follow_the_language(db):
    from django.utils import translation
    from django.utils.translation import gettext_lazy

    from cms.models import ResourcePage
    from search.facets import Catalogue, Sort, choices_facet

    search = Catalogue(
        name="test-languages",
        label="Test",
        model=ResourcePage,
        scope=ResourcePage.objects.live,
        facets=[
            choices_facet("language", "Language", "language", [("en", gettext_lazy("English"))])
        ],
        sorts=[Sort("newest", "Newest", ("-publication_date",))],
        default_sort="newest",
    )

    with translation.override("en"):
        assert search.options()["language"][0].label == "English"
    with translation.override("fr"):
        assert search.options()["language"][0].label == "Anglais"


# --- The JavaScript catalogue -------------------------------------------------------------------


def test_pages_with_scripts_load_the_catalogue_of_their_language_first(client, english_home):
    html = client.get("/es/library/").content.decode()

    catalogue = html.index('<script src="/jsi18n/es/"></script>')
    assert catalogue < html.index("js/search.js")


def test_pages_without_scripts_load_no_catalogue(client, a_resource):
    assert b"/jsi18n/" not in client.get(a_resource.url).content


def test_the_catalogue_answers_for_hub_languages_only(client, english_home):
    assert client.get("/jsi18n/ar/").status_code == 200
    assert client.get("/jsi18n/xx/").status_code == 404
    assert client.get("/jsi18n/" + "a" * 5000 + "/").status_code == 404


# --- The main navigation ------------------------------------------------------------------------


def nav_links(response) -> list[tuple[str, str]]:
    html = response.content.decode()
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)


def test_the_main_navigation_is_in_the_visitors_language_where_translated(
    client, french_home, library
):
    french_library = translate(library, "fr", title="Bibliothèque", slug="bibliotheque")

    links = nav_links(client.get("/fr/"))

    assert (french_library.url, "Bibliothèque") in links
    # Sections not translated yet stay in the menu, in English, under the French prefix.
    english_only = [(url, title) for url, title in links if title != "Bibliothèque"]
    assert english_only and all(url.startswith("/fr/") for url, _title in english_only)
    response = client.get(english_only[0][0])
    assert response.status_code == 200
    assert b"notice--language" in response.content


# --- Listings -----------------------------------------------------------------------------------


def test_listings_show_each_page_once_in_the_visitors_language(client, french_home, library):
    french_library = translate(library, "fr", title="Bibliothèque")
    today = datetime.date.today()  # the newest, so on the listing's first page
    translated = ResourcePageFactory(
        parent=library, title="Remittances and rural credit", publication_date=today
    )
    untranslated = ResourcePageFactory(
        parent=library, title="Diaspora bonds in practice", publication_date=today
    )
    translate(translated, "fr", title="Transferts de fonds et crédit rural")

    english = client.get(library.url).content.decode()
    french = client.get(french_library.url).content.decode()

    assert "Remittances and rural credit" in english
    assert "Transferts de fonds et crédit rural" not in english
    assert "Transferts de fonds et crédit rural" in french
    assert "Remittances and rural credit" not in french
    # Not translated yet: listed in English rather than left out.
    assert untranslated.title in french


def test_the_home_page_lists_news_once_per_language(client, french_home):
    from cms.models import NewsIndexPage
    from tests.factories.cms import NewsPageFactory

    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    translate(news_index, "fr", title="Actualités")
    news = NewsPageFactory(
        parent=news_index, title="Cities sign a migration charter", date=datetime.date.today()
    )
    translate(news, "fr", title="Des villes signent une charte sur les migrations")

    english = client.get("/").content.decode()
    french = client.get("/fr/").content.decode()

    assert english.count("Cities sign a migration charter") == 1
    assert "Des villes signent" not in english
    assert "Des villes signent une charte sur les migrations" in french
    assert "Cities sign a migration charter" not in french


def test_a_translated_timeline_lists_the_milestones_not_yet_translated(client, french_home):
    from cms.models import TimelinePage

    french = translate(
        TimelinePage.objects.get(locale__language_code="en"), "fr", title="Chronologie"
    )

    html = client.get(french.url).content.decode()

    assert "Chronologie" in html
    assert html.count('class="timeline__item') >= 3


def test_wagtails_own_front_end_forms_are_not_taken_for_pages():
    from django.urls import resolve
    from django.utils import translation

    assert resolve("/_util/login/").url_name == "wagtailcore_login"
    with translation.override("fr"):
        assert resolve("/fr/_util/login/").url_name == "wagtailcore_login"
    assert (
        resolve("/_util/authenticate_with_password/1/2/").url_name
        == "wagtailcore_authenticate_with_password"
    )
    with translation.override("fr"):
        assert resolve("/fr/library/").url_name == "wagtail_serve"


def test_cards_of_untranslated_pages_say_their_own_language(client, db):
    from django.utils import translation

    arabic = client.get("/ar/library/").content.decode()
    with translation.override("en"):
        english = client.get("/library/").content.decode()

    import re

    # A card may also say it has a picture (card--image); its language is what is checked.
    assert re.search(r'<article class="card[^"]*" lang="en" dir="ltr">', arabic)
    assert not re.search(r'<article class="card[^"]*" lang=', english)
