from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._json_lists import models_of
from ...client import AuthenticatedClient, Client
from ...models.group import Group
from ...models.problem_details import ProblemDetails
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import Response


def _get_kwargs(
    partition_global_id: UUID,
    *,
    body: list[UUID],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/Group/BulkLoadByIds/{partition_global_id}".format(
            partition_global_id=quote(str(partition_global_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = str(body_item_data)
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | list[Group] | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("listGroupsByIds", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | list[Group] | None:
    if response.status_code == 200:
        return models_of(response.json(), Group.from_dict)
    if response.status_code == 400:
        response_400 = ValidationProblemDetails.from_dict(response.json())

        return response_400

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
        if not response.content:  # the spec's `x-body-optional`: the answer may come without a body
            return None
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ProblemDetails.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ProblemDetails.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetails | ValidationProblemDetails | list[Group]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[UUID],
) -> Response[ProblemDetails | ValidationProblemDetails | list[Group]]:
    """Get several groups by id

     Returns the groups of the organization whose ids are listed; ids that match no group are
    skipped. The body is a bare JSON array of group ids. Though it only reads, the service
    requires a write scope for it.

    Args:
        partition_global_id (UUID):
        body (list[UUID]): The ids of the groups to load.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[Group]]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        body=body,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[UUID],
) -> list[Group]:
    """Get several groups by id

     Returns the groups of the organization whose ids are listed; ids that match no group are
    skipped. The body is a bare JSON array of group ids. Though it only reads, the service
    requires a write scope for it.

    Args:
        partition_global_id (UUID):
        body (list[UUID]): The ids of the groups to load.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[Group]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        body=body,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[Group], _parse_response(client=client, response=response))


async def asyncio_detailed(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[UUID],
) -> Response[ProblemDetails | ValidationProblemDetails | list[Group]]:
    """Get several groups by id

     Returns the groups of the organization whose ids are listed; ids that match no group are
    skipped. The body is a bare JSON array of group ids. Though it only reads, the service
    requires a write scope for it.

    Args:
        partition_global_id (UUID):
        body (list[UUID]): The ids of the groups to load.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[Group]]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        body=body,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[UUID],
) -> list[Group]:
    """Get several groups by id

     Returns the groups of the organization whose ids are listed; ids that match no group are
    skipped. The body is a bare JSON array of group ids. Though it only reads, the service
    requires a write scope for it.

    Args:
        partition_global_id (UUID):
        body (list[UUID]): The ids of the groups to load.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[Group]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        body=body,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[Group], _parse_response(client=client, response=response))
