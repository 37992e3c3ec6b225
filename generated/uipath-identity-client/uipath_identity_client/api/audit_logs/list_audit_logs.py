from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_page import AuditLogPage
from ...models.problem_details import ProblemDetails
from ...models.sort_order import SortOrder
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    partition_global_id: UUID,
    *,
    language: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["language"] = language

    params["top"] = top

    params["skip"] = skip

    params["sortBy"] = sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/AuditQuery/{partition_global_id}".format(
            partition_global_id=quote(str(partition_global_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditLogPage | ProblemDetails | ValidationProblemDetails | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("listAuditLogs", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditLogPage | ProblemDetails | ValidationProblemDetails | None:
    if response.status_code == 200:
        response_200 = AuditLogPage.from_dict(response.json())

        return response_200

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
) -> Response[AuditLogPage | ProblemDetails | ValidationProblemDetails]:
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
    language: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[AuditLogPage | ProblemDetails | ValidationProblemDetails]:
    """List the organization's audit log

     Returns one page of the organization's audit log and the total number of records.
    `top` and `skip` select the page; `sortBy` (a field of the record, such as `createdOn`,
    `category` or `email`) and `sortOrder` order it; `language` picks the language of the
    messages.

    Args:
        partition_global_id (UUID):
        language (str | Unset):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): A sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        language=language,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
    language: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> AuditLogPage:
    """List the organization's audit log

     Returns one page of the organization's audit log and the total number of records.
    `top` and `skip` select the page; `sortBy` (a field of the record, such as `createdOn`,
    `category` or `email`) and `sortOrder` order it; `language` picks the language of the
    messages.

    Args:
        partition_global_id (UUID):
        language (str | Unset):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): A sort direction.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        AuditLogPage
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        language=language,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(AuditLogPage, _parse_response(client=client, response=response))


async def asyncio_detailed(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
    language: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[AuditLogPage | ProblemDetails | ValidationProblemDetails]:
    """List the organization's audit log

     Returns one page of the organization's audit log and the total number of records.
    `top` and `skip` select the page; `sortBy` (a field of the record, such as `createdOn`,
    `category` or `email`) and `sortOrder` order it; `language` picks the language of the
    messages.

    Args:
        partition_global_id (UUID):
        language (str | Unset):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): A sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        language=language,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
    language: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> AuditLogPage:
    """List the organization's audit log

     Returns one page of the organization's audit log and the total number of records.
    `top` and `skip` select the page; `sortBy` (a field of the record, such as `createdOn`,
    `category` or `email`) and `sortOrder` order it; `language` picks the language of the
    messages.

    Args:
        partition_global_id (UUID):
        language (str | Unset):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): A sort direction.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        AuditLogPage
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
        language=language,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(AuditLogPage, _parse_response(client=client, response=response))
