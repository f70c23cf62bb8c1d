"""Celery tasks: thin wrappers around services.delivery, idempotent and safe to run twice."""

from celery import shared_task

from .services import delivery


@shared_task
def start_due_digest_runs():
    """Beat calls this every few minutes; each due period's run is created once."""
    return [run.pk for run in delivery.start_due_runs()]


@shared_task
def start_digest_run(frequency):
    run, created = delivery.start_run(frequency)
    return {"run": run.pk, "created": created}


@shared_task(bind=True, acks_late=True, max_retries=None)
def send_digest_batch(self, run_id, delivery_ids):
    result = delivery.deliver_batch(run_id, delivery_ids)
    if result.retry_ids and not self.request.is_eager:
        # Only the rows that met a temporary error; resume_digest_runs also finds them.
        raise self.retry(args=(run_id, result.retry_ids), countdown=result.retry_in)
    return result.as_dict()


@shared_task
def resume_digest_runs():
    """Finish what killed workers left: unfinished fan-outs, pending rows, expired leases."""
    return delivery.resume_runs()
