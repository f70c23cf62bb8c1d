"""Celery tasks: thin wrappers around services.records, safe to run twice."""

from celery import shared_task

from .services import records


@shared_task
def reconcile_records():
    """Beat runs this hourly: rows for pages changed where no signal saw it (bulk imports)."""
    return vars(records.reconcile())
