"""Test settings: fast hashing and eager tasks, on whatever services the suite started."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# What the outbox sends through, when a test puts mail through it (tests/hub/conftest.py).
HUB_EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
# Tests that need a real worker start one themselves; everything else runs tasks in-process.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = env.path("MEDIA_ROOT", default="/tmp/hub-test-media")  # noqa: S108
# Page-tree logging ("Page created: …") drowns test output.
LOGGING["loggers"]["wagtail"] = {"level": "WARNING"}  # noqa: F405
# Tests search through the database backend (fast, rolled back with each test) even when
# tests/services.py started an engine; tests marked search_engine switch to SEARCH_ENGINE_BACKEND
# (the search_engine fixture in tests/search/conftest.py).
WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}  # noqa: F405
# Encoding AVIF takes about a third of a second an image here, and every test that shows a listing
# would pay it again (renditions roll back with the test). Tests about images, and the browser
# tests, offer AVIF as production does (tests/cms/test_images.py).
HUB_IMAGE_FORMATS = ("webp", "jpeg")
