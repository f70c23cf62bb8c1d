from datetime import date

from wagtail.models import Page

from cms.demo import loader
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
    years = {m.date.year: m.title for m in MilestonePage.objects.all()}
    assert "High-Level Dialogue" in years[2006]
    assert "Joint Migration and Development Initiative" in years[2008]
    assert "mainstreaming migration" in years[2011].lower()
    assert "2030 Agenda" in years[2015]
    assert "New York Declaration" in " ".join(
        m.title for m in MilestonePage.objects.filter(date__year=2016)
    )
    assert "Global Compact" in " ".join(
        m.title for m in MilestonePage.objects.filter(date__year=2018)
    )


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
