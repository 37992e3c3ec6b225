"""An embedded, stateful mock of UiPath's Identity server, driven by spec/openapi.yaml.

Run it with `python -m contract_tests.mock_server`, or in-process with `create_app(MockConfig())`.
"""

from .app import MockState, create_app
from .config import MockConfig, OrgCredentials, PersonalAccessToken
from .faults import FAULTS

__all__ = ["FAULTS", "MockConfig", "MockState", "OrgCredentials", "PersonalAccessToken", "create_app"]
