"""Address safety: private, loopback and link-local targets are refused on the resolved IP."""

from __future__ import annotations

import pytest

from crawlers.safety import check_host, is_loopback_host, is_public_address
from pipeline.errors import UnsafeURLError


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
