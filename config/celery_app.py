"""The Celery application.

With REDIS_URL set, Redis is the broker and result store, and the worker and beat run as their own
processes (platform/worker, platform/beat). Without it, the broker is kombu's filesystem transport
under var/broker: no server is needed, and `make run` starts the worker and beat beside the web
server all the same (platform/local).
"""

import os
import socket
from pathlib import Path

from celery import Celery
from celery.signals import worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("faro")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Beat keeps its schedule in a file; its folder may not exist yet on a fresh checkout.
Path(app.conf.beat_schedule_filename).parent.mkdir(parents=True, exist_ok=True)

if app.conf.broker_url.startswith("filesystem://"):
    # The filesystem transport expects its folders to exist; the web process, the worker and beat
    # may start in any order, so each one makes sure of them.
    for key in ("data_folder_in", "data_folder_out", "control_folder"):
        Path(app.conf.broker_transport_options[key]).mkdir(parents=True, exist_ok=True)


@app.on_after_finalize.connect
def _schedule_periodic_tasks(sender: Celery, **kwargs) -> None:
    from django.conf import settings

    sender.add_periodic_task(
        settings.WORKER_HEARTBEAT_SECONDS,
        worker_heartbeat.s(sender="beat"),
        name="worker heartbeat",
    )


@worker_ready.connect
def _announce_worker(**kwargs) -> None:
    """A worker that has just started counts as seen, without waiting for beat's first heartbeat."""
    from config.health import heartbeat_record

    heartbeat_record(worker=socket.gethostname(), sender="worker start")


@app.task(name="faro.worker_heartbeat", ignore_result=False)
def worker_heartbeat(sender: str = "beat") -> dict:
    """Record that a worker is alive and consuming; /health/ reports how long ago it last ran."""
    from config.health import heartbeat_record

    return heartbeat_record(worker=socket.gethostname(), sender=sender)
