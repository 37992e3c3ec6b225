from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._json_lists import models_of
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.setting import Setting
from ...models.update_settings_request import UpdateSettingsRequest
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/Setting",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | list[Setting] | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("updateSettings", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | list[Setting] | None:
    if response.status_code == 200:
        return models_of(response.json(), Setting.from_dict)
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

    if response.status_code == 409:
        response_409 = ProblemDetails.from_dict(response.json())

        return response_409

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
) -> Response[ProblemDetails | ValidationProblemDetails | list[Setting]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsRequest,
) -> Response[ProblemDetails | ValidationProblemDetails | list[Setting]]:
    """Create or update settings

     Stores the given settings of an organization (or of one of its users): a key that is already
    set gets the new value, a key that is not set yet is created. Keys not in the request are left
    as they are. Answers the stored settings, with their ids.

    Args:
        body (UpdateSettingsRequest): Settings to create or update, for an organization or for one
            user of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[Setting]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsRequest,
) -> list[Setting]:
    """Create or update settings

     Stores the given settings of an organization (or of one of its users): a key that is already
    set gets the new value, a key that is not set yet is created. Keys not in the request are left
    as they are. Answers the stored settings, with their ids.

    Args:
        body (UpdateSettingsRequest): Settings to create or update, for an organization or for one
            user of it.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[Setting]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[Setting], _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsRequest,
) -> Response[ProblemDetails | ValidationProblemDetails | list[Setting]]:
    """Create or update settings

     Stores the given settings of an organization (or of one of its users): a key that is already
    set gets the new value, a key that is not set yet is created. Keys not in the request are left
    as they are. Answers the stored settings, with their ids.

    Args:
        body (UpdateSettingsRequest): Settings to create or update, for an organization or for one
            user of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[Setting]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsRequest,
) -> list[Setting]:
    """Create or update settings

     Stores the given settings of an organization (or of one of its users): a key that is already
    set gets the new value, a key that is not set yet is created. Keys not in the request are left
    as they are. Answers the stored settings, with their ids.

    Args:
        body (UpdateSettingsRequest): Settings to create or update, for an organization or for one
            user of it.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[Setting]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[Setting], _parse_response(client=client, response=response))
