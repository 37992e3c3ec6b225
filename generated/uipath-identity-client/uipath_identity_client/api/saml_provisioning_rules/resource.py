"""The `saml_provisioning_rules` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins

from ..._binding import AsyncBinding, Binding
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
    """Saml provisioning rules: `update`, `create`, `delete_many`, `list`, `get`, `delete`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def update(
        self,
        *,
        rule_id: int,
        name: str,
        enabled: bool,
        description: None | str | Unset = UNSET,
        definition: None | str | Unset = UNSET,
    ) -> SamlProvisioningRuleRecord:
        """Update a SAML provisioning rule.

        Replaces the name, description, enabled flag and definition of a rule; the rule is named by
        `ruleId` and `partitionGlobalId` in the body. The answer is the stored rule record, which
        names the organization by its internal number (`partitionId`) and carries no groups.

        Calls `update_saml_provisioning_rule` with the client's organization; raises its errors.
        """

        return update_saml_provisioning_rule.sync(
            client=self._binding.client,
            body=UpdateSamlProvisioningRuleRequest(
                rule_id=rule_id,
                partition_global_id=self._binding.organization_id(),
                name=name,
                enabled=enabled,
                description=description,
                definition=definition,
            ),
        )

    def create(
        self,
        *,
        name: str,
        enabled: bool,
        description: None | str | Unset = UNSET,
        definition: None | str | Unset = UNSET,
    ) -> SamlProvisioningRule:
        """Create a SAML provisioning rule.

        Creates a rule that adds users signing in through SAML to groups when their claims match its
        conditions. `definition` is a JSON document serialized into a string, e.g.
        `{"GroupsToAssign":["<group id>"],"Conditions":[{"ClaimName":"<claim
        URI>","ConditionType":"Contains","Value":"..."}]}`.
        The caller must also be a member of the organization's Administrators group.

        Calls `create_saml_provisioning_rule` with the client's organization; raises its errors.
        """

        return create_saml_provisioning_rule.sync(
            client=self._binding.client,
            body=CreateSamlProvisioningRuleRequest(
                name=name,
                enabled=enabled,
                partition_global_id=self._binding.organization_id(),
                description=description,
                definition=definition,
            ),
        )

    def delete_many(
        self,
        *,
        rule_ids: builtins.list[int],
    ) -> None:
        """Delete several SAML provisioning rules.

        Deletes the listed provisioning rules of an organization in one call; ids of rules it does
        not have are skipped. Users the rules already added to groups stay in them. The organization
        and the ids travel in the request body, which is unusual for a DELETE: send it as JSON. The
        caller must also be a member of the organization's Administrators group.

        Calls `delete_saml_provisioning_rules` with the client's organization; raises its errors.
        """

        delete_saml_provisioning_rules.sync(
            client=self._binding.client,
            body=DeleteSamlProvisioningRulesRequest(
                partition_global_id=self._binding.organization_id(),
                rule_ids=rule_ids,
            ),
        )

    def list(
        self,
    ) -> builtins.list[SamlProvisioningRule]:
        """List the SAML provisioning rules.

        Returns every provisioning rule of the organization, disabled ones included, each with the
        groups it assigns.

        Calls `list_saml_provisioning_rules` with the client's organization; raises its errors.
        """

        return list_saml_provisioning_rules.sync(
            self._binding.organization_id(),
            client=self._binding.client,
        )

    def get(
        self,
        rule_id: int,
    ) -> SamlProvisioningRule:
        """Get a SAML provisioning rule.

        Returns one provisioning rule with the groups it assigns.

        Calls `get_saml_provisioning_rule` with the client's organization; raises its errors.
        """

        return get_saml_provisioning_rule.sync(
            self._binding.organization_id(),
            rule_id,
            client=self._binding.client,
        )

    def delete(
        self,
        rule_id: int,
    ) -> None:
        """Delete a SAML provisioning rule.

        Deletes one provisioning rule. Users it already added to groups stay in them.

        Calls `delete_saml_provisioning_rule` with the client's organization; raises its errors.
        """

        delete_saml_provisioning_rule.sync(
            self._binding.organization_id(),
            rule_id,
            client=self._binding.client,
        )


class AsyncSamlProvisioningRulesResource:
    """Saml provisioning rules: `update`, `create`, `delete_many`, `list`, `get`, `delete`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def update(
        self,
        *,
        rule_id: int,
        name: str,
        enabled: bool,
        description: None | str | Unset = UNSET,
        definition: None | str | Unset = UNSET,
    ) -> SamlProvisioningRuleRecord:
        """Update a SAML provisioning rule.

        Replaces the name, description, enabled flag and definition of a rule; the rule is named by
        `ruleId` and `partitionGlobalId` in the body. The answer is the stored rule record, which
        names the organization by its internal number (`partitionId`) and carries no groups.

        Calls `update_saml_provisioning_rule` with the client's organization; raises its errors.
        """

        return await update_saml_provisioning_rule.asyncio(
            client=self._binding.client,
            body=UpdateSamlProvisioningRuleRequest(
                rule_id=rule_id,
                partition_global_id=await self._binding.organization_id(),
                name=name,
                enabled=enabled,
                description=description,
                definition=definition,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        enabled: bool,
        description: None | str | Unset = UNSET,
        definition: None | str | Unset = UNSET,
    ) -> SamlProvisioningRule:
        """Create a SAML provisioning rule.

        Creates a rule that adds users signing in through SAML to groups when their claims match its
        conditions. `definition` is a JSON document serialized into a string, e.g.
        `{"GroupsToAssign":["<group id>"],"Conditions":[{"ClaimName":"<claim
        URI>","ConditionType":"Contains","Value":"..."}]}`.
        The caller must also be a member of the organization's Administrators group.

        Calls `create_saml_provisioning_rule` with the client's organization; raises its errors.
        """

        return await create_saml_provisioning_rule.asyncio(
            client=self._binding.client,
            body=CreateSamlProvisioningRuleRequest(
                name=name,
                enabled=enabled,
                partition_global_id=await self._binding.organization_id(),
                description=description,
                definition=definition,
            ),
        )

    async def delete_many(
        self,
        *,
        rule_ids: builtins.list[int],
    ) -> None:
        """Delete several SAML provisioning rules.

        Deletes the listed provisioning rules of an organization in one call; ids of rules it does
        not have are skipped. Users the rules already added to groups stay in them. The organization
        and the ids travel in the request body, which is unusual for a DELETE: send it as JSON. The
        caller must also be a member of the organization's Administrators group.

        Calls `delete_saml_provisioning_rules` with the client's organization; raises its errors.
        """

        await delete_saml_provisioning_rules.asyncio(
            client=self._binding.client,
            body=DeleteSamlProvisioningRulesRequest(
                partition_global_id=await self._binding.organization_id(),
                rule_ids=rule_ids,
            ),
        )

    async def list(
        self,
    ) -> builtins.list[SamlProvisioningRule]:
        """List the SAML provisioning rules.

        Returns every provisioning rule of the organization, disabled ones included, each with the
        groups it assigns.

        Calls `list_saml_provisioning_rules` with the client's organization; raises its errors.
        """

        return await list_saml_provisioning_rules.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
        )

    async def get(
        self,
        rule_id: int,
    ) -> SamlProvisioningRule:
        """Get a SAML provisioning rule.

        Returns one provisioning rule with the groups it assigns.

        Calls `get_saml_provisioning_rule` with the client's organization; raises its errors.
        """

        return await get_saml_provisioning_rule.asyncio(
            await self._binding.organization_id(),
            rule_id,
            client=self._binding.client,
        )

    async def delete(
        self,
        rule_id: int,
    ) -> None:
        """Delete a SAML provisioning rule.

        Deletes one provisioning rule. Users it already added to groups stay in them.

        Calls `delete_saml_provisioning_rule` with the client's organization; raises its errors.
        """

        await delete_saml_provisioning_rule.asyncio(
            await self._binding.organization_id(),
            rule_id,
            client=self._binding.client,
        )
