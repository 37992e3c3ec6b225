"""Live mode with writes: delete every external client this run created (found by its name prefix),
which deletes their secrets too. Runs after the gate, also after a failure or Ctrl-C."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx


@dataclass
class CleanupResult:
    deleted: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def delete_prefixed_clients(base_url: str, partition_global_id: str, token: str, prefix: str) -> CleanupResult:
    result = CleanupResult()
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base_url.rstrip("/") + "/", headers=headers, timeout=15.0) as http:
        listing = http.get(f"api/ExternalClient/{partition_global_id}")
        if listing.status_code != 200:
            result.problems.append(f"listing the external clients answered {listing.status_code}")
            return result
        for client in listing.json():
            name = client.get("name") if isinstance(client, dict) else None
            if not isinstance(name, str) or not name.startswith(prefix):
                continue
            answer = http.delete(f"api/ExternalClient/{partition_global_id}/{client['id']}")
            if answer.status_code in (204, 404):
                result.deleted.append(name)
            else:
                result.problems.append(f"deleting {name!r} answered {answer.status_code}")
    return result
