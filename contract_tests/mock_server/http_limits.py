"""Kestrel's limit on a request's head: uvicorn's httptools protocol with the request line and
headers bounded at 32 KiB in all (Kestrel's MaxRequestHeadersTotalSize), answered 431 Request
Header Fields Too Large and closed, as Kestrel does. Without it a 96 MB header is read whole, at a
cost that grows with the square of its size, while every other organization waits."""

from __future__ import annotations

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

MAX_HEAD_BYTES = 32 * 1024
_TOO_LARGE = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    _head_bytes = 0
    _head_done = True  # until a message begins

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes = 0
        self._head_done = False

    def on_headers_complete(self) -> None:
        self._head_done = True
        super().on_headers_complete()

    def data_received(self, data: bytes) -> None:
        if self.transport.is_closing():
            return
        super().data_received(data)
        if self._head_done or self.transport.is_closing():
            return
        self._head_bytes += len(data)  # counted once fed: at most one chunk more than the limit is read
        if self._head_bytes > MAX_HEAD_BYTES:
            self.transport.write(_TOO_LARGE)
            self.transport.close()
