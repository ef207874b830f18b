"""Which hosts a crawl may contact: no private, loopback or link-local address unless allowed.

The check runs on the *resolved* addresses, so a public-looking name pointing at 10.0.0.5 or
127.0.0.1 is refused too.

Lookups here block the caller (the reactor thread, in SafetyMiddleware), so each one is bounded:
getaddrinfo is bounded only by the system resolver's retries (timeout x attempts x nameservers,
per search-domain candidate), which nothing here controls. A lookup that does not answer in time
counts as "no address" and its host is remembered in `lookup_timeouts`, so the failure it causes
is reported as a timeout.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
from functools import lru_cache

from pipeline.core.errors import UnsafeURLError

log = logging.getLogger(__name__)

DEFAULT_DNS_TIMEOUT = 20.0  # seconds; Scrapy's DNS_TIMEOUT overrides it in a crawl

lookup_timeouts: set[str] = set()  # hosts whose latest lookup gave no answer in time (lower case)


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def _getaddrinfo(host: str) -> tuple[str, ...]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return ()
    return tuple(sorted({str(info[4][0]) for info in infos}))


@lru_cache(maxsize=1024)
def _resolve(host: str, timeout: float) -> tuple[str, ...]:
    # a daemon thread, not an executor: a lookup that never returns must not hold up process exit
    answer: list[tuple[str, ...]] = []
    worker = threading.Thread(
        target=lambda: answer.append(_getaddrinfo(host)), name="pantau-dns", daemon=True
    )
    worker.start()
    worker.join(timeout if timeout > 0 else None)  # 0: no deadline, as in the resolver
    if not answer:
        lookup_timeouts.add(host.lower())
        log.warning("DNS lookup of %s gave no answer within %g s", host, timeout)
        return ()
    lookup_timeouts.discard(host.lower())
    return answer[0]


def resolve(host: str, timeout: float = DEFAULT_DNS_TIMEOUT) -> tuple[str, ...]:
    """Every address `host` resolves to (an IP literal resolves to itself). Empty if unknown or
    not answered within `timeout` seconds. Cached per process, failures included: a crawl does
    not pay a slow lookup twice."""
    try:
        return (str(ipaddress.ip_address(host.strip("[]"))),)
    except ValueError:
        pass
    return _resolve(host, float(timeout))


def lookup_timed_out(host: str) -> bool:
    return host.strip("[]").lower() in lookup_timeouts


def is_loopback_host(host: str) -> bool:
    addresses = resolve(host)
    return bool(addresses) and all(ipaddress.ip_address(a).is_loopback for a in addresses)


def private_allowed(
    host: str, *, allow_private: bool = False, allowed_hosts: frozenset[str] = frozenset()
) -> bool:
    return allow_private or host.lower() in allowed_hosts


def check_host(
    host: str,
    *,
    allow_private: bool = False,
    allowed_hosts: frozenset[str] = frozenset(),
    timeout: float = DEFAULT_DNS_TIMEOUT,
) -> None:
    """Raise UnsafeURLError when `host` resolves to a non-public address that was not allowed.

    A host that does not resolve passes: the connection then fails on its own (and the crawl's
    resolver checks again whatever Twisted resolves). Requests sent through a proxy cannot rely
    on that; see crawlers.middlewares.ProxySafetyMiddleware.
    """
    if private_allowed(host, allow_private=allow_private, allowed_hosts=allowed_hosts):
        return
    blocked = [a for a in resolve(host.lower(), timeout) if not is_public_address(a)]
    if blocked:
        raise UnsafeURLError(
            f"{host} resolves to non-public address {', '.join(blocked)}; "
            "pass --allow-private (or name the URL explicitly with --url) for a local crawl"
        )
