import shutil
from datetime import date

import pytest
from wagtail.models import Page

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
    ToolkitPage,
)


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


def test_loading_again_creates_no_duplicates(db):
    pages_before = Page.objects.count()

    created = loader.load(log=lambda *args: None)

    assert created == 0
    assert Page.objects.count() == pages_before


def test_a_resource_groups_its_language_versions(db):
    multilingual = [p for p in ResourcePage.objects.all() if p.versions.count() > 1]
    assert multilingual
    resource = multilingual[0]
    assert ResourcePage.objects.filter(slug=resource.slug).count() == 1


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

    created = loader.load(log=lambda *args: None)

    page = NewsPage.objects.get(slug="new-item")
    assert created == 1
    assert page.title == "A new item written by an editor"
    assert page.date == date(2024, 5, 6)
    assert page.body == "<h2>What happened</h2><p>A paragraph over two lines.</p>"
