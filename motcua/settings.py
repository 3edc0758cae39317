"""One env-driven settings module. Every variable is documented in README.md and .env.example."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from csp import constants as csp_constants
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent


def env_str(name: str, default: str = "") -> str:
    """An empty variable counts as unset, as `.env.example` promises."""
    return os.environ.get(name) or default


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}") from exc


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


VAR_DIR = Path(env_str("MOTCUA_VAR_DIR", str(PROJECT_DIR / "var"))).resolve()
DEBUG = env_bool("DEBUG", False)
EMBEDDED = not env_str("DATABASE_URL")
if EMBEDDED:
    VAR_DIR.mkdir(parents=True, exist_ok=True)


def _generated_key(name: str) -> str:
    key = env_str(name)
    if key:
        return key
    if not EMBEDDED:
        raise ImproperlyConfigured(f"{name} must be set when DATABASE_URL is set.")
    # The embedded SQLite default keeps a generated key beside its database.
    key_file = VAR_DIR / name.lower()
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _generated_key("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG or EMBEDDED else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
PUBLIC_URL = env_str("MOTCUA_PUBLIC_URL").rstrip("/")

INSTALLED_APPS = [
    "motcua.dashboard.admin_apps.MotcuaAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "csp",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "motcua.core",
    "motcua.orgs",
    "motcua.catalogue",
    "motcua.workdays",
    "motcua.dossiers",
    "motcua.surveys",
    "motcua.feedback",
    "motcua.directives",
    "motcua.metrics",
    "motcua.portal",
    "motcua.dashboard",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Every text a request brings is cleaned once, here (motcua/core/textinput.py).
    "motcua.core.middleware.InputBoundaryMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "motcua.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
    # Last: it relies on the language, session, CSRF and messages middleware above it.
    "motcua.core.pagecache.PageCacheMiddleware",
]

ROOT_URLCONF = "motcua.urls"
WSGI_APPLICATION = "motcua.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "motcua.portal.context_processors.demo_data",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'motcua.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {
            "transaction_mode": "IMMEDIATE",
            # Seconds a writer waits for another's lock before "database is locked": under a
            # burst (40 officers saving at once, motcua/tests/test_concurrency.py) waiting is
            # better than an error page, and the embedded database serves one office.
            "timeout": 60,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    # Tests use a file, not memory: threads (concurrent dossier codes) need real locking.
    DATABASES["default"]["TEST"] = {
        "NAME": env_str("SQLITE_TEST_NAME", str(VAR_DIR / "test-motcua.sqlite3"))
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # Refuses logins to a username or address after repeated failures (brute force).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "motcua.orgs.backends.RolePermissionBackend",
]
# Reverse proxies in front: the client address is read from X-Forwarded-For.
PROXY_COUNT = env_int("PROXY_COUNT", 0)
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# The same client address as the rate limits (see motcua/core/http.py).
AXES_CLIENT_IP_CALLABLE = "motcua.core.http.client_address"
AXES_VERBOSE = False
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "portal:home"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
# Uploaded forms are served by Django (not the web server) so that only published forms leak out.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
MOTCUA_FORM_MAX_BYTES = env_int("MOTCUA_FORM_MAX_BYTES", 10 * 1024 * 1024)
# LibreOffice makes the PDF copy of each uploaded form: its program (blank: `soffice` on the
# PATH; forms stay as uploaded where there is none) and the seconds one conversion may take.
MOTCUA_SOFFICE = env_str("MOTCUA_SOFFICE")
MOTCUA_SOFFICE_TIMEOUT = env_int("MOTCUA_SOFFICE_TIMEOUT", 120)
# A procedure filed online links to the National Public Service Portal: this address with
# {code} replaced by the procedure's national code. The default is the portal's search for
# the code, which lists the procedure with its "Nộp trực tuyến" button: the portal's own
# procedure pages are addressed by an internal number, not by the national code.
MOTCUA_NATIONAL_PORTAL_PROCEDURE_URL = env_str(
    "MOTCUA_NATIONAL_PORTAL_PROCEDURE_URL",
    "https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key={code}",
)
if "{code}" not in MOTCUA_NATIONAL_PORTAL_PROCEDURE_URL:
    raise ImproperlyConfigured("MOTCUA_NATIONAL_PORTAL_PROCEDURE_URL must contain {code}.")
# Attachments of directives and the evidence units send with their reports.
MOTCUA_ATTACHMENT_MAX_BYTES = env_int("MOTCUA_ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024)
# Images and PDFs citizens attach to feedback.
MOTCUA_FEEDBACK_FILE_MAX_BYTES = env_int("MOTCUA_FEEDBACK_FILE_MAX_BYTES", 5 * 1024 * 1024)
# Feedback forms one connection may send in an hour (a village's shared connection may
# need more; a load test sets it high).
MOTCUA_FEEDBACK_PER_HOUR = env_int("MOTCUA_FEEDBACK_PER_HOUR", 5)
# Days a closed feedback item keeps the citizen's name and contact
# (`motcua feedback erase-contacts`, daily from cron).
MOTCUA_FEEDBACK_CONTACT_DAYS = env_int("MOTCUA_FEEDBACK_CONTACT_DAYS", 365)
# Seconds each server process keeps configuration read on every write (calendar, routing
# and deadline rules, units) before reading it again (motcua/core/memo.py).
MOTCUA_CONFIG_SECONDS = env_int("MOTCUA_CONFIG_SECONDS", 60)
# Django's cache: each process's own memory, or Redis shared by every process (REDIS_URL,
# e.g. redis://127.0.0.1:6379/0). Public pages are kept there for visitors without an account
# (motcua/core/pagecache.py) for MOTCUA_PAGE_CACHE_SECONDS (0: not at all); an edit shows at
# once with Redis, and in the other processes' own memory when their copy expires.
REDIS_URL = env_str("REDIS_URL")
CACHES: dict[str, dict[str, Any]] = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "motcua",
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "motcua",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    )
}
MOTCUA_PAGE_CACHE_SECONDS = env_int("MOTCUA_PAGE_CACHE_SECONDS", 60)
# Units are reminded of a report or task due within this many working days.
MOTCUA_REMIND_DAYS_BEFORE = env_int("MOTCUA_REMIND_DAYS_BEFORE", 3)
MOTCUA_IMPORT_MAX_BYTES = env_int("MOTCUA_IMPORT_MAX_BYTES", 20 * 1024 * 1024)

TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "motcua@localhost")

# Text messages to citizens (motcua.core.messaging). With DATABASE_URL and no SMS_BACKEND
# nothing is sent and the senders say so, rather than print to a console nobody reads.
SMS_BACKEND = env_str(
    "SMS_BACKEND", "motcua.core.messaging.ConsoleBackend" if DEBUG or EMBEDDED else ""
)
SMS_FILE_PATH = env_str("SMS_FILE_PATH", str(VAR_DIR / "sms.jsonl"))
SMS_GATEWAY_URL = env_str("SMS_GATEWAY_URL")
SMS_GATEWAY_TOKEN = env_str("SMS_GATEWAY_TOKEN")
SMS_GATEWAY_FORMAT = env_str("SMS_GATEWAY_FORMAT", "json")
SMS_GATEWAY_TIMEOUT = env_int("SMS_GATEWAY_TIMEOUT", 10)

# Keyed hash for citizens' ID numbers (Law 91/2025: store a hash and the last four digits only).
# Separate from SECRET_KEY so that rotating the secret key does not orphan every stored hash.
ID_HASH_KEY = _generated_key("ID_HASH_KEY")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Behind nginx with TLS, set these three (README, "Production"); `check --deploy` verifies them.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): only our own scripts, styles, fonts and images run,
# none written into a page; a text that slips through escaping cannot become code. No
# template carries an inline <script>, an on…= handler or a style= attribute
# (motcua/core/tests/test_csp.py scans them all); images may be data: URLs (charts, QR codes).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp_constants.SELF],
        "script-src": [csp_constants.SELF],
        "style-src": [csp_constants.SELF],
        "img-src": [csp_constants.SELF, "data:"],
        "object-src": [csp_constants.NONE],
        "base-uri": [csp_constants.SELF],
        "frame-ancestors": [csp_constants.NONE],
        "form-action": [csp_constants.SELF],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"outage": {"()": "motcua.core.faults.OutageLogFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # A database outage is one line per request, not a traceback (motcua/core/faults.py).
    "loggers": {"django.request": {"filters": ["outage"]}},
}
