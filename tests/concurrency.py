"""Run calls in threads that start at the same moment, as simultaneous requests would."""

import threading
from collections.abc import Callable

from django.db import connection


def at_once(*calls: Callable[[], object]) -> tuple[list, list[Exception]]:
    """Start every call at once, each in its own thread with its own database connection; wait
    for all of them. Returns what they returned (in the order they finished) and what they
    raised."""
    start = threading.Barrier(len(calls))
    results, errors = [], []

    def run(call) -> None:
        try:
            start.wait()
            results.append(call())
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
