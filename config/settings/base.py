"""Settings shared by every environment, read from the environment with django-environ.

Every variable read here is documented in `.env.example`; `tests/test_compose.py` keeps the two in
step. Defaults describe the embedded mode: a SQLite file and a broker on disk under `var/`, so that
the platform runs with nothing but Python.
"""

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
env.read_env(BASE_DIR / ".env", overwrite=False)

# --- Core -------------------------------------------------------------------------------------

DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_NAME = env.str("SITE_NAME", default="Faro")

INSTALLED_APPS = [
    # Our apps first, so that their templates and static files win.
    "workshops",
    "quizzes",
    "surveys",
    "participation",
    "reach",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "wagtail.contrib.redirects",
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
    "rest_framework",
    "axes",
    # Two-step sign-in: authenticator apps (TOTP) and backup codes (workshops/signin.py).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "ninja",  # serves the reach API's docs from our static files, not a CDN
    "django_countries",
    # Forms
    "crispy_forms",
    "crispy_bootstrap5",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Answers /health/ before host validation, so that probes by pod IP or service name work.
    "config.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # A NUL in the path, query, cookies or form fields is a 400 before anything reads it.
    "config.middleware.NulRefusalMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Tells whether the signed-in account gave its second factor (request.user.is_verified()).
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Signs idle accounts out and holds a password-only sign-in at the second step.
    "workshops.signin.SigninMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "workshops.context_processors.site_navigation",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web process and the Celery worker share the file: WAL lets readers and one writer work
    # at once, IMMEDIATE transactions take the write lock up front instead of failing half-way.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
# Through PgBouncer in transaction pooling mode, add ?disable_server_side_cursors=True to the URL
# (django-environ sets DISABLE_SERVER_SIDE_CURSORS from it); Django with psycopg 3 prepares no
# statements, and the code uses no session-level state (docs/operations.md, "PgBouncer").
# A read replica for the coordinator reports' figures (config/db_routers.py): unset, one database.
DATABASE_REPLICA_URL = env.str("DATABASE_REPLICA_URL", default="")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = {
        **env.db_url_config(DATABASE_REPLICA_URL),
        "CONN_MAX_AGE": DATABASES["default"]["CONN_MAX_AGE"],
        "CONN_HEALTH_CHECKS": True,
        # Tests read the replica's figures from the test database itself.
        "TEST": {"MIRROR": "default"},
    }
    DATABASE_ROUTERS = ["config.db_routers.ReportReplicaRouter"]
    # Marks the requests of the reports and the reach API, whose figure reads the router sends.
    MIDDLEWARE = [MIDDLEWARE[0], "config.db_routers.ReportReplicaMiddleware", *MIDDLEWARE[1:]]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis, cache and Celery ------------------------------------------------------------------

# Unset REDIS_URL means embedded mode: no server at all (see docs/architecture.md).
# With REDIS_SENTINELS (host:port,host:port), the broker, the result store and the cache ask those
# Sentinels for the master named REDIS_SENTINEL_MASTER; REDIS_URL then gives only the password and
# the database number (its host is not used), and may be left unset for database 0.
REDIS_SENTINELS = env.list("REDIS_SENTINELS", default=[])
REDIS_SENTINEL_MASTER = env.str("REDIS_SENTINEL_MASTER", default="mymaster")
REDIS_URL = env.str("REDIS_URL", default="") or (
    f"redis://{REDIS_SENTINEL_MASTER}/0" if REDIS_SENTINELS else ""
)
RUNTIME_MODE = "full" if REDIS_URL else "embedded"

CACHES = {"default": env.cache_url("CACHE_URL", default=f"filecache://{VAR_DIR / 'cache'}")}
if REDIS_URL and not env.str("CACHE_URL", default=""):
    # django-redis, so that Redis being down or unreachable costs a request at most a short timeout
    # per cache call and then reads as an empty cache: a participant's submission is saved in the
    # database whatever Redis is doing (docs/security.md, "Faults").
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

CELERY_BROKER_URL = REDIS_URL or "filesystem://localhost//"
CELERY_BROKER_DIR = Path(env.str("CELERY_BROKER_DIR", default=str(VAR_DIR / "broker")))
if not REDIS_URL:
    # kombu's filesystem transport: messages are files in a folder that the web process writes and
    # the worker reads. Slower than Redis, but it needs no server and survives restarts.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_DIR / "messages"),
        "data_folder_out": str(CELERY_BROKER_DIR / "messages"),
        "control_folder": str(CELERY_BROKER_DIR / "control"),
        "store_processed": False,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 5}
    CELERY_RESULT_BACKEND = REDIS_URL
if REDIS_SENTINELS:
    # Each of the three asks the Sentinels which server is the master, and asks again after a
    # failover (docs/operations.md, "Redis Sentinel"). The cache reads from the master too: a
    # replica's answer may lag behind a lock or a limit just written.
    _redis = urlsplit(REDIS_URL)
    _redis_auth = f":{_redis.password}@" if _redis.password else ""
    _redis_db = _redis.path.strip("/") or "0"
    _sentinels = []
    for _address in REDIS_SENTINELS:
        _host, _colon, _port = _address.partition(":")
        _sentinels.append((_host, int(_port or 26379)))
    CELERY_BROKER_URL = ";".join(
        f"sentinel://{_redis_auth}{host}:{port}/{_redis_db}" for host, port in _sentinels
    )
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        **CELERY_BROKER_TRANSPORT_OPTIONS,
        "master_name": REDIS_SENTINEL_MASTER,
    }
    CELERY_RESULT_BACKEND = CELERY_BROKER_URL
    CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"master_name": REDIS_SENTINEL_MASTER}
    if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
        CACHES["default"]["LOCATION"] = [
            f"redis://{_redis_auth}{REDIS_SENTINEL_MASTER}/{_redis_db}"
        ]
        CACHES["default"]["OPTIONS"] |= {
            "CLIENT_CLASS": "django_redis.client.SentinelClient",
            "CONNECTION_FACTORY": "django_redis.pool.SentinelConnectionFactory",
            "SENTINELS": _sentinels,
        }
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_QUEUE", default="faro")
# PDFs (a donor report, a manual) take a worker seconds each: they wait on a queue of their own,
# so that a worker of the main queue keeps the figures fresh however many PDFs are asked for. A
# worker consumes both queues unless WORKER_QUEUES names some (platform/worker; docs/operations.md,
# "The PDF worker"). Each queue is its own exchange and routing key: Redis has no exchanges.
CELERY_PDF_QUEUE = env.str("CELERY_PDF_QUEUE", default="") or f"{CELERY_TASK_DEFAULT_QUEUE}-pdf"
PDF_TASKS = ("reach.report_pdf_generate", "workshops.manual_pdf_generate")
CELERY_TASK_QUEUES = {
    queue: {"exchange": queue, "routing_key": queue}
    for queue in (CELERY_TASK_DEFAULT_QUEUE, CELERY_PDF_QUEUE)
}
CELERY_TASK_ROUTES = {task: {"queue": CELERY_PDF_QUEUE} for task in PDF_TASKS}
# A broker that is down must never hold up a request for long: try once more, then give up.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_EXPIRES = 3600
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
WORKER_HEARTBEAT_SECONDS = env.float("WORKER_HEARTBEAT_SECONDS", default=60.0)
# Reach rollups (docs/architecture.md, "Reach"): each change queues a refresh of its session; the
# sweep catches refreshes lost with the broker or a worker; the nightly rebuild checks everything.
REACH_SWEEP_SECONDS = env.float("REACH_SWEEP_SECONDS", default=60.0)
# How old a change must be before the sweep takes it as lost rather than still on its way.
REACH_SWEEP_AFTER_SECONDS = env.int("REACH_SWEEP_AFTER_SECONDS", default=60)
# While a session changes without pause (a class submitting at once), its recounts start five times
# their duration apart, and at most this many seconds apart: a figure is late by about this much at
# most, and a burst does not keep the worker recounting one session back to back. 0: no spacing.
REACH_REFRESH_INTERVAL_SECONDS = env.float("REACH_REFRESH_INTERVAL_SECONDS", default=1.0)
# K: no report, export or API answer shows a figure about minors that rests on fewer than this many
# people, nor one that can be worked out from others (reach/privacy.py, docs/security.md).
REACH_SMALLEST_GROUP = env.int("REACH_SMALLEST_GROUP", default=5)
if REACH_SMALLEST_GROUP < 2:
    raise ImproperlyConfigured("REACH_SMALLEST_GROUP must be 2 or more: 1 would show one child.")
CELERY_BEAT_SCHEDULE = {
    "reach sweep": {"task": "reach.changes_sweep", "schedule": REACH_SWEEP_SECONDS},
    "reach nightly rebuild": {
        "task": "reach.rollups_rebuild",
        "schedule": crontab(hour=env.int("REACH_REBUILD_HOUR", default=3), minute=17),
    },
    # Daily: participant data past PARTICIPANT_DATA_RETENTION_DAYS (the figures stay).
    "reach participant data purge": {
        "task": "reach.participant_data_purge",
        "schedule": crontab(hour=4, minute=7),
    },
    # Daily: self-generated codes past PARTICIPANT_CODE_RETENTION_DAYS (the pairs they made stay).
    "reach participant codes erase": {
        "task": "reach.participant_codes_erase",
        "schedule": crontab(hour=4, minute=22),
    },
    # Hourly: donor PDFs older than their job (a day), so none outlives it by more than an hour
    # or two, whether or not its job is still in the cache.
    "reach report PDFs delete": {
        "task": "reach.report_pdfs_delete",
        "schedule": crontab(minute=37),
    },
}

# --- Participants ------------------------------------------------------------------------------

# Proxies of ours in front of the platform, each adding to X-Forwarded-For the address it got the
# request from: the client is the address the outermost one added (workshops/client.py). 0 reads
# REMOTE_ADDR only; behind the reverse proxy docs/operations.md asks for, 1. Never more than there
# are: the header's further entries come from the client and may say anything.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# Wrong join codes sent with the join form within the window, per device (the cookie the join
# pages set) and per address, before that device or address gets a 429 page for the rest of it
# (workshops/throttle.py). Successes and GETs never count, so a classmate at the same address
# still joins while one phone guesses, and 200 tries in 10 minutes leave 2^40 codes out of reach.
JOIN_DEVICE_FAILURES_ALLOWED = env.int("JOIN_DEVICE_FAILURES_ALLOWED", default=10)
JOIN_ADDRESS_FAILURES_ALLOWED = env.int("JOIN_ADDRESS_FAILURES_ALLOWED", default=200)
JOIN_FAILURE_WINDOW_SECONDS = env.int("JOIN_FAILURE_WINDOW_SECONDS", default=600)
# People who may join one session from one device: the first, and those it is handed to with
# "Next person" (a shared tablet). And joins into one session from one address, per place the
# session has (Session.participant_cap): twice its room, which a class behind one address never
# needs, while a script from elsewhere fills it at most twice before the trainer's removals stick.
JOIN_DEVICE_JOINS_ALLOWED = env.int("JOIN_DEVICE_JOINS_ALLOWED", default=10)
JOIN_ADDRESS_JOINS_PER_PLACE = env.int("JOIN_ADDRESS_JOINS_PER_PLACE", default=2)
# Hours after a session is closed during which answers a phone kept while it was open are still
# taken: a phone that lost its connection mid-quiz sends them by itself once it is back
# (participation/answers.py). The form carries when it was shown, signed; answers shown after the
# close, or arriving later than this, are refused with a page that says so.
LATE_ANSWERS_GRACE_HOURS = env.int("LATE_ANSWERS_GRACE_HOURS", default=24)
if LATE_ANSWERS_GRACE_HOURS < 0:
    raise ImproperlyConfigured("LATE_ANSWERS_GRACE_HOURS cannot be negative.")
# Days after a session ended (and every other session of its group) before its participants,
# attempts and survey responses are deleted; the reports keep their figures (docs/architecture.md,
# "Retention"). A year by default: a school year of follow-up sessions with the same class, and
# time for the trainer to look back at a session's answers and free texts, without keeping what
# minors answered longer than a campaign needs it. 0 keeps participant data for ever; empty means
# the default.
PARTICIPANT_DATA_RETENTION_DAYS = int(env.str("PARTICIPANT_DATA_RETENTION_DAYS", default="") or 365)
# Days after a session ended before the self-generated codes of its participants (mother's
# initial, birth month, older siblings, birthplace initial: enough to single a child out within a
# class) are erased; the pre/post pairs they made are kept without them, so no figure changes
# (reach.retention). A month by default: well after a session's post-test, whose pairs are counted
# as its answers arrive. 0 keeps the codes as long as the participant data; empty means the default.
PARTICIPANT_CODE_RETENTION_DAYS = int(env.str("PARTICIPANT_CODE_RETENTION_DAYS", default="") or 30)

# --- Figures a coordinator reviews -------------------------------------------------------------

# A headcount or a number of paper answer sheets far above what its session was planned for is
# saved, but counts in no report until a coordinator of the campaign approves it
# (workshops/models/reviews.py). Far above: more than twice the planned size and more than
# FIGURE_REVIEW_MARGIN people above it (10 planned, 30 counted: counts at once; 25 planned, 60
# counted: waits), or more than FIGURE_REVIEW_CEILING people whatever was planned.
FIGURE_REVIEW_MARGIN = env.int("FIGURE_REVIEW_MARGIN", default=20)
FIGURE_REVIEW_CEILING = env.int("FIGURE_REVIEW_CEILING", default=500)

# Opening a planned session more than this many hours before its scheduled start, or more than
# this many hours after it (another day: planned for 15 December, opened on the 6th or a week
# late), asks the trainer to confirm, showing the planned date and time in the venue's time zone.
SESSION_EARLY_OPEN_HOURS = env.int("SESSION_EARLY_OPEN_HOURS", default=3)

# --- Demo (development only) -----------------------------------------------------------------

# `make run` creates demo accounts with random passwords and keeps them in this file, not in git.
DEMO_ACCOUNTS_ALLOWED = False
# `demo_load --participants N` makes up participants in bulk: development and the benchmarks only.
DEMO_VOLUME_ALLOWED = False
DEMO_ACCOUNTS_FILE = VAR_DIR / "demo-accounts.json"

# --- Authentication ---------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Trainers and coordinators sign in on the front end; the Wagtail admin has its own login page.
LOGIN_URL = "trainer:login"
LOGIN_REDIRECT_URL = "trainer:session_list"
LOGOUT_REDIRECT_URL = "trainer:login"

# Content-Security-Policy (django-csp): our own scripts, styles and images only, nothing inline,
# no framing of our pages; videos may come from the two hosts editors embed. The Wagtail admin
# and the API's interactive docs bring inline scripts of their own and keep their defaults.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/api/reach/docs"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Password guessing on the trainer space and the Wagtail admin (django-axes): after
# AXES_FAILURE_LIMIT wrong passwords for one username from one address, that pair waits
# AXES_COOLOFF_MINUTES; after AXES_ADDRESS_FAILURE_LIMIT from one address, whatever the usernames,
# that address waits as well (workshops/throttle.py). The address is the client's, behind
# TRUSTED_PROXY_COUNT proxies, so a stranger elsewhere cannot lock a trainer out. Failures are kept
# in Redis when there is one; the embedded mode's file cache cannot count across processes, so
# there axes keeps them in the database. `manage.py signin_unlock` lifts a lockout.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = (
    "workshops.throttle.SigninCacheHandler"
    if REDIS_URL
    else "workshops.throttle.SigninDatabaseHandler"
)
AXES_CLIENT_IP_CALLABLE = "workshops.client.client_address"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_ADDRESS_FAILURE_LIMIT = env.int("AXES_ADDRESS_FAILURE_LIMIT", default=30)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "participation/trainer/login_locked.html"
# What axes writes down about a sign-in: its log lines name only what it locks by (username and
# address, masked), never the browser's user agent; and no record of successful sign-ins (its
# access log, a user agent and an address per sign-in, kept for ever) is written.
AXES_VERBOSE = False
AXES_DISABLE_ACCESS_LOG = True

# Two-step sign-in (workshops/signin.py, docs/operations.md "Two-step sign-in"). Every account
# signs in to the trainer space (children's free texts), the reports or the admin: with
# TWO_FACTOR_REQUIRED, a password alone opens none of them until the account gives a code from its
# authenticator app (set up at the first sign-in) or one of its backup codes, on either sign-in
# page. Production settings require it by default; here it is optional (`make run`'s demo
# accounts sign in with their password), but an account that set up an authenticator is always
# asked for its code. Each wrong code makes the next try wait twice as long: 1, 2, 4, 8... seconds
# (django-otp's throttling, per device, kept in the database).
TWO_FACTOR_REQUIRED = env.bool("TWO_FACTOR_REQUIRED", default=False)
OTP_TOTP_ISSUER = SITE_NAME
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# A signed-in account that sends no request for this many minutes is signed out, and signs in
# again (both steps) to go on; participants have no account and are never affected. A page that
# refreshes itself while it is on screen (a session's live panel) counts as activity. 0: never.
STAFF_SESSION_IDLE_MINUTES = env.int("STAFF_SESSION_IDLE_MINUTES", default=30)

# --- Languages --------------------------------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("ro", _("Romanian")),
    ("fr", _("French")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# --- Static and media files -------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# MEDIA_ROOT holds public files only (Wagtail images), served at /media/ by the proxy; files a view
# gives out after its checks (documents, donor and manual PDFs) go to PRIVATE_MEDIA_ROOT, which
# nothing serves by itself. The default storage sorts them (workshops/private_files.py).
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
PRIVATE_MEDIA_ROOT = Path(env.str("PRIVATE_MEDIA_ROOT", default=str(VAR_DIR / "private")))
if PRIVATE_MEDIA_ROOT.resolve().is_relative_to(MEDIA_ROOT.resolve()):
    raise ImproperlyConfigured("PRIVATE_MEDIA_ROOT must be outside MEDIA_ROOT, which is public.")
# The proxy's `internal` location for PRIVATE_MEDIA_ROOT (platform/nginx): with it, a checked view
# answers with X-Accel-Redirect and nginx sends the bytes; empty, Django streams them itself.
PRIVATE_MEDIA_ACCEL_REDIRECT = env.str("PRIVATE_MEDIA_ACCEL_REDIRECT", default="")
# Wagtail's document view sends files through wagtail.utils.sendfile with this backend.
SENDFILE_BACKEND = "workshops.private_files"
STORAGES = {
    "default": {"BACKEND": "workshops.private_files.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# --- Wagtail ----------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = SITE_NAME
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# No Gravatar: the admin would load each editor's picture from another host, telling it a hash of
# their e-mail address, and show a broken image wherever that host is blocked or out of reach.
# Avatars are Wagtail's default image or one the editor uploads.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "odp", "xlsx", "ods", "txt"]
# Documents always go through Wagtail's view, which applies their collection's privacy first.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The proxy takes request bodies up to 50 MB under /admin/ only (platform/nginx); say so first.
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024

# --- Forms ------------------------------------------------------------------------------------

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- E-mail -----------------------------------------------------------------------------------

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
globals().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Faro <noreply@localhost>")

# "Forgotten password?" on the Wagtail admin's sign-in page, which mails a link built on
# WAGTAILADMIN_BASE_URL. Production settings refuse a mail backend that sends nothing while it is
# on (config/checks.py). Each account gets at most PASSWORD_RESET_ACCOUNT_LIMIT mails, and each
# client address may ask for PASSWORD_RESET_ADDRESS_LIMIT, within PASSWORD_RESET_WINDOW_SECONDS
# (workshops/password_reset.py).
PASSWORD_RESET_ENABLED = env.bool("PASSWORD_RESET_ENABLED", default=True)
WAGTAIL_PASSWORD_RESET_ENABLED = PASSWORD_RESET_ENABLED
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "workshops.password_reset.LimitedPasswordResetForm"  # noqa: S105
PASSWORD_RESET_ACCOUNT_LIMIT = 3
PASSWORD_RESET_ADDRESS_LIMIT = 10
PASSWORD_RESET_WINDOW_SECONDS = 60 * 60

# --- Logging ----------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    # A refused request (403, 400: anyone signed in, or anyone at all, can send them by the
    # thousand) is one line, without the traceback Django attaches (config/log_filters.py).
    "filters": {"client_errors_one_line": {"()": "config.log_filters.ClientErrorsOneLine"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["client_errors_one_line"],
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail runs its search-index and reference-index updates as django-tasks; one line
        # per task and state drowns everything else.
        "django_tasks": {"level": "WARNING"},
    },
}
