"""The `saml_provisioning_rules` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any

from attrs import evolve

from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ..._workflows import merged_for_replace
from ...models import (
    CreateSamlProvisioningRuleRequest,
    DeleteSamlProvisioningRulesRequest,
    SamlProvisioningRule,
    SamlProvisioningRuleRecord,
    UpdateSamlProvisioningRuleRequest,
)
from ...types import UNSET, Unset
from . import (
    create_saml_provisioning_rule,
    delete_saml_provisioning_rule,
    delete_saml_provisioning_rules,
    get_saml_provisioning_rule,
    list_saml_provisioning_rules,
    update_saml_provisioning_rule,
)


class SamlProvisioningRulesResource:
    """Saml provisioning rules: `update`, `patch`, `create`, `delete_many`, `list`, `get`, `delete`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> SamlProvisioningRulesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return SamlProvisioningRulesResourceWithRawResponse(self)

    def update(
        self,
        *,
        rule_id: int,
        name: str,
        enabled: bool,
        description: str | None | Unset = UNSET,
        definition: str | None | Unset = UNSET,
    ) -> SamlProvisioningRuleRecord:
        """Update a SAML provisioning rule.

        Replaces the name, description, enabled flag and definition of a rule; the rule is named by `ruleId`
        and `partitionGlobalId` in the body. The answer is the stored rule record, which names the
        organization by its internal number (`partitionId`) and carries no groups.

        Calls `updateSamlProvisioningRule` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return update_saml_provisioning_rule.sync(
            client=self._binding.client,
            body=UpdateSamlProvisioningRuleRequest(
                rule_id=rule_id,
                partition_global_id=_org,
                name=name,
                enabled=enabled,
                description=description,
                definition=definition,
            ),
        )

    def patch(
        self,
        *,
        rule_id: int,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        description: str | None | Unset = UNSET,
        definition: str | None | Unset = UNSET,
    ) -> SamlProvisioningRuleRecord:
        """Change only the given fields (`updateSamlProvisioningRule` replaces the whole resource).

        Reads the current state with `getSamlProvisioningRule`, keeps every field of the update
        not given here (`name`, `enabled`, `description`, `definition`) and sends the result with
        `updateSamlProvisioningRule`.
        """
        _org = self._binding.organization_id()
        current = get_saml_provisioning_rule.sync(
            _org,
            rule_id,
            client=self._binding.client,
        )
        kept = UpdateSamlProvisioningRuleRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "name": None,
                    "enabled": None,
                    "description": None,
                    "definition": None,
                },
                {
                    "ruleId": rule_id,
                    "partitionGlobalId": str(_org),
                },
            )
        )
        changes: dict[str, Any] = {
            "rule_id": rule_id,
            "name": name,
            "enabled": enabled,
            "description": description,
            "definition": definition,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return update_saml_provisioning_rule.sync(
            client=self._binding.client,
            body=body,
        )

    def create(
        self,
        *,
        name: str,
        enabled: bool,
        description: str | None | Unset = UNSET,
        definition: str | None | Unset = UNSET,
    ) -> SamlProvisioningRule:
        """Create a SAML provisioning rule.

        Creates a rule that adds users signing in through SAML to groups when their claims match its
        conditions. `definition` is a JSON document serialized into a string, e.g.
        `{"GroupsToAssign":["<group id>"],"Conditions":[{"ClaimName":"<claim
        URI>","ConditionType":"Contains","Value":"..."}]}`. The caller must also be a member of the
        organization's Administrators group.

        Calls `createSamlProvisioningRule` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return create_saml_provisioning_rule.sync(
            client=self._binding.client,
            body=CreateSamlProvisioningRuleRequest(
                name=name, enabled=enabled, partition_global_id=_org, description=description, definition=definition
            ),
        )

    def delete_many(
        self,
        *,
        rule_ids: Sequence[int],
    ) -> None:
        """Delete several SAML provisioning rules.

        Deletes the listed provisioning rules of an organization in one call; ids of rules it does not have
        are skipped. Users the rules already added to groups stay in them. The organization and the ids
        travel in the request body, which is unusual for a DELETE: send it as JSON. The caller must also be
        a member of the organization's Administrators group.

        Calls `deleteSamlProvisioningRules` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        delete_saml_provisioning_rules.sync(
            client=self._binding.client,
            body=DeleteSamlProvisioningRulesRequest(partition_global_id=_org, rule_ids=list(rule_ids)),
        )

    def list(
        self,
    ) -> builtins.list[SamlProvisioningRule]:
        """List the SAML provisioning rules.

        Returns every provisioning rule of the organization, disabled ones included, each with the groups it
        assigns.

        Calls `listSamlProvisioningRules` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return list_saml_provisioning_rules.sync(
            _org,
            client=self._binding.client,
        )

    def get(
        self,
        rule_id: int,
    ) -> SamlProvisioningRule:
        """Get a SAML provisioning rule.

        Returns one provisioning rule with the groups it assigns.

        Calls `getSamlProvisioningRule` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_saml_provisioning_rule.sync(
            _org,
            rule_id,
            client=self._binding.client,
        )

    def delete(
        self,
        rule_id: int,
    ) -> None:
        """Delete a SAML provisioning rule.

        Deletes one provisioning rule. Users it already added to groups stay in them.

        Calls `deleteSamlProvisioningRule` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        delete_saml_provisioning_rule.sync(
            _org,
            rule_id,
            client=self._binding.client,
        )


class SamlProvisioningRulesResourceWithRawResponse:
    """`SamlProvisioningRulesResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: SamlProvisioningRulesResource) -> None:
        self._resource = resource
        self.update = raw_response(resource.update)
        self.patch = raw_response(resource.patch)
        self.create = raw_response(resource.create)
        self.delete_many = raw_response(resource.delete_many)
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncSamlProvisioningRulesResource:
    """Saml provisioning rules: `update`, `patch`, `create`, `delete_many`, `list`, `get`, `delete`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncSamlProvisioningRulesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncSamlProvisioningRulesResourceWithRawResponse(self)

    async def update(
        self,
        *,
        rule_id: int,
        name: str,
        enabled: bool,
        description: str | None | Unset = UNSET,
        definition: str | None | Unset = UNSET,
    ) -> SamlProvisioningRuleRecord:
        """Update a SAML provisioning rule.

        Replaces the name, description, enabled flag and definition of a rule; the rule is named by `ruleId`
        and `partitionGlobalId` in the body. The answer is the stored rule record, which names the
        organization by its internal number (`partitionId`) and carries no groups.

        Calls `updateSamlProvisioningRule` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await update_saml_provisioning_rule.asyncio(
            client=self._binding.client,
            body=UpdateSamlProvisioningRuleRequest(
                rule_id=rule_id,
                partition_global_id=_org,
                name=name,
                enabled=enabled,
                description=description,
                definition=definition,
            ),
        )

    async def patch(
        self,
        *,
        rule_id: int,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        description: str | None | Unset = UNSET,
        definition: str | None | Unset = UNSET,
    ) -> SamlProvisioningRuleRecord:
        """Change only the given fields (`updateSamlProvisioningRule` replaces the whole resource).

        Reads the current state with `getSamlProvisioningRule`, keeps every field of the update
        not given here (`name`, `enabled`, `description`, `definition`) and sends the result with
        `updateSamlProvisioningRule`.
        """
        _org = await self._binding.organization_id()
        current = await get_saml_provisioning_rule.asyncio(
            _org,
            rule_id,
            client=self._binding.client,
        )
        kept = UpdateSamlProvisioningRuleRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "name": None,
                    "enabled": None,
                    "description": None,
                    "definition": None,
                },
                {
                    "ruleId": rule_id,
                    "partitionGlobalId": str(_org),
                },
            )
        )
        changes: dict[str, Any] = {
            "rule_id": rule_id,
            "name": name,
            "enabled": enabled,
            "description": description,
            "definition": definition,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return await update_saml_provisioning_rule.asyncio(
            client=self._binding.client,
            body=body,
        )

    async def create(
        self,
        *,
        name: str,
        enabled: bool,
        description: str | None | Unset = UNSET,
        definition: str | None | Unset = UNSET,
    ) -> SamlProvisioningRule:
        """Create a SAML provisioning rule.

        Creates a rule that adds users signing in through SAML to groups when their claims match its
        conditions. `definition` is a JSON document serialized into a string, e.g.
        `{"GroupsToAssign":["<group id>"],"Conditions":[{"ClaimName":"<claim
        URI>","ConditionType":"Contains","Value":"..."}]}`. The caller must also be a member of the
        organization's Administrators group.

        Calls `createSamlProvisioningRule` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await create_saml_provisioning_rule.asyncio(
            client=self._binding.client,
            body=CreateSamlProvisioningRuleRequest(
                name=name, enabled=enabled, partition_global_id=_org, description=description, definition=definition
            ),
        )

    async def delete_many(
        self,
        *,
        rule_ids: Sequence[int],
    ) -> None:
        """Delete several SAML provisioning rules.

        Deletes the listed provisioning rules of an organization in one call; ids of rules it does not have
        are skipped. Users the rules already added to groups stay in them. The organization and the ids
        travel in the request body, which is unusual for a DELETE: send it as JSON. The caller must also be
        a member of the organization's Administrators group.

        Calls `deleteSamlProvisioningRules` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await delete_saml_provisioning_rules.asyncio(
            client=self._binding.client,
            body=DeleteSamlProvisioningRulesRequest(partition_global_id=_org, rule_ids=list(rule_ids)),
        )

    async def list(
        self,
    ) -> builtins.list[SamlProvisioningRule]:
        """List the SAML provisioning rules.

        Returns every provisioning rule of the organization, disabled ones included, each with the groups it
        assigns.

        Calls `listSamlProvisioningRules` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await list_saml_provisioning_rules.asyncio(
            _org,
            client=self._binding.client,
        )

    async def get(
        self,
        rule_id: int,
    ) -> SamlProvisioningRule:
        """Get a SAML provisioning rule.

        Returns one provisioning rule with the groups it assigns.

        Calls `getSamlProvisioningRule` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_saml_provisioning_rule.asyncio(
            _org,
            rule_id,
            client=self._binding.client,
        )

    async def delete(
        self,
        rule_id: int,
    ) -> None:
        """Delete a SAML provisioning rule.

        Deletes one provisioning rule. Users it already added to groups stay in them.

        Calls `deleteSamlProvisioningRule` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await delete_saml_provisioning_rule.asyncio(
            _org,
            rule_id,
            client=self._binding.client,
        )


class AsyncSamlProvisioningRulesResourceWithRawResponse:
    """`AsyncSamlProvisioningRulesResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncSamlProvisioningRulesResource) -> None:
        self._resource = resource
        self.update = async_raw_response(resource.update)
        self.patch = async_raw_response(resource.patch)
        self.create = async_raw_response(resource.create)
        self.delete_many = async_raw_response(resource.delete_many)
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
