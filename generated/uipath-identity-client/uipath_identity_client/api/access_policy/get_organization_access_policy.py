from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._compat import is_variant_mismatch, unknown_variant
from ...client import AuthenticatedClient, Client
from ...models.directory_application import DirectoryApplication
from ...models.directory_group import DirectoryGroup
from ...models.directory_robot_user import DirectoryRobotUser
from ...models.directory_user import DirectoryUser
from ...models.problem_details import ProblemDetails
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import Response, UnknownObject


def _get_kwargs(
    partition_global_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/PartitionAccessPolicy/{partition_global_id}".format(
            partition_global_id=quote(str(partition_global_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ProblemDetails
    | ValidationProblemDetails
    | list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]
    | None
):
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("getOrganizationAccessPolicy", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ProblemDetails
    | ValidationProblemDetails
    | list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject:
                failure: Exception | None = None
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_directory_entity_type_0 = DirectoryUser.from_dict(data)

                    return componentsschemas_directory_entity_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_directory_entity_type_1 = DirectoryGroup.from_dict(data)

                    return componentsschemas_directory_entity_type_1
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_directory_entity_type_2 = DirectoryApplication.from_dict(data)

                    return componentsschemas_directory_entity_type_2
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_directory_entity_type_3 = DirectoryRobotUser.from_dict(data)

                    return componentsschemas_directory_entity_type_3
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                if failure is not None:  # the variant the object claims to be (its const matched) is malformed
                    raise failure
                if isinstance(data, dict):  # a variant this version does not know: kept as received
                    return unknown_variant(
                        "DirectoryUser | DirectoryGroup | DirectoryApplication | DirectoryRobotUser", data
                    )
                raise TypeError(f"matches none of the variants: {data!r:.200}")

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[
    ProblemDetails
    | ValidationProblemDetails
    | list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]
]:
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
) -> Response[
    ProblemDetails
    | ValidationProblemDetails
    | list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]
]:
    """Get the organization access policy

     Returns the directory entities (groups and users) allowed to access the organization. The
    caller must also be a member of the organization's Administrators group.

    Args:
        partition_global_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
) -> list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]:
    """Get the organization access policy

     Returns the directory entities (groups and users) allowed to access the organization. The
    caller must also be a member of the organization's Administrators group.

    Args:
        partition_global_id (UUID):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(
        list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject],
        _parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[
    ProblemDetails
    | ValidationProblemDetails
    | list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]
]:
    """Get the organization access policy

     Returns the directory entities (groups and users) allowed to access the organization. The
    caller must also be a member of the organization's Administrators group.

    Args:
        partition_global_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ValidationProblemDetails | list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partition_global_id: UUID,
    *,
    client: AuthenticatedClient,
) -> list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]:
    """Get the organization access policy

     Returns the directory entities (groups and users) allowed to access the organization. The
    caller must also be a member of the organization's Administrators group.

    Args:
        partition_global_id (UUID):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]
    """

    kwargs = _get_kwargs(
        partition_global_id=partition_global_id,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(
        list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject],
        _parse_response(client=client, response=response),
    )
