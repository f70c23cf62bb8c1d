import pytest
from django.contrib.auth.models import Group, Permission

from home.site import install_home_page

EDITOR_PASSWORD = "correct horse battery staple"


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
    user.groups.add(editors)
    return user
