"""Writes of the workshops app: manual PDFs, and the sessions trainers run."""

from workshops.services.manuals import (
    PdfResourceRefused,
    manual_pdf_ensure,
    manual_pdf_generate,
    manual_pdf_render,
)
from workshops.services.sessions import (
    HeadcountRow,
    SessionPlan,
    SessionStateError,
    attendance_record,
    session_close,
    session_create,
    session_delete,
    session_open,
    session_update,
)

__all__ = [
    "HeadcountRow",
    "PdfResourceRefused",
    "SessionPlan",
    "SessionStateError",
    "attendance_record",
    "manual_pdf_ensure",
    "manual_pdf_generate",
    "manual_pdf_render",
    "session_close",
    "session_create",
    "session_delete",
    "session_open",
    "session_update",
]
