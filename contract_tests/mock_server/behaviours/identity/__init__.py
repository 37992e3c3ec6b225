"""The Identity service's behaviour beyond the operations table's generic actions, one module per
family, each registering into REGISTRY: clients (external applications and their secrets),
directory (search and resolution), membership (groups and robot accounts), users, settings
(settings and message templates), saml (certificates), policy (access policy and provisioning
rules), seeding (what every organization starts with)."""

from contract_tests.mock_server.registry import Registry

REGISTRY = Registry("identity")
