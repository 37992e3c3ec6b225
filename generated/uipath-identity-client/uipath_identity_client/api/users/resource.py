"""The `users` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any, Literal
from uuid import UUID

from attrs import evolve

from ..._arguments import as_enum, as_str_id, as_uuid, check_aware, check_page_size, check_range
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ..._workflows import acollect_pages, collect_pages, merged_for_replace
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
    """Users: `get`, `update`, `patch`, `delete`, `create`, `delete_many`, `list`, `iter`, `create_many`, `invite`, `change_password`, `list_login_attempts`, `iter_login_attempts`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return UsersResourceWithRawResponse(self)

    def get(
        self,
        user_id: UUID | str,
    ) -> User:
        """Get one user.

        Returns one user of the caller's organization.

        Calls `getUser`; raises its errors.
        """

        return get_user.sync(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
        )

    def update(
        self,
        user_id: UUID | str,
        *,
        name: str | None | Unset = UNSET,
        surname: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        group_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        group_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
        bypass_basic_auth_restriction: bool | None | Unset = UNSET,
        invitation_accepted: bool | None | Unset = UNSET,
        extension_user_attributes_to_add_or_update: UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0
        | None
        | Unset = UNSET,
        extension_user_attributes_to_remove: Sequence[str] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Update a user.

        Changes a user's names, activation, password, flags and extension attributes, and adds the user to
        or removes it from groups. Fields left out (or null) keep their value. Changing the e-mail address
        is not supported: invite the new address and delete the old user instead. Changing groups requires
        the caller to be an organization administrator. The answer reports success or the identity errors
        (for example a password that breaks the policy).

        Calls `updateUser`; raises its errors.
        """

        return update_user.sync(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
            body=UpdateUserRequest(
                name=name,
                surname=surname,
                display_name=display_name,
                email=email,
                is_active=is_active,
                password=password,
                group_ids_to_add=(
                    group_ids_to_add
                    if group_ids_to_add is None or isinstance(group_ids_to_add, Unset)
                    else [as_uuid(item, "groupIDsToAdd") for item in group_ids_to_add]
                ),
                group_ids_to_remove=(
                    group_ids_to_remove
                    if group_ids_to_remove is None or isinstance(group_ids_to_remove, Unset)
                    else [as_uuid(item, "groupIDsToRemove") for item in group_ids_to_remove]
                ),
                bypass_basic_auth_restriction=bypass_basic_auth_restriction,
                invitation_accepted=invitation_accepted,
                extension_user_attributes_to_add_or_update=extension_user_attributes_to_add_or_update,
                extension_user_attributes_to_remove=(
                    extension_user_attributes_to_remove
                    if extension_user_attributes_to_remove is None
                    or isinstance(extension_user_attributes_to_remove, Unset)
                    else list(extension_user_attributes_to_remove)
                ),
            ),
        )

    def patch(
        self,
        user_id: UUID | str,
        *,
        name: str | None | Unset = UNSET,
        surname: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        group_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        group_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
        bypass_basic_auth_restriction: bool | None | Unset = UNSET,
        invitation_accepted: bool | None | Unset = UNSET,
        extension_user_attributes_to_add_or_update: UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0
        | None
        | Unset = UNSET,
        extension_user_attributes_to_remove: Sequence[str] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Change only the given fields (`updateUser` replaces the whole resource).

        Reads the current state with `getUser`, keeps every field of the update
        not given here (`name`, `surname`, `displayName`, `email`, `isActive`, `bypassBasicAuthRestriction`, `invitationAccepted`) and sends the result with
        `updateUser`.
        """
        current = get_user.sync(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
        )
        kept = UpdateUserRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "name": None,
                    "surname": None,
                    "displayName": None,
                    "email": None,
                    "isActive": None,
                    "bypassBasicAuthRestriction": None,
                    "invitationAccepted": None,
                },
                {},
            )
        )
        changes: dict[str, Any] = {
            "name": name,
            "surname": surname,
            "display_name": display_name,
            "email": email,
            "is_active": is_active,
            "password": password,
            "group_ids_to_add": (
                group_ids_to_add
                if group_ids_to_add is None or isinstance(group_ids_to_add, Unset)
                else [as_uuid(item, "groupIDsToAdd") for item in group_ids_to_add]
            ),
            "group_ids_to_remove": (
                group_ids_to_remove
                if group_ids_to_remove is None or isinstance(group_ids_to_remove, Unset)
                else [as_uuid(item, "groupIDsToRemove") for item in group_ids_to_remove]
            ),
            "bypass_basic_auth_restriction": bypass_basic_auth_restriction,
            "invitation_accepted": invitation_accepted,
            "extension_user_attributes_to_add_or_update": extension_user_attributes_to_add_or_update,
            "extension_user_attributes_to_remove": (
                extension_user_attributes_to_remove
                if extension_user_attributes_to_remove is None or isinstance(extension_user_attributes_to_remove, Unset)
                else list(extension_user_attributes_to_remove)
            ),
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return update_user.sync(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
            body=body,
        )

    def delete(
        self,
        user_id: UUID | str,
    ) -> None:
        """Delete a user.

        Deletes a user of the caller's organization; the user leaves every group.

        Calls `deleteUser`; raises its errors.
        """

        delete_user.sync(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
        )

    def create(
        self,
        *,
        user_name: str,
        id: UUID | str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        surname: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        type: UserType
        | Literal["user", "robot", "directoryUser", "directoryGroup", "robotAccount", "application"]
        | Unset = UNSET,
        bypass_basic_auth_restriction: bool | Unset = UNSET,
        legacy_id: int | None | Unset = UNSET,
        invitation_accepted: bool | Unset = UNSET,
        password: str | None | Unset = UNSET,
        validate_password: bool | Unset = UNSET,
        group_ids: Sequence[UUID | str] | None | Unset = UNSET,
        user_logins: Sequence[UserLoginInfo] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Create a user.

        Creates a user in an organization, optionally in groups. Fails if a user with the same user name or
        e-mail address exists. The answer reports success or the identity errors; it does not carry the new
        user, so choose the `id` yourself to address the user afterwards. Adding the user to groups requires
        the caller to be an organization administrator.

        Calls `createUser` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return create_user.sync(
            client=self._binding.client,
            body=CreateUserRequest(
                partition_global_id=_org,
                user_name=user_name,
                id=(id if id is None or isinstance(id, Unset) else as_uuid(id, "id")),
                email=email,
                name=name,
                surname=surname,
                display_name=display_name,
                type=(type if isinstance(type, Unset) else as_enum(UserType, type, "type")),
                bypass_basic_auth_restriction=bypass_basic_auth_restriction,
                legacy_id=legacy_id,
                invitation_accepted=invitation_accepted,
                password=password,
                validate_password=validate_password,
                group_ids=(
                    group_ids
                    if group_ids is None or isinstance(group_ids, Unset)
                    else [as_uuid(item, "groupIDs") for item in group_ids]
                ),
                user_logins=(
                    user_logins if user_logins is None or isinstance(user_logins, Unset) else list(user_logins)
                ),
            ),
        )

    def delete_many(
        self,
        *,
        user_ids: Sequence[UUID | str],
    ) -> None:
        """Delete several users.

        Deletes the listed users of an organization in one call. The organization and the ids travel in the
        request body, which is unusual for a DELETE: send it as JSON.

        Calls `deleteUsers` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        delete_users.sync(
            client=self._binding.client,
            body=DeleteUsersRequest(partition_global_id=_org, user_ids=[as_uuid(item, "userIds") for item in user_ids]),
        )

    def list(
        self,
        *,
        search_term: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
    ) -> UserPage:
        """List the users of an organization.

        Returns one page of the organization's users and the total number that match. `searchTerm` filters
        by user name, name or e-mail address; `top` and `skip` select the page; `sortBy` (a field name such
        as `userName` or `creationTime`) and `sortOrder` order it.

        Calls `listUsers` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return list_users.sync(
            _org,
            client=self._binding.client,
            search_term=search_term,
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 1000)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(sort_order if isinstance(sort_order, Unset) else as_enum(SortOrder, sort_order, "sortOrder")),
        )

    def iter(
        self,
        *,
        search_term: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        page_size: int = 100,
    ) -> Iterator[User]:
        """Every item of `list`, reading pages of `page_size` (`top`/`skip`, 1 to 1000).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 1000)

        def page(top: int, skip: int) -> Sequence[User]:
            answer = self.list(
                search_term=search_term,
                sort_by=sort_by,
                sort_order=sort_order,
                top=top,
                skip=skip,
            )
            return answer.results

        return iter(collect_pages(page, page_size, key=lambda item: item.id))

    def create_many(
        self,
        *,
        users: Sequence[NewUser],
        group_ids: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Create several users.

        Creates several users in an organization in one call, all in the same groups. The answer reports
        success or the identity errors; it does not carry the new users.

        Calls `createUsers` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return create_users.sync(
            client=self._binding.client,
            body=CreateUsersRequest(
                partition_global_id=_org,
                users=list(users),
                group_ids=(
                    group_ids
                    if group_ids is None or isinstance(group_ids, Unset)
                    else [as_uuid(item, "groupIDs") for item in group_ids]
                ),
            ),
        )

    def invite(
        self,
        *,
        body: Sequence[InvitedUser],
    ) -> IdentityResult:
        """Invite users.

        Invites people by e-mail to the caller's organization: each gets a user (not yet active) in the
        given groups and an invitation e-mail. The body is a bare JSON array of invitations. Adding users to
        groups requires the caller to be an organization administrator.

        Calls `inviteUsers`; raises its errors.
        """

        return invite_users.sync(
            client=self._binding.client,
            body=list(body),
        )

    def change_password(
        self,
        user_id: UUID | str,
        *,
        old_password: str,
        new_password: str,
    ) -> IdentityResult:
        """Change a user's password.

        Replaces a local user's password, given the current one. The answer reports success or the identity
        errors (wrong current password, a new password that breaks the policy).

        Calls `changeUserPassword`; raises its errors.
        """

        return change_user_password.sync(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
            body=ChangeUserPasswordRequest(old_password=old_password, new_password=new_password),
        )

    def list_login_attempts(
        self,
        user_id: UUID | str,
        *,
        user_sid: str | UUID | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
    ) -> LoginAttemptPage:
        """List a user's login attempts.

        Returns one page of a user's sign-in attempts (successful and failed) and the total number that
        match. `since` keeps only attempts at or after a time; `userSID` names an Active Directory user by
        its security identifier; `sortBy` takes e.g. `creationTime`, `partitionName`, `clientName` or
        `clientIpAddress`.

        Calls `listUserLoginAttempts`; raises its errors.
        """

        return list_user_login_attempts.sync(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
            user_sid=(user_sid if isinstance(user_sid, Unset) else as_str_id(user_sid, "userSID")),
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 1000)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(sort_order if isinstance(sort_order, Unset) else as_enum(SortOrder, sort_order, "sortOrder")),
            since=(since if isinstance(since, Unset) else check_aware(since, "since")),
        )

    def iter_login_attempts(
        self,
        user_id: UUID | str,
        *,
        user_sid: str | UUID | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        page_size: int = 100,
    ) -> Iterator[LoginAttempt]:
        """Every item of `list_login_attempts`, reading pages of `page_size` (`top`/`skip`, 1 to 1000).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 1000)

        def page(top: int, skip: int) -> Sequence[LoginAttempt]:
            answer = self.list_login_attempts(
                user_id,
                user_sid=user_sid,
                sort_by=sort_by,
                sort_order=sort_order,
                since=since,
                top=top,
                skip=skip,
            )
            return answer.results

        return iter(collect_pages(page, page_size, key=lambda item: item.id))


class UsersResourceWithRawResponse:
    """`UsersResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: UsersResource) -> None:
        self._resource = resource
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.patch = raw_response(resource.patch)
        self.delete = raw_response(resource.delete)
        self.create = raw_response(resource.create)
        self.delete_many = raw_response(resource.delete_many)
        self.list = raw_response(resource.list)
        self.create_many = raw_response(resource.create_many)
        self.invite = raw_response(resource.invite)
        self.change_password = raw_response(resource.change_password)
        self.list_login_attempts = raw_response(resource.list_login_attempts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncUsersResource:
    """Users: `get`, `update`, `patch`, `delete`, `create`, `delete_many`, `list`, `iter`, `create_many`, `invite`, `change_password`, `list_login_attempts`, `iter_login_attempts`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncUsersResourceWithRawResponse(self)

    async def get(
        self,
        user_id: UUID | str,
    ) -> User:
        """Get one user.

        Returns one user of the caller's organization.

        Calls `getUser`; raises its errors.
        """

        return await get_user.asyncio(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
        )

    async def update(
        self,
        user_id: UUID | str,
        *,
        name: str | None | Unset = UNSET,
        surname: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        group_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        group_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
        bypass_basic_auth_restriction: bool | None | Unset = UNSET,
        invitation_accepted: bool | None | Unset = UNSET,
        extension_user_attributes_to_add_or_update: UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0
        | None
        | Unset = UNSET,
        extension_user_attributes_to_remove: Sequence[str] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Update a user.

        Changes a user's names, activation, password, flags and extension attributes, and adds the user to
        or removes it from groups. Fields left out (or null) keep their value. Changing the e-mail address
        is not supported: invite the new address and delete the old user instead. Changing groups requires
        the caller to be an organization administrator. The answer reports success or the identity errors
        (for example a password that breaks the policy).

        Calls `updateUser`; raises its errors.
        """

        return await update_user.asyncio(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
            body=UpdateUserRequest(
                name=name,
                surname=surname,
                display_name=display_name,
                email=email,
                is_active=is_active,
                password=password,
                group_ids_to_add=(
                    group_ids_to_add
                    if group_ids_to_add is None or isinstance(group_ids_to_add, Unset)
                    else [as_uuid(item, "groupIDsToAdd") for item in group_ids_to_add]
                ),
                group_ids_to_remove=(
                    group_ids_to_remove
                    if group_ids_to_remove is None or isinstance(group_ids_to_remove, Unset)
                    else [as_uuid(item, "groupIDsToRemove") for item in group_ids_to_remove]
                ),
                bypass_basic_auth_restriction=bypass_basic_auth_restriction,
                invitation_accepted=invitation_accepted,
                extension_user_attributes_to_add_or_update=extension_user_attributes_to_add_or_update,
                extension_user_attributes_to_remove=(
                    extension_user_attributes_to_remove
                    if extension_user_attributes_to_remove is None
                    or isinstance(extension_user_attributes_to_remove, Unset)
                    else list(extension_user_attributes_to_remove)
                ),
            ),
        )

    async def patch(
        self,
        user_id: UUID | str,
        *,
        name: str | None | Unset = UNSET,
        surname: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        group_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        group_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
        bypass_basic_auth_restriction: bool | None | Unset = UNSET,
        invitation_accepted: bool | None | Unset = UNSET,
        extension_user_attributes_to_add_or_update: UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0
        | None
        | Unset = UNSET,
        extension_user_attributes_to_remove: Sequence[str] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Change only the given fields (`updateUser` replaces the whole resource).

        Reads the current state with `getUser`, keeps every field of the update
        not given here (`name`, `surname`, `displayName`, `email`, `isActive`, `bypassBasicAuthRestriction`, `invitationAccepted`) and sends the result with
        `updateUser`.
        """
        current = await get_user.asyncio(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
        )
        kept = UpdateUserRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "name": None,
                    "surname": None,
                    "displayName": None,
                    "email": None,
                    "isActive": None,
                    "bypassBasicAuthRestriction": None,
                    "invitationAccepted": None,
                },
                {},
            )
        )
        changes: dict[str, Any] = {
            "name": name,
            "surname": surname,
            "display_name": display_name,
            "email": email,
            "is_active": is_active,
            "password": password,
            "group_ids_to_add": (
                group_ids_to_add
                if group_ids_to_add is None or isinstance(group_ids_to_add, Unset)
                else [as_uuid(item, "groupIDsToAdd") for item in group_ids_to_add]
            ),
            "group_ids_to_remove": (
                group_ids_to_remove
                if group_ids_to_remove is None or isinstance(group_ids_to_remove, Unset)
                else [as_uuid(item, "groupIDsToRemove") for item in group_ids_to_remove]
            ),
            "bypass_basic_auth_restriction": bypass_basic_auth_restriction,
            "invitation_accepted": invitation_accepted,
            "extension_user_attributes_to_add_or_update": extension_user_attributes_to_add_or_update,
            "extension_user_attributes_to_remove": (
                extension_user_attributes_to_remove
                if extension_user_attributes_to_remove is None or isinstance(extension_user_attributes_to_remove, Unset)
                else list(extension_user_attributes_to_remove)
            ),
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return await update_user.asyncio(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
            body=body,
        )

    async def delete(
        self,
        user_id: UUID | str,
    ) -> None:
        """Delete a user.

        Deletes a user of the caller's organization; the user leaves every group.

        Calls `deleteUser`; raises its errors.
        """

        await delete_user.asyncio(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
        )

    async def create(
        self,
        *,
        user_name: str,
        id: UUID | str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        surname: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        type: UserType
        | Literal["user", "robot", "directoryUser", "directoryGroup", "robotAccount", "application"]
        | Unset = UNSET,
        bypass_basic_auth_restriction: bool | Unset = UNSET,
        legacy_id: int | None | Unset = UNSET,
        invitation_accepted: bool | Unset = UNSET,
        password: str | None | Unset = UNSET,
        validate_password: bool | Unset = UNSET,
        group_ids: Sequence[UUID | str] | None | Unset = UNSET,
        user_logins: Sequence[UserLoginInfo] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Create a user.

        Creates a user in an organization, optionally in groups. Fails if a user with the same user name or
        e-mail address exists. The answer reports success or the identity errors; it does not carry the new
        user, so choose the `id` yourself to address the user afterwards. Adding the user to groups requires
        the caller to be an organization administrator.

        Calls `createUser` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await create_user.asyncio(
            client=self._binding.client,
            body=CreateUserRequest(
                partition_global_id=_org,
                user_name=user_name,
                id=(id if id is None or isinstance(id, Unset) else as_uuid(id, "id")),
                email=email,
                name=name,
                surname=surname,
                display_name=display_name,
                type=(type if isinstance(type, Unset) else as_enum(UserType, type, "type")),
                bypass_basic_auth_restriction=bypass_basic_auth_restriction,
                legacy_id=legacy_id,
                invitation_accepted=invitation_accepted,
                password=password,
                validate_password=validate_password,
                group_ids=(
                    group_ids
                    if group_ids is None or isinstance(group_ids, Unset)
                    else [as_uuid(item, "groupIDs") for item in group_ids]
                ),
                user_logins=(
                    user_logins if user_logins is None or isinstance(user_logins, Unset) else list(user_logins)
                ),
            ),
        )

    async def delete_many(
        self,
        *,
        user_ids: Sequence[UUID | str],
    ) -> None:
        """Delete several users.

        Deletes the listed users of an organization in one call. The organization and the ids travel in the
        request body, which is unusual for a DELETE: send it as JSON.

        Calls `deleteUsers` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await delete_users.asyncio(
            client=self._binding.client,
            body=DeleteUsersRequest(partition_global_id=_org, user_ids=[as_uuid(item, "userIds") for item in user_ids]),
        )

    async def list(
        self,
        *,
        search_term: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
    ) -> UserPage:
        """List the users of an organization.

        Returns one page of the organization's users and the total number that match. `searchTerm` filters
        by user name, name or e-mail address; `top` and `skip` select the page; `sortBy` (a field name such
        as `userName` or `creationTime`) and `sortOrder` order it.

        Calls `listUsers` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await list_users.asyncio(
            _org,
            client=self._binding.client,
            search_term=search_term,
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 1000)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(sort_order if isinstance(sort_order, Unset) else as_enum(SortOrder, sort_order, "sortOrder")),
        )

    async def iter(
        self,
        *,
        search_term: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncIterator[User]:
        """Every item of `list`, reading pages of `page_size` (`top`/`skip`, 1 to 1000).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 1000)

        async def page(top: int, skip: int) -> Sequence[User]:
            answer = await self.list(
                search_term=search_term,
                sort_by=sort_by,
                sort_order=sort_order,
                top=top,
                skip=skip,
            )
            return answer.results

        for item in await acollect_pages(page, page_size, key=lambda item: item.id):
            yield item

    async def create_many(
        self,
        *,
        users: Sequence[NewUser],
        group_ids: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> IdentityResult:
        """Create several users.

        Creates several users in an organization in one call, all in the same groups. The answer reports
        success or the identity errors; it does not carry the new users.

        Calls `createUsers` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await create_users.asyncio(
            client=self._binding.client,
            body=CreateUsersRequest(
                partition_global_id=_org,
                users=list(users),
                group_ids=(
                    group_ids
                    if group_ids is None or isinstance(group_ids, Unset)
                    else [as_uuid(item, "groupIDs") for item in group_ids]
                ),
            ),
        )

    async def invite(
        self,
        *,
        body: Sequence[InvitedUser],
    ) -> IdentityResult:
        """Invite users.

        Invites people by e-mail to the caller's organization: each gets a user (not yet active) in the
        given groups and an invitation e-mail. The body is a bare JSON array of invitations. Adding users to
        groups requires the caller to be an organization administrator.

        Calls `inviteUsers`; raises its errors.
        """

        return await invite_users.asyncio(
            client=self._binding.client,
            body=list(body),
        )

    async def change_password(
        self,
        user_id: UUID | str,
        *,
        old_password: str,
        new_password: str,
    ) -> IdentityResult:
        """Change a user's password.

        Replaces a local user's password, given the current one. The answer reports success or the identity
        errors (wrong current password, a new password that breaks the policy).

        Calls `changeUserPassword`; raises its errors.
        """

        return await change_user_password.asyncio(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
            body=ChangeUserPasswordRequest(old_password=old_password, new_password=new_password),
        )

    async def list_login_attempts(
        self,
        user_id: UUID | str,
        *,
        user_sid: str | UUID | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
    ) -> LoginAttemptPage:
        """List a user's login attempts.

        Returns one page of a user's sign-in attempts (successful and failed) and the total number that
        match. `since` keeps only attempts at or after a time; `userSID` names an Active Directory user by
        its security identifier; `sortBy` takes e.g. `creationTime`, `partitionName`, `clientName` or
        `clientIpAddress`.

        Calls `listUserLoginAttempts`; raises its errors.
        """

        return await list_user_login_attempts.asyncio(
            as_uuid(user_id, "userId"),
            client=self._binding.client,
            user_sid=(user_sid if isinstance(user_sid, Unset) else as_str_id(user_sid, "userSID")),
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 1000)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(sort_order if isinstance(sort_order, Unset) else as_enum(SortOrder, sort_order, "sortOrder")),
            since=(since if isinstance(since, Unset) else check_aware(since, "since")),
        )

    async def iter_login_attempts(
        self,
        user_id: UUID | str,
        *,
        user_sid: str | UUID | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncIterator[LoginAttempt]:
        """Every item of `list_login_attempts`, reading pages of `page_size` (`top`/`skip`, 1 to 1000).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 1000)

        async def page(top: int, skip: int) -> Sequence[LoginAttempt]:
            answer = await self.list_login_attempts(
                user_id,
                user_sid=user_sid,
                sort_by=sort_by,
                sort_order=sort_order,
                since=since,
                top=top,
                skip=skip,
            )
            return answer.results

        for item in await acollect_pages(page, page_size, key=lambda item: item.id):
            yield item


class AsyncUsersResourceWithRawResponse:
    """`AsyncUsersResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self._resource = resource
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.patch = async_raw_response(resource.patch)
        self.delete = async_raw_response(resource.delete)
        self.create = async_raw_response(resource.create)
        self.delete_many = async_raw_response(resource.delete_many)
        self.list = async_raw_response(resource.list)
        self.create_many = async_raw_response(resource.create_many)
        self.invite = async_raw_response(resource.invite)
        self.change_password = async_raw_response(resource.change_password)
        self.list_login_attempts = async_raw_response(resource.list_login_attempts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
