"""The `users` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any
from uuid import UUID

from attrs import evolve

from ..._binding import AsyncBinding, Binding
from ..._workflows import aiterate_pages, iterate_pages, merge_for_replace
from ...models import (
    ChangeUserPasswordRequest,
    CreateUserRequest,
    CreateUsersRequest,
    DeleteUsersRequest,
    IdentityResult,
    InvitedUser,
    LoginAttempt,
    LoginAttemptPage,
    NewUser,
    SortOrder,
    UpdateUserRequest,
    UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0,
    User,
    UserLoginInfo,
    UserPage,
    UserType,
)
from ...types import UNSET, Unset
from . import (
    change_user_password,
    create_user,
    create_users,
    delete_user,
    delete_users,
    get_user,
    invite_users,
    list_user_login_attempts,
    list_users,
    update_user,
)


class UsersResource:
    """Users: `get`, `update`, `delete`, `create`, `delete_many`, `list`, `create_many`, `invite`, `change_password`, `list_login_attempts`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def get(
        self,
        user_id: UUID,
    ) -> User:
        """Get one user.

        Returns one user of the caller's organization.

        Calls `get_user`; raises its errors.
        """

        return get_user.sync(
            user_id,
            client=self._binding.client,
        )

    def update(
        self,
        user_id: UUID,
        *,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        display_name: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        password: None | str | Unset = UNSET,
        group_ids_to_add: builtins.list[UUID] | None | Unset = UNSET,
        group_ids_to_remove: builtins.list[UUID] | None | Unset = UNSET,
        bypass_basic_auth_restriction: bool | None | Unset = UNSET,
        invitation_accepted: bool | None | Unset = UNSET,
        extension_user_attributes_to_add_or_update: None
        | Unset
        | UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0 = UNSET,
        extension_user_attributes_to_remove: builtins.list[str] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Update a user.

        Changes a user's names, activation, password, flags and extension attributes, and adds the
        user to or removes it from groups. Fields left out (or null) keep their value. Changing the
        e-mail address is not supported: invite the new address and delete the old user instead.
        Changing groups requires the caller to be an organization administrator. The answer reports
        success or the identity errors (for example a password that breaks the policy).

        Calls `update_user`; raises its errors.
        """

        return update_user.sync(
            user_id,
            client=self._binding.client,
            body=UpdateUserRequest(
                name=name,
                surname=surname,
                display_name=display_name,
                email=email,
                is_active=is_active,
                password=password,
                group_ids_to_add=group_ids_to_add,
                group_ids_to_remove=group_ids_to_remove,
                bypass_basic_auth_restriction=bypass_basic_auth_restriction,
                invitation_accepted=invitation_accepted,
                extension_user_attributes_to_add_or_update=extension_user_attributes_to_add_or_update,
                extension_user_attributes_to_remove=extension_user_attributes_to_remove,
            ),
        )

    def patch(
        self,
        user_id: UUID,
        *,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        display_name: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        password: None | str | Unset = UNSET,
        group_ids_to_add: builtins.list[UUID] | None | Unset = UNSET,
        group_ids_to_remove: builtins.list[UUID] | None | Unset = UNSET,
        bypass_basic_auth_restriction: bool | None | Unset = UNSET,
        invitation_accepted: bool | None | Unset = UNSET,
        extension_user_attributes_to_add_or_update: None
        | Unset
        | UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0 = UNSET,
        extension_user_attributes_to_remove: builtins.list[str] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Change only the given fields (`update_user` replaces the whole resource).

        Reads the current state with `get_user`, keeps every field not given here and
        sends the result with `update_user`. Fields the read does not return cannot be kept.
        """
        current = get_user.sync(
            user_id,
            client=self._binding.client,
        )
        fields: list[str] = [
            "name",
            "surname",
            "displayName",
            "email",
            "isActive",
            "password",
            "groupIDsToAdd",
            "groupIDsToRemove",
            "bypassBasicAuthRestriction",
            "invitationAccepted",
            "extensionUserAttributesToAddOrUpdate",
            "extensionUserAttributesToRemove",
        ]
        read_from: dict[str, str] = {}
        kept = UpdateUserRequest.from_dict(merge_for_replace(current.to_dict(), fields, read_from))
        changes: dict[str, Any] = {
            "name": name,
            "surname": surname,
            "display_name": display_name,
            "email": email,
            "is_active": is_active,
            "password": password,
            "group_ids_to_add": group_ids_to_add,
            "group_ids_to_remove": group_ids_to_remove,
            "bypass_basic_auth_restriction": bypass_basic_auth_restriction,
            "invitation_accepted": invitation_accepted,
            "extension_user_attributes_to_add_or_update": extension_user_attributes_to_add_or_update,
            "extension_user_attributes_to_remove": extension_user_attributes_to_remove,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return update_user.sync(
            user_id,
            client=self._binding.client,
            body=body,
        )

    def delete(
        self,
        user_id: UUID,
    ) -> None:
        """Delete a user.

        Deletes a user of the caller's organization; the user leaves every group.

        Calls `delete_user`; raises its errors.
        """

        delete_user.sync(
            user_id,
            client=self._binding.client,
        )

    def create(
        self,
        *,
        user_name: str,
        id: None | Unset | UUID = UNSET,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        display_name: None | str | Unset = UNSET,
        type: UserType | Unset = UNSET,
        bypass_basic_auth_restriction: bool | Unset = UNSET,
        legacy_id: int | None | Unset = UNSET,
        invitation_accepted: bool | Unset = UNSET,
        password: None | str | Unset = UNSET,
        validate_password: bool | Unset = UNSET,
        group_ids: builtins.list[UUID] | None | Unset = UNSET,
        user_logins: builtins.list[UserLoginInfo] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Create a user.

        Creates a user in an organization, optionally in groups. Fails if a user with the same
        user name or e-mail address exists. The answer reports success or the identity errors; it
        does not carry the new user, so choose the `id` yourself to address the user afterwards.
        Adding the user to groups requires the caller to be an organization administrator.

        Calls `create_user` with the client's organization; raises its errors.
        """

        return create_user.sync(
            client=self._binding.client,
            body=CreateUserRequest(
                partition_global_id=self._binding.organization_id(),
                user_name=user_name,
                id=id,
                email=email,
                name=name,
                surname=surname,
                display_name=display_name,
                type=type,
                bypass_basic_auth_restriction=bypass_basic_auth_restriction,
                legacy_id=legacy_id,
                invitation_accepted=invitation_accepted,
                password=password,
                validate_password=validate_password,
                group_ids=group_ids,
                user_logins=user_logins,
            ),
        )

    def delete_many(
        self,
        *,
        user_ids: builtins.list[UUID],
    ) -> None:
        """Delete several users.

        Deletes the listed users of an organization in one call. The organization and the ids
        travel in the request body, which is unusual for a DELETE: send it as JSON.

        Calls `delete_users` with the client's organization; raises its errors.
        """

        delete_users.sync(
            client=self._binding.client,
            body=DeleteUsersRequest(
                partition_global_id=self._binding.organization_id(),
                user_ids=user_ids,
            ),
        )

    def list(
        self,
        *,
        search_term: str | Unset = UNSET,
        top: int | Unset = 10,
        skip: int | Unset = 0,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
    ) -> UserPage:
        """List the users of an organization.

        Returns one page of the organization's users and the total number that match.
        `searchTerm` filters by user name, name or e-mail address; `top` and `skip` select the
        page; `sortBy` (a field name such as `userName` or `creationTime`) and `sortOrder` order it.

        Calls `list_users` with the client's organization; raises its errors.
        """

        return list_users.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            search_term=search_term,
            top=top,
            skip=skip,
            sort_by=sort_by,
            sort_order=sort_order,
        )

    def iter(
        self,
        *,
        search_term: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page_size: int = 100,
    ) -> Iterator[User]:
        """Every item of `list`, fetching pages of `page_size` (`top`/`skip`) as you iterate."""

        def page(top: int, skip: int) -> Sequence[User]:
            answer = self.list(
                search_term=search_term,
                top=top,
                skip=skip,
                sort_by=sort_by,
                sort_order=sort_order,
            )
            return answer.results

        return iterate_pages(page, page_size)

    def create_many(
        self,
        *,
        users: builtins.list[NewUser],
        group_ids: builtins.list[UUID] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Create several users.

        Creates several users in an organization in one call, all in the same groups. The answer
        reports success or the identity errors; it does not carry the new users.

        Calls `create_users` with the client's organization; raises its errors.
        """

        return create_users.sync(
            client=self._binding.client,
            body=CreateUsersRequest(
                partition_global_id=self._binding.organization_id(),
                users=users,
                group_ids=group_ids,
            ),
        )

    def invite(
        self,
        *,
        body: builtins.list[InvitedUser],
    ) -> IdentityResult:
        """Invite users.

        Invites people by e-mail to the caller's organization: each gets a user (not yet active)
        in the given groups and an invitation e-mail. The body is a bare JSON array of invitations.
        Adding users to groups requires the caller to be an organization administrator.

        Calls `invite_users`; raises its errors.
        """

        return invite_users.sync(
            client=self._binding.client,
            body=body,
        )

    def change_password(
        self,
        user_id: UUID,
        *,
        old_password: str,
        new_password: str,
    ) -> IdentityResult:
        """Change a user's password.

        Replaces a local user's password, given the current one. The answer reports success or
        the identity errors (wrong current password, a new password that breaks the policy).

        Calls `change_user_password`; raises its errors.
        """

        return change_user_password.sync(
            user_id,
            client=self._binding.client,
            body=ChangeUserPasswordRequest(
                old_password=old_password,
                new_password=new_password,
            ),
        )

    def list_login_attempts(
        self,
        user_id: UUID,
        *,
        user_sid: str | Unset = UNSET,
        top: int | Unset = 10,
        skip: int | Unset = 0,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
    ) -> LoginAttemptPage:
        """List a user's login attempts.

        Returns one page of a user's sign-in attempts (successful and failed) and the total
        number that match. `since` keeps only attempts at or after a time; `userSID` names an
        Active Directory user by its security identifier; `sortBy` takes e.g. `creationTime`,
        `partitionName`, `clientName` or `clientIpAddress`.

        Calls `list_user_login_attempts`; raises its errors.
        """

        return list_user_login_attempts.sync(
            user_id,
            client=self._binding.client,
            user_sid=user_sid,
            top=top,
            skip=skip,
            sort_by=sort_by,
            sort_order=sort_order,
            since=since,
        )

    def iter_login_attempts(
        self,
        user_id: UUID,
        *,
        user_sid: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        page_size: int = 100,
    ) -> Iterator[LoginAttempt]:
        """Every item of `list_login_attempts`, fetching pages of `page_size` (`top`/`skip`) as you iterate."""

        def page(top: int, skip: int) -> Sequence[LoginAttempt]:
            answer = self.list_login_attempts(
                user_id,
                user_sid=user_sid,
                top=top,
                skip=skip,
                sort_by=sort_by,
                sort_order=sort_order,
                since=since,
            )
            return answer.results

        return iterate_pages(page, page_size)


class AsyncUsersResource:
    """Users: `get`, `update`, `delete`, `create`, `delete_many`, `list`, `create_many`, `invite`, `change_password`, `list_login_attempts`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def get(
        self,
        user_id: UUID,
    ) -> User:
        """Get one user.

        Returns one user of the caller's organization.

        Calls `get_user`; raises its errors.
        """

        return await get_user.asyncio(
            user_id,
            client=self._binding.client,
        )

    async def update(
        self,
        user_id: UUID,
        *,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        display_name: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        password: None | str | Unset = UNSET,
        group_ids_to_add: builtins.list[UUID] | None | Unset = UNSET,
        group_ids_to_remove: builtins.list[UUID] | None | Unset = UNSET,
        bypass_basic_auth_restriction: bool | None | Unset = UNSET,
        invitation_accepted: bool | None | Unset = UNSET,
        extension_user_attributes_to_add_or_update: None
        | Unset
        | UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0 = UNSET,
        extension_user_attributes_to_remove: builtins.list[str] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Update a user.

        Changes a user's names, activation, password, flags and extension attributes, and adds the
        user to or removes it from groups. Fields left out (or null) keep their value. Changing the
        e-mail address is not supported: invite the new address and delete the old user instead.
        Changing groups requires the caller to be an organization administrator. The answer reports
        success or the identity errors (for example a password that breaks the policy).

        Calls `update_user`; raises its errors.
        """

        return await update_user.asyncio(
            user_id,
            client=self._binding.client,
            body=UpdateUserRequest(
                name=name,
                surname=surname,
                display_name=display_name,
                email=email,
                is_active=is_active,
                password=password,
                group_ids_to_add=group_ids_to_add,
                group_ids_to_remove=group_ids_to_remove,
                bypass_basic_auth_restriction=bypass_basic_auth_restriction,
                invitation_accepted=invitation_accepted,
                extension_user_attributes_to_add_or_update=extension_user_attributes_to_add_or_update,
                extension_user_attributes_to_remove=extension_user_attributes_to_remove,
            ),
        )

    async def patch(
        self,
        user_id: UUID,
        *,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        display_name: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        password: None | str | Unset = UNSET,
        group_ids_to_add: builtins.list[UUID] | None | Unset = UNSET,
        group_ids_to_remove: builtins.list[UUID] | None | Unset = UNSET,
        bypass_basic_auth_restriction: bool | None | Unset = UNSET,
        invitation_accepted: bool | None | Unset = UNSET,
        extension_user_attributes_to_add_or_update: None
        | Unset
        | UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0 = UNSET,
        extension_user_attributes_to_remove: builtins.list[str] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Change only the given fields (`update_user` replaces the whole resource).

        Reads the current state with `get_user`, keeps every field not given here and
        sends the result with `update_user`. Fields the read does not return cannot be kept.
        """
        current = await get_user.asyncio(
            user_id,
            client=self._binding.client,
        )
        fields: list[str] = [
            "name",
            "surname",
            "displayName",
            "email",
            "isActive",
            "password",
            "groupIDsToAdd",
            "groupIDsToRemove",
            "bypassBasicAuthRestriction",
            "invitationAccepted",
            "extensionUserAttributesToAddOrUpdate",
            "extensionUserAttributesToRemove",
        ]
        read_from: dict[str, str] = {}
        kept = UpdateUserRequest.from_dict(merge_for_replace(current.to_dict(), fields, read_from))
        changes: dict[str, Any] = {
            "name": name,
            "surname": surname,
            "display_name": display_name,
            "email": email,
            "is_active": is_active,
            "password": password,
            "group_ids_to_add": group_ids_to_add,
            "group_ids_to_remove": group_ids_to_remove,
            "bypass_basic_auth_restriction": bypass_basic_auth_restriction,
            "invitation_accepted": invitation_accepted,
            "extension_user_attributes_to_add_or_update": extension_user_attributes_to_add_or_update,
            "extension_user_attributes_to_remove": extension_user_attributes_to_remove,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return await update_user.asyncio(
            user_id,
            client=self._binding.client,
            body=body,
        )

    async def delete(
        self,
        user_id: UUID,
    ) -> None:
        """Delete a user.

        Deletes a user of the caller's organization; the user leaves every group.

        Calls `delete_user`; raises its errors.
        """

        await delete_user.asyncio(
            user_id,
            client=self._binding.client,
        )

    async def create(
        self,
        *,
        user_name: str,
        id: None | Unset | UUID = UNSET,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        display_name: None | str | Unset = UNSET,
        type: UserType | Unset = UNSET,
        bypass_basic_auth_restriction: bool | Unset = UNSET,
        legacy_id: int | None | Unset = UNSET,
        invitation_accepted: bool | Unset = UNSET,
        password: None | str | Unset = UNSET,
        validate_password: bool | Unset = UNSET,
        group_ids: builtins.list[UUID] | None | Unset = UNSET,
        user_logins: builtins.list[UserLoginInfo] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Create a user.

        Creates a user in an organization, optionally in groups. Fails if a user with the same
        user name or e-mail address exists. The answer reports success or the identity errors; it
        does not carry the new user, so choose the `id` yourself to address the user afterwards.
        Adding the user to groups requires the caller to be an organization administrator.

        Calls `create_user` with the client's organization; raises its errors.
        """

        return await create_user.asyncio(
            client=self._binding.client,
            body=CreateUserRequest(
                partition_global_id=await self._binding.organization_id(),
                user_name=user_name,
                id=id,
                email=email,
                name=name,
                surname=surname,
                display_name=display_name,
                type=type,
                bypass_basic_auth_restriction=bypass_basic_auth_restriction,
                legacy_id=legacy_id,
                invitation_accepted=invitation_accepted,
                password=password,
                validate_password=validate_password,
                group_ids=group_ids,
                user_logins=user_logins,
            ),
        )

    async def delete_many(
        self,
        *,
        user_ids: builtins.list[UUID],
    ) -> None:
        """Delete several users.

        Deletes the listed users of an organization in one call. The organization and the ids
        travel in the request body, which is unusual for a DELETE: send it as JSON.

        Calls `delete_users` with the client's organization; raises its errors.
        """

        await delete_users.asyncio(
            client=self._binding.client,
            body=DeleteUsersRequest(
                partition_global_id=await self._binding.organization_id(),
                user_ids=user_ids,
            ),
        )

    async def list(
        self,
        *,
        search_term: str | Unset = UNSET,
        top: int | Unset = 10,
        skip: int | Unset = 0,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
    ) -> UserPage:
        """List the users of an organization.

        Returns one page of the organization's users and the total number that match.
        `searchTerm` filters by user name, name or e-mail address; `top` and `skip` select the
        page; `sortBy` (a field name such as `userName` or `creationTime`) and `sortOrder` order it.

        Calls `list_users` with the client's organization; raises its errors.
        """

        return await list_users.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            search_term=search_term,
            top=top,
            skip=skip,
            sort_by=sort_by,
            sort_order=sort_order,
        )

    async def iter(
        self,
        *,
        search_term: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncIterator[User]:
        """Every item of `list`, fetching pages of `page_size` (`top`/`skip`) as you iterate."""

        async def page(top: int, skip: int) -> Sequence[User]:
            answer = await self.list(
                search_term=search_term,
                top=top,
                skip=skip,
                sort_by=sort_by,
                sort_order=sort_order,
            )
            return answer.results

        async for item in aiterate_pages(page, page_size):
            yield item

    async def create_many(
        self,
        *,
        users: builtins.list[NewUser],
        group_ids: builtins.list[UUID] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Create several users.

        Creates several users in an organization in one call, all in the same groups. The answer
        reports success or the identity errors; it does not carry the new users.

        Calls `create_users` with the client's organization; raises its errors.
        """

        return await create_users.asyncio(
            client=self._binding.client,
            body=CreateUsersRequest(
                partition_global_id=await self._binding.organization_id(),
                users=users,
                group_ids=group_ids,
            ),
        )

    async def invite(
        self,
        *,
        body: builtins.list[InvitedUser],
    ) -> IdentityResult:
        """Invite users.

        Invites people by e-mail to the caller's organization: each gets a user (not yet active)
        in the given groups and an invitation e-mail. The body is a bare JSON array of invitations.
        Adding users to groups requires the caller to be an organization administrator.

        Calls `invite_users`; raises its errors.
        """

        return await invite_users.asyncio(
            client=self._binding.client,
            body=body,
        )

    async def change_password(
        self,
        user_id: UUID,
        *,
        old_password: str,
        new_password: str,
    ) -> IdentityResult:
        """Change a user's password.

        Replaces a local user's password, given the current one. The answer reports success or
        the identity errors (wrong current password, a new password that breaks the policy).

        Calls `change_user_password`; raises its errors.
        """

        return await change_user_password.asyncio(
            user_id,
            client=self._binding.client,
            body=ChangeUserPasswordRequest(
                old_password=old_password,
                new_password=new_password,
            ),
        )

    async def list_login_attempts(
        self,
        user_id: UUID,
        *,
        user_sid: str | Unset = UNSET,
        top: int | Unset = 10,
        skip: int | Unset = 0,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
    ) -> LoginAttemptPage:
        """List a user's login attempts.

        Returns one page of a user's sign-in attempts (successful and failed) and the total
        number that match. `since` keeps only attempts at or after a time; `userSID` names an
        Active Directory user by its security identifier; `sortBy` takes e.g. `creationTime`,
        `partitionName`, `clientName` or `clientIpAddress`.

        Calls `list_user_login_attempts`; raises its errors.
        """

        return await list_user_login_attempts.asyncio(
            user_id,
            client=self._binding.client,
            user_sid=user_sid,
            top=top,
            skip=skip,
            sort_by=sort_by,
            sort_order=sort_order,
            since=since,
        )

    async def iter_login_attempts(
        self,
        user_id: UUID,
        *,
        user_sid: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncIterator[LoginAttempt]:
        """Every item of `list_login_attempts`, fetching pages of `page_size` (`top`/`skip`) as you iterate."""

        async def page(top: int, skip: int) -> Sequence[LoginAttempt]:
            answer = await self.list_login_attempts(
                user_id,
                user_sid=user_sid,
                top=top,
                skip=skip,
                sort_by=sort_by,
                sort_order=sort_order,
                since=since,
            )
            return answer.results

        async for item in aiterate_pages(page, page_size):
            yield item
