"""The `message_templates` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

from typing import Any

from attrs import evolve

from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ..._workflows import merged_for_replace
from ...models import (
    CreateMessageTemplateRequest,
    MessageTemplate,
    UpdateMessageTemplateRequest,
)
from ...types import UNSET, Unset
from . import (
    create_message_template,
    delete_message_template,
    get_message_template,
    get_message_template_by_name,
    update_message_template,
)


class MessageTemplatesResource:
    """Message templates: `get_by_name`, `create`, `get`, `update`, `patch`, `delete`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> MessageTemplatesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return MessageTemplatesResourceWithRawResponse(self)

    def get_by_name(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> MessageTemplate:
        """Get a message template by name.

        Returns the message template with the given name (one template, not a list). No template of that
        name, or no name at all, answers 404.

        Calls `getMessageTemplateByName`; raises its errors.
        """

        return get_message_template_by_name.sync(
            client=self._binding.client,
            name=name,
        )

    def create(
        self,
        *,
        name: str,
        value: str,
    ) -> int:
        """Create a message template.

        Creates a message template and answers its id (a bare JSON integer, not an object).

        Calls `createMessageTemplate`; raises its errors.
        """

        return create_message_template.sync(
            client=self._binding.client,
            body=CreateMessageTemplateRequest(name=name, value=value),
        )

    def get(
        self,
        template_id: int,
    ) -> MessageTemplate:
        """Get a message template.

        Returns one message template by its id.

        Calls `getMessageTemplate`; raises its errors.
        """

        return get_message_template.sync(
            template_id,
            client=self._binding.client,
        )

    def update(
        self,
        template_id: int,
        *,
        value: str,
    ) -> MessageTemplate:
        """Update a message template.

        Replaces the content (`value`) of a message template. Its name cannot be changed. The template is
        the one the path addresses; an `id` in the body, if sent, must be the same.

        Calls `updateMessageTemplate`; raises its errors.
        """

        return update_message_template.sync(
            template_id,
            client=self._binding.client,
            body=UpdateMessageTemplateRequest(value=value, id=template_id),
        )

    def patch(
        self,
        template_id: int,
        *,
        value: str | Unset = UNSET,
    ) -> MessageTemplate:
        """Change only the given fields (`updateMessageTemplate` replaces the whole resource).

        Reads the current state with `getMessageTemplate`, keeps every field of the update
        not given here (`value`) and sends the result with
        `updateMessageTemplate`.
        """
        _org = self._binding.organization_id()
        current = get_message_template.sync(
            template_id,
            client=self._binding.client,
        )
        kept = UpdateMessageTemplateRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "value": None,
                },
                {
                    "id": template_id,
                },
            )
        )
        changes: dict[str, Any] = {
            "value": value,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return update_message_template.sync(
            template_id,
            client=self._binding.client,
            body=body,
        )

    def delete(
        self,
        template_id: int,
    ) -> None:
        """Delete a message template.

        Deletes a message template.

        Calls `deleteMessageTemplate`; raises its errors.
        """

        delete_message_template.sync(
            template_id,
            client=self._binding.client,
        )


class MessageTemplatesResourceWithRawResponse:
    """`MessageTemplatesResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: MessageTemplatesResource) -> None:
        self._resource = resource
        self.get_by_name = raw_response(resource.get_by_name)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.patch = raw_response(resource.patch)
        self.delete = raw_response(resource.delete)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncMessageTemplatesResource:
    """Message templates: `get_by_name`, `create`, `get`, `update`, `patch`, `delete`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncMessageTemplatesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncMessageTemplatesResourceWithRawResponse(self)

    async def get_by_name(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> MessageTemplate:
        """Get a message template by name.

        Returns the message template with the given name (one template, not a list). No template of that
        name, or no name at all, answers 404.

        Calls `getMessageTemplateByName`; raises its errors.
        """

        return await get_message_template_by_name.asyncio(
            client=self._binding.client,
            name=name,
        )

    async def create(
        self,
        *,
        name: str,
        value: str,
    ) -> int:
        """Create a message template.

        Creates a message template and answers its id (a bare JSON integer, not an object).

        Calls `createMessageTemplate`; raises its errors.
        """

        return await create_message_template.asyncio(
            client=self._binding.client,
            body=CreateMessageTemplateRequest(name=name, value=value),
        )

    async def get(
        self,
        template_id: int,
    ) -> MessageTemplate:
        """Get a message template.

        Returns one message template by its id.

        Calls `getMessageTemplate`; raises its errors.
        """

        return await get_message_template.asyncio(
            template_id,
            client=self._binding.client,
        )

    async def update(
        self,
        template_id: int,
        *,
        value: str,
    ) -> MessageTemplate:
        """Update a message template.

        Replaces the content (`value`) of a message template. Its name cannot be changed. The template is
        the one the path addresses; an `id` in the body, if sent, must be the same.

        Calls `updateMessageTemplate`; raises its errors.
        """

        return await update_message_template.asyncio(
            template_id,
            client=self._binding.client,
            body=UpdateMessageTemplateRequest(value=value, id=template_id),
        )

    async def patch(
        self,
        template_id: int,
        *,
        value: str | Unset = UNSET,
    ) -> MessageTemplate:
        """Change only the given fields (`updateMessageTemplate` replaces the whole resource).

        Reads the current state with `getMessageTemplate`, keeps every field of the update
        not given here (`value`) and sends the result with
        `updateMessageTemplate`.
        """
        _org = await self._binding.organization_id()
        current = await get_message_template.asyncio(
            template_id,
            client=self._binding.client,
        )
        kept = UpdateMessageTemplateRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "value": None,
                },
                {
                    "id": template_id,
                },
            )
        )
        changes: dict[str, Any] = {
            "value": value,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return await update_message_template.asyncio(
            template_id,
            client=self._binding.client,
            body=body,
        )

    async def delete(
        self,
        template_id: int,
    ) -> None:
        """Delete a message template.

        Deletes a message template.

        Calls `deleteMessageTemplate`; raises its errors.
        """

        await delete_message_template.asyncio(
            template_id,
            client=self._binding.client,
        )


class AsyncMessageTemplatesResourceWithRawResponse:
    """`AsyncMessageTemplatesResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncMessageTemplatesResource) -> None:
        self._resource = resource
        self.get_by_name = async_raw_response(resource.get_by_name)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.patch = async_raw_response(resource.patch)
        self.delete = async_raw_response(resource.delete)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
