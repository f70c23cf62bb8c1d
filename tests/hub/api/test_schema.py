"""Schemathesis reads /api/schema/ and tries every operation with generated requests, valid and
not, with every check on: no 5xx, the documented statuses, content types, headers and bodies,
invalid input refused with 4xx and valid input accepted.

The operations are walked by hand (`get_all_operations`, `as_strategy`) rather than through
`schemathesis.pytest.from_fixture`, which does not run under pytest 9.
"""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig

#: examples per operation and mode: enough to reach every parameter, bounded for CI's time
MAX_EXAMPLES = 20


@pytest.fixture
def api_schema(db, no_rate_limit):
    # As Django's test client does: a request must not close the test's database connection
    # (on PostgreSQL it would, at the end of each request, with CONN_MAX_AGE 0).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    config = SchemathesisConfig.from_dict({"generation": {"mode": "all"}})
    try:
        yield schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application(), config=config)
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def check(operation, mode: GenerationMode, failures: list[str]) -> int:
    sent = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @hypothesis_settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        if mode is GenerationMode.POSITIVE and case.query:
            # A cursor is a position the API hands out in `next` links: a generated string
            # almost never is one, and is rightly refused with 400 (test_paging.py checks that).
            case.query.pop("cursor", None)
        sent.append(case)
        case.call_and_validate()

    try:
        run()
    except (Exception, BaseExceptionGroup) as error:  # noqa: BLE001 - all failures, together
        failures.append(f"{mode.value} {operation.label}:\n{error}")
    return len(sent)


def test_every_operation_conforms_to_the_schema(api_schema):
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 32  # a list and a detail for each of the 16 collections
    sent = 0
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            sent += check(operation, mode, failures)
    assert not failures, "\n\n".join(failures)
    assert sent > len(operations) * 2 * 5
