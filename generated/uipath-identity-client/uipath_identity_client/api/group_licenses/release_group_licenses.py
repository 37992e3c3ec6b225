from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import Response


def _get_kwargs(
    account_id: UUID,
    group_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "service": "lease",
        "url": "/api/account/{account_id}/user-license/group/{group_id}".format(
            account_id=quote(str(account_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemDetails | ValidationProblemDetails | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("releaseGroupLicenses", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemDetails | ValidationProblemDetails | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ProblemDetails | ValidationProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: UUID,
    group_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ProblemDetails | ValidationProblemDetails]:
    """Remove a group's license rule

     Removes the group's rule: its members lose the leases they took through it, and the units
    return to the organization. The group itself is not changed.

    Args:
        account_id (UUID):
        group_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        group_id=group_id,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    account_id: UUID,
    group_id: UUID,
    *,
    client: AuthenticatedClient,
) -> None:
    """Remove a group's license rule

     Removes the group's rule: its members lose the leases they took through it, and the units
    return to the organization. The group itself is not changed.

    Args:
        account_id (UUID):
        group_id (UUID):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        group_id=group_id,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return None


async def asyncio_detailed(
    account_id: UUID,
    group_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ProblemDetails | ValidationProblemDetails]:
    """Remove a group's license rule

     Removes the group's rule: its members lose the leases they took through it, and the units
    return to the organization. The group itself is not changed.

    Args:
        account_id (UUID):
        group_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        group_id=group_id,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: UUID,
    group_id: UUID,
    *,
    client: AuthenticatedClient,
) -> None:
    """Remove a group's license rule

     Removes the group's rule: its members lose the leases they took through it, and the units
    return to the organization. The group itself is not changed.

    Args:
        account_id (UUID):
        group_id (UUID):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        group_id=group_id,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return None
