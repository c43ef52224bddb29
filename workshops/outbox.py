"""The outbox of changes: how the domain tells whoever counts it that a session's figures moved.

Every service that changes what a session counts (someone joined, a test or survey was sent, a
headcount, an edit, closing, a paper tally) calls `session_change_announce` inside its own
transaction. The domain does not know who listens: `reach` connects to these signals when it starts
(`reach.apps`), writes its outbox row in the same transaction, and queues the recount once the
transaction commits. A rolled-back change therefore leaves no row and queues nothing.
"""

from django.dispatch import Signal

# Sent inside the transaction that changes the session; arguments: session_id, reason.
session_changed = Signal()
# Sent inside the transaction that deletes a session; arguments: campaign_id, venue_id.
session_deleted = Signal()


def session_change_announce(*, session_id: int, reason: str) -> None:
    """Say, inside the caller's transaction, that a session's figures must be counted again."""
    session_changed.send(sender=None, session_id=session_id, reason=reason)


def session_deletion_announce(*, campaign_id: int, venue_id: int) -> None:
    """Say, inside the caller's transaction, that a session of a campaign at a venue is gone."""
    session_deleted.send(sender=None, campaign_id=campaign_id, venue_id=venue_id)
