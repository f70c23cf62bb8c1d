from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from cms import listing

        from . import catalogues

        # Index pages (cms) list their collection through the catalogues declared here.
        listing.plug(catalogues.get)
