from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allocate_group_licenses_with_quota_request import AllocateGroupLicensesWithQuotaRequest
from ...models.group_license_allocation_with_quota import GroupLicenseAllocationWithQuota
from ...models.problem_details import ProblemDetails
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import Response


def _get_kwargs(
    account_id: UUID,
    group_id: UUID,
    *,
    body: AllocateGroupLicensesWithQuotaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "service": "lease",
        "url": "/api/account/{account_id}/user-license/group/{group_id}/with-quota".format(
            account_id=quote(str(account_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupLicenseAllocationWithQuota | ProblemDetails | ValidationProblemDetails | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception(
            "allocateGroupLicensesWithQuota", response, error
        ) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupLicenseAllocationWithQuota | ProblemDetails | ValidationProblemDetails | None:
    if response.status_code == 200:
        response_200 = GroupLicenseAllocationWithQuota.from_dict(response.json())

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
) -> Response[GroupLicenseAllocationWithQuota | ProblemDetails | ValidationProblemDetails]:
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
    body: AllocateGroupLicensesWithQuotaRequest,
) -> Response[GroupLicenseAllocationWithQuota | ProblemDetails | ValidationProblemDetails]:
    """Allocate user bundles to a group, with quotas

     Sets the group's rule and its quotas: every member of the group may lease one unit of each
    listed bundle, and for each bundle in `quotas` at most `limit` members may hold it at once.
    Both lists replace the current ones; a bundle without a quota is not limited. Each quota's
    bundle must be in `userBundleCodes`, and a `limit` must be at least 1 and not below the
    bundle's current usage: otherwise the request is refused (400) and nothing changes.

    Args:
        account_id (UUID):
        group_id (UUID):
        body (AllocateGroupLicensesWithQuotaRequest): The bundles the group's members may lease,
            and caps on some of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupLicenseAllocationWithQuota | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        group_id=group_id,
        body=body,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    account_id: UUID,
    group_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AllocateGroupLicensesWithQuotaRequest,
) -> GroupLicenseAllocationWithQuota:
    """Allocate user bundles to a group, with quotas

     Sets the group's rule and its quotas: every member of the group may lease one unit of each
    listed bundle, and for each bundle in `quotas` at most `limit` members may hold it at once.
    Both lists replace the current ones; a bundle without a quota is not limited. Each quota's
    bundle must be in `userBundleCodes`, and a `limit` must be at least 1 and not below the
    bundle's current usage: otherwise the request is refused (400) and nothing changes.

    Args:
        account_id (UUID):
        group_id (UUID):
        body (AllocateGroupLicensesWithQuotaRequest): The bundles the group's members may lease,
            and caps on some of them.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        GroupLicenseAllocationWithQuota
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        group_id=group_id,
        body=body,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(GroupLicenseAllocationWithQuota, _parse_response(client=client, response=response))


async def asyncio_detailed(
    account_id: UUID,
    group_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AllocateGroupLicensesWithQuotaRequest,
) -> Response[GroupLicenseAllocationWithQuota | ProblemDetails | ValidationProblemDetails]:
    """Allocate user bundles to a group, with quotas

     Sets the group's rule and its quotas: every member of the group may lease one unit of each
    listed bundle, and for each bundle in `quotas` at most `limit` members may hold it at once.
    Both lists replace the current ones; a bundle without a quota is not limited. Each quota's
    bundle must be in `userBundleCodes`, and a `limit` must be at least 1 and not below the
    bundle's current usage: otherwise the request is refused (400) and nothing changes.

    Args:
        account_id (UUID):
        group_id (UUID):
        body (AllocateGroupLicensesWithQuotaRequest): The bundles the group's members may lease,
            and caps on some of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupLicenseAllocationWithQuota | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        group_id=group_id,
        body=body,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: UUID,
    group_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AllocateGroupLicensesWithQuotaRequest,
) -> GroupLicenseAllocationWithQuota:
    """Allocate user bundles to a group, with quotas

     Sets the group's rule and its quotas: every member of the group may lease one unit of each
    listed bundle, and for each bundle in `quotas` at most `limit` members may hold it at once.
    Both lists replace the current ones; a bundle without a quota is not limited. Each quota's
    bundle must be in `userBundleCodes`, and a `limit` must be at least 1 and not below the
    bundle's current usage: otherwise the request is refused (400) and nothing changes.

    Args:
        account_id (UUID):
        group_id (UUID):
        body (AllocateGroupLicensesWithQuotaRequest): The bundles the group's members may lease,
            and caps on some of them.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        GroupLicenseAllocationWithQuota
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        group_id=group_id,
        body=body,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(GroupLicenseAllocationWithQuota, _parse_response(client=client, response=response))
