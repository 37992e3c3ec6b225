"""A tiny Identity-like server on a real loopback socket (uvicorn in a thread), for the transport
behaviour MockTransport cannot show: streamed bodies, a token revoked server-side, token expiry,
concurrent refreshes. Tokens are unsigned JWTs carrying `prt_id` like UiPath's.

`LoopbackServer.revoke_all()` makes every issued token invalid (as a restarted server or a
revoked token would); `expires_in` sets the lifetime of the next tokens.
"""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
CLIENT_ID = "loopback-app"
SECRET = "loopback-secret-value"
SCOPES = "PM.OAuthApp PM.OAuthApp.Read"


def fake_jwt(claims: dict[str, Any]) -> str:
    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}.sig"


class LoopbackServer:
    def __init__(self) -> None:
        self.valid: set[str] = set()
        self.issued = 0
        self.expires_in = 3600
        self.token_delay = 0.0
        self.api_calls: list[str | None] = []
        self.lock = threading.Lock()
        self.base_url = ""
        self.app = Starlette(
            routes=[
                Route("/org/identity_/connect/token", self.token, methods=["POST"]),
                Route("/org/identity_/api/ExternalClient/{org}", self.list_clients, methods=["GET"]),
            ]
        )

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/connect/token"

    def revoke_all(self) -> None:
        with self.lock:
            self.valid.clear()

    async def token(self, request: Request) -> Response:
        form = await request.form()
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != SECRET:
            return JSONResponse({"error": "invalid_client"}, status_code=400)
        if self.token_delay:
            time.sleep(self.token_delay)  # blocks the server thread: makes concurrent callers overlap
        with self.lock:
            self.issued += 1
            token = fake_jwt({"prt_id": ORG, "client_id": CLIENT_ID, "scope": SCOPES.split(), "n": self.issued})
            self.valid.add(token)
        return JSONResponse(
            {"access_token": token, "expires_in": self.expires_in, "token_type": "Bearer", "scope": SCOPES}
        )

    async def list_clients(self, request: Request) -> Response:
        header = request.headers.get("authorization", "")
        with self.lock:
            self.api_calls.append(header)
            ok = header.startswith("Bearer ") and header[7:] in self.valid
        if not ok:
            body = {"type": "about:blank", "title": "Unauthorized", "status": 401}
            return JSONResponse(body, status_code=401, media_type="application/problem+json")
        return JSONResponse([])


@contextmanager
def serve() -> Iterator[LoopbackServer]:
    """Run a fresh LoopbackServer with uvicorn on a free loopback port."""
    state = LoopbackServer()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(state.app, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the loopback server did not start")
        time.sleep(0.01)
    state.base_url = f"http://127.0.0.1:{port}/org/identity_"
    try:
        yield state
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
