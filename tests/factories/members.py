"""Members with profiles, and the taxonomy and index pages the member features file things under."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from wagtail.models import Page

from cms.models import (
    BlogIndexPage,
    Country,
    EventIndexPage,
    Language,
    LibraryIndexPage,
    ProjectIndexPage,
    Region,
    Theme,
)
from hub.members.models import MembershipStatus, Profile, Visibility

PASSWORD = "a long member passphrase 42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password(PASSWORD)


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    display_name = factory.Faker("name")
    organisation = factory.Faker("company")
    visibility = Visibility.MEMBERS
    membership_status = MembershipStatus.APPROVED


def member(username: str, *, verified: bool = True, themes=(), languages=(), **fields):
    """A user with a profile (approved, members-only unless told) and a verified email address."""
    from allauth.account.models import EmailAddress

    user = UserFactory(username=username)
    profile = ProfileFactory(user=user, **fields)
    if themes:
        profile.themes.set(themes)
    if languages:
        profile.languages.set(languages)
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": verified, "primary": True}
    )
    return user


def theme(name: str) -> Theme:
    return Theme.objects.get_or_create(
        slug=name.lower().replace(" ", "-"), defaults={"name": name}
    )[0]


def region(name: str) -> Region:
    return Region.objects.get_or_create(
        slug=name.lower().replace(" ", "-"), defaults={"name": name}
    )[0]


def country(code: str, name: str, region_name: str | None = None) -> Country:
    found, _ = Country.objects.get_or_create(code=code, defaults={"name": name})
    if region_name:
        found.region = region(region_name)
        found.save(update_fields=["region"])
    return found


def language(code: str, name: str) -> Language:
    return Language.objects.get_or_create(code=code, defaults={"name": name})[0]


def index_pages(home: Page) -> dict[str, Page]:
    """The four index pages submissions go under, made under the home page if missing."""
    made = {}
    for kind, model, title in [
        ("project", ProjectIndexPage, "Projects"),
        ("event", EventIndexPage, "Events"),
        ("blog", BlogIndexPage, "Blog"),
        ("publication", LibraryIndexPage, "Library"),
    ]:
        page = model.objects.first()
        if page is None:
            page = home.add_child(instance=model(title=title, slug=title.lower()))
            page.save_revision().publish()
        made[kind] = page
    return made
