from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "hub.events"
    label = "events"
    verbose_name = _("Event registration")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.members.services import privacy

        from .services import personal_data

        privacy.register("event_registrations", personal_data.export_for)
        privacy.register_erasure(personal_data.cancel_for_deleted_account)
