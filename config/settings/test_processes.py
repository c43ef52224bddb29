"""Settings for the processes the test suite starts from platform/ (gunicorn, celery worker, beat).

The same as the test settings, except that tasks go through the broker: a beat or a web process
that ran tasks eagerly would hide the worker the tests mean to exercise.
"""

from .test import *  # noqa: F403

CELERY_TASK_ALWAYS_EAGER = False
