"""Where reach listens to the domain: the outbox signals of `workshops.outbox`, connected once
when the app starts (`ReachConfig.ready`). The domain's services never import reach."""

from django.db import transaction

from reach.services.refresh import partition_refresh_request, session_change_record
from workshops import outbox


def _session_changed(*, session_id: int, reason: str, **kwargs) -> None:
    session_change_record(session_id=session_id, reason=reason)


def _session_deleted(*, campaign_id: int, venue_id: int, **kwargs) -> None:
    # A deleted session leaves no outbox row for the sweep; the nightly rebuild repairs a miss.
    transaction.on_commit(
        lambda: partition_refresh_request(campaign_id=campaign_id, venue_id=venue_id)
    )


def receivers_connect() -> None:
    outbox.session_changed.connect(_session_changed, dispatch_uid="reach:session-changed")
    outbox.session_deleted.connect(_session_deleted, dispatch_uid="reach:session-deleted")
