"""The harvest state of each library record: when it last changed, and whether it is gone.

OAI-PMH harvesters ask "what changed since my last visit?", deletions included, so every
resource that was ever exposed keeps one row here, written when it is published, unpublished,
made private, moved or deleted (hub/oai/signals.py) and checked by `reconcile`. Listings page
through this table on (datestamp, page_id), the one index that selective harvesting needs.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Record(models.Model):
    # Not a foreign key: the row outlives its page, as the "persistent" deletion policy promises.
    page_id = models.PositiveIntegerField(_("page id"), primary_key=True)
    datestamp = models.DateTimeField(_("datestamp"))
    deleted = models.BooleanField(_("deleted"), default=False)
    #: The record's setSpecs, space-separated with a space at each end
    #: (" theme:health type:report "), so that a set and its parent match by substring on every
    #: database backend.
    set_specs = models.TextField(_("sets"), blank=True, default="")

    class Meta:
        verbose_name = _("harvestable record")
        verbose_name_plural = _("harvestable records")
        indexes = [models.Index(fields=["datestamp", "page_id"], name="oai_record_keyset")]

    def __str__(self):
        return f"resource/{self.page_id}"
