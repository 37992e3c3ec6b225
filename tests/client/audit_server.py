"""A unified-audit server of our own on a real loopback socket (uvicorn in a thread), answering
`listAuditEvents` as spec/orgaudit/openapi.yaml says (newest first, `from`/`to` inclusive,
`maxCount` clamped to 10-200, `previous` links carrying `before`/`beforeId`/`qw`), at the
organization level and for any tenant, with Identity's token endpoint beside it.

It exists for what the shared mock cannot do on demand: fail the Nth request, answer slowly, hold
events an exact instant apart (midnight). `python audit_server.py EVENTS.json` serves a file of
events until killed (the kill -9 test's server runs in its own process, printing `READY <port>`).
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import json
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
UTC = datetime.UTC


def fake_jwt(claims: dict[str, Any]) -> str:
    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}.sig"


def stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def event(moment: datetime.datetime, n: int, **fields: Any) -> dict[str, Any]:
    """An AuditEvent as the service answers it."""
    return {
        "id": str(uuid.UUID(int=n + 1)),
        "createdOn": stamp(moment),
        "organizationId": ORG,
        "organizationName": "org",
        "tenantId": None,
        "tenantName": None,
        "actorId": "1787ef38-5933-4f2c-a67a-9c22cdb8e6a2",
        "actorName": f"actor {n}",
        "actorEmail": "a@example.com",
        "eventType": "Group Created",
        "eventSource": "Identity",
        "eventTarget": "Groups",
        "eventDetails": json.dumps({"n": n}),
        "eventSummary": f"event {n}",
        "status": n % 2,
        "clientInfo": {"ipAddress": "203.0.113.42", "ipCountry": "GB"},
        **fields,
    }


def spread(count: int, start: datetime.datetime, end: datetime.datetime) -> list[dict[str, Any]]:
    """`count` events evenly over [start, end)."""
    step = (end - start) / count
    return [event(start + step * n, n) for n in range(count)]


def _key(e: dict[str, Any]) -> tuple[str, str]:
    return e["createdOn"], e["id"]


class AuditServer:
    def __init__(self, events: list[dict[str, Any]]) -> None:
        self.events = sorted(events, key=_key, reverse=True)  # newest first, as the service answers
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.fail_at: int | None = None  # answer 500 to this request (1-based), once
        self.delay = 0.0
        self.base_url = ""
        self.lock = threading.Lock()
        self.app = Starlette(
            routes=[
                Route("/org/identity_/connect/token", self.token, methods=["POST"]),
                Route("/org/orgaudit_/api/query/events", self.list_events, methods=["GET"]),
                Route("/org/{tenant}/tenantaudit_/api/query/events", self.list_events, methods=["GET"]),
            ]
        )

    async def token(self, request: Request) -> Response:
        claims = {"prt_id": ORG, "client_id": "app", "exp": time.time() + 3600}
        return JSONResponse({"access_token": fake_jwt(claims), "token_type": "Bearer", "expires_in": 3600})

    async def list_events(self, request: Request) -> Response:
        query = dict(request.query_params)
        with self.lock:
            self.requests.append((request.url.path, query))
            number = len(self.requests)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail_at == number:
            return JSONResponse({"title": "Internal Server Error", "status": 500}, status_code=500)
        low = query.get("from", "")
        high = query.get("to", "\uffff")
        size = min(max(int(query.get("maxCount", 200)), 10), 200)
        cursor = (query["before"], query["beforeId"]) if "before" in query else None
        matching = [
            e
            for e in self.events
            if _at(low) <= _at(e["createdOn"]) <= _at(high)
            and (cursor is None or _key_at(e) < (_at(cursor[0]), cursor[1]))
        ]
        page, more = matching[:size], len(matching) > size
        previous = None
        if more:
            last = page[-1]
            link = {**{k: v for k, v in query.items() if k not in ("before", "beforeId", "qw")}}
            link.update(before=last["createdOn"], beforeId=last["id"], qw="1")
            previous = f"{request.url.path}?{urlencode(link)}"
        return JSONResponse({"auditEvents": page, "next": None, "previous": previous})


def _at(value: str) -> datetime.datetime:
    if value == "":
        return datetime.datetime.min.replace(tzinfo=UTC)
    if value == "\uffff":
        return datetime.datetime.max.replace(tzinfo=UTC)
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def _key_at(e: dict[str, Any]) -> tuple[datetime.datetime, str]:
    return _at(e["createdOn"]), e["id"]


@contextmanager
def serving(server: AuditServer) -> Iterator[AuditServer]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    runner = uvicorn.Server(uvicorn.Config(server.app, log_level="error"))
    thread = threading.Thread(target=runner.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not runner.started:
        time.sleep(0.01)
    server.base_url = f"http://127.0.0.1:{port}/org/identity_"
    try:
        yield server
    finally:
        runner.should_exit = True
        thread.join(10)


if __name__ == "__main__":  # a server in its own process: python audit_server.py EVENTS.json [DELAY]
    own = AuditServer(json.loads(Path(sys.argv[1]).read_text()))
    own.delay = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
    with serving(own):
        print(f"READY {own.base_url}", flush=True)
        while True:
            time.sleep(3600)
