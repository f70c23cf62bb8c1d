"""The database backend, with PostgreSQL analysing text in each language (see search.languages).

SQLite and other databases get Wagtail's own database backend unchanged.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

from search.languages import LanguagePostgresBackendMixin, LanguagePostgresIndexMixin


class LanguagePostgresIndex(LanguagePostgresIndexMixin, PostgresIndex):
    pass


class LanguagePostgresSearchBackend(LanguagePostgresBackendMixin, PostgresSearchBackend):
    index_class = LanguagePostgresIndex


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return database_backend(params)
