import datetime
from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_event_page import AuditEventPage
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
    search_term: str | Unset = UNSET,
    status: AuditEventStatusFilter | Unset = UNSET,
    max_count: int | Unset = UNSET,
    before: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    qw: str | Unset = UNSET,
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

    params["searchTerm"] = search_term

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["maxCount"] = max_count

    params["before"] = before

    params["beforeId"] = before_id

    params["qw"] = qw

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "service": "orgaudit",
        "url": "/api/query/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditEventPage | ProblemDetails | ValidationProblemDetails | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("listAuditEvents", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditEventPage | ProblemDetails | ValidationProblemDetails | None:
    if response.status_code == 200:
        response_200 = AuditEventPage.from_dict(response.json())

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
) -> Response[AuditEventPage | ProblemDetails | ValidationProblemDetails]:
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
    search_term: str | Unset = UNSET,
    status: AuditEventStatusFilter | Unset = UNSET,
    max_count: int | Unset = UNSET,
    before: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    qw: str | Unset = UNSET,
) -> Response[AuditEventPage | ProblemDetails | ValidationProblemDetails]:
    """Query audit events

     Returns one page of the events that match every filter given, newest first, with links to
    the neighbouring pages: `previous` fetches the next older page (follow it to walk back
    through history), `next` the newer one; either is null where there is nothing more.
    `maxCount` asks for a page size; the service clamps it to 10–200 (a larger value gives
    200 events, not an error). Events are kept for 90 days: an interval that starts earlier
    only returns what is still kept.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        source (list[UUID] | Unset):
        target (list[UUID] | Unset):
        type (list[UUID] | Unset):
        user_ids (list[UUID] | Unset):
        search_term (str | Unset):
        status (AuditEventStatusFilter | Unset): The outcome to filter by; `0` success, `1`
            failure.
        max_count (int | Unset):
        before (str | Unset):
        before_id (str | Unset):
        qw (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        source=source,
        target=target,
        type=type,
        user_ids=user_ids,
        search_term=search_term,
        status=status,
        max_count=max_count,
        before=before,
        before_id=before_id,
        qw=qw,
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
    search_term: str | Unset = UNSET,
    status: AuditEventStatusFilter | Unset = UNSET,
    max_count: int | Unset = UNSET,
    before: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    qw: str | Unset = UNSET,
) -> AuditEventPage:
    """Query audit events

     Returns one page of the events that match every filter given, newest first, with links to
    the neighbouring pages: `previous` fetches the next older page (follow it to walk back
    through history), `next` the newer one; either is null where there is nothing more.
    `maxCount` asks for a page size; the service clamps it to 10–200 (a larger value gives
    200 events, not an error). Events are kept for 90 days: an interval that starts earlier
    only returns what is still kept.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        source (list[UUID] | Unset):
        target (list[UUID] | Unset):
        type (list[UUID] | Unset):
        user_ids (list[UUID] | Unset):
        search_term (str | Unset):
        status (AuditEventStatusFilter | Unset): The outcome to filter by; `0` success, `1`
            failure.
        max_count (int | Unset):
        before (str | Unset):
        before_id (str | Unset):
        qw (str | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        AuditEventPage
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        source=source,
        target=target,
        type=type,
        user_ids=user_ids,
        search_term=search_term,
        status=status,
        max_count=max_count,
        before=before,
        before_id=before_id,
        qw=qw,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(AuditEventPage, _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    source: list[UUID] | Unset = UNSET,
    target: list[UUID] | Unset = UNSET,
    type: list[UUID] | Unset = UNSET,
    user_ids: list[UUID] | Unset = UNSET,
    search_term: str | Unset = UNSET,
    status: AuditEventStatusFilter | Unset = UNSET,
    max_count: int | Unset = UNSET,
    before: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    qw: str | Unset = UNSET,
) -> Response[AuditEventPage | ProblemDetails | ValidationProblemDetails]:
    """Query audit events

     Returns one page of the events that match every filter given, newest first, with links to
    the neighbouring pages: `previous` fetches the next older page (follow it to walk back
    through history), `next` the newer one; either is null where there is nothing more.
    `maxCount` asks for a page size; the service clamps it to 10–200 (a larger value gives
    200 events, not an error). Events are kept for 90 days: an interval that starts earlier
    only returns what is still kept.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        source (list[UUID] | Unset):
        target (list[UUID] | Unset):
        type (list[UUID] | Unset):
        user_ids (list[UUID] | Unset):
        search_term (str | Unset):
        status (AuditEventStatusFilter | Unset): The outcome to filter by; `0` success, `1`
            failure.
        max_count (int | Unset):
        before (str | Unset):
        before_id (str | Unset):
        qw (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        source=source,
        target=target,
        type=type,
        user_ids=user_ids,
        search_term=search_term,
        status=status,
        max_count=max_count,
        before=before,
        before_id=before_id,
        qw=qw,
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
    search_term: str | Unset = UNSET,
    status: AuditEventStatusFilter | Unset = UNSET,
    max_count: int | Unset = UNSET,
    before: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    qw: str | Unset = UNSET,
) -> AuditEventPage:
    """Query audit events

     Returns one page of the events that match every filter given, newest first, with links to
    the neighbouring pages: `previous` fetches the next older page (follow it to walk back
    through history), `next` the newer one; either is null where there is nothing more.
    `maxCount` asks for a page size; the service clamps it to 10–200 (a larger value gives
    200 events, not an error). Events are kept for 90 days: an interval that starts earlier
    only returns what is still kept.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        source (list[UUID] | Unset):
        target (list[UUID] | Unset):
        type (list[UUID] | Unset):
        user_ids (list[UUID] | Unset):
        search_term (str | Unset):
        status (AuditEventStatusFilter | Unset): The outcome to filter by; `0` success, `1`
            failure.
        max_count (int | Unset):
        before (str | Unset):
        before_id (str | Unset):
        qw (str | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        AuditEventPage
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        source=source,
        target=target,
        type=type,
        user_ids=user_ids,
        search_term=search_term,
        status=status,
        max_count=max_count,
        before=before,
        before_id=before_id,
        qw=qw,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(AuditEventPage, _parse_response(client=client, response=response))
