"""Log lines that anyone can cause stay one line each."""

import logging


class ClientErrorsOneLine(logging.Filter):
    """Leaves out the traceback of a request answered with a 4xx.

    Django logs a PermissionDenied (403), a BadRequest or a SuspiciousOperation (400) with the
    exception's traceback (`django.utils.log.log_response`): some twenty lines for an answer that
    is no fault of ours, which any signed-in user (and, for a 400, anyone) can ask for by the
    thousand. The line that says what was refused, and where, stays; 5xx keep their tracebacks.
    On the console handler, so that it applies to every logger (a logger's own filters see only
    the records logged to it, not those of its children, such as django.security.DisallowedHost).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if isinstance(status, int) and 400 <= status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
