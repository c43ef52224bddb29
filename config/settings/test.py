"""Settings for the test suite.

PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set (CI), otherwise SQLite and the embedded
broker. Processes that tests start from platform/ (gunicorn, celery worker and beat) use these same
settings and reach the test database through DATABASE_URL.
"""

from .base import *  # noqa: F403
from .base import DATABASES, VAR_DIR, env

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY", default="test-only-insecure-key")
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DEMO_ACCOUNTS_ALLOWED = True

TEST_VAR_DIR = VAR_DIR / "test"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so that worker processes started by the tests see the same data.
    DATABASES["default"]["TEST"] = {"NAME": str(TEST_VAR_DIR / "test.sqlite3")}
