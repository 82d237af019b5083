"""Fetching a page from a link a user sent, without letting the link reach anything it should not.

Every hop (the link and each redirect) is checked the same way: http or https only; the host name is resolved
once, every address it resolves to must be public (see `addresses`), and the connection then goes to that
checked address, with the original name in the Host header and as TLS server name, so the certificate is still
verified for the name and a second DNS answer cannot swap in an internal address (DNS rebinding). Redirects
are followed by hand for that reason, at most MAX_REDIRECTS. The body is streamed and decompressed here, in
bounded steps, so a huge or highly compressed page stops at `max_download_bytes` of decoded bytes instead of
filling memory, and the whole fetch has one deadline (`fetch_timeout`), so a server that drips bytes cannot
hold a worker.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import time
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

import httpx

from bot.config import Settings
from bot.errors import AttribotError, FetchFailed, RefusedSource
from bot.sources.addresses import IPAddress, refusal

MAX_REDIRECTS = 5
ALLOWED_SCHEMES = ("http", "https")
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_REDIRECTS = (301, 302, 303, 307, 308)
_CONNECT_TIMEOUT = 10.0
_STEP_BYTES = 64 * 1024
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class FetchedPage:
    """A fetched page body (decompressed), with where it finally came from and what the server said it is."""

    url: str
    body: bytes
    media_type: str
    charset: str | None


def check_scheme(url: str) -> httpx.URL:
    """The parsed URL when it is an http(s) link with a host; RefusedSource otherwise."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        raise RefusedSource("That link is not a valid web address.") from None
    if parsed.scheme not in ALLOWED_SCHEMES:
        shown = parsed.scheme or "no scheme"
        raise RefusedSource(f"I only fetch http and https links, not {shown}: links.")
    if not parsed.host:
        raise RefusedSource("That link has no host name.")
    return parsed


def fetch(url: str, settings: Settings, *, trust: ssl.SSLContext | None = None) -> FetchedPage:
    """GET `url` under the safety policy; RefusedSource for what we will not fetch, FetchFailed when it fails.

    `trust` replaces the system's certificate authorities (tests use their own CA); certificates are always
    verified.
    """
    deadline = time.monotonic() + settings.fetch_timeout
    current = check_scheme(url)
    headers = {
        "User-Agent": settings.user_agent,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    verify: ssl.SSLContext | bool = trust if trust is not None else True
    with httpx.Client(trust_env=False, follow_redirects=False, headers=headers, verify=verify) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            response = _request(client, current, settings, deadline)
            try:
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    current = _redirect_target(current, location)
                    continue
                return _read_page(response, current, settings, deadline)
            finally:
                response.close()
    raise RefusedSource(f"That link redirects too many times (more than {MAX_REDIRECTS}).")


def _redirect_target(current: httpx.URL, location: str) -> httpx.URL:
    """Where a redirect points, checked like the original link."""
    try:
        target = current.join(location).copy_with(fragment=None)
    except httpx.InvalidURL:
        raise FetchFailed(f"{_host(current)} redirected to an invalid address.") from None
    return check_scheme(str(target))


def resolve(host: str, port: int, timeout: float | None = None) -> list[IPAddress]:
    """All addresses `host` resolves to (an IP literal resolves to itself); FetchFailed when it does not
    resolve, or not within `timeout` seconds.

    getaddrinfo cannot be interrupted, so it runs in a helper thread that is abandoned (and ends on its own)
    when the deadline passes first.
    """
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    not_found = FetchFailed(f"The site {host} could not be found (its name does not resolve).")
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="resolve")
    try:
        infos = pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM).result(timeout)
    except FutureTimeout:
        raise FetchFailed(f"Looking up {host} took too long.") from None
    except (OSError, UnicodeError):
        raise not_found from None
    finally:
        pool.shutdown(wait=False)
    addresses: list[IPAddress] = []
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise not_found
    return addresses


def checked_addresses(url: httpx.URL, settings: Settings, timeout: float | None = None) -> list[IPAddress]:
    """The addresses of the URL's host, all of them allowed; RefusedSource naming the first that is not."""
    host = _host(url)
    addresses = resolve(host, _port(url), timeout)
    for address in addresses:
        reason = refusal(address, settings.allow_private_hosts)
        if reason is not None:
            raise RefusedSource(f"I won't fetch {host}: it points to {reason.value} ({address}).")
    return addresses


def _request(client: httpx.Client, url: httpx.URL, settings: Settings, deadline: float) -> httpx.Response:
    """Send one GET to the checked address of `url`'s host, trying the next address when a connection
    fails.
    """
    host = _host(url)
    addresses = checked_addresses(url, settings, _remaining(deadline, host, settings))
    shown_host = f"[{host}]" if ":" in host else host
    host_header = shown_host if url.port is None else f"{shown_host}:{url.port}"
    extensions = {} if _is_ip(host) else {"sni_hostname": host}
    last_error: httpx.HTTPError | None = None
    for address in addresses:
        remaining = _remaining(deadline, host, settings)
        timeout = httpx.Timeout(remaining, connect=min(_CONNECT_TIMEOUT, remaining))
        request = client.build_request(
            "GET",
            url.copy_with(host=str(address)),
            headers={"Host": host_header},
            extensions=extensions,
            timeout=timeout,
        )
        try:
            return client.send(request, stream=True)
        except httpx.ConnectError as error:
            if _tls_error(error) is not None:
                raise _failure(error, host, settings) from None
            last_error = error
        except httpx.HTTPError as error:
            raise _failure(error, host, settings) from None
    assert last_error is not None
    raise _failure(last_error, host, settings) from None


def _read_page(response: httpx.Response, url: httpx.URL, settings: Settings, deadline: float) -> FetchedPage:
    host = _host(url)
    _check_status(response, host)
    content_type = response.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if media_type:
        _check_media_type(media_type)
    declared_length = response.headers.get("content-length", "")
    if declared_length.isdigit() and int(declared_length) > settings.max_download_bytes:
        raise _too_large(settings)
    encodings = [e.strip() for e in response.headers.get("content-encoding", "").lower().split(",")]
    encoding = ",".join(e for e in encodings if e not in ("", "identity"))
    try:
        body = _read_limited(_decoded(_raw_chunks(response), encoding), settings, deadline, host)
    except httpx.HTTPError as error:
        raise _failure(error, host, settings) from None
    if not media_type:
        media_type = _sniff(body)
        _check_media_type(media_type)
    charset = _CHARSET.search(content_type)
    return FetchedPage(str(url), body, media_type, charset.group(1) if charset else None)


def _raw_chunks(response: httpx.Response) -> Iterator[bytes]:
    # No chunk size: httpx would otherwise buffer up to it, and the deadline is checked between chunks.
    yield from response.iter_raw()


def _decoded(chunks: Iterable[bytes], encoding: str) -> Iterator[bytes]:
    """The body with its Content-Encoding undone, at most _STEP_BYTES of output per step (bomb-safe)."""
    if not encoding:
        yield from chunks
        return
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchFailed(f"The site sent the page compressed as {encoding!r}, which I cannot read.")
    decompressor: zlib._Decompress | None = None
    try:
        for chunk in chunks:
            data = chunk
            while data:
                if decompressor is None:
                    decompressor = zlib.decompressobj(_wbits(encoding, data))
                yield decompressor.decompress(data, _STEP_BYTES)
                while decompressor.unconsumed_tail:
                    yield decompressor.decompress(decompressor.unconsumed_tail, _STEP_BYTES)
                # A gzip body may hold several members one after the other.
                data = decompressor.unused_data if decompressor.eof else b""
                if decompressor.eof:
                    decompressor = None
    except zlib.error:
        raise FetchFailed("The site sent a corrupt compressed page.") from None


def _wbits(encoding: str, first: bytes) -> int:
    """zlib window bits: gzip framing, or for 'deflate' a zlib stream or (as some servers send) a raw one."""
    if encoding != "deflate":
        return 16 + zlib.MAX_WBITS
    is_zlib = len(first) >= 2 and first[0] & 0x0F == 8 and ((first[0] << 8) | first[1]) % 31 == 0
    return zlib.MAX_WBITS if is_zlib else -zlib.MAX_WBITS


def _read_limited(chunks: Iterable[bytes], settings: Settings, deadline: float, host: str) -> bytes:
    body = bytearray()
    for chunk in chunks:
        body += chunk
        if len(body) > settings.max_download_bytes:
            raise _too_large(settings)
        _remaining(deadline, host, settings)
    return bytes(body)


def _remaining(deadline: float, host: str, settings: Settings) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchFailed(f"{host} took too long to answer (more than {settings.fetch_timeout:g} s).")
    return left


def _check_status(response: httpx.Response, host: str) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    if status in (404, 410):
        raise FetchFailed(f"That page was not found on {host} (HTTP {status}).")
    if status in (401, 403, 451):
        raise FetchFailed(f"{host} refused access to that page (HTTP {status}); it may need a login or block bots.")
    if status == 429:
        raise FetchFailed(f"{host} is rate-limiting requests (HTTP 429); try again later.")
    if status >= 500:
        raise FetchFailed(f"{host} had a server error (HTTP {status}); try again later.")
    if status in _REDIRECTS:
        raise FetchFailed(f"{host} sent a redirect without a destination (HTTP {status}).")
    raise FetchFailed(f"{host} answered with HTTP {status} instead of the page.")


def _check_media_type(media_type: str) -> None:
    if media_type in PAGE_TYPES:
        return
    if media_type == "application/pdf":
        raise RefusedSource("That link is a PDF, not a web page; copy its text and send that instead.")
    kind = media_type.split("/")[0]
    described = {"image": "an image", "video": "a video", "audio": "an audio file"}.get(kind)
    if described:
        raise RefusedSource(f"That link is {described}, not a web page.")
    raise RefusedSource(f"That link is not a web page (it is {media_type}); I can read web pages and plain text.")


def _sniff(body: bytes) -> str:
    """A media type for a body sent without Content-Type, from its first bytes."""
    head = body[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "application/pdf"
    if head.startswith((b"\x89png", b"gif8", b"\xff\xd8\xff", b"riff")):
        return "image/unknown"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<?xml")) or b"<body" in head:
        return "text/html"
    return "text/plain"


def _failure(error: httpx.HTTPError, host: str, settings: Settings) -> AttribotError:
    if isinstance(error, httpx.TimeoutException):
        return FetchFailed(f"{host} took too long to answer (more than {settings.fetch_timeout:g} s).")
    tls = _tls_error(error)
    if tls is not None:
        reason = getattr(tls, "verify_message", None) or getattr(tls, "reason", None) or "handshake failed"
        return FetchFailed(f"The secure connection to {host} could not be verified ({reason}).")
    if isinstance(error, httpx.ConnectError):
        return FetchFailed(f"Could not connect to {host}.")
    if isinstance(error, httpx.RemoteProtocolError) and "location header" in str(error).lower():
        # httpx parses Location itself while building the next request, even when it does not follow it.
        return FetchFailed(f"{host} redirected to an invalid address.")
    return FetchFailed(f"{host} sent a broken response ({type(error).__name__}).")


def _tls_error(error: BaseException) -> ssl.SSLError | None:
    """The TLS error at the root of an httpx error, if that is what it was (httpx wraps it twice)."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return cause
        cause = cause.__cause__ or cause.__context__
    return None


def _too_large(settings: Settings) -> RefusedSource:
    return RefusedSource(f"That page is too large (more than {settings.max_download_bytes:,} bytes).")


def _host(url: httpx.URL) -> str:
    """The host as sent on the wire: IDNA-encoded, without IPv6 brackets."""
    return url.raw_host.decode("ascii").strip("[]")


def _port(url: httpx.URL) -> int:
    return url.port or (443 if url.scheme == "https" else 80)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
