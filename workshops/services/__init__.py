"""Writes of the workshops app: manual PDFs, the sessions trainers run, participants joining
(and removed by the trainer), figures held back for a coordinator's review."""

from workshops.services.manuals import (
    PdfResourceRefused,
    manual_pdf_ensure,
    manual_pdf_generate,
    manual_pdf_render,
)
from workshops.services.participants import (
    ParticipantProfile,
    SessionFull,
    participant_join,
    participant_remove,
)
from workshops.services.reviews import (
    FigureReviewError,
    figure_review_decide,
    figure_review_note,
)
from workshops.services.sessions import (
    HeadcountRow,
    SessionPlan,
    SessionStateError,
    attendance_record,
    session_close,
    session_content_pin,
    session_content_repin,
    session_create,
    session_delete,
    session_open,
    session_post_test_open,
    session_update,
)

__all__ = [
    "FigureReviewError",
    "HeadcountRow",
    "ParticipantProfile",
    "PdfResourceRefused",
    "SessionFull",
    "SessionPlan",
    "SessionStateError",
    "attendance_record",
    "figure_review_decide",
    "figure_review_note",
    "manual_pdf_ensure",
    "manual_pdf_generate",
    "manual_pdf_render",
    "participant_join",
    "participant_remove",
    "session_close",
    "session_content_pin",
    "session_content_repin",
    "session_create",
    "session_delete",
    "session_open",
    "session_post_test_open",
    "session_update",
]
