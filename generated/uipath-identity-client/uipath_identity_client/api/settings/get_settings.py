from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ..._json_lists import models_of
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.setting import Setting
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    key: list[str] | Unset = UNSET,
    partition_global_id: UUID | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_key: list[str] | Unset = UNSET
    if not isinstance(key, Unset):
        json_key = key

    params["key"] = json_key

    json_partition_global_id: str | Unset = UNSET
    if not isinstance(partition_global_id, Unset):
        json_partition_global_id = str(partition_global_id)
    params["partitionGlobalId"] = json_partition_global_id

    json_user_id: str | Unset = UNSET
    if not isinstance(user_id, Unset):
        json_user_id = str(user_id)
    params["userId"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/Setting",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | list[Setting] | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("getSettings", response, error) from error


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
    key: list[str] | Unset = UNSET,
    partition_global_id: UUID | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
) -> Response[ProblemDetails | ValidationProblemDetails | list[Setting]]:
    """Get settings

     Returns the stored settings of an organization (or of one of its users) whose keys are listed
    in `key`. Keys that have no stored value are left out of the answer, so an empty list means
    none of the keys is set. Without `userId` the organization's own settings are returned.

    Args:
        key (list[str] | Unset):
        partition_global_id (UUID | Unset):
        user_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[Setting]]
    """

    kwargs = _get_kwargs(
        key=key,
        partition_global_id=partition_global_id,
        user_id=user_id,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    key: list[str] | Unset = UNSET,
    partition_global_id: UUID | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
) -> list[Setting]:
    """Get settings

     Returns the stored settings of an organization (or of one of its users) whose keys are listed
    in `key`. Keys that have no stored value are left out of the answer, so an empty list means
    none of the keys is set. Without `userId` the organization's own settings are returned.

    Args:
        key (list[str] | Unset):
        partition_global_id (UUID | Unset):
        user_id (UUID | Unset):

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
        key=key,
        partition_global_id=partition_global_id,
        user_id=user_id,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[Setting], _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    key: list[str] | Unset = UNSET,
    partition_global_id: UUID | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
) -> Response[ProblemDetails | ValidationProblemDetails | list[Setting]]:
    """Get settings

     Returns the stored settings of an organization (or of one of its users) whose keys are listed
    in `key`. Keys that have no stored value are left out of the answer, so an empty list means
    none of the keys is set. Without `userId` the organization's own settings are returned.

    Args:
        key (list[str] | Unset):
        partition_global_id (UUID | Unset):
        user_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[Setting]]
    """

    kwargs = _get_kwargs(
        key=key,
        partition_global_id=partition_global_id,
        user_id=user_id,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    key: list[str] | Unset = UNSET,
    partition_global_id: UUID | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
) -> list[Setting]:
    """Get settings

     Returns the stored settings of an organization (or of one of its users) whose keys are listed
    in `key`. Keys that have no stored value are left out of the answer, so an empty list means
    none of the keys is set. Without `userId` the organization's own settings are returned.

    Args:
        key (list[str] | Unset):
        partition_global_id (UUID | Unset):
        user_id (UUID | Unset):

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
        key=key,
        partition_global_id=partition_global_id,
        user_id=user_id,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[Setting], _parse_response(client=client, response=response))
