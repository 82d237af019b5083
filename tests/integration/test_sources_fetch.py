"""Safe fetching against a local server: address policy, redirects, limits, content types, charsets."""

from __future__ import annotations

import gzip
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.config import Settings
from bot.domain import Source, SourceKind
from bot.errors import FetchFailed, NothingToSummarize, RefusedSource
from bot.sources import fetch as fetch_module
from bot.sources import load_source
from bot.sources.addresses import refusal
from bot.sources.fetch import fetch
from tests.support.http_server import (
    LocalServer,
    Route,
    article_html,
    gzip_bomb,
    serve,
    tls_pair,
)

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the tram network to the northern districts, officials said.",
    "The mayor said the new line would cut commuting times by a third and open in 2027 if funding holds.",
    "Opposition councillors argued that the budget was underestimated and asked for an independent review.",
    "Residents of the affected streets have been invited to a public meeting next week to discuss the plans.",
]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve() as running:
        running.page("/article", article_html("Council expands tram network", PARAGRAPHS))
        yield running


@pytest.fixture
def open_settings(settings: Settings) -> Settings:
    """Private hosts allowed, as the local test server lives on 127.0.0.1."""
    return settings.with_overrides(allow_private_hosts=True, fetch_timeout=5.0)


def _load(url: str, settings: Settings) -> Any:
    return load_source(Source(SourceKind.URL, url), settings)


def _resolve_test_names(monkeypatch: pytest.MonkeyPatch, names: dict[str, str]) -> None:
    """Make `getaddrinfo` answer the given names with the given addresses, like a DNS server would."""
    real = socket.getaddrinfo

    def fake(host: str, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host in names:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (names[host], int(port)))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)


def test_loopback_url_is_refused_by_default(server: LocalServer, settings: Settings) -> None:
    with pytest.raises(RefusedSource, match="loopback"):
        _load(server.url("/article"), settings)
    assert server.requests == []


def test_localhost_name_is_refused_by_default(server: LocalServer, settings: Settings) -> None:
    with pytest.raises(RefusedSource, match="loopback"):
        _load(server.url("/article", host="localhost"), settings)
    assert server.requests == []


def test_page_loads_when_private_hosts_are_allowed(server: LocalServer, open_settings: Settings) -> None:
    article = _load(server.url("/article"), open_settings)
    assert article.paragraphs == PARAGRAPHS
    assert article.title == "Council expands tram network"
    assert article.language_hint == "en"
    assert server.requests[0].headers["User-Agent"] == open_settings.user_agent


def test_connection_goes_to_the_checked_address_with_the_original_host(
    server: LocalServer, open_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _resolve_test_names(monkeypatch, {"example.test": "127.0.0.1"})
    page = fetch(server.url("/article", host="example.test"), open_settings)
    assert page.url == server.url("/article", host="example.test")
    assert server.requests[-1].headers["Host"] == f"example.test:{server.port}"


def test_name_resolving_to_loopback_is_refused_before_connecting(
    server: LocalServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _resolve_test_names(monkeypatch, {"rebind.test": "127.0.0.1"})
    with pytest.raises(RefusedSource, match=r"rebind\.test.*loopback"):
        fetch(server.url("/article", host="rebind.test"), settings)
    assert server.requests == []


def test_metadata_address_is_refused_even_when_private_hosts_are_allowed(open_settings: Settings) -> None:
    with pytest.raises(RefusedSource, match="metadata"):
        fetch("http://169.254.169.254/latest/meta-data/", open_settings)


def test_redirect_to_loopback_is_refused(
    server: LocalServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first hop counts as public (patched policy for 127.0.0.1 only); its redirect to another loopback
    address must be refused on the re-check, before any connection to it.
    """

    def policy(address: Any, allow_private: bool) -> Any:
        return None if str(address) == "127.0.0.1" else refusal(address, allow_private)

    monkeypatch.setattr(fetch_module, "refusal", policy)
    server.redirect("/go", f"http://127.0.0.2:{server.port}/article")
    with pytest.raises(RefusedSource, match="loopback"):
        fetch(server.url("/go"), settings)
    assert server.paths_requested() == ["/go"]


def test_redirect_to_other_scheme_is_refused(server: LocalServer, open_settings: Settings) -> None:
    server.redirect("/go", "file:///etc/passwd")
    with pytest.raises(RefusedSource, match="file"):
        fetch(server.url("/go"), open_settings)


def test_redirects_are_followed(server: LocalServer, open_settings: Settings) -> None:
    server.redirect("/a", "/b", status=301)
    server.redirect("/b", server.url("/article"), status=308)
    page = fetch(server.url("/a"), open_settings)
    assert page.url == server.url("/article")
    assert server.paths_requested() == ["/a", "/b", "/article"]


def test_five_redirects_are_followed_but_not_six(server: LocalServer, open_settings: Settings) -> None:
    for hop in range(6):
        server.redirect(f"/r{hop}", f"/r{hop + 1}")
    server.page("/r6", article_html("End", PARAGRAPHS))
    assert fetch(server.url("/r1"), open_settings).url.endswith("/r6")
    with pytest.raises(RefusedSource, match="redirects too many times"):
        fetch(server.url("/r0"), open_settings)


def test_slow_answer_times_out(server: LocalServer, open_settings: Settings) -> None:
    server.route("/slow", Route(body=b"<p>late</p>", headers={"Content-Type": "text/html"}, delay=3))
    started = time.monotonic()
    with pytest.raises(FetchFailed, match="too long"):
        fetch(server.url("/slow"), open_settings.with_overrides(fetch_timeout=0.5))
    assert time.monotonic() - started < 2.5


def test_dripping_body_hits_the_overall_deadline(server: LocalServer, open_settings: Settings) -> None:
    body = article_html("Drip", PARAGRAPHS).encode()
    server.route("/drip", Route(body=body, headers={"Content-Type": "text/html"}, drip_seconds=0.05, drip_bytes=8))
    started = time.monotonic()
    with pytest.raises(FetchFailed, match="too long"):
        fetch(server.url("/drip"), open_settings.with_overrides(fetch_timeout=0.6))
    assert time.monotonic() - started < 2.0


def test_oversize_body_is_refused(server: LocalServer, open_settings: Settings) -> None:
    server.route("/big", Route(body=b"a" * 20_000, headers={"Content-Type": "text/plain"}))
    with pytest.raises(RefusedSource, match="too large"):
        fetch(server.url("/big"), open_settings.with_overrides(max_download_bytes=10_000))


def test_oversize_body_without_content_length_is_cut_off(server: LocalServer, open_settings: Settings) -> None:
    server.route(
        "/big",
        Route(body=b"a" * 50_000, headers={"Content-Type": "text/plain", "Content-Length": ""}),
    )
    with pytest.raises((RefusedSource, FetchFailed)):
        fetch(server.url("/big"), open_settings.with_overrides(max_download_bytes=10_000))


def test_gzip_bomb_is_stopped_after_decompression(server: LocalServer, open_settings: Settings) -> None:
    bomb = gzip_bomb(50_000_000)
    assert len(bomb) < 100_000
    server.route("/bomb", Route(body=bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}))
    with pytest.raises(RefusedSource, match="too large"):
        fetch(server.url("/bomb"), open_settings.with_overrides(max_download_bytes=1_000_000))


def test_gzip_page_is_decompressed(server: LocalServer, open_settings: Settings) -> None:
    html = article_html("Zipped", PARAGRAPHS).encode()
    server.route(
        "/zipped",
        Route(body=gzip.compress(html), headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}),
    )
    assert fetch(server.url("/zipped"), open_settings).body == html


@pytest.mark.parametrize(
    ("content_type", "message"),
    [
        ("application/pdf", "PDF, not a web page"),
        ("image/png", "an image"),
        ("application/zip", "not a web page"),
    ],
)
def test_non_page_content_types_are_refused(
    server: LocalServer, open_settings: Settings, content_type: str, message: str
) -> None:
    server.route("/file", Route(body=b"%PDF-1.4 binary", headers={"Content-Type": content_type}))
    with pytest.raises(RefusedSource, match=message):
        fetch(server.url("/file"), open_settings)


def test_pdf_without_content_type_is_recognised(server: LocalServer, open_settings: Settings) -> None:
    server.route("/file", Route(body=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary"))
    with pytest.raises(RefusedSource, match="PDF"):
        fetch(server.url("/file"), open_settings)


@pytest.mark.parametrize(
    ("status", "message"),
    [(404, "not found"), (410, "not found"), (403, "refused access"), (503, "server error"), (429, "rate")],
)
def test_http_errors_have_their_own_messages(
    server: LocalServer, open_settings: Settings, status: int, message: str
) -> None:
    server.route("/error", Route(status=status, body=b"error", headers={"Content-Type": "text/html"}))
    with pytest.raises(FetchFailed, match=message):
        fetch(server.url("/error"), open_settings)


def test_unknown_host_is_a_dns_failure(open_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(FetchFailed, match="could not be found"):
        fetch("https://no-such-site.invalid/news", open_settings)


def test_closed_port_is_a_connection_failure(open_settings: Settings) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchFailed, match="Could not connect"):
        fetch(f"http://127.0.0.1:{port}/", open_settings)


def test_tls_failure_has_its_own_message(server: LocalServer, open_settings: Settings) -> None:
    """The local server speaks plain HTTP, so a TLS handshake with it fails."""
    with pytest.raises(FetchFailed, match="secure connection"):
        fetch(f"https://127.0.0.1:{server.port}/article", open_settings)


def test_windows_1251_page_without_header_charset(server: LocalServer, open_settings: Settings) -> None:
    paragraphs = [
        "Городской совет во вторник проголосовал за расширение трамвайной сети в северные районы города.",
        "По словам мэра, новая линия сократит время в пути на треть и откроется в 2027 году.",
        "Депутаты оппозиции заявили, что бюджет занижен, и потребовали независимой проверки расчётов.",
        "Жителей соседних улиц пригласили на общественное собрание на следующей неделе.",
    ]
    page = article_html("Совет расширяет трамвайную сеть", paragraphs, lang="ru", charset=None)
    server.page("/ru", page.encode("windows-1251"), content_type="text/html")
    article = _load(server.url("/ru"), open_settings)
    assert article.paragraphs == paragraphs
    assert article.language_hint == "ru"


def test_meta_charset_is_used_when_the_header_has_none(server: LocalServer, open_settings: Settings) -> None:
    paragraphs = [p.replace("council", "conseil municipal à Genève") for p in PARAGRAPHS]
    page = article_html("Conseil", paragraphs, lang="fr", charset="iso-8859-1")
    server.page("/fr", page.encode("latin-1"), content_type="text/html")
    assert _load(server.url("/fr"), open_settings).paragraphs == paragraphs


def test_plain_text_page_is_read_as_text(server: LocalServer, open_settings: Settings) -> None:
    server.page("/text", "\n\n".join(PARAGRAPHS), content_type="text/plain; charset=utf-8")
    assert _load(server.url("/text"), open_settings).paragraphs == PARAGRAPHS


def test_page_without_article_has_nothing_to_summarize(server: LocalServer, open_settings: Settings) -> None:
    server.page("/empty", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(NothingToSummarize):
        _load(server.url("/empty"), open_settings)


def test_https_to_the_checked_address_verifies_the_certificate_for_the_name(
    open_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection goes to 127.0.0.1; TLS sends the name as SNI and checks the certificate against it."""
    server_tls, client_trust = tls_pair("news.test")
    _resolve_test_names(monkeypatch, {"news.test": "127.0.0.1", "other.test": "127.0.0.1"})
    with serve(server_tls) as server:
        server.page("/article", article_html("Secure", PARAGRAPHS))
        page = fetch(server.url("/article", host="news.test"), open_settings, trust=client_trust)
        assert page.url == server.url("/article", host="news.test")
        assert server.requests[-1].headers["Host"] == f"news.test:{server.port}"
        with pytest.raises(FetchFailed, match=r"secure connection to other\.test could not be verified"):
            fetch(server.url("/article", host="other.test"), open_settings, trust=client_trust)
        with pytest.raises(FetchFailed, match="secure connection"):
            fetch(server.url("/article", host="news.test"), open_settings)


def test_slow_dns_lookup_hits_the_deadline(open_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*_args: Any, **_kwargs: Any) -> Any:
        time.sleep(2)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", slow)
    started = time.monotonic()
    with pytest.raises(FetchFailed, match="took too long"):
        fetch("https://slow-dns.test/news", open_settings.with_overrides(fetch_timeout=0.3))
    assert time.monotonic() - started < 1.5


def test_international_domain_name_is_sent_in_punycode(
    server: LocalServer, open_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _resolve_test_names(monkeypatch, {"xn--e1afmkfd.test": "127.0.0.1"})
    fetch(server.url("/article", host="пример.test"), open_settings)
    assert server.requests[-1].headers["Host"] == f"xn--e1afmkfd.test:{server.port}"


def test_redirect_to_an_invalid_address_fails_cleanly(server: LocalServer, open_settings: Settings) -> None:
    server.redirect("/go", "http://[::1/")
    with pytest.raises(FetchFailed, match="redirected to an invalid address"):
        fetch(server.url("/go"), open_settings)
    server.redirect("/nowhere", "https://")
    with pytest.raises(RefusedSource, match="no host name"):
        fetch(server.url("/nowhere"), open_settings)
