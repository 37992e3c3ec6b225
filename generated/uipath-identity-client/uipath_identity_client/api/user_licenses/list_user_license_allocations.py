from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.license_sort_order import LicenseSortOrder
from ...models.problem_details import ProblemDetails
from ...models.user_license_allocation_page import UserLicenseAllocationPage
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: UUID,
    *,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: LicenseSortOrder | Unset = UNSET,
    user_bundle_license_codes: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["top"] = top

    params["skip"] = skip

    params["sortBy"] = sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_user_bundle_license_codes: list[str] | Unset = UNSET
    if not isinstance(user_bundle_license_codes, Unset):
        json_user_bundle_license_codes = user_bundle_license_codes

    params["userBundleLicenseCodes"] = json_user_bundle_license_codes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "service": "lease",
        "url": "/api/account/{account_id}/user-license/user/page".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | UserLicenseAllocationPage | ValidationProblemDetails | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("listUserLicenseAllocations", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | UserLicenseAllocationPage | ValidationProblemDetails | None:
    if response.status_code == 200:
        response_200 = UserLicenseAllocationPage.from_dict(response.json())

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
) -> Response[ProblemDetails | UserLicenseAllocationPage | ValidationProblemDetails]:
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
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: LicenseSortOrder | Unset = UNSET,
    user_bundle_license_codes: list[str] | Unset = UNSET,
) -> Response[ProblemDetails | UserLicenseAllocationPage | ValidationProblemDetails]:
    """List the users with an explicit license allocation

     Returns one page of the users that have bundles allocated explicitly, and how many there
    are in all. `userBundleLicenseCodes` keeps only users holding one of those bundles; `top`
    and `skip` select the page; `sortBy` (a field such as `name` or `email`) and `sortOrder`
    order it.

    Args:
        account_id (UUID):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (LicenseSortOrder | Unset): A sort direction, as the License Accountant spells
            it.
        user_bundle_license_codes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | UserLicenseAllocationPage | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
        user_bundle_license_codes=user_bundle_license_codes,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: LicenseSortOrder | Unset = UNSET,
    user_bundle_license_codes: list[str] | Unset = UNSET,
) -> UserLicenseAllocationPage:
    """List the users with an explicit license allocation

     Returns one page of the users that have bundles allocated explicitly, and how many there
    are in all. `userBundleLicenseCodes` keeps only users holding one of those bundles; `top`
    and `skip` select the page; `sortBy` (a field such as `name` or `email`) and `sortOrder`
    order it.

    Args:
        account_id (UUID):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (LicenseSortOrder | Unset): A sort direction, as the License Accountant spells
            it.
        user_bundle_license_codes (list[str] | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        UserLicenseAllocationPage
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
        user_bundle_license_codes=user_bundle_license_codes,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(UserLicenseAllocationPage, _parse_response(client=client, response=response))


async def asyncio_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: LicenseSortOrder | Unset = UNSET,
    user_bundle_license_codes: list[str] | Unset = UNSET,
) -> Response[ProblemDetails | UserLicenseAllocationPage | ValidationProblemDetails]:
    """List the users with an explicit license allocation

     Returns one page of the users that have bundles allocated explicitly, and how many there
    are in all. `userBundleLicenseCodes` keeps only users holding one of those bundles; `top`
    and `skip` select the page; `sortBy` (a field such as `name` or `email`) and `sortOrder`
    order it.

    Args:
        account_id (UUID):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (LicenseSortOrder | Unset): A sort direction, as the License Accountant spells
            it.
        user_bundle_license_codes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | UserLicenseAllocationPage | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
        user_bundle_license_codes=user_bundle_license_codes,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    top: int | Unset = UNSET,
    skip: int | Unset = 0,
    sort_by: str | Unset = UNSET,
    sort_order: LicenseSortOrder | Unset = UNSET,
    user_bundle_license_codes: list[str] | Unset = UNSET,
) -> UserLicenseAllocationPage:
    """List the users with an explicit license allocation

     Returns one page of the users that have bundles allocated explicitly, and how many there
    are in all. `userBundleLicenseCodes` keeps only users holding one of those bundles; `top`
    and `skip` select the page; `sortBy` (a field such as `name` or `email`) and `sortOrder`
    order it.

    Args:
        account_id (UUID):
        top (int | Unset):
        skip (int | Unset):  Default: 0.
        sort_by (str | Unset):
        sort_order (LicenseSortOrder | Unset): A sort direction, as the License Accountant spells
            it.
        user_bundle_license_codes (list[str] | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        UserLicenseAllocationPage
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        top=top,
        skip=skip,
        sort_by=sort_by,
        sort_order=sort_order,
        user_bundle_license_codes=user_bundle_license_codes,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(UserLicenseAllocationPage, _parse_response(client=client, response=response))
