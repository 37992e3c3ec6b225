"""The resources of `IdentityClient` / `AsyncIdentityClient`, one per tag of the spec (generated)."""

from __future__ import annotations

from ._binding import AsyncBinding, Binding
from .api.access_policy.resource import AccessPolicyResource, AsyncAccessPolicyResource
from .api.audit_logs.resource import AsyncAuditLogsResource, AuditLogsResource
from .api.directory.resource import AsyncDirectoryResource, DirectoryResource
from .api.external_client_secrets.resource import AsyncExternalClientSecretsResource, ExternalClientSecretsResource
from .api.external_clients.resource import AsyncExternalClientsResource, ExternalClientsResource
from .api.groups.resource import AsyncGroupsResource, GroupsResource
from .api.message_templates.resource import AsyncMessageTemplatesResource, MessageTemplatesResource
from .api.robot_accounts.resource import AsyncRobotAccountsResource, RobotAccountsResource
from .api.saml_certificates.resource import AsyncSamlCertificatesResource, SamlCertificatesResource
from .api.saml_provisioning_rules.resource import AsyncSamlProvisioningRulesResource, SamlProvisioningRulesResource
from .api.settings.resource import AsyncSettingsResource, SettingsResource
from .api.users.resource import AsyncUsersResource, UsersResource

#: The attribute names of the resources, in order.
RESOURCE_NAMES: tuple[str, ...] = (
    "access_policy",
    "audit_logs",
    "directory",
    "external_client_secrets",
    "external_clients",
    "groups",
    "message_templates",
    "robot_accounts",
    "saml_certificates",
    "saml_provisioning_rules",
    "settings",
    "users",
)


class Resources:
    """The API's resources, each bound to one client and organization."""

    def __init__(self, binding: Binding) -> None:
        self.access_policy = AccessPolicyResource(binding)
        self.audit_logs = AuditLogsResource(binding)
        self.directory = DirectoryResource(binding)
        self.external_client_secrets = ExternalClientSecretsResource(binding)
        self.external_clients = ExternalClientsResource(binding)
        self.groups = GroupsResource(binding)
        self.message_templates = MessageTemplatesResource(binding)
        self.robot_accounts = RobotAccountsResource(binding)
        self.saml_certificates = SamlCertificatesResource(binding)
        self.saml_provisioning_rules = SamlProvisioningRulesResource(binding)
        self.settings = SettingsResource(binding)
        self.users = UsersResource(binding)

    def _probe(self) -> None:
        """One cheap authenticated read (`listExternalClients`), proving the credentials (a 401 raises)."""
        self.external_clients.list()


class AsyncResources:
    """The API's resources, each bound to one async client and organization."""

    def __init__(self, binding: AsyncBinding) -> None:
        self.access_policy = AsyncAccessPolicyResource(binding)
        self.audit_logs = AsyncAuditLogsResource(binding)
        self.directory = AsyncDirectoryResource(binding)
        self.external_client_secrets = AsyncExternalClientSecretsResource(binding)
        self.external_clients = AsyncExternalClientsResource(binding)
        self.groups = AsyncGroupsResource(binding)
        self.message_templates = AsyncMessageTemplatesResource(binding)
        self.robot_accounts = AsyncRobotAccountsResource(binding)
        self.saml_certificates = AsyncSamlCertificatesResource(binding)
        self.saml_provisioning_rules = AsyncSamlProvisioningRulesResource(binding)
        self.settings = AsyncSettingsResource(binding)
        self.users = AsyncUsersResource(binding)

    async def _probe(self) -> None:
        """One cheap authenticated read (`listExternalClients`), proving the credentials (a 401 raises)."""
        await self.external_clients.list()
