"""Factories for content pages, built on wagtail_factories with Faker values."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from cms.models import (
    EventPage,
    Language,
    LibraryIndexPage,
    NewsPage,
    ProjectPage,
    ResourcePage,
    ResourceType,
    ResourceVersion,
    Theme,
)


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=6)
    slug = factory.Sequence(lambda n: f"resource-{n}")
    intro = factory.Faker("paragraph")
    abstract = factory.Faker("paragraph")
    authors = factory.Faker("name")
    publisher = factory.Faker("company")
    publication_date = factory.Faker("date_between", start_date="-15y", end_date="today")
    resource_type = factory.LazyFunction(lambda: ResourceType.objects.order_by("?").first())

    class Meta:
        model = ResourcePage

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create:
            self.themes.set(extracted if extracted is not None else Theme.objects.all()[:2])
            ResourceVersion.objects.create(page=self, language=Language.objects.get(code="en"))
            self.save()


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=5)
    slug = factory.Sequence(lambda n: f"project-{n}")
    intro = factory.Faker("paragraph")
    status = "ongoing"
    start_date = factory.Faker("date_between", start_date="-10y", end_date="today")

    class Meta:
        model = ProjectPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=6)
    slug = factory.Sequence(lambda n: f"news-{n}")
    intro = factory.Faker("paragraph")
    date = factory.Faker("date_between", start_date="-2y", end_date="today")

    class Meta:
        model = NewsPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=5)
    slug = factory.Sequence(lambda n: f"event-{n}")
    start = factory.LazyFunction(
        lambda: datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=10)
    )
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    time_zone = "Africa/Nairobi"
    event_format = "online"
    location = "Online"

    class Meta:
        model = EventPage


def the_library() -> LibraryIndexPage:
    return LibraryIndexPage.objects.get(locale=Locale.get_default())


def translate(page, language: str, **fields):
    """A published translation of `page` (and of any parent not yet translated), as an editor
    makes one with wagtail-localize."""
    copy = page.specific.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    )
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    for parent in copy.get_ancestors().filter(depth__gt=1, live=False).specific():
        parent.save_revision().publish()
    copy.refresh_from_db()
    return copy
