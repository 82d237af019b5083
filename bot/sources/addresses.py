"""Which IP addresses a user-supplied link may make us connect to.

Users send arbitrary links, so a link must not become a way to reach the bot host's own services, its network
or the cloud provider's metadata endpoint (server-side request forgery). Python's `ipaddress` properties cover
most special ranges, but in 3.11 they miss some (shared address space 100.64/10 is neither private nor global,
multicast counts as global, 6to4 and NAT64 addresses are "global" whatever IPv4 address they carry), so those
are handled explicitly: addresses that embed an IPv4 address are judged by that address.
"""

from __future__ import annotations

import ipaddress
from enum import StrEnum

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressClass(StrEnum):
    """Why an address is not public; the value is the phrase used in the refusal message."""

    LOOPBACK = "a loopback address"
    PRIVATE = "a private network address"
    LINK_LOCAL = "a link-local address"
    MULTICAST = "a multicast address"
    RESERVED = "a reserved address"
    UNSPECIFIED = "the unspecified address"
    SHARED = "a carrier-grade NAT (shared) address"
    UNIQUE_LOCAL = "an IPv6 unique-local address"
    METADATA = "a cloud metadata address"
    TEREDO = "a Teredo tunnel address"
    NOT_GLOBAL = "a non-public address"


# Instance metadata and platform endpoints of cloud providers (AWS, GCP, Azure, OpenStack, Oracle, Alibaba,
# DigitalOcean, ECS task metadata, AWS DNS/NTP). Refused even when private hosts are allowed.
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",
        "169.254.169.253",
        "169.254.169.123",
        "169.254.170.2",
        "169.254.170.23",
        "100.100.100.200",
        "168.63.129.16",
        "192.0.0.192",
        "fd00:ec2::254",
        "fd00:ec2::253",
        "fd00:ec2::23",
    )
)

_SHARED = ipaddress.ip_network("100.64.0.0/10")
_UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (IPv4-mapped, IPv4-compatible, 6to4, NAT64), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if any(address in network for network in _NAT64) or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def classify(address: IPAddress) -> AddressClass | None:
    """Why `address` is not a public internet address, or None when it is one."""
    if address in METADATA_ADDRESSES:
        return AddressClass.METADATA
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            return classify(inner)
        if address.teredo is not None:
            return AddressClass.TEREDO
        if address in _UNIQUE_LOCAL:
            return AddressClass.UNIQUE_LOCAL
    return _classify_plain(address)


def _classify_plain(address: IPAddress) -> AddressClass | None:
    checks = (
        (address.is_unspecified, AddressClass.UNSPECIFIED),
        (address.is_loopback, AddressClass.LOOPBACK),
        (address.is_link_local, AddressClass.LINK_LOCAL),
        (address.is_multicast, AddressClass.MULTICAST),
        (address in _SHARED, AddressClass.SHARED),
        (address.is_reserved, AddressClass.RESERVED),
        (address.is_private, AddressClass.PRIVATE),
        (not address.is_global, AddressClass.NOT_GLOBAL),
    )
    return next((kind for failed, kind in checks if failed), None)


def refusal(address: IPAddress, allow_private: bool) -> AddressClass | None:
    """The reason to refuse connecting to `address` under the policy, or None to allow it.

    `allow_private` (ATTRIBOT_ALLOW_PRIVATE_HOSTS) lets self-hosters reach their own network, but never the
    cloud metadata endpoints, which hand out credentials.
    """
    kind = classify(address)
    if kind is None or (allow_private and kind is not AddressClass.METADATA):
        return None
    return kind
