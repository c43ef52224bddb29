"""Writes of the reach app."""

from reach.models import SessionChange


def session_change_record(*, session_id: int, reason: str) -> SessionChange:
    """Note, inside the caller's transaction, that a session's figures must be refreshed."""
    return SessionChange.objects.create(session_id=session_id, reason=reason)
