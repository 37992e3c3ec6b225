"""The `message_templates` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

from typing import Any

from attrs import evolve

from ..._binding import AsyncBinding, Binding
from ..._workflows import merge_for_replace
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
    """Message templates: `get_by_name`, `create`, `get`, `update`, `delete`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def get_by_name(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> MessageTemplate:
        """Get a message template by name.

        Returns the message template with the given name (one template, not a list). No template of
        that name, or no name at all, answers 404.

        Calls `get_message_template_by_name`; raises its errors.
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

        Calls `create_message_template`; raises its errors.
        """

        return create_message_template.sync(
            client=self._binding.client,
            body=CreateMessageTemplateRequest(
                name=name,
                value=value,
            ),
        )

    def get(
        self,
        template_id: int,
    ) -> MessageTemplate:
        """Get a message template.

        Returns one message template by its id.

        Calls `get_message_template`; raises its errors.
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
        id: int | Unset = UNSET,
    ) -> MessageTemplate:
        """Update a message template.

        Replaces the content (`value`) of a message template. Its name cannot be changed. The template
        is the one the path addresses; an `id` in the body, if sent, must be the same.

        Calls `update_message_template`; raises its errors.
        """

        return update_message_template.sync(
            template_id,
            client=self._binding.client,
            body=UpdateMessageTemplateRequest(
                value=value,
                id=id,
            ),
        )

    def patch(
        self,
        template_id: int,
        *,
        value: str | Unset = UNSET,
        id: int | Unset = UNSET,
    ) -> MessageTemplate:
        """Change only the given fields (`update_message_template` replaces the whole resource).

        Reads the current state with `get_message_template`, keeps every field not given here and
        sends the result with `update_message_template`. Fields the read does not return cannot be kept.
        """
        current = get_message_template.sync(
            template_id,
            client=self._binding.client,
        )
        fields: list[str] = [
            "value",
            "id",
        ]
        read_from: dict[str, str] = {}
        kept = UpdateMessageTemplateRequest.from_dict(merge_for_replace(current.to_dict(), fields, read_from))
        changes: dict[str, Any] = {
            "value": value,
            "id": id,
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

        Calls `delete_message_template`; raises its errors.
        """

        delete_message_template.sync(
            template_id,
            client=self._binding.client,
        )


class AsyncMessageTemplatesResource:
    """Message templates: `get_by_name`, `create`, `get`, `update`, `delete`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def get_by_name(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> MessageTemplate:
        """Get a message template by name.

        Returns the message template with the given name (one template, not a list). No template of
        that name, or no name at all, answers 404.

        Calls `get_message_template_by_name`; raises its errors.
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

        Calls `create_message_template`; raises its errors.
        """

        return await create_message_template.asyncio(
            client=self._binding.client,
            body=CreateMessageTemplateRequest(
                name=name,
                value=value,
            ),
        )

    async def get(
        self,
        template_id: int,
    ) -> MessageTemplate:
        """Get a message template.

        Returns one message template by its id.

        Calls `get_message_template`; raises its errors.
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
        id: int | Unset = UNSET,
    ) -> MessageTemplate:
        """Update a message template.

        Replaces the content (`value`) of a message template. Its name cannot be changed. The template
        is the one the path addresses; an `id` in the body, if sent, must be the same.

        Calls `update_message_template`; raises its errors.
        """

        return await update_message_template.asyncio(
            template_id,
            client=self._binding.client,
            body=UpdateMessageTemplateRequest(
                value=value,
                id=id,
            ),
        )

    async def patch(
        self,
        template_id: int,
        *,
        value: str | Unset = UNSET,
        id: int | Unset = UNSET,
    ) -> MessageTemplate:
        """Change only the given fields (`update_message_template` replaces the whole resource).

        Reads the current state with `get_message_template`, keeps every field not given here and
        sends the result with `update_message_template`. Fields the read does not return cannot be kept.
        """
        current = await get_message_template.asyncio(
            template_id,
            client=self._binding.client,
        )
        fields: list[str] = [
            "value",
            "id",
        ]
        read_from: dict[str, str] = {}
        kept = UpdateMessageTemplateRequest.from_dict(merge_for_replace(current.to_dict(), fields, read_from))
        changes: dict[str, Any] = {
            "value": value,
            "id": id,
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

        Calls `delete_message_template`; raises its errors.
        """

        await delete_message_template.asyncio(
            template_id,
            client=self._binding.client,
        )
