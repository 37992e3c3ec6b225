"""Typed errors: one class per status under UiPathIdentityError, carrying the status, the
problem-details fields and the request id, never a secret; sync_detailed never raises."""

from __future__ import annotations

import asyncio
from uuid import UUID

import httpx
import pytest
from client_harness import ORG, SECRET, Script, make_client, problem
from uipath_identity_client import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    UiPathIdentityError,
    UnauthorizedError,
)
from uipath_identity_client.api.external_clients import get_external_client
from uipath_identity_client.models import ProblemDetails

ORG_ID = UUID(ORG)
NO_RETRY = RetryPolicy(max_attempts=1)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_maps_to_its_exception(status: int, cls: type[APIStatusError]) -> None:
    script = Script(
        default=problem(
            status, "Problem", "What went wrong", traceId="00-trace-01", headers={"x-request-id": "req-123"}
        )
    )
    with pytest.raises(cls) as caught:
        get_external_client.sync(ORG_ID, "app", client=make_client(script, retry=NO_RETRY))
    error = caught.value
    assert isinstance(error, UiPathIdentityError) and type(error) is cls
    assert error.status_code == status
    assert (error.title, error.detail, error.trace_id, error.request_id) == (
        "Problem",
        "What went wrong",
        "00-trace-01",
        "req-123",
    )
    assert "What went wrong" in str(error) and "req-123" in str(error)


def test_validation_errors_and_trace_id_as_request_id() -> None:
    script = Script(
        problem(
            400,
            "One or more validation errors occurred.",
            errors={"partitionGlobalId": ["The value 'x' is not valid."]},
            traceId="00-aec3-01",
        )
    )
    with pytest.raises(BadRequestError) as caught:
        get_external_client.sync(ORG_ID, "app", client=make_client(script))
    assert caught.value.errors == {"partitionGlobalId": ["The value 'x' is not valid."]}
    assert caught.value.request_id == "00-aec3-01"
    assert "partitionGlobalId" in str(caught.value)


def test_non_json_error_body_still_gives_a_typed_error() -> None:
    script = Script(default=httpx.Response(502, text="<html>Bad gateway</html>"))
    with pytest.raises(InternalServerError) as caught:
        get_external_client.sync(ORG_ID, "app", client=make_client(script, retry=NO_RETRY))
    assert caught.value.status_code == 502 and caught.value.body is None


def test_errors_never_carry_the_secret_or_token() -> None:
    script = Script(default=problem(403, "Forbidden", "The token has none of the scopes."))
    with pytest.raises(ForbiddenError) as caught:
        get_external_client.sync(ORG_ID, "app", client=make_client(script))
    error = caught.value
    text = str(error) + repr(error) + repr(error.headers) + repr(error.body) + repr(error.__dict__)
    assert SECRET not in text and "tok-1" not in text and "Bearer" not in text


def test_async_raises_the_same_errors() -> None:
    script = Script(default=problem(404, "Not Found", "External client not found."))
    with pytest.raises(NotFoundError) as caught:
        asyncio.run(get_external_client.asyncio(ORG_ID, "app", client=make_client(script)))
    assert caught.value.detail == "External client not found."


def test_detailed_variants_return_the_response_and_never_raise() -> None:
    script = Script(default=problem(404, "Not Found", "External client not found."))
    client = make_client(script)
    response = get_external_client.sync_detailed(ORG_ID, "app", client=client)
    assert response.status_code == 404 and isinstance(response.parsed, ProblemDetails)
    response = asyncio.run(get_external_client.asyncio_detailed(ORG_ID, "app", client=client))
    assert response.status_code == 404 and isinstance(response.parsed, ProblemDetails)
