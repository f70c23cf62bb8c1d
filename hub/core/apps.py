from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "hub.core"
    label = "hub_core"
    verbose_name = _("Hub core")

    def ready(self):
        # Connects the failed-login counter to Django's user_login_failed signal.
        from . import (
            converters,
            limits,  # noqa: F401
        )

        # Before any URLconf is built: patterns resolve their converters when they are made.
        converters.register()
