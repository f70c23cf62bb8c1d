from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "hub.core"
    label = "hub_core"
    verbose_name = "Hub core"

    def ready(self):
        from . import converters

        # Before any URLconf is built: patterns resolve their converters when they are made.
        converters.register()
