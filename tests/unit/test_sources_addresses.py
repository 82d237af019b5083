"""The address policy: every kind of non-public address is recognised, embedded IPv4 forms included."""

from __future__ import annotations

import ipaddress

import pytest

from bot.sources.addresses import AddressClass, classify, refusal

CASES = [
    ("127.0.0.1", AddressClass.LOOPBACK),
    ("127.45.6.7", AddressClass.LOOPBACK),
    ("::1", AddressClass.LOOPBACK),
    ("10.0.0.1", AddressClass.PRIVATE),
    ("172.16.5.4", AddressClass.PRIVATE),
    ("192.168.1.1", AddressClass.PRIVATE),
    ("169.254.1.1", AddressClass.LINK_LOCAL),
    ("fe80::1", AddressClass.LINK_LOCAL),
    ("224.0.0.1", AddressClass.MULTICAST),
    ("239.255.255.250", AddressClass.MULTICAST),
    ("ff02::1", AddressClass.MULTICAST),
    ("240.0.0.1", AddressClass.RESERVED),
    ("255.255.255.255", AddressClass.RESERVED),
    ("0.0.0.0", AddressClass.UNSPECIFIED),
    ("::", AddressClass.UNSPECIFIED),
    ("100.64.0.1", AddressClass.SHARED),
    ("100.127.255.254", AddressClass.SHARED),
    ("fd12:3456::1", AddressClass.UNIQUE_LOCAL),
    ("fc00::1", AddressClass.UNIQUE_LOCAL),
    # IPv4-mapped, IPv4-compatible, 6to4 and NAT64 forms are judged by the IPv4 address they carry
    ("::ffff:127.0.0.1", AddressClass.LOOPBACK),
    ("::ffff:10.1.2.3", AddressClass.PRIVATE),
    ("::ffff:169.254.169.254", AddressClass.METADATA),
    ("::127.0.0.1", AddressClass.LOOPBACK),
    ("2002:7f00:1::", AddressClass.LOOPBACK),
    ("2002:c0a8:101::1", AddressClass.PRIVATE),
    ("64:ff9b::7f00:1", AddressClass.LOOPBACK),
    ("64:ff9b::a00:1", AddressClass.PRIVATE),
    ("64:ff9b:1::a9fe:a9fe", AddressClass.METADATA),
    # cloud metadata endpoints
    ("169.254.169.254", AddressClass.METADATA),
    ("fd00:ec2::254", AddressClass.METADATA),
    ("100.100.100.200", AddressClass.METADATA),
    ("168.63.129.16", AddressClass.METADATA),
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", AddressClass.TEREDO),
]

PUBLIC = [
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "2002:808:808::1",
    "64:ff9b::808:808",
]


@pytest.mark.parametrize(("address", "expected"), CASES)
def test_non_public_addresses_are_classified(address: str, expected: AddressClass) -> None:
    assert classify(ipaddress.ip_address(address)) is expected


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert classify(ipaddress.ip_address(address)) is None
    assert refusal(ipaddress.ip_address(address), allow_private=False) is None


@pytest.mark.parametrize(("address", "expected"), CASES)
def test_everything_non_public_is_refused_by_default(address: str, expected: AddressClass) -> None:
    assert refusal(ipaddress.ip_address(address), allow_private=False) is expected


@pytest.mark.parametrize(("address", "expected"), CASES)
def test_allowing_private_hosts_still_refuses_metadata(address: str, expected: AddressClass) -> None:
    refused = refusal(ipaddress.ip_address(address), allow_private=True)
    assert refused is (AddressClass.METADATA if expected is AddressClass.METADATA else None)
