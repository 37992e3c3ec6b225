"""A small HTTP proxy on a real loopback socket (a thread per connection): absolute-URI requests
(`GET http://host/path`) are forwarded, `CONNECT host:port` is tunnelled. It records the targets
it saw and can answer 503 to the next N requests itself (a CONNECT too), like a failing upstream.

Given `upstream`, it is also a reverse proxy: an origin-form request (`GET /path`) goes there; and
given a server-side `tls` context, it speaks TLS to its clients, so `running(tls=..., upstream=
(mock host, port))` is an HTTPS front of the plain-HTTP mock, with a real certificate and handshake."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from urllib.parse import urlsplit


class LoopbackProxy:
    def __init__(self, tls: ssl.SSLContext | None = None, upstream: tuple[str, int] | None = None) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(32)
        self.port = int(self.sock.getsockname()[1])
        self.tls = tls
        self.upstream = upstream
        self.seen: list[str] = []
        self.connections = 0  # connections accepted (TLS: handshakes begun)
        self.refused_handshakes = 0  # TLS handshakes the client broke off (it did not trust us)
        self.fail_next = 0
        self.lock = threading.Lock()
        self.running = True
        self.handlers: list[threading.Thread] = []
        self.open: set[socket.socket] = set()  # client connections, shut down when it stops

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def serve(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            handler = threading.Thread(target=self.handle, args=(conn,), daemon=True)
            self.handlers.append(handler)
            handler.start()

    def handle(self, raw: socket.socket) -> None:
        with self.lock:
            self.connections += 1
        with raw:
            if self.tls is None:
                self.serve_tracked(raw)
                return
            try:
                conn = self.tls.wrap_socket(raw, server_side=True)
            except (ssl.SSLError, OSError):
                with self.lock:
                    self.refused_handshakes += 1
                return
            with conn:
                self.serve_tracked(conn)

    def serve_tracked(self, conn: socket.socket) -> None:
        with self.lock:
            self.open.add(conn)
        try:
            self.serve_connection(conn)
        except OSError:
            pass  # shut down by stop(), or the client went away
        finally:
            with self.lock:
                self.open.discard(conn)

    def stop(self) -> None:
        """Stop accepting, end every connection a client still holds open, and wait for the
        handlers, so that the counts are final."""
        self.running = False
        with suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the accept() (closing alone does not, on Linux)
        self.sock.close()
        with self.lock:
            still_open = list(self.open)
        for conn in still_open:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for handler in self.handlers:
            handler.join(timeout=5)

    def serve_connection(self, conn: socket.socket) -> None:
        while True:
            data = self._read_head(conn)
            if not data:
                return
            head, rest = data.split(b"\r\n\r\n", 1)
            method, target, _ = head.split(b"\r\n", 1)[0].decode().split(" ", 2)
            with self.lock:
                self.seen.append(f"{method} {target}")
                failing = self.fail_next > 0
                self.fail_next -= 1 if failing else 0
            if method == "CONNECT" and failing:
                conn.sendall(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n")
                return
            if method == "CONNECT":
                host, port = target.rsplit(":", 1)
                upstream = socket.create_connection((host, int(port)))
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                self._pipe(conn, upstream)
                return
            length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), 0)  # fmt: skip
            body = rest + self._read_exact(conn, length - len(rest))
            if failing:
                conn.sendall(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n")
                continue
            parts = urlsplit(target)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            request_line = f"{method} {path} HTTP/1.1\r\n".encode()
            headers = head.split(b"\r\n", 1)[1] + b"\r\n\r\n"
            origin = (parts.hostname or "127.0.0.1", parts.port or 80) if parts.scheme else self.upstream
            if origin is None:
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")
                return
            with socket.create_connection(origin) as upstream:
                upstream.sendall(
                    request_line + headers.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1) + body
                )
                answer = self._read_response(upstream)
            conn.sendall(answer)
            return  # one request per client connection (the answer may be read to its end)

    @staticmethod
    def _read_head(conn: socket.socket) -> bytes:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return b""
            data += chunk
        return data

    @staticmethod
    def _read_exact(conn: socket.socket, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = conn.recv(size - len(data))
            if not chunk:
                break
            data += chunk
        return data

    @staticmethod
    def _read_response(upstream: socket.socket) -> bytes:
        data = b""
        while True:
            chunk = upstream.recv(65536)
            if not chunk:
                return data
            data += chunk

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        """Copy both ways until both ends are done; an end's EOF is passed on as a half-close
        (closing a socket another thread reads would send nothing until that read returns)."""

        def copy(src: socket.socket, dst: socket.socket) -> None:
            try:
                while chunk := src.recv(65536):
                    dst.sendall(chunk)
            except OSError:
                pass
            finally:
                with suppress(OSError):
                    dst.shutdown(socket.SHUT_WR)

        back = threading.Thread(target=copy, args=(b, a), daemon=True)
        back.start()
        copy(a, b)
        back.join(timeout=10)
        b.close()


@contextmanager
def running(tls: ssl.SSLContext | None = None, upstream: tuple[str, int] | None = None) -> Iterator[LoopbackProxy]:
    proxy = LoopbackProxy(tls, upstream)
    thread = threading.Thread(target=proxy.serve, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        proxy.stop()
        thread.join(timeout=5)
