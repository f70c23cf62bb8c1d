"""Send a frequency's digests by hand (in this process), resume unfinished runs, or preview one."""

from datetime import date, datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation

from hub.digests.models import Delivery, Frequency, Subscription
from hub.digests.services import content, delivery, emails, periods, subscriptions


class Command(BaseCommand):
    help = "Send digests for a period (default: the last completed one), resume, or preview one."

    def add_arguments(self, parser):
        frequencies = [f for f, _ in Frequency.choices if f != Frequency.OFF]
        parser.add_argument(
            "--frequency",
            choices=frequencies,
            help="default: weekly; with --preview, the subscriber's own frequency",
        )
        parser.add_argument(
            "--date", type=date.fromisoformat, help="a day inside the period (YYYY-MM-DD)"
        )
        parser.add_argument("--preview", metavar="EMAIL", help="print this subscriber's digest")
        parser.add_argument("--html", action="store_true", help="with --preview: print the HTML")
        parser.add_argument("--resume", action="store_true", help="finish every unfinished run now")
        parser.add_argument(
            "--queue", action="store_true", help="send through Celery workers, not in-process"
        )

    def handle(self, *args, **options):
        if options["preview"]:
            subscription = self._subscription(options["preview"])
            options["frequency"] = periods.preview_frequency(subscription, options["frequency"])
            return self._preview(subscription, self._period(options), options["html"])
        options["frequency"] = options["frequency"] or "weekly"
        period = self._period(options)
        dispatch = None if options["queue"] else self._send_now
        self._batches = 0
        if options["resume"]:
            count = delivery.resume_runs(dispatch=dispatch, force=True)
            self.stdout.write(f"Resumed {count} deliveries.")
            return
        run, created = delivery.start_run(period.frequency, period, dispatch=dispatch)
        if not created:
            self.stdout.write(f"{run} already exists; sending what it has left.")
            delivery.resume_runs(dispatch=dispatch, force=True)
        run.refresh_from_db()
        self.stdout.write(
            self.style.SUCCESS(
                f"{run}: {run.total} subscribers, {run.sent} sent, {run.skipped} skipped, "
                f"{run.failed} failed" + ("" if run.finished_at else " (unfinished)")
            )
        )

    def _period(self, options):
        try:
            if options["date"]:
                moment = datetime.combine(options["date"], time(12), tzinfo=periods.zone())
                return periods.containing(options["frequency"], moment)
            return periods.last_completed(options["frequency"], timezone.now())
        except periods.OutOfRange as error:
            raise CommandError(str(error)) from None

    def _send_now(self, run_id, delivery_ids):
        self._batches += 1
        result = delivery.deliver_batch(run_id, delivery_ids)
        left = Delivery.objects.filter(
            run_id=run_id, status__in=[Delivery.Status.PENDING, Delivery.Status.SENDING]
        ).count()
        self.stdout.write(
            f"batch {self._batches}: {result.sent} sent, {result.skipped} skipped, "
            f"{result.failed} failed, {len(result.retry_ids)} to retry; {left} left in the run"
        )

    def _subscription(self, email):
        subscription = Subscription.objects.filter(email=email.strip().lower()).first()
        if subscription is None:
            raise CommandError(f"No subscriber has the address {email}.")
        return subscription

    def _preview(self, subscription, period, html):
        with translation.override(subscriptions.language_for(subscription)):
            digest = content.build_for(subscription, period)
            message = emails.digest_message(digest, subscription, run_id=0)
        self.stdout.write(f"Period: {period}")
        if digest.is_empty:
            self.stdout.write("Nothing new matches: this digest would not be sent.")
            return
        self.stdout.write(f"Subject: {message.subject}\n")
        self.stdout.write(message.alternatives[0][0] if html else message.body)
