"""The resources of `IdentityClient` / `AsyncIdentityClient`: one per tag of the primary service's
spec, and one namespace per other service (generated)."""

from __future__ import annotations

from ._binding import AsyncBinding, Binding, where
from .api.access_policy.resource import AccessPolicyResource, AsyncAccessPolicyResource
from .api.audit_events.resource import AsyncAuditEventsResource, AuditEventsResource
from .api.audit_logs.resource import AsyncAuditLogsResource, AuditLogsResource
from .api.classic_audit_logs.resource import AsyncClassicAuditLogsResource, ClassicAuditLogsResource
from .api.directory.resource import AsyncDirectoryResource, DirectoryResource
from .api.external_client_secrets.resource import AsyncExternalClientSecretsResource, ExternalClientSecretsResource
from .api.external_clients.resource import AsyncExternalClientsResource, ExternalClientsResource
from .api.group_licenses.resource import AsyncGroupLicensesResource, GroupLicensesResource
from .api.groups.resource import AsyncGroupsResource, GroupsResource
from .api.message_templates.resource import AsyncMessageTemplatesResource, MessageTemplatesResource
from .api.robot_accounts.resource import AsyncRobotAccountsResource, RobotAccountsResource
from .api.saml_certificates.resource import AsyncSamlCertificatesResource, SamlCertificatesResource
from .api.saml_provisioning_rules.resource import AsyncSamlProvisioningRulesResource, SamlProvisioningRulesResource
from .api.settings.resource import AsyncSettingsResource, SettingsResource
from .api.user_licenses.resource import AsyncUserLicensesResource, UserLicensesResource
from .api.users.resource import AsyncUsersResource, UsersResource

#: The attribute names of the primary service's resources, in order.
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
#: The dotted attribute of every resource of every service, in order (`audit.events`).
RESOURCE_ATTRIBUTES: tuple[str, ...] = (
    "access_policy",
    "audit.events",
    "audit_logs",
    "audit.classic.logs",
    "directory",
    "external_client_secrets",
    "external_clients",
    "licenses.groups",
    "groups",
    "message_templates",
    "robot_accounts",
    "saml_certificates",
    "saml_provisioning_rules",
    "settings",
    "licenses.users",
    "users",
)


class AuditTenantService:
    """UiPath Audit Service (unified audit logs) API, one tenant's level (`/{organization}/{tenant}/tenantaudit_`)."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding
        self.events = AuditEventsResource(binding)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'orgaudit')!r})"


class AuditClassicService:
    """UiPath Audit (classic audit logs) API (`/{organization}/audit_`): `logs`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding
        self.logs = ClassicAuditLogsResource(binding)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'audit')!r})"


class AuditService:
    """UiPath Audit Service (unified audit logs) API (`/{organization}/orgaudit_`): `events`, `classic`, `tenant(name)`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding
        self.events = AuditEventsResource(binding)
        self.classic = AuditClassicService(binding)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'orgaudit')!r})"

    def tenant(self, tenant: str) -> AuditTenantService:
        """The same resources at one tenant's level (`/{organization}/{tenant}/tenantaudit_`),
        sharing this client's connections, credentials and organization: ``.tenant("DefaultTenant")``."""
        return AuditTenantService(self._binding.for_tenant("orgaudit", tenant))


class AsyncAuditTenantService:
    """UiPath Audit Service (unified audit logs) API, one tenant's level (`/{organization}/{tenant}/tenantaudit_`)."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding
        self.events = AsyncAuditEventsResource(binding)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'orgaudit')!r})"


class AsyncAuditClassicService:
    """UiPath Audit (classic audit logs) API (`/{organization}/audit_`): `logs`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding
        self.logs = AsyncClassicAuditLogsResource(binding)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'audit')!r})"


class AsyncAuditService:
    """UiPath Audit Service (unified audit logs) API (`/{organization}/orgaudit_`): `events`, `classic`, `tenant(name)`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding
        self.events = AsyncAuditEventsResource(binding)
        self.classic = AsyncAuditClassicService(binding)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'orgaudit')!r})"

    def tenant(self, tenant: str) -> AsyncAuditTenantService:
        """The same resources at one tenant's level (`/{organization}/{tenant}/tenantaudit_`),
        sharing this client's connections, credentials and organization: ``.tenant("DefaultTenant")``."""
        return AsyncAuditTenantService(self._binding.for_tenant("orgaudit", tenant))


class LicensesService:
    """UiPath License Accountant (user license allocation) API (`/{organization}/lease_`): `groups`, `users`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding
        self.groups = GroupLicensesResource(binding)
        self.users = UserLicensesResource(binding)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'lease')!r})"


class AsyncLicensesService:
    """UiPath License Accountant (user license allocation) API (`/{organization}/lease_`): `groups`, `users`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding
        self.groups = AsyncGroupLicensesResource(binding)
        self.users = AsyncUserLicensesResource(binding)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'lease')!r})"


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
        self.audit = AuditService(binding)
        self.licenses = LicensesService(binding)

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
        self.audit = AsyncAuditService(binding)
        self.licenses = AsyncLicensesService(binding)

    async def _probe(self) -> None:
        """One cheap authenticated read (`listExternalClients`), proving the credentials (a 401 raises)."""
        await self.external_clients.list()
