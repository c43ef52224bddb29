"""Limits on guessing and on flooding: join codes, joins, and trainers' passwords (DESIGN.md,
section 5).

A client is known by its address (`workshops.client.client_address`, behind the proxies
`TRUSTED_PROXY_COUNT` trusts) and, on the participant pages, by the random device cookie those
pages set. Both are counted in the cache only, under keyed hashes that change every day; nothing
about them is stored with participants.

**Wrong codes.** Only a code sent with the join form counts: a GET of a wrong code's address shows
the 404 page and counts nothing, since an `<img>` on any web page could send such GETs from a
school's address. A device may send `JOIN_DEVICE_FAILURES_ALLOWED` wrong codes within
`JOIN_FAILURE_WINDOW_SECONDS`, an address `JOIN_ADDRESS_FAILURES_ALLOWED`: when one phone
guesses, a classmate at the same address still joins, and a script that drops its cookie is held
at its address, where 2^40 codes stay out of reach. A client without the device cookie counts at
its address only. Successes never count.

**Joins.** A device joins a session once, and again only once the one before has handed it on
("Next person"), up to `JOIN_DEVICE_JOINS_ALLOWED` people; an address joins a session at most
`JOIN_ADDRESS_JOINS_PER_PLACE` times its room (`Session.participant_cap`), so that a script from
elsewhere cannot fill it over and over while the trainer removes what it made.

**Passwords.** django-axes locks a username at an address after `AXES_FAILURE_LIMIT` wrong
passwords; the handlers below add a limit per address across usernames
(`AXES_ADDRESS_FAILURE_LIMIT`), and keep, for a while, where a username's and an address's
failures are counted, so that `signin_unlock` can lift a lockout knowing either.
"""

import contextlib
import hashlib
import hmac
from dataclasses import dataclass

from axes.handlers.cache import AxesCacheHandler
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_cache_keys, get_client_username, get_cool_off
from axes.signals import user_locked_out
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from redis.exceptions import RedisError

from workshops.client import address_normalize, client_address

# Joins are counted for as long as a session is open: a school day after the last one, like a
# participant's cookie.
JOINS_WINDOW_SECONDS = 12 * 60 * 60


def _key(kind: str, *parts: object, daily: bool = True) -> str:
    """A cache key naming a client without telling who it is: a keyed hash, of the day too."""
    text = ":".join([kind, *(str(part) for part in parts)])
    if daily:
        text = f"{timezone.now():%Y-%m-%d}:{text}"
    digest = hmac.new(settings.SECRET_KEY.encode(), text.encode(), hashlib.sha256)
    return f"{kind}:{digest.hexdigest()[:32]}"


def _add(key: str, timeout: int, *, sliding: bool = False) -> int:
    """Count one more under `key`; the count expires `timeout` seconds after the first one (after
    the last one when `sliding`). 0 when the cache is down: nothing can be counted then."""
    if cache.add(key, 1, timeout=timeout):
        return 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.add(key, 1, timeout=timeout)
        return 1
    if sliding and count:
        # django-redis lets touch()'s connection errors through, IGNORE_EXCEPTIONS or not: a Redis
        # that is down or failing over costs the window its slide, never the request.
        with contextlib.suppress(RedisError):
            cache.touch(key, timeout)
    return int(count or 0)


def _take_back(key: str) -> None:
    with contextlib.suppress(ValueError):  # expired meanwhile
        cache.decr(key)


# --- Join codes and joins ----------------------------------------------------------------------


@dataclass(frozen=True)
class JoinClient:
    """Who sends a participant's request: their address, and the device cookie the join pages
    set (None for a client that does not keep it)."""

    address: str
    device: str | None = None


def _failure_keys(client: JoinClient) -> tuple[str, str | None]:
    address = _key("join-failures-address", client.address)
    device = _key("join-failures-device", client.device) if client.device else None
    return address, device


def client_key(request: HttpRequest) -> str:
    """The cache key that counts the wrong codes of this request's address."""
    return _failure_keys(JoinClient(address=client_address(request)))[0]


def join_failures_exceeded(client: JoinClient) -> bool:
    """Whether this device, or its address, sent too many wrong codes lately."""
    address, device = _failure_keys(client)
    counts = cache.get_many([key for key in (address, device) if key])
    if (counts.get(address) or 0) >= settings.JOIN_ADDRESS_FAILURES_ALLOWED:
        return True
    return device is not None and (counts.get(device) or 0) >= settings.JOIN_DEVICE_FAILURES_ALLOWED


def join_failure_record(client: JoinClient) -> None:
    """Count one wrong code sent with the join form, at the address and on the device."""
    window = settings.JOIN_FAILURE_WINDOW_SECONDS
    for key in _failure_keys(client):
        if key:
            _add(key, window)


class JoinLimited(Exception):
    """This client may not join this session (again): `reason` says whether the device or the
    address reached its limit."""

    DEVICE, ADDRESS = "device", "address"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _join_keys(client: JoinClient, session_id: int) -> tuple[str, str | None, str | None]:
    address = _key("joins-address", session_id, client.address)
    if not client.device:
        return address, None, None
    device = _key("joins-device", session_id, client.device)
    return address, device, _key("handoffs-device", session_id, client.device)


def join_admit(client: JoinClient, *, session) -> None:
    """Count a join of this client into the session (called under the session's lock, before the
    participant is made), or raise JoinLimited and count nothing."""
    address, device, handoffs = _join_keys(client, session.pk)
    if device:
        handed_on = min(cache.get(handoffs) or 0, settings.JOIN_DEVICE_JOINS_ALLOWED - 1)
        if _add(device, JOINS_WINDOW_SECONDS, sliding=True) > 1 + handed_on:
            _take_back(device)
            raise JoinLimited(JoinLimited.DEVICE)
    if _add(address, JOINS_WINDOW_SECONDS, sliding=True) > session.participant_cap * (
        settings.JOIN_ADDRESS_JOINS_PER_PLACE
    ):
        _take_back(address)
        if device:
            _take_back(device)
        raise JoinLimited(JoinLimited.ADDRESS)


def join_handoff(client: JoinClient, *, session) -> None:
    """The participant on this device handed it to the next person, who may join from it."""
    _address, _device, handoffs = _join_keys(client, session.pk)
    if handoffs and (cache.get(handoffs) or 0) < settings.JOIN_DEVICE_JOINS_ALLOWED - 1:
        _add(handoffs, JOINS_WINDOW_SECONDS, sliding=True)


# --- Passwords (django-axes) -------------------------------------------------------------------


def _signin_address_key(address: str) -> str:
    return _key("signin-failures-address", address)


def _signin_index_key(kind: str, value: str) -> str:
    # Not daily: a lockout that spans midnight must still be found by its username or address.
    return _key(f"signin-index-{kind}", value, daily=False)


class SigninAddressLimit:
    """Mixed into a django-axes handler (`AXES_HANDLER`): an address that sent
    `AXES_ADDRESS_FAILURE_LIMIT` wrong passwords, whatever the usernames, waits the cool-off
    too; axes itself keeps locking a username at an address (`AXES_LOCKOUT_PARAMETERS`).

    axes counts every parameter set against the one `AXES_FAILURE_LIMIT`, so an address alone
    among its parameters would lock a whole school out after five wrong passwords from anyone
    there: hence a count of its own, with its own limit.
    """

    def is_locked(self, request, credentials: dict | None = None) -> bool:
        if super().is_locked(request, credentials):
            return True
        failures = cache.get(_signin_address_key(client_address(request))) or 0
        return failures >= settings.AXES_ADDRESS_FAILURE_LIMIT

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        if request is None:
            return
        address = client_address(request)
        username = get_client_username(request, credentials)
        timeout = int(get_cool_off(request).total_seconds())
        address_key = _signin_address_key(address)
        failures = _add(address_key, timeout, sliding=True)
        kept = [*get_client_cache_keys(request, credentials), address_key]
        _index_add(_signin_index_key("address", address), kept, timeout)
        if username:
            _index_add(_signin_index_key("username", username), kept, timeout)
        if failures >= settings.AXES_ADDRESS_FAILURE_LIMIT and not getattr(
            request, "axes_locked_out", False
        ):
            request.axes_locked_out = True
            request.axes_credentials = credentials
            user_locked_out.send("axes", request=request, username=username, ip_address=address)

    def reset_attempts(
        self,
        *,
        ip_address: str | None = None,
        username: str | None = None,
        ip_or_username: bool = False,
    ) -> int:
        """Lift the lockouts of a username (wherever it failed), of an address (for every
        username, and its own count), or of a username at an address; returns how many counts
        were removed."""
        address = address_normalize(ip_address) if ip_address else None
        if ip_address and address is None:
            return 0
        try:
            count = super().reset_attempts(
                ip_address=address, username=username, ip_or_username=ip_or_username
            )
        except NotImplementedError:
            # The cache handler cannot find keys by one of the two: the index below can.
            if address is None and username is None:
                raise
            count = 0
        by_username = (
            set(cache.get(_signin_index_key("username", username)) or ()) if username else None
        )
        by_address = None
        if address:
            by_address = set(cache.get(_signin_index_key("address", address)) or ())
            by_address.add(_signin_address_key(address))
        if by_username is not None and by_address is not None and not ip_or_username:
            keys = (by_username & by_address) | {_signin_address_key(address)}
        else:
            keys = (by_username or set()) | (by_address or set())
        for key in keys:
            if cache.get(key) is not None:
                cache.delete(key)
                count += 1
        return count


def _index_add(index_key: str, keys: list[str], timeout: int) -> None:
    known = cache.get(index_key) or []
    cache.set(index_key, sorted(set(known) | set(keys)), timeout=timeout)


class SigninCacheHandler(SigninAddressLimit, AxesCacheHandler):
    """axes' cache handler (Redis) with the limit per address and the unlock by either."""


class SigninDatabaseHandler(SigninAddressLimit, AxesDatabaseHandler):
    """axes' database handler (the embedded mode) with the limit per address. Its rows of
    failed sign-ins, kept through the cool-off, hold neither the browser's user agent nor its
    Accept header: what axes locks by (username, address) is enough."""

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        if request is not None:
            request.axes_user_agent = ""
            request.axes_http_accept = ""
        super().user_login_failed(sender, credentials, request=request, **kwargs)
