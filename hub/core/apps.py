from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "hub.core"
    label = "hub_core"
    verbose_name = "Hub core"

    def ready(self):
        # Connects the failed-login counter to Django's user_login_failed signal.
        from . import limits  # noqa: F401
