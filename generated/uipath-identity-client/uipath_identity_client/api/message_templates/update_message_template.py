from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_template import MessageTemplate
from ...models.problem_details import ProblemDetails
from ...models.update_message_template_request import UpdateMessageTemplateRequest
from ...models.validation_problem_details import ValidationProblemDetails
from ...types import Response


def _get_kwargs(
    template_id: int,
    *,
    body: UpdateMessageTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/MessageTemplate/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageTemplate | ProblemDetails | ValidationProblemDetails | None:
    try:
        return _parse_response_unchecked(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.ResponseValidationError.from_exception("updateMessageTemplate", response, error) from error


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageTemplate | ProblemDetails | ValidationProblemDetails | None:
    if response.status_code == 200:
        response_200 = MessageTemplate.from_dict(response.json())

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
) -> Response[MessageTemplate | ProblemDetails | ValidationProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateMessageTemplateRequest,
) -> Response[MessageTemplate | ProblemDetails | ValidationProblemDetails]:
    """Update a message template

     Replaces the content (`value`) of a message template. Its name cannot be changed. The template
    is the one the path addresses; an `id` in the body, if sent, must be the same.

    Args:
        template_id (int):
        body (UpdateMessageTemplateRequest): The new content of a message template.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageTemplate | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = client._request(kwargs)

    return _build_response(client=client, response=response)


def sync(
    template_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateMessageTemplateRequest,
) -> MessageTemplate:
    """Update a message template

     Replaces the content (`value`) of a message template. Its name cannot be changed. The template
    is the one the path addresses; an `id` in the body, if sent, must be the same.

    Args:
        template_id (int):
        body (UpdateMessageTemplateRequest): The new content of a message template.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        MessageTemplate
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = client._request(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(MessageTemplate, _parse_response(client=client, response=response))


async def asyncio_detailed(
    template_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateMessageTemplateRequest,
) -> Response[MessageTemplate | ProblemDetails | ValidationProblemDetails]:
    """Update a message template

     Replaces the content (`value`) of a message template. Its name cannot be changed. The template
    is the one the path addresses; an `id` in the body, if sent, must be the same.

    Args:
        template_id (int):
        body (UpdateMessageTemplateRequest): The new content of a message template.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageTemplate | ProblemDetails | ValidationProblemDetails]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = await client._arequest(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateMessageTemplateRequest,
) -> MessageTemplate:
    """Update a message template

     Replaces the content (`value`) of a message template. Its name cannot be changed. The template
    is the one the path addresses; an `id` in the body, if sent, must be the same.

    Args:
        template_id (int):
        body (UpdateMessageTemplateRequest): The new content of a message template.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status (errors.BadRequestError,
            errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError, errors.ConflictError,
            errors.RateLimitError, errors.InternalServerError, ...), after retries.
        errors.APITimeoutError: If the request takes longer than Client.timeout (after retries).
        errors.APIConnectionError: If the server cannot be reached (after retries).
        errors.ResponseValidationError: If the answer does not match the spec.

    Returns:
        MessageTemplate
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = await client._arequest(kwargs)
    if not response.is_success:
        raise errors.status_error(response)
    return cast(MessageTemplate, _parse_response(client=client, response=response))
