"""A local HTTP server for tests that fetch: configured routes on 127.0.0.1, every request recorded.

with serve() as server: server.page("/article", article_html("Title", ["First paragraph …", "Second …"]))
server.redirect("/old", "/article") server.route("/slow", Route(body=b"...", delay=5)) url =
server.url("/article")

Routes can delay before answering (timeouts), drip the body slowly (overall deadline), send any status,
headers and bytes (PDFs, gzip bombs, wrong charsets). Requests are recorded with their headers, so a test can
check what the client really sent (Host, User-Agent).
"""

from __future__ import annotations

import gzip
import html
import ssl
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drip_seconds: float = 0.0
    drip_bytes: int = 1


@dataclass(frozen=True)
class RecordedRequest:
    path: str
    headers: dict[str, str]


class LocalServer:
    """Serves plain HTTP, or HTTPS when given a server-side TLS context (see `tls_pair`)."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[RecordedRequest] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.port = self._server.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def route(self, path: str, route: Route) -> None:
        self.routes[path] = route

    def page(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, headers={"Content-Type": content_type})

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.routes[path] = Route(status=status, headers={"Location": location})

    def paths_requested(self) -> list[str]:
        return [r.path for r in self.requests]

    def start(self) -> None:
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def serve(tls: ssl.SSLContext | None = None) -> Iterator[LocalServer]:
    server = LocalServer(tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def tls_pair(hostname: str) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context with a certificate for `hostname`, client context trusting only the test CA)."""
    import trustme

    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert(hostname).configure_cert(server_context)
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)
    return server_context, client_context


def article_html(title: str, paragraphs: Sequence[str], lang: str = "en", charset: str | None = "utf-8") -> str:
    """A small but realistic news page: navigation, the article with a headline and paragraphs, a footer."""
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>{meta}<title>{html.escape(title)} | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<main><article><h1>{html.escape(title)}</h1>
{body}
</article></main>
<footer><p>Contact us</p><p>Privacy policy</p></footer></body></html>"""


def gzip_bomb(decompressed_bytes: int) -> bytes:
    """A gzip stream that expands to `decompressed_bytes` of spaces (about a thousand times its size)."""
    return gzip.compress(b" " * decompressed_bytes, compresslevel=9)


def _handler_for(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            server.requests.append(RecordedRequest(self.path, dict(self.headers.items())))
            route = server.routes.get(self.path.split("?")[0], Route(status=404, body=b"not found"))
            if route.delay:
                time.sleep(route.delay)
            try:
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in route.headers:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                if not route.drip_seconds:
                    self.wfile.write(route.body)
                    return
                for start in range(0, len(route.body), route.drip_bytes):
                    self.wfile.write(route.body[start : start + route.drip_bytes])
                    self.wfile.flush()
                    time.sleep(route.drip_seconds)
            except (BrokenPipeError, ConnectionResetError):
                return

        def log_message(self, format: str, *args: object) -> None:
            """Keep test output quiet."""

    return Handler
