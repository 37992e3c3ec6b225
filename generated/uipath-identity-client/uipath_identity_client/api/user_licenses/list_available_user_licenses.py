from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._json_lists import models_of
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.user_bundle_quantity import UserBundleQuantity
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import Response


def _get_kwargs(
    account_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "service": "lease",
        "url": "/api/account/{account_id}/user-license".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | list[UserBundleQuantity] | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("listAvailableUserLicenses", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | list[UserBundleQuantity] | None:
    if response.status_code == 200:
        return models_of(response.json(), UserBundleQuantity.from_dict)
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
) -> Response[ProblemDetails | ValidationProblemDetails | list[UserBundleQuantity]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetails | ValidationProblemDetails | list[UserBundleQuantity]]:
    """List the organization's user bundles and how many are allocated

     Returns, for every user bundle the organization has, how many units it bought (`total`) and
    how many are allocated to users, explicitly or through group rules (`allocated`). A bundle
    with `allocated` equal to `total` cannot be given to another user until one is released.

    Args:
        account_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[UserBundleQuantity]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
) -> list[UserBundleQuantity]:
    """List the organization's user bundles and how many are allocated

     Returns, for every user bundle the organization has, how many units it bought (`total`) and
    how many are allocated to users, explicitly or through group rules (`allocated`). A bundle
    with `allocated` equal to `total` cannot be given to another user until one is released.

    Args:
        account_id (UUID):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[UserBundleQuantity]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[UserBundleQuantity], _parse_response(client=client, response=response))


async def asyncio_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetails | ValidationProblemDetails | list[UserBundleQuantity]]:
    """List the organization's user bundles and how many are allocated

     Returns, for every user bundle the organization has, how many units it bought (`total`) and
    how many are allocated to users, explicitly or through group rules (`allocated`). A bundle
    with `allocated` equal to `total` cannot be given to another user until one is released.

    Args:
        account_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[UserBundleQuantity]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
) -> list[UserBundleQuantity]:
    """List the organization's user bundles and how many are allocated

     Returns, for every user bundle the organization has, how many units it bought (`total`) and
    how many are allocated to users, explicitly or through group rules (`allocated`). A bundle
    with `allocated` equal to `total` cannot be given to another user until one is released.

    Args:
        account_id (UUID):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[UserBundleQuantity]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[UserBundleQuantity], _parse_response(client=client, response=response))
