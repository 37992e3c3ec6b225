from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_page import AuditLogPage
from ...models.problem_details import ProblemDetails
from ...models.sort_order import SortOrder
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    language: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    api_version: str | Unset = UNSET,
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

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "service": "audit",
        "url": "/api/auditlogs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditLogPage | ProblemDetails | ValidationProblemDetails | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("listClassicAuditLogs", response, error) from error


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
    *,
    client: AuthenticatedClient,
    language: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    api_version: str | Unset = UNSET,
) -> Response[AuditLogPage | ProblemDetails | ValidationProblemDetails]:
    """List the organization's audit log

     Returns one page of the organization's audit log and the total number of records.
    `top` and `skip` select the page; `sortBy` (a field of the record, such as `createdOn`,
    `category` or `email`) and `sortOrder` order it; `language` picks the language of the
    messages.

    Args:
        language (str | Unset):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): A sort direction.
        api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        language=language,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
        api_version=api_version,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    language: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    api_version: str | Unset = UNSET,
) -> AuditLogPage:
    """List the organization's audit log

     Returns one page of the organization's audit log and the total number of records.
    `top` and `skip` select the page; `sortBy` (a field of the record, such as `createdOn`,
    `category` or `email`) and `sortOrder` order it; `language` picks the language of the
    messages.

    Args:
        language (str | Unset):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): A sort direction.
        api_version (str | Unset):

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
        language=language,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
        api_version=api_version,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(AuditLogPage, _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    language: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    api_version: str | Unset = UNSET,
) -> Response[AuditLogPage | ProblemDetails | ValidationProblemDetails]:
    """List the organization's audit log

     Returns one page of the organization's audit log and the total number of records.
    `top` and `skip` select the page; `sortBy` (a field of the record, such as `createdOn`,
    `category` or `email`) and `sortOrder` order it; `language` picks the language of the
    messages.

    Args:
        language (str | Unset):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): A sort direction.
        api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        language=language,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
        api_version=api_version,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    language: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    api_version: str | Unset = UNSET,
) -> AuditLogPage:
    """List the organization's audit log

     Returns one page of the organization's audit log and the total number of records.
    `top` and `skip` select the page; `sortBy` (a field of the record, such as `createdOn`,
    `category` or `email`) and `sortOrder` order it; `language` picks the language of the
    messages.

    Args:
        language (str | Unset):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): A sort direction.
        api_version (str | Unset):

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
        language=language,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
        api_version=api_version,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(AuditLogPage, _parse_response(client=client, response=response))
