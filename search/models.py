"""Index updates waiting for the search engine to come back."""

from django.db import models


class PendingIndexUpdate(models.Model):
    """An object whose search document could not be written or deleted on the engine.

    One row per object: replaying it indexes the object's *current* state (or deletes its
    document when it is gone or no longer indexable), so the latest failure is all that matters.
    """

    app_label = models.CharField(max_length=100)
    model_name = models.CharField(max_length=100)
    object_pk = models.CharField(max_length=64)
    action = models.CharField(max_length=6, choices=[("update", "update"), ("delete", "delete")])
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    queued_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["queued_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["app_label", "model_name", "object_pk"],
                name="one_pending_update_per_object",
            )
        ]

    def __str__(self):
        return f"{self.action} {self.app_label}.{self.model_name} {self.object_pk}"
