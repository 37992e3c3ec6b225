from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._json_lists import models_of
from ...client import AuthenticatedClient, Client
from ...models.directory_entity_type import DirectoryEntityType
from ...models.directory_search_result import DirectorySearchResult
from ...models.directory_source_filter import DirectorySourceFilter
from ...models.problem_details import ProblemDetails
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    partition_global_id: UUID,
    *,
    starts_with: str,
    entity_type: DirectoryEntityType | Unset = UNSET,
    source_filter: list[DirectorySourceFilter] | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["startsWith"] = starts_with

    json_entity_type: str | Unset = UNSET
    if not isinstance(entity_type, Unset):
        json_entity_type = entity_type.value

    params["entityType"] = json_entity_type

    json_source_filter: list[str] | Unset = UNSET
    if not isinstance(source_filter, Unset):
        json_source_filter = []
        for source_filter_item_data in source_filter:
            source_filter_item = source_filter_item_data.value
            json_source_filter.append(source_filter_item)

    params["sourceFilter"] = json_source_filter

    params["scope"] = scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/Directory/Search/{partition_global_id}".format(
            partition_global_id=quote(str(partition_global_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | list[DirectorySearchResult] | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("searchDirectory", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | list[DirectorySearchResult] | None:
    if response.status_code == 200:
        return models_of(response.json(), DirectorySearchResult.from_dict)
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

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetails | ValidationProblemDetails | list[DirectorySearchResult]]:
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
    starts_with: str,
    entity_type: DirectoryEntityType | Unset = UNSET,
    source_filter: list[DirectorySourceFilter] | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[ProblemDetails | ValidationProblemDetails | list[DirectorySearchResult]]:
    """Search the directory

     Returns the users, groups, robot accounts and applications of the organization (and of its
    connected directory) whose name, e-mail address or display name starts with `startsWith`.
    Narrow the search either by `entityType` or by `sourceFilter`, not both (400).

    Args:
        partition_global_id (UUID):
        starts_with (str):
        entity_type (DirectoryEntityType | Unset): The type of a directory entity. Robot accounts
            are of type `user`. The service also accepts
            the capitalized spellings (`User`, `Group`, `Application`) in requests.
        source_filter (list[DirectorySourceFilter] | Unset):
        scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[DirectorySearchResult]]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        starts_with=starts_with,
        entity_type=entity_type,
        source_filter=source_filter,
        scope=scope,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
    starts_with: str,
    entity_type: DirectoryEntityType | Unset = UNSET,
    source_filter: list[DirectorySourceFilter] | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> list[DirectorySearchResult]:
    """Search the directory

     Returns the users, groups, robot accounts and applications of the organization (and of its
    connected directory) whose name, e-mail address or display name starts with `startsWith`.
    Narrow the search either by `entityType` or by `sourceFilter`, not both (400).

    Args:
        partition_global_id (UUID):
        starts_with (str):
        entity_type (DirectoryEntityType | Unset): The type of a directory entity. Robot accounts
            are of type `user`. The service also accepts
            the capitalized spellings (`User`, `Group`, `Application`) in requests.
        source_filter (list[DirectorySourceFilter] | Unset):
        scope (str | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[DirectorySearchResult]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        starts_with=starts_with,
        entity_type=entity_type,
        source_filter=source_filter,
        scope=scope,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[DirectorySearchResult], _parse_response(client=client, response=response))


async def asyncio_detailed(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
    starts_with: str,
    entity_type: DirectoryEntityType | Unset = UNSET,
    source_filter: list[DirectorySourceFilter] | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[ProblemDetails | ValidationProblemDetails | list[DirectorySearchResult]]:
    """Search the directory

     Returns the users, groups, robot accounts and applications of the organization (and of its
    connected directory) whose name, e-mail address or display name starts with `startsWith`.
    Narrow the search either by `entityType` or by `sourceFilter`, not both (400).

    Args:
        partition_global_id (UUID):
        starts_with (str):
        entity_type (DirectoryEntityType | Unset): The type of a directory entity. Robot accounts
            are of type `user`. The service also accepts
            the capitalized spellings (`User`, `Group`, `Application`) in requests.
        source_filter (list[DirectorySourceFilter] | Unset):
        scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[DirectorySearchResult]]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        starts_with=starts_with,
        entity_type=entity_type,
        source_filter=source_filter,
        scope=scope,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
    starts_with: str,
    entity_type: DirectoryEntityType | Unset = UNSET,
    source_filter: list[DirectorySourceFilter] | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> list[DirectorySearchResult]:
    """Search the directory

     Returns the users, groups, robot accounts and applications of the organization (and of its
    connected directory) whose name, e-mail address or display name starts with `startsWith`.
    Narrow the search either by `entityType` or by `sourceFilter`, not both (400).

    Args:
        partition_global_id (UUID):
        starts_with (str):
        entity_type (DirectoryEntityType | Unset): The type of a directory entity. Robot accounts
            are of type `user`. The service also accepts
            the capitalized spellings (`User`, `Group`, `Application`) in requests.
        source_filter (list[DirectorySourceFilter] | Unset):
        scope (str | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[DirectorySearchResult]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        starts_with=starts_with,
        entity_type=entity_type,
        source_filter=source_filter,
        scope=scope,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(list[DirectorySearchResult], _parse_response(client=client, response=response))
