from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "hub.members"
    label = "members"
    verbose_name = _("Members")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms import learning

        from . import signals  # noqa: F401
        from .services import consent, notices, privacy, submissions

        privacy.register("profile", privacy.export_profile)
        privacy.register("submissions", submissions.export_for)
        privacy.register("terms_accepted", consent.export_for)
        privacy.register_erasure(submissions.anonymise_for)
        notices.register()
        # cms never imports hub, so the e-learning record is registered from here.
        privacy.register("learning", learning.export_for)
