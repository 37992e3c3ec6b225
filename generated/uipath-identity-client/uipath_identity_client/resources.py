"""The resources of `IdentityClient` / `AsyncIdentityClient`, one per tag of the spec (generated)."""

from __future__ import annotations

from ._binding import AsyncBinding, Binding
from .api.directory.resource import AsyncDirectoryResource, DirectoryResource
from .api.external_client_secrets.resource import AsyncExternalClientSecretsResource, ExternalClientSecretsResource
from .api.external_clients.resource import AsyncExternalClientsResource, ExternalClientsResource
from .api.robot_accounts.resource import AsyncRobotAccountsResource, RobotAccountsResource


class Resources:
    """The API's resources, each bound to one client and organization."""

    def __init__(self, binding: Binding) -> None:
        self.directory = DirectoryResource(binding)
        self.external_client_secrets = ExternalClientSecretsResource(binding)
        self.external_clients = ExternalClientsResource(binding)
        self.robot_accounts = RobotAccountsResource(binding)


class AsyncResources:
    """The API's resources, each bound to one async client and organization."""

    def __init__(self, binding: AsyncBinding) -> None:
        self.directory = AsyncDirectoryResource(binding)
        self.external_client_secrets = AsyncExternalClientSecretsResource(binding)
        self.external_clients = AsyncExternalClientsResource(binding)
        self.robot_accounts = AsyncRobotAccountsResource(binding)
