from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OaiConfig(AppConfig):
    name = "hub.oai"
    label = "oai"
    verbose_name = _("OAI-PMH harvesting")

    def ready(self):
        # Connects the receivers that keep each library record's datestamp and deletion state.
        from . import signals  # noqa: F401
