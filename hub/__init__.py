"""M4D Hub project package: settings, URLs, WSGI/ASGI and Celery wiring, plus the community apps."""

from .celery import app as celery_app

__all__ = ["celery_app"]
