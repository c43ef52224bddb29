"""API tokens: a coordinator makes and revokes them; the API finds whose a bearer token is. Only a
hash of the secret is stored (`reach.models.tokens`)."""

import secrets

from django.utils import timezone

from reach.models import ApiToken
from reach.models.tokens import TOKEN_PREFIX, token_hash


def api_token_create(*, user, name: str) -> tuple[ApiToken, str]:
    """A new API token for `user`; returns it with its secret, which is shown once only."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name.strip(), key_hash=token_hash(secret), hint=secret[:10]
    )
    return token, secret


def api_token_revoke(*, user, token_id: int) -> bool:
    """Delete one of the user's tokens; False when they have no such token."""
    deleted, _rows = ApiToken.objects.filter(user=user, pk=token_id).delete()
    return bool(deleted)


def api_token_user(*, secret: str):
    """The active user a token belongs to, noting when it was used; None for anything else."""
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=token_hash(secret), user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > timezone.timedelta(minutes=5):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
