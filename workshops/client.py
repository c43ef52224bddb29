"""Which client a request comes from, as the limits on guessing count it (`workshops.throttle`,
and django-axes through `AXES_CLIENT_IP_CALLABLE`).

Behind a reverse proxy every request arrives from the proxy's address (`REMOTE_ADDR`): counted
as it is, every client in the world would be one. `TRUSTED_PROXY_COUNT` says how many proxies of
ours stand in front of the platform; each adds the address it got the request from to the right
of `X-Forwarded-For`. The client is the address the outermost of them added: the
`TRUSTED_PROXY_COUNT`-th from the right. Whatever stands further left came from the client itself
and may say anything, so it is never read; with 0 (the default) the header is not read at all.

An IPv6 client is known by its /64 network, which a household or a school gets whole and within
which a phone changes its address at will: counted by address, one client could be 2^64.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest

IPV6_CLIENT_PREFIX = 64


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An address as a proxy writes it: plain, or with a port (`1.2.3.4:80`, `[2001:db8::1]:80`)."""
    text = text.strip()
    candidates = [text]
    if text.startswith("[") and "]" in text:
        candidates.append(text[1 : text.index("]")])
    elif text.count(":") == 1:
        candidates.append(text.split(":", 1)[0])
    for candidate in candidates:
        try:
            return ipaddress.ip_address(candidate)
        except ValueError:
            continue
    return None


def _client(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        network = ipaddress.IPv6Network((address, IPV6_CLIENT_PREFIX), strict=False)
        return str(network.network_address)
    return str(address)


def address_normalize(text: str) -> str | None:
    """An address as `client_address` gives it (an IPv6 address as its /64); None if invalid."""
    address = _address(text)
    return _client(address) if address is not None else None


def client_address(request: HttpRequest) -> str:
    """The client's address (an IPv6 client's /64 network address), never more trusting than
    `TRUSTED_PROXY_COUNT` allows; the empty string when the request tells none."""
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXY_COUNT
    chosen = remote
    if hops > 0:
        forwarded = [
            entry.strip()
            for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if entry.strip()
        ]
        if forwarded:
            # Fewer entries than proxies: the request passed fewer of them than configured (every
            # entry is then one of theirs); the left-most is the farthest they saw.
            chosen = forwarded[-hops] if len(forwarded) >= hops else forwarded[0]
    address = _address(chosen) or _address(remote)
    return _client(address) if address is not None else ""
