"""A small forwarding HTTP proxy on a real loopback socket (a thread per connection): absolute-URI
requests (`GET http://host/path`) are forwarded, `CONNECT host:port` is tunnelled. It records the
targets it saw and can answer 503 to the next N requests itself, like a failing upstream."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit


class LoopbackProxy:
    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(32)
        self.port = int(self.sock.getsockname()[1])
        self.seen: list[str] = []
        self.fail_next = 0
        self.lock = threading.Lock()
        self.running = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def serve(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.handle, args=(conn,), daemon=True).start()

    def handle(self, conn: socket.socket) -> None:
        with conn:
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
                with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80)) as upstream:
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
        def copy(src: socket.socket, dst: socket.socket) -> None:
            try:
                while chunk := src.recv(65536):
                    dst.sendall(chunk)
            except OSError:
                pass
            finally:
                dst.close()

        threading.Thread(target=copy, args=(b, a), daemon=True).start()
        copy(a, b)


@contextmanager
def running() -> Iterator[LoopbackProxy]:
    proxy = LoopbackProxy()
    thread = threading.Thread(target=proxy.serve, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        proxy.running = False
        proxy.sock.close()
        thread.join(timeout=5)
