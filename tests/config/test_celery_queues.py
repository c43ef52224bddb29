"""PDFs have a Celery queue of their own; a worker consumes every queue unless told which."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

from config.celery_app import app

PDF_TASKS = {"reach.report_pdf_generate", "workshops.manual_pdf_generate"}


def test_pdf_tasks_go_to_the_pdf_queue_and_every_other_task_to_the_main_one():
    app.loader.import_default_modules()  # every app's tasks.py, as a worker starting does
    ours = sorted(name for name in app.tasks if not name.startswith("celery."))
    routed = {name: app.amqp.router.route({}, name)["queue"].name for name in ours}

    assert set(routed) >= PDF_TASKS
    for name, queue in routed.items():
        expected = (
            settings.CELERY_PDF_QUEUE if name in PDF_TASKS else settings.CELERY_TASK_DEFAULT_QUEUE
        )
        assert queue == expected, name
    assert settings.CELERY_PDF_QUEUE != settings.CELERY_TASK_DEFAULT_QUEUE


def test_a_worker_told_no_queue_consumes_every_queue_of_the_platform():
    assert set(app.amqp.queues.consume_from) == {
        settings.CELERY_TASK_DEFAULT_QUEUE,
        settings.CELERY_PDF_QUEUE,
    }


def queue_names(**env: str) -> list[str]:
    """The main and PDF queues that settings read from this environment."""
    clean = {k: v for k, v in os.environ.items() if k not in ("CELERY_QUEUE", "CELERY_PDF_QUEUE")}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from config.settings import base; "
            "print(base.CELERY_TASK_DEFAULT_QUEUE, base.CELERY_PDF_QUEUE, "
            "sorted({r['queue'] for r in base.CELERY_TASK_ROUTES.values()}))",
        ],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.split(maxsplit=2)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, ["faro", "faro-pdf", "['faro-pdf']"]),
        ({"CELERY_QUEUE": "ngo"}, ["ngo", "ngo-pdf", "['ngo-pdf']"]),
        ({"CELERY_PDF_QUEUE": "renders"}, ["faro", "renders", "['renders']"]),
        ({"CELERY_PDF_QUEUE": ""}, ["faro", "faro-pdf", "['faro-pdf']"]),
    ],
)
def test_the_pdf_queue_is_named_after_the_main_one_unless_set(env, expected):
    assert [name.strip() for name in queue_names(**env)] == expected
