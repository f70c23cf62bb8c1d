import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from home.site import install_home_page, tree_root

EDITOR_PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the demo site: what visitors and editors see.

    In English only: unit tests build what they assert on, and the translations (tested in
    tests/cms/test_demo_content.py, loaded by `demo_site` for journeys) would double every count.
    """
    from cms.demo import loader

    with django_db_blocker.unblock():
        loader.load(log=lambda *args: None, languages=())


@pytest.fixture(scope="module")
def the_translated_demo_site(django_db_setup, django_db_blocker):
    """The session's (English) demo site with all its translations, for one module.

    Loaded once, in a transaction that each test's own transaction nests in, and rolled back
    after the module so that other modules still see the English site alone.
    """
    from django.db import transaction

    from cms.demo import loader

    with django_db_blocker.unblock(), transaction.atomic():
        loader.load(log=lambda *args: None, languages=None)
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache, as the database starts from the same state."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request to /fr/… leaves French active in the
    thread, which would put /fr/ into the links a later test builds outside a request."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def home_page(db):
    return install_home_page(
        title="M4D Hub",
        intro="The global hub on migration and development.",
        body="<p>Members exchange information, ideas and skills.</p>",
    )


@pytest.fixture
def an_editor(db, django_user_model):
    user = django_user_model.objects.create_user(
        username="editor", email="editor@example.org", password=EDITOR_PASSWORD, is_staff=True
    )
    # Wagtail's data migrations make this group, but a transactional test's flush removes it.
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    root = tree_root()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page=root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user.groups.add(editors)
    return user


@pytest.fixture
def demo_site(transactional_db):
    """The demo site again, for tests whose transactional flush removed it (browser tests)."""
    from cms.demo import loader

    loader.load(log=lambda *args: None)


@pytest.fixture
def a_member(db):
    """An approved member with a verified address (a bare account is not a member)."""
    from tests.factories.members import member

    user = member("amina", display_name="Amina")
    user.set_password(EDITOR_PASSWORD)
    user.save()
    return user
