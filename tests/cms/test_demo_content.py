import io
import shutil
from datetime import date

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from cms.demo import files, loader
from cms.models import (
    BlogPage,
    Country,
    CourseModulePage,
    CoursePage,
    EventPage,
    GCMObjective,
    MilestonePage,
    NewsPage,
    ProjectPage,
    ResourcePage,
    StandardPage,
    SustainableDevelopmentGoal,
    Theme,
    ToolkitPage,
)
from home.models import HomePage

#: The languages the demo site is translated into, each with every section and the timeline.
SECTION_LANGUAGES = ["fr", "es", "ar"]


pytestmark = pytest.mark.usefixtures("the_translated_demo_site")


def test_the_demo_site_has_the_promised_content(db):
    assert MilestonePage.objects.live().count() >= 10
    assert ResourcePage.objects.live().count() >= 30
    assert ProjectPage.objects.live().count() >= 10
    assert ToolkitPage.objects.live().count() >= 3
    assert CoursePage.objects.live().count() >= 2
    assert CourseModulePage.objects.live().count() >= 4
    assert NewsPage.objects.live().count() >= 10
    assert EventPage.objects.live().count() >= 6
    assert BlogPage.objects.live().count() >= 4
    assert set(StandardPage.objects.values_list("slug", flat=True)) >= {"about", "what-we-do"}


def test_the_demo_site_has_past_and_upcoming_events_and_quizzes(db):
    today = date.today()
    assert EventPage.objects.filter(end__date__lt=today).exists()
    assert EventPage.objects.filter(start__date__gt=today).exists()
    for module in CourseModulePage.objects.all():
        assert module.quiz_blocks(), module.title


def test_the_timeline_holds_the_landmarks(db):
    years = {}
    for milestone in MilestonePage.objects.filter(locale__language_code="en"):
        years[milestone.date.year] = f"{years.get(milestone.date.year, '')} {milestone.title}"
    assert "High-Level Dialogue" in years[2006]
    assert "Joint Migration and Development Initiative" in years[2008]
    assert "mainstreaming migration" in years[2011].lower()
    assert "2030 Agenda" in years[2015]
    assert "New York Declaration" in years[2016]
    assert "Global Compact" in years[2018]


def test_taxonomies_come_from_the_reference_data(db):
    assert Country.objects.filter(code="MA", name="Morocco").exists()
    assert Country.objects.count() >= 249
    assert GCMObjective.objects.count() == 23
    assert (
        SustainableDevelopmentGoal.objects.filter(code__in=["10.7", "10.c", "8.8", "17.18"]).count()
        == 4
    )
    assert SustainableDevelopmentGoal.objects.filter(code="17").exists()


def test_loading_again_creates_and_changes_nothing_in_any_language(db):
    def state():
        fields = ("pk", "locale__language_code", "title", "latest_revision", "last_published_at")
        return set(Page.objects.values_list(*fields))

    before = state()
    assert {row[1] for row in before} >= {"en", *SECTION_LANGUAGES}

    created = loader.load(log=lambda *args: None, languages=None)

    assert created == 0
    assert state() == before


def test_a_resource_groups_its_language_versions(db):
    english = ResourcePage.objects.filter(locale__language_code="en")
    multilingual = [p for p in english if p.versions.count() > 1]
    assert multilingual
    resource = multilingual[0]
    assert english.filter(slug=resource.slug).count() == 1


def test_demo_pages_are_labelled_in_the_admin(db):
    page = NewsPage.objects.first()
    assert page.is_demo
    assert page.get_admin_display_title().endswith("[demo]")


@pytest.fixture
def a_copy_of_the_content(tmp_path, monkeypatch):
    """The demo content files, copied where a test may break them."""
    content = tmp_path / "content"
    shutil.copytree(files.CONTENT, content)
    monkeypatch.setattr(files, "CONTENT", content)
    return content


def test_a_file_missing_a_required_field_names_the_file_and_the_field(db, a_copy_of_the_content):
    milestone = a_copy_of_the_content / "milestones" / "first-un-high-level-dialogue-2006.md"
    lines = milestone.read_text().splitlines(keepends=True)
    milestone.write_text("".join(line for line in lines if not line.startswith("title:")))

    with pytest.raises(files.DemoContentError) as error:
        loader.load(log=lambda *args: None)

    assert str(error.value) == (
        "milestones/first-un-high-level-dialogue-2006.md: the required field 'title' is missing."
    )


def test_the_pages_come_from_the_content_files(db, a_copy_of_the_content):
    (a_copy_of_the_content / "news" / "new-item.md").write_text(
        "---\ntitle: A new item written by an editor\nintro: Short.\ndate: 2024-05-06\n"
        "---\n\n## What happened\n\nA paragraph\nover two lines.\n"
    )

    created = loader.load(log=lambda *args: None, languages=None)

    page = NewsPage.objects.get(slug="new-item")
    assert created == 1
    assert page.title == "A new item written by an editor"
    assert page.date == date(2024, 5, 6)
    assert page.body == "<h2>What happened</h2><p>A paragraph over two lines.</p>"


def english_home():
    return HomePage.objects.get(locale__language_code="en")


@pytest.mark.parametrize("language", SECTION_LANGUAGES)
def test_the_home_page_and_every_section_have_a_published_translation(db, language):
    locale = Locale.objects.get(language_code=language)
    home = english_home()
    translated_home = home.get_translation(locale)

    # Its own root, beside the English home: Wagtail serves it at /<language>/.
    assert translated_home.get_parent().is_root()
    assert translated_home.live
    assert translated_home.specific.intro != home.intro
    sections = home.get_children().specific()
    assert sections.count() >= 11
    for section in sections:
        translation = section.get_translation(locale)
        assert translation.live, section.title
        assert translation.get_parent().pk == translated_home.pk
        assert translation.intro and translation.intro != section.intro, section.title


def test_section_titles_read_in_their_language(db):
    library = english_home().get_children().get(slug="library")
    titles = {page.locale.language_code: page.title for page in library.get_translations()}
    assert titles == {"fr": "Bibliothèque", "es": "Biblioteca", "ar": "المكتبة"}


@pytest.mark.parametrize("language", SECTION_LANGUAGES)
def test_every_milestone_of_the_timeline_is_translated(db, language):
    milestones = MilestonePage.objects.filter(locale__language_code="en")
    for milestone in milestones:
        translation = milestone.get_translation(Locale.objects.get(language_code=language))
        assert translation.live
        assert translation.title != milestone.title
        assert translation.date == milestone.date
        assert translation.category == milestone.category


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize(
    "model, at_least",
    [(ResourcePage, 10), (NewsPage, 5), (EventPage, 3), (CoursePage, 1)],
)
def test_resources_news_events_and_a_course_are_translated(db, language, model, at_least):
    translated = model.objects.live().filter(locale__language_code=language)
    assert translated.count() >= at_least
    for page in translated:
        assert page.title != page.get_translation(Locale.objects.get(language_code="en")).title


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_translated_course_has_every_module_translated(db, language):
    course = CoursePage.objects.get(locale__language_code=language)
    source = course.get_translation(Locale.objects.get(language_code="en"))
    modules = CourseModulePage.objects.child_of(course).live()
    assert modules.count() == CourseModulePage.objects.child_of(source).count()
    for module in modules:
        assert module.quiz_blocks()
        quiz = module.quiz_blocks()[0].value
        original = module.get_translation(source.locale).quiz_blocks()[0].value
        assert quiz["question"] != original["question"]
        answers = [choice["correct"] for choice in quiz["choices"]]
        assert answers == [choice["correct"] for choice in original["choices"]]


def test_a_translated_resource_keeps_the_records_taxonomies_dates_and_language_versions(db):
    translation = ResourcePage.objects.filter(locale__language_code="fr").first()
    source = translation.get_translation(Locale.objects.get(language_code="en"))

    assert translation.abstract != source.abstract
    assert translation.intro.startswith(translation.abstract[:40])
    assert list(translation.themes.all()) == list(source.themes.all())
    assert list(translation.sdgs.all()) == list(source.sdgs.all())
    assert translation.resource_type == source.resource_type
    assert translation.publication_date == source.publication_date
    assert translation.first_published_at == source.first_published_at
    assert [(v.language_id, v.url) for v in translation.versions.all()] == [
        (v.language_id, v.url) for v in source.versions.all()
    ]


def test_a_translation_file_may_not_change_what_is_not_text(db, a_copy_of_the_content):
    (a_copy_of_the_content / "news" / "m4d-hub-relaunched.fr.md").write_text(
        "---\ntitle: Relance\ndate: 2030-01-01\n---\n"
    )

    with pytest.raises(files.DemoContentError, match=r"^news/m4d-hub-relaunched\.fr\.md: date "):
        loader.load(log=lambda *args: None, languages=["fr"])


def test_the_command_loads_every_language(db, a_copy_of_the_content):
    news = a_copy_of_the_content / "news"
    originals = [path for path in sorted(news.glob("*.md")) if "." not in path.stem]
    untranslated = next(path for path in originals if not path.with_suffix(".fr.md").exists())
    untranslated.with_name(f"{untranslated.stem}.ar.md").write_text("---\ntitle: خبر\n---\n")

    call_command("load_demo_content", stdout=io.StringIO())

    page = NewsPage.objects.get(slug=untranslated.stem, locale__language_code="ar")
    assert page.title == "خبر"
    assert page.live


def test_every_demo_page_that_can_have_an_image_has_a_cover_with_alt_text(db):
    for model in (ResourcePage, NewsPage, BlogPage, EventPage, ProjectPage, CoursePage):
        pages = model.objects.filter(is_demo=True).select_related("image")
        assert pages.exists(), model
        assert not pages.filter(image=None).exists(), model
        assert all(page.image_alt_text for page in pages), model
        assert all(page.image.width == 960 for page in pages), model


@pytest.mark.parametrize("language", ["fr", "es"])  # the Arabic demo translates no event
def test_a_translated_page_says_its_covers_alt_text_in_its_language(db, language):
    translated = EventPage.objects.filter(locale__language_code=language).exclude(image=None)
    assert translated.exists()
    for page in translated:
        source = page.get_translation(Locale.get_default())
        assert page.image_id == source.image_id
        if "“" in page.image.description:  # a page with a theme: its name in the language
            theme = page.image.description.split("“")[1].split("”")[0]
            assert Theme.objects.get(name=theme).localized(language) in page.image_alt
