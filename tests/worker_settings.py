"""Settings of the Celery workers tests start (tests/workers.py): the test database, real SMTP.

The digest settings are small so that a test sees batches, leases and retries in seconds.
"""

import os

from hub.settings.test import *  # noqa: F403
from hub.settings.test import DATABASES

DATABASES["default"]["NAME"] = os.environ["HUB_WORKER_DB_NAME"]
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["HUB_WORKER_SMTP_PORT"])
EMAIL_USE_TLS = False
EMAIL_HOST_USER = ""
EMAIL_HOST_PASSWORD = ""
EMAIL_TIMEOUT = 10
CELERY_TASK_ALWAYS_EAGER = False
DIGEST_BATCH_SIZE = int(os.environ.get("DIGEST_BATCH_SIZE", "2"))
DIGEST_CLAIM_LEASE_SECONDS = int(os.environ.get("DIGEST_CLAIM_LEASE_SECONDS", "3"))
DIGEST_RETRY_BACKOFF_SECONDS = 1
HUB_OUTBOX_RETRY_BACKOFF_SECONDS = 1

# Mail through the outbox, as in production, when a test asks for it (HUB_WORKER_OUTBOX=1): the
# worker then writes rows and sends them over SMTP under the outbox's claim and lease.
if os.environ.get("HUB_WORKER_OUTBOX") == "1":
    HUB_EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
    EMAIL_BACKEND = "hub.core.outbox.OutboxBackend"
HUB_OUTBOX_CLAIM_LEASE_SECONDS = int(os.environ.get("HUB_OUTBOX_CLAIM_LEASE_SECONDS", "300"))
