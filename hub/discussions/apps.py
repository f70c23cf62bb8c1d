from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "hub.discussions"
    label = "discussions"
    verbose_name = _("Discussions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import pre_save
        from django_comments_xtd.models import publish_or_unpublish_on_pre_save

        # xtd copies a comment's public state to all its replies on every save: removing a
        # comment would hide the replies its stub is meant to keep, and approving a held one
        # would publish held replies. Moderation here decides per comment.
        pre_save.disconnect(publish_or_unpublish_on_pre_save, sender="discussions.ThreadComment")
        from hub.members.services import privacy

        from .services import notifications, personal_data

        privacy.register("discussions", personal_data.export_for)
        privacy.register_erasure(personal_data.erase_for)
        notifications.register()
