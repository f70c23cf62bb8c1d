"""Settings shared by every environment. Holds no secrets; values come from the environment."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

# --- Applications -------------------------------------------------------------------------------

INSTALLED_APPS = [
    "hub.core",
    "hub.members",
    "hub.messaging",
    "hub.digests",
    "hub.events",
    "hub.oai",
    "hub.notifications",
    "home",
    "cms",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "hub.api",
    "allauth",
    "allauth.account",
    "django_comments_xtd",
    "django_comments",
    # After django_comments_xtd: its ready() connects a signal that this app's ready() removes.
    "hub.discussions",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # intcomma: counts grouped as each language writes them (1,234 / 1 234 / 1.234).
    "django.contrib.humanize",
    # django-contrib-comments files each comment under a django.contrib.sites Site (not Wagtail's).
    "django.contrib.sites",
]
SITE_ID = 1

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "hub.core.middleware.RejectNulMiddleware",
    "hub.core.middleware.ContentSecurityPolicyMiddleware",
    "hub.core.middleware.PermissionsPolicyMiddleware",
    # Before anything that may answer: CORS headers go on /api/ answers to GET, HEAD and OPTIONS.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the URL prefix (/fr/, /es/, /ar/; English has none), then
    # hub.core's middleware sends a first visit to the language the visitor prefers.
    "django.middleware.locale.LocaleMiddleware",
    "hub.core.middleware.LanguagePreferenceMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "hub.core.limits.RateLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "hub.members.context_processors.account",
            ],
        },
    },
]

# --- Data stores --------------------------------------------------------------------------------

# The embedded default is SQLite in the checkout; production and CI set DATABASE_URL.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=0))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="hub"),
            # When Redis is down, a read is a miss and a write is dropped: pages are built from
            # the database, and rate limits get the None that django-ratelimit expects from a
            # failed cache (it then fails open or closed as RATELIMIT_FAIL_OPEN says). Logged
            # once per 5 minutes, not on every touch (LOGGING below).
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Background work ----------------------------------------------------------------------------

# Without a broker, tasks run eagerly in the web process (the embedded default).
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TIMEZONE = "UTC"
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="hub")

# --- Search -------------------------------------------------------------------------------------

SEARCH_URL = env("SEARCH_URL", default="")
SEARCH_BACKEND = env("SEARCH_BACKEND", default="opensearch2")
SEARCH_INDEX_PREFIX = env("SEARCH_INDEX_PREFIX", default="hub_")
SEARCH_TIMEOUT = env.float("SEARCH_TIMEOUT", default=2.0)
# After the engine fails, searches go straight to the database for this many seconds.
SEARCH_RETRY_AFTER = env.int("SEARCH_RETRY_AFTER", default=15)
if SEARCH_BACKEND not in ("elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"):
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        "SEARCH_BACKEND must be elasticsearch8, elasticsearch9, opensearch2 or opensearch3"
    )

# The database backend is always configured and kept up to date: it is the whole search without an
# engine, and the fallback that answers (with a notice) while the engine is unreachable.
SEARCH_DATABASE_BACKEND = {"BACKEND": "search.backends.database"}
# Each language's analyser: an Elasticsearch/OpenSearch language analyser and a PostgreSQL
# text-search configuration of the same name (search/languages.py). A new language adds its own.
SEARCH_ANALYZERS = {"en": "english", "fr": "french", "es": "spanish", "ar": "arabic"}
# search.backends wraps Wagtail's engine backends so that an index update that fails while the
# engine is down is queued in the database and applied when it is back (search/queue.py).
SEARCH_ENGINE_BACKEND = (
    {
        "BACKEND": f"search.backends.{SEARCH_BACKEND}",
        "URLS": [SEARCH_URL],
        "INDEX_PREFIX": SEARCH_INDEX_PREFIX,
        "TIMEOUT": SEARCH_TIMEOUT,
        "OPTIONS": {"max_retries": 0},
    }
    if SEARCH_URL
    else None
)
WAGTAILSEARCH_BACKENDS = {"default": SEARCH_ENGINE_BACKEND or SEARCH_DATABASE_BACKEND}
if SEARCH_ENGINE_BACKEND:
    WAGTAILSEARCH_BACKENDS["database"] = SEARCH_DATABASE_BACKEND

# --- Email --------------------------------------------------------------------------------------

vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="M4D Hub <hub@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Every email is written to the outbox in the sender's transaction and sent after the commit by
# hub.core.tasks, through the backend EMAIL_URL chose (hub/core/outbox.py).
HUB_EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND  # noqa: F821 - set by env.email_url above
EMAIL_BACKEND = "hub.core.outbox.OutboxBackend"
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
# Attempts per email, the first retry's delay in seconds (doubling, at most 6 h), and how long a
# sender may hold a message before another presumes it dead and sends it.
HUB_OUTBOX_MAX_ATTEMPTS = env.int("HUB_OUTBOX_MAX_ATTEMPTS", default=10)
HUB_OUTBOX_RETRY_BACKOFF_SECONDS = env.int("HUB_OUTBOX_RETRY_BACKOFF_SECONDS", default=60)
HUB_OUTBOX_CLAIM_LEASE_SECONDS = env.int("HUB_OUTBOX_CLAIM_LEASE_SECONDS", default=300)

# --- Digests ------------------------------------------------------------------------------------

# Periods are calendar days, weeks and months in this zone; a run starts at DIGEST_SEND_TIME after
# its period ends (weekly periods end on DIGEST_WEEKLY_DAY, 0 = Monday; monthly on the 1st).
DIGEST_TIME_ZONE = env("DIGEST_TIME_ZONE", default="UTC")
DIGEST_SEND_TIME = env("DIGEST_SEND_TIME", default="07:00")
DIGEST_WEEKLY_DAY = env.int("DIGEST_WEEKLY_DAY", default=0)
DIGEST_FROM_EMAIL = env("DIGEST_FROM_EMAIL", default=DEFAULT_FROM_EMAIL)
# Subscribers per Celery task; one SMTP connection each.
DIGEST_BATCH_SIZE = env.int("DIGEST_BATCH_SIZE", default=200)
# A batch that holds deliveries longer than this is presumed dead and its rows are sent again.
DIGEST_CLAIM_LEASE_SECONDS = env.int("DIGEST_CLAIM_LEASE_SECONDS", default=900)
DIGEST_MAX_ATTEMPTS = env.int("DIGEST_MAX_ATTEMPTS", default=6)
DIGEST_RETRY_BACKOFF_SECONDS = env.int("DIGEST_RETRY_BACKOFF_SECONDS", default=60)
DIGEST_MAX_HARD_BOUNCES = env.int("DIGEST_MAX_HARD_BOUNCES", default=3)
DIGEST_UPCOMING_EVENT_DAYS = 30
DIGEST_CONFIRM_LINK_MAX_AGE_DAYS = 7
DIGEST_PREFERENCES_LINK_MAX_AGE_DAYS = env.int("DIGEST_PREFERENCES_LINK_MAX_AGE_DAYS", default=60)

# --- Event registration -------------------------------------------------------------------------

# Registrants get a reminder this many hours before an event starts (hub/events/services/reminders).
EVENT_REMINDER_HOURS = env.int("EVENT_REMINDER_HOURS", default=24)

# --- Auth ---------------------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/accounts/login/"

# --- Accounts -----------------------------------------------------------------------------------

# Members sign in with django-allauth, by email or username; Wagtail's admin keeps its own login.
AUTHENTICATION_BACKENDS = [
    # Refuses every login path while a client or an account is over its failed-login limit.
    "hub.core.limits.LoginLimitBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_REDIRECT_URL = "/members/me/"
ACCOUNT_ADAPTER = "hub.members.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "hub.members.forms.SignupForm"
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# The subject prefix is the site settings' name (hub.members.adapter).
ACCOUNT_EMAIL_SUBJECT_PREFIX = None
ACCOUNT_PREVENT_ENUMERATION = True
# Member profiles live at /members/<username>/, beside these pages.
ACCOUNT_USERNAME_BLACKLIST = ["me", "pending", "submit", "admin", "editor", "moderator"]
# allauth's own limiter is off: hub.core.limits limits allauth's views too (HUB_RATE_LIMITS).
ACCOUNT_RATE_LIMITS = False
# Who is a member (approved and email verified), for code that may not import hub (cms, search).
MEMBER_CHECK = "hub.members.services.accounts.is_member"
# New accounts answer "why do you want to join?" and wait for an editor's approval.
HUB_MEMBERSHIP_REVIEW = env.bool("HUB_MEMBERSHIP_REVIEW", default=True)
# A private message is emailed (to members who want messages by email) once it has been unread
# this long: time to read it on the site first.
HUB_MESSAGE_NOTICE_DELAY_MINUTES = env.int("HUB_MESSAGE_NOTICE_DELAY_MINUTES", default=15)
HUB_MESSAGE_POLL_SECONDS = env.int("HUB_MESSAGE_POLL_SECONDS", default=5)

# --- Notifications (hub.notifications) -----------------------------------------------------------

# Read notifications older than this are pruned (daily beat task).
HUB_NOTIFICATION_RETENTION_DAYS = env.int("HUB_NOTIFICATION_RETENTION_DAYS", default=90)
# Unread repeats on one thread within this many hours fold into one notification ("3 new replies").
HUB_NOTIFICATION_GROUP_HOURS = env.int("HUB_NOTIFICATION_GROUP_HOURS", default=24)
HUB_NOTIFICATIONS_PER_PAGE = 20
# How many actor and target ids a folded notification remembers.
HUB_NOTIFICATION_IDS_KEPT = 50
# Immediate emails one sweep sends at most (the rest wait for the next minute).
HUB_NOTIFICATION_SWEEP_SIZE = env.int("HUB_NOTIFICATION_SWEEP_SIZE", default=2000)

# --- Rate limits --------------------------------------------------------------------------------

# Every limit in the hub (hub/core/limits.py, on django-ratelimit), in one syntax: "count/period"
# with s, m, h or d and an optional multiplier ("5/15m"), comma-separated when there are several.
# Each can be set from the environment as HUB_RATE_<NAME>, e.g. HUB_RATE_LOGIN_FAILURES_ACCOUNT.
_RATE_DEFAULTS = {
    "login-failures-ip": "20/15m",  # failed sign-ins per client, on every login path
    "login-failures-account": "5/15m",  # failed sign-ins per account name, on every login path
    "signup": "10/h",  # per client
    "password-reset": "10/h",  # reset requests per client (allauth's and Wagtail's)
    "password-reset-address": "3/h",  # reset mails per address
    "password-change": "5/m",  # per member
    "email-change": "5/h",  # per member: each added address gets a verification mail
    "page-password": "10/m",  # per client, on password-protected pages
    "message": "10/m,100/h",  # private messages per member
    "message-report": "5/h,20/d",  # per member: each report emails every moderator
    "comment": "5/m",  # comments and forum topics per member
    "submission": "5/h,20/d",  # member submissions (and resubmissions) per member
    "subscribe": "10/h",  # digest subscription requests per client
    "subscribe-address": "5/d",  # per address (and at most one confirmation mail a day)
    "event-registration": "10/h",  # non-members' event registrations per client (each mails)
    "api": "120/m,3000/h",  # read-only API requests per client
}
HUB_RATE_LIMITS = {
    name: env(f"HUB_RATE_{name.upper().replace('-', '_')}", default=rate)
    for name, rate in _RATE_DEFAULTS.items()
}
# When the cache cannot count (Redis down), these limits refuse and every other one lets the
# request through. Closed: the ones that mail an address somebody typed (sign-up verification,
# password reset, a non-member's event registration), since an outage must not make the hub a
# mail cannon for strangers. Open:
# sign-in (members and editors keep working, and a Redis outage is short and reported by
# /healthz), members' own actions (they are approved accounts, moderated), and digest
# subscription (the database still sends one confirmation per address per day at most).
HUB_RATE_LIMITS_FAIL_CLOSED = {
    "signup",
    "password-reset",
    "password-reset-address",
    "event-registration",
}
# Behind a reverse proxy (nginx, a load balancer, a CDN), REMOTE_ADDR is the proxy's: set how many
# proxies in front of Django append the client's address to HUB_CLIENT_IP_HEADER (a META name).
# 0 (the default) trusts no header: a direct client could write anything there.
HUB_TRUSTED_PROXY_COUNT = env.int("HUB_TRUSTED_PROXY_COUNT", default=0)
HUB_CLIENT_IP_HEADER = env("HUB_CLIENT_IP_HEADER", default="HTTP_X_FORWARDED_FOR")
RATELIMIT_IP_META_KEY = "hub.core.limits.client_ip"
# hub.core.limits decides fail open or closed per limit, so django-ratelimit hands it the failure.
RATELIMIT_FAIL_OPEN = True
RATELIMIT_USE_CACHE = "default"

# --- Discussions ------------------------------------------------------------------------------

# Comments are django-comments-xtd's model, posted through hub.discussions (never xtd's views).
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MODEL = "hub.discussions.models.ThreadComment"
# The database column holds 3,000 characters (django-contrib-comments).
HUB_COMMENT_MAX_LENGTH = 3000
# Levels count from 0 (a top-level comment), so 2 means three levels: comment, reply, reply to it.
COMMENTS_XTD_MAX_THREAD_LEVEL = 2
# The models that take comments, and how deep each thread goes; a model not listed takes none.
COMMENTS_XTD_MAX_THREAD_LEVEL_BY_APP_MODEL = {
    "cms.newspage": 2,
    "cms.blogpage": 2,
    "cms.resourcepage": 2,
    "cms.projectpage": 2,
    "cms.eventpage": 2,
    "cms.ediscussionpage": 2,
    "discussions.topic": 2,
}
# Reply notices go to the email outbox with the comment (hub.discussions), not xtd's threads.
COMMENTS_XTD_THREADED_EMAILS = False
COMMENTS_XTD_CONFIRM_EMAIL = False
COMMENTS_XTD_SALT = env("HUB_COMMENTS_SALT", default="hub.discussions").encode()
HUB_COMMENT_EDIT_MINUTES = env.int("HUB_COMMENT_EDIT_MINUTES", default=15)
# At most this many @mentioned members of one comment or topic get an email.
HUB_MENTION_LIMIT = env.int("HUB_MENTION_LIMIT", default=10)
# A comment with this many open flags is hidden until a moderator reviews it.
HUB_COMMENT_HIDE_AFTER_FLAGS = env.int("HUB_COMMENT_HIDE_AFTER_FLAGS", default=3)
# A member's first comments wait for a moderator's approval.
HUB_COMMENT_HOLD_FIRST = env.int("HUB_COMMENT_HOLD_FIRST", default=2)

# --- Internationalisation -----------------------------------------------------------------------

# The hub's languages. A fifth is one more line here plus its catalogue in locale/ (see
# locale/README.md); Wagtail's content languages follow this list.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates in each language's own order and month names; hub/formats/ overrides Django's English.
FORMAT_MODULE_PATH = ["hub.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# wagtail-localize's "Machine translate" button stays off unless a self-hosted LibreTranslate
# server is configured (translation models cannot be downloaded on every host).
LIBRETRANSLATE_URL = env("LIBRETRANSLATE_URL", default="")
if LIBRETRANSLATE_URL:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": LIBRETRANSLATE_URL.rstrip("/"),
            "API_KEY": env("LIBRETRANSLATE_API_KEY", default=""),
            "TIMEOUT": env.int("LIBRETRANSLATE_TIMEOUT", default=10),
        },
    }
# The visitor's choice from the language switcher; sent on top-level navigation only.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static and media ---------------------------------------------------------------------------

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / ".cache" / "collected-static")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ------------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "M4D Hub"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Absolute links (emails, feeds, iCal) follow the address a request came to; without a request
# (Celery, commands) they use WAGTAILADMIN_BASE_URL. Production always uses the latter
# (home/links.py).
HUB_LINKS_FROM_REQUEST = True
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents go through Wagtail's view, which applies collection view restrictions (members'
# submitted files stay private until published); "direct" would hand out the raw file URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
# SVG for logos (the site's and partners'); Wagtail serves them as uploaded (preserve-svg).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "svg"]
# 40 megapixels (an 8000 x 5000 photograph): decoding one takes about 160 MB of memory.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Alt text required, and every upload decoded whole before it is accepted (cms/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.image_forms.ImageForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# No avatars from gravatar.com: the admin would send a hash of each editor's email address to a
# third party, and the Content Security Policy allows images from this site only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Security headers ---------------------------------------------------------------------------

# django-csp 4 (Django 5.2 has no CSP of its own). The public site allows no inline script or style
# and nothing from other hosts; hub.core.middleware relaxes it under the admin only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
HUB_CSP_ADMIN_PREFIXES = ["/admin/", "/django-admin/"]
# What Wagtail's admin needs beyond the public policy (checked in Chromium by
# tests/browser/test_security_headers.py).
# Without these Chromium blocks Wagtail's own inline scripts and styles in the page editor.
HUB_CSP_ADMIN_UPDATE = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
}
# Browser features no page of the hub uses, switched off for every page and anything it frames.
HUB_PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# --- Read-only API ------------------------------------------------------------------------------

# /api/v1/ (hub/api): Django REST framework, JSON only, no sign-in (every answer is public and
# the same for everyone), errors as JSON bodies, the schema from drf-spectacular.
# Only what every DRF view may share: wagtail-localize's editor is DRF too, and needs the
# session, form parsing and DRF's own errors. The API's own choices (no sign-in read, JSON only,
# JSON errors) are on its views (hub/api/views.py).
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # `format` is a filter (the events' format), not a choice of renderer.
    "URL_FORMAT_OVERRIDE": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "M4D Hub API",
    "DESCRIPTION": (
        "Read-only access to the M4D Hub's published content: the library, projects, events, "
        "news, blog posts, toolkits, courses, organisations and the taxonomies. Lists are paged "
        "with a cursor: follow `next`. Answers carry an ETag (send it back in If-None-Match for "
        "a 304) and may be cached for `HUB_API_MAX_AGE` seconds."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "PREPROCESSING_HOOKS": ["hub.api.schema.only_api"],
    # The schema lists the taxonomies' values, read from the database: `check --deploy` runs
    # before there is one (tests/hub/api/test_schema.py generates and checks the schema).
    "ENABLE_DJANGO_DEPLOY_CHECK": False,
}
# How long a browser or a cache in front of the site may reuse an API answer (Cache-Control).
HUB_API_MAX_AGE = env.int("HUB_API_MAX_AGE", default=300)
# Items per page of an API list: the default, and the most a client may ask for (page_size).
HUB_API_PAGE_SIZE = 20
HUB_API_MAX_PAGE_SIZE = 100
# Cross-origin reads of the API from any site, without credentials, for GET, HEAD and OPTIONS
# only: django-cors-headers, with the origin allowed by hub/api/cors.py for those methods.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]
CORS_PREFLIGHT_MAX_AGE = 86400

# --- Health checks ------------------------------------------------------------------------------

# /healthz shows everyone only its status; the checks' details (hosts, errors) go to staff and to
# requests that send this token in the X-Health-Token header. Empty: staff only.
HUB_HEALTH_TOKEN = env("HUB_HEALTH_TOKEN", default="")

# --- OAI-PMH (/oai/) ---------------------------------------------------------------------------

# Records (or headers) per ListRecords/ListIdentifiers response; a resumptionToken gives the rest.
HUB_OAI_PAGE_SIZE = env.int("HUB_OAI_PAGE_SIZE", default=100)
# Seconds a resumptionToken stays valid (its expirationDate).
HUB_OAI_TOKEN_MAX_AGE = env.int("HUB_OAI_TOKEN_MAX_AGE", default=24 * 3600)
# The repositoryIdentifier in `oai:<it>:resource/<id>`: a domain name that must never change,
# or every harvester sees the whole library as new records. Default: WAGTAILADMIN_BASE_URL's host.
HUB_OAI_REPOSITORY_IDENTIFIER = env("HUB_OAI_REPOSITORY_IDENTIFIER", default="")
# Identify's adminEmail.
HUB_OAI_ADMIN_EMAIL = env("HUB_OAI_ADMIN_EMAIL", default="")

# --- Logging ------------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"once_per_5_minutes": {"()": "hub.core.logs.OncePerInterval", "seconds": 300}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django_redis.cache": {"filters": ["once_per_5_minutes"]},
        "django.request": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
        "opensearch": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
