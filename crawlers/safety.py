"""Which hosts a crawl may contact: no private, loopback or link-local address unless allowed.

The check runs on the *resolved* addresses, so a public-looking name pointing at 10.0.0.5 or
127.0.0.1 is refused too.
"""

from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache

from pipeline.errors import UnsafeURLError


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


@lru_cache(maxsize=1024)
def resolve(host: str) -> tuple[str, ...]:
    """Every address `host` resolves to (an IP literal resolves to itself). Empty if unknown."""
    try:
        return (str(ipaddress.ip_address(host.strip("[]"))),)
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return ()
    return tuple(sorted({str(info[4][0]) for info in infos}))


def is_loopback_host(host: str) -> bool:
    addresses = resolve(host)
    return bool(addresses) and all(ipaddress.ip_address(a).is_loopback for a in addresses)


def check_host(host: str, *, allow_private: bool = False, allowed_hosts: frozenset[str] = frozenset()) -> None:
    """Raise UnsafeURLError when `host` resolves to a non-public address that was not allowed."""
    if allow_private or host.lower() in allowed_hosts:
        return
    blocked = [a for a in resolve(host.lower()) if not is_public_address(a)]
    if blocked:
        raise UnsafeURLError(
            f"{host} resolves to non-public address {', '.join(blocked)}; "
            "pass --allow-private (or name the URL explicitly with --url) for a local crawl"
        )
