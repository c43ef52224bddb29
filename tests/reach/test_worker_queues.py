"""With real workers on the real broker: PDFs wait on a queue of their own (CELERY_PDF_QUEUE), so a
worker of the main queue keeps the figures fresh however many PDFs wait; a worker told no queue
(WORKER_QUEUES unset: one worker for everything) does both."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse

from config.celery_app import app
from config.health import HEARTBEAT_CACHE_KEY, worker_status
from reach import pdf
from tests.deploy.conftest import wait_for

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FRESH_WITHIN_SECONDS = 10
PDF_WITHIN_SECONDS = 120  # a worker's first PDF loads WeasyPrint and its fonts


def queued_on(queue: str) -> int:
    """Messages waiting on a queue of the broker (Redis, or the embedded folder)."""
    with app.connection_for_write() as connection:
        return connection.default_channel.queue_declare(queue=queue).message_count


@pytest.fixture
def tasks_to_the_broker():
    """From here on this process sends its tasks to the broker (the test settings run them at
    once): call it once the world is counted and the workers are started."""
    eager = app.conf.task_always_eager

    def switch() -> None:
        app.conf.task_always_eager = False

    yield switch
    app.conf.task_always_eager = eager


def worker_start(processes, *, name: str, queues: str, log=None):
    """A worker from platform/worker consuming WORKER_QUEUES=`queues`; ready when this returns."""
    cache.delete(HEARTBEAT_CACHE_KEY)
    args = [
        "--concurrency",
        "1",
        "--hostname",
        f"{name}@%h",
        "--without-mingle",
        "--without-gossip",
    ]
    if log is not None:  # a second worker: its own log, not the first one's
        args += ["--logfile", str(log)]
    output = processes.start("worker", *args, WORKER_QUEUES=queues)
    wait_for(
        lambda: worker_status().get("sender") == "worker start",
        timeout=60,
        what=f"the worker {name} to start",
        logs=[output] + ([log] if log is not None and log.exists() else []),
    )
    return log or output


def ask_for_the_pdf(client, campaign) -> str:
    response = client.post(reverse("reports:campaign_pdf", args=[campaign.slug]))
    assert response.status_code == 302, response
    return response["Location"].rstrip("/").rsplit("/", 1)[-1]


def submit_and_wait_for_the_report(client, world, logs) -> None:
    """A participant's post-test, counted in the report by a worker within seconds."""
    url = reverse("reports:campaign", args=[world.campaign.slug])

    def post_tests_counted():
        knowledge = client.get(url).context["report"].knowledge
        return knowledge and knowledge[0].post_attempts == 1

    world.join(0, "teachers", "female", "18+")  # an adult: one person's figures may be shown
    world.submit(0, "pre", 1)
    world.submit(0, "post", 0)  # committed: its refresh is on the broker now
    wait_for(
        post_tests_counted,
        timeout=FRESH_WITHIN_SECONDS,
        what="the post-test to appear in the report",
        logs=logs,
    )


def test_a_main_queue_worker_keeps_the_figures_fresh_while_pdfs_wait_for_a_pdf_worker(
    client, people, world, processes, tasks_to_the_broker, tmp_path
):
    main = worker_start(processes, name="main", queues=settings.CELERY_TASK_DEFAULT_QUEUE)
    tasks_to_the_broker()
    client.force_login(people.coordinator)

    job_id = ask_for_the_pdf(client, world.campaign)

    assert queued_on(settings.CELERY_PDF_QUEUE) == 1, "the PDF waits on the PDF queue"
    submit_and_wait_for_the_report(client, world, logs=[main])
    assert pdf.report_pdf_job(job_id=job_id)["step"] == "queued", "no PDF for the main worker"
    assert queued_on(settings.CELERY_PDF_QUEUE) == 1
    assert f"{settings.CELERY_PDF_QUEUE} " not in main.read_text(), "it consumes the main queue"

    # A PDF worker (compose's worker-pdf: WORKER_QUEUES=faro-pdf) makes it.
    pdf_worker = worker_start(
        processes, name="pdf", queues=settings.CELERY_PDF_QUEUE, log=tmp_path / "pdf-worker.log"
    )
    wait_for(
        lambda: pdf.report_pdf_job(job_id=job_id)["step"] == "done",
        timeout=PDF_WITHIN_SECONDS,
        what="the PDF worker to make the PDF",
        logs=[main, pdf_worker],
    )
    assert queued_on(settings.CELERY_PDF_QUEUE) == 0


def test_a_worker_told_no_queue_makes_pdfs_and_refreshes_figures(
    client, people, world, processes, tasks_to_the_broker
):
    log = worker_start(processes, name="all", queues="")
    tasks_to_the_broker()
    client.force_login(people.coordinator)

    job_id = ask_for_the_pdf(client, world.campaign)
    submit_and_wait_for_the_report(client, world, logs=[log])

    wait_for(
        lambda: pdf.report_pdf_job(job_id=job_id)["step"] == "done",
        timeout=PDF_WITHIN_SECONDS,
        what="the worker to make the PDF",
        logs=[log],
    )
