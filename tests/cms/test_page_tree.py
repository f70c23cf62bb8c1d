"""Which page types may live where: editors can only build the tree the site expects."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms.models import (
    BlogIndexPage,
    BlogPage,
    CourseIndexPage,
    CourseModulePage,
    CoursePage,
    EDiscussionIndexPage,
    EDiscussionPage,
    EventIndexPage,
    EventPage,
    LibraryIndexPage,
    MilestonePage,
    NewsIndexPage,
    NewsPage,
    PrivacyNoticePage,
    ProjectIndexPage,
    ProjectPage,
    ResourcePage,
    StandardPage,
    TermsPage,
    TimelinePage,
    ToolkitIndexPage,
    ToolkitPage,
)
from home.models import HomePage

INDEXES = {
    TimelinePage: {MilestonePage},
    LibraryIndexPage: {ResourcePage},
    ToolkitIndexPage: {ToolkitPage},
    CourseIndexPage: {CoursePage},
    ProjectIndexPage: {ProjectPage},
    NewsIndexPage: {NewsPage},
    EventIndexPage: {EventPage},
    BlogIndexPage: {BlogPage},
    EDiscussionIndexPage: {EDiscussionPage},
}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_the_home_page_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, PrivacyNoticePage, TermsPage, *INDEXES}
        )

    def test_each_index_holds_only_its_own_items(self):
        for index, children in INDEXES.items():
            with self.subTest(index=index.__name__):
                self.assertAllowedParentPageTypes(index, {HomePage})
                self.assertAllowedSubpageTypes(index, children)
                for child in children:
                    self.assertAllowedParentPageTypes(child, {index})

    def test_the_legal_pages_sit_under_the_home_page_once_and_hold_nothing(self):
        for model in (PrivacyNoticePage, TermsPage):
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {HomePage})
                self.assertAllowedSubpageTypes(model, set())
                self.assertEqual(model.max_count_per_parent, 1)

    def test_courses_are_made_of_modules(self):
        self.assertAllowedSubpageTypes(CoursePage, {CourseModulePage})
        self.assertAllowedParentPageTypes(CourseModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(CourseModulePage, set())

    def test_standard_pages_nest(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_leaf_pages_have_no_children(self):
        for leaf in (
            MilestonePage,
            ResourcePage,
            ToolkitPage,
            ProjectPage,
            NewsPage,
            EventPage,
            BlogPage,
        ):
            with self.subTest(page=leaf.__name__):
                self.assertAllowedSubpageTypes(leaf, set())

    def test_a_second_library_cannot_be_created(self):
        home = HomePage.objects.get()
        self.assertFalse(LibraryIndexPage.can_create_at(home))
        self.assertFalse(TimelinePage.can_create_at(home))


def test_a_tzdata_update_leaves_the_migrations_as_they_are(monkeypatch, db):
    """Time-zone choices are read when used, so they are not written into migrations."""
    import zoneinfo

    from django.core.management import call_command

    from cms.models import EventPage

    monkeypatch.setattr(zoneinfo, "available_timezones", lambda: {"UTC", "America/Ciudad_Nueva"})

    call_command("makemigrations", "cms", "--check", "--dry-run", verbosity=0)
    assert ("America/Ciudad_Nueva", "America/Ciudad Nueva") in EventPage._meta.get_field(
        "time_zone"
    ).choices
