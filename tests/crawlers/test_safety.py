"""Address safety: private, loopback and link-local targets are refused on the resolved IP; a
lookup that does not answer is given up after a timeout."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from crawlers.safety import (
    _resolve,
    check_host,
    is_loopback_host,
    is_public_address,
    lookup_timed_out,
    lookup_timeouts,
    resolve,
)
from pipeline.core.errors import UnsafeURLError


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("103.10.20.30", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.1.1", False),
        ("172.16.0.5", False),
        ("169.254.169.254", False),  # cloud metadata endpoint
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1", False),
        ("::ffff:127.0.0.1", False),
    ],
)
def test_public_address_classification(address: str, public: bool) -> None:
    assert is_public_address(address) is public


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "169.254.169.254", "[::1]"])
def test_non_public_hosts_are_refused_unless_allowed(host: str) -> None:
    with pytest.raises(UnsafeURLError, match="non-public"):
        check_host(host)
    check_host(host, allow_private=True)
    check_host(host, allowed_hosts=frozenset({host}))


def test_public_literal_passes_and_loopback_names_are_recognised() -> None:
    check_host("8.8.8.8")
    assert is_loopback_host("localhost") and not is_loopback_host("8.8.8.8")


@pytest.fixture
def fresh_lookups() -> Iterator[None]:
    _resolve.cache_clear()
    lookup_timeouts.clear()
    yield
    _resolve.cache_clear()
    lookup_timeouts.clear()


def answering_after(seconds: float, address: str, release: threading.Event) -> Any:
    def getaddrinfo(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        release.wait(seconds)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, 0))]

    return getaddrinfo


def test_a_lookup_that_hangs_gives_up_after_the_timeout_and_is_remembered_as_timed_out(
    fresh_lookups: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    monkeypatch.setattr(socket, "getaddrinfo", answering_after(30, "10.0.0.5", release))
    started = time.monotonic()
    try:
        assert resolve("lambat.example.id", timeout=0.2) == ()
        elapsed = time.monotonic() - started
        # the early check lets it pass: the crawl's resolver checks whatever Twisted resolves later
        check_host("lambat.example.id", timeout=0.2)
        assert time.monotonic() - started - elapsed < 0.05  # the failure is cached, not paid twice
    finally:
        release.set()
    assert 0.2 <= elapsed < 1.0
    assert lookup_timed_out("lambat.example.id") and lookup_timed_out("LAMBAT.example.id")


def test_a_slow_lookup_answering_in_time_is_checked_as_usual(
    fresh_lookups: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    monkeypatch.setattr(socket, "getaddrinfo", answering_after(0.1, "10.0.0.5", release))
    with pytest.raises(UnsafeURLError, match="10.0.0.5"):
        check_host("pelan.example.id", timeout=5)
    assert not lookup_timed_out("pelan.example.id")
