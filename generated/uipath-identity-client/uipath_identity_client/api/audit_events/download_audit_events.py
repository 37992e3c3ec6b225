import datetime
from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_event_status_filter import AuditEventStatusFilter
from ...models.problem_details import ProblemDetails
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    source: list[UUID] | Unset = UNSET,
    target: list[UUID] | Unset = UNSET,
    type: list[UUID] | Unset = UNSET,
    user_ids: list[UUID] | Unset = UNSET,
    status: AuditEventStatusFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_source: list[str] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = []
        for source_item_data in source:
            source_item = str(source_item_data)
            json_source.append(source_item)

    params["source"] = json_source

    json_target: list[str] | Unset = UNSET
    if not isinstance(target, Unset):
        json_target = []
        for target_item_data in target:
            target_item = str(target_item_data)
            json_target.append(target_item)

    params["target"] = json_target

    json_type: list[str] | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = []
        for type_item_data in type:
            type_item = str(type_item_data)
            json_type.append(type_item)

    params["type"] = json_type

    json_user_ids: list[str] | Unset = UNSET
    if not isinstance(user_ids, Unset):
        json_user_ids = []
        for user_ids_item_data in user_ids:
            user_ids_item = str(user_ids_item_data)
            json_user_ids.append(user_ids_item)

    params["userIds"] = json_user_ids

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "service": "orgaudit",
        "url": "/api/query/downloadevents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | str | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("downloadAuditEvents", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ValidationProblemDetails | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[ProblemDetails | ValidationProblemDetails | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    source: list[UUID] | Unset = UNSET,
    target: list[UUID] | Unset = UNSET,
    type: list[UUID] | Unset = UNSET,
    user_ids: list[UUID] | Unset = UNSET,
    status: AuditEventStatusFilter | Unset = UNSET,
) -> Response[ProblemDetails | ValidationProblemDetails | str]:
    """Download audit events as CSV

     Returns the events that match every filter given as a CSV file: a header row, then one row
    per event. The columns are not documented: read them by their header names, not by
    position. Events are kept for 90 days. For long periods, download one UTC day per request
    (`from` at 00:00:00Z, `to` at 23:59:59.999Z), as UiPath's own export tools do.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        source (list[UUID] | Unset):
        target (list[UUID] | Unset):
        type (list[UUID] | Unset):
        user_ids (list[UUID] | Unset):
        status (AuditEventStatusFilter | Unset): The outcome to filter by; `0` success, `1`
            failure.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | str]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        source=source,
        target=target,
        type=type,
        user_ids=user_ids,
        status=status,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    source: list[UUID] | Unset = UNSET,
    target: list[UUID] | Unset = UNSET,
    type: list[UUID] | Unset = UNSET,
    user_ids: list[UUID] | Unset = UNSET,
    status: AuditEventStatusFilter | Unset = UNSET,
) -> str:
    """Download audit events as CSV

     Returns the events that match every filter given as a CSV file: a header row, then one row
    per event. The columns are not documented: read them by their header names, not by
    position. Events are kept for 90 days. For long periods, download one UTC day per request
    (`from` at 00:00:00Z, `to` at 23:59:59.999Z), as UiPath's own export tools do.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        source (list[UUID] | Unset):
        target (list[UUID] | Unset):
        type (list[UUID] | Unset):
        user_ids (list[UUID] | Unset):
        status (AuditEventStatusFilter | Unset): The outcome to filter by; `0` success, `1`
            failure.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        str
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        source=source,
        target=target,
        type=type,
        user_ids=user_ids,
        status=status,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(str, _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    source: list[UUID] | Unset = UNSET,
    target: list[UUID] | Unset = UNSET,
    type: list[UUID] | Unset = UNSET,
    user_ids: list[UUID] | Unset = UNSET,
    status: AuditEventStatusFilter | Unset = UNSET,
) -> Response[ProblemDetails | ValidationProblemDetails | str]:
    """Download audit events as CSV

     Returns the events that match every filter given as a CSV file: a header row, then one row
    per event. The columns are not documented: read them by their header names, not by
    position. Events are kept for 90 days. For long periods, download one UTC day per request
    (`from` at 00:00:00Z, `to` at 23:59:59.999Z), as UiPath's own export tools do.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        source (list[UUID] | Unset):
        target (list[UUID] | Unset):
        type (list[UUID] | Unset):
        user_ids (list[UUID] | Unset):
        status (AuditEventStatusFilter | Unset): The outcome to filter by; `0` success, `1`
            failure.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | str]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        source=source,
        target=target,
        type=type,
        user_ids=user_ids,
        status=status,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    source: list[UUID] | Unset = UNSET,
    target: list[UUID] | Unset = UNSET,
    type: list[UUID] | Unset = UNSET,
    user_ids: list[UUID] | Unset = UNSET,
    status: AuditEventStatusFilter | Unset = UNSET,
) -> str:
    """Download audit events as CSV

     Returns the events that match every filter given as a CSV file: a header row, then one row
    per event. The columns are not documented: read them by their header names, not by
    position. Events are kept for 90 days. For long periods, download one UTC day per request
    (`from` at 00:00:00Z, `to` at 23:59:59.999Z), as UiPath's own export tools do.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        source (list[UUID] | Unset):
        target (list[UUID] | Unset):
        type (list[UUID] | Unset):
        user_ids (list[UUID] | Unset):
        status (AuditEventStatusFilter | Unset): The outcome to filter by; `0` success, `1`
            failure.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        str
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        source=source,
        target=target,
        type=type,
        user_ids=user_ids,
        status=status,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(str, _parse_response(client=client, response=response))
