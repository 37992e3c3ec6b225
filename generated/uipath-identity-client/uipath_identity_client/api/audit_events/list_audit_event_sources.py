from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._json_lists import models_of
from ...client import AuthenticatedClient, Client
from ...models.audit_event_source import AuditEventSource
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "service": "orgaudit",
        "url": "/api/query/sources",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | list[AuditEventSource] | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("listAuditEventSources", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | list[AuditEventSource] | None:
    if response.status_code == 200:
        return models_of(response.json(), AuditEventSource.from_dict)
    if response.status_code == 401:
        if not response.content:  # the spec's `x-body-optional`: the answer may come without a body
            return None
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        if not response.content:  # the spec's `x-body-optional`: the answer may come without a body
            return None
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetails | list[AuditEventSource]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetails | list[AuditEventSource]]:
    """List the audit event sources, targets and types

     Returns the catalogue of events this level records, as a hierarchy: each source (a service
    or area, such as `Identity` or `Orchestrator`) has targets (the kind of thing acted on, such
    as `Authentication` or `Folders`), and each target has event types (the activity, such as
    `User Login`). Pass their `id`s to the `source`, `target` and `type` filters of the event
    queries. The organization-level and tenant-level catalogues differ, and so do their ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | list[AuditEventSource]]
    """

    kwargs = _get_kwargs()

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[AuditEventSource]:
    """List the audit event sources, targets and types

     Returns the catalogue of events this level records, as a hierarchy: each source (a service
    or area, such as `Identity` or `Orchestrator`) has targets (the kind of thing acted on, such
    as `Authentication` or `Folders`), and each target has event types (the activity, such as
    `User Login`). Pass their `id`s to the `source`, `target` and `type` filters of the event
    queries. The organization-level and tenant-level catalogues differ, and so do their ids.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[AuditEventSource]
    """

    kwargs = _get_kwargs()

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[AuditEventSource], _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetails | list[AuditEventSource]]:
    """List the audit event sources, targets and types

     Returns the catalogue of events this level records, as a hierarchy: each source (a service
    or area, such as `Identity` or `Orchestrator`) has targets (the kind of thing acted on, such
    as `Authentication` or `Folders`), and each target has event types (the activity, such as
    `User Login`). Pass their `id`s to the `source`, `target` and `type` filters of the event
    queries. The organization-level and tenant-level catalogues differ, and so do their ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | list[AuditEventSource]]
    """

    kwargs = _get_kwargs()

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[AuditEventSource]:
    """List the audit event sources, targets and types

     Returns the catalogue of events this level records, as a hierarchy: each source (a service
    or area, such as `Identity` or `Orchestrator`) has targets (the kind of thing acted on, such
    as `Authentication` or `Folders`), and each target has event types (the activity, such as
    `User Login`). Pass their `id`s to the `source`, `target` and `type` filters of the event
    queries. The organization-level and tenant-level catalogues differ, and so do their ids.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[AuditEventSource]
    """

    kwargs = _get_kwargs()

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[AuditEventSource], _parse_response(client=client, response=response))
