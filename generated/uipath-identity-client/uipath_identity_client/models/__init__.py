"""Contains all the data models used in inputs/outputs"""

from .client_certificate import ClientCertificate
from .client_secret import ClientSecret
from .create_external_client_request import CreateExternalClientRequest
from .create_robot_account_request import CreateRobotAccountRequest
from .directory_application import DirectoryApplication
from .directory_entity_type import DirectoryEntityType
from .directory_group import DirectoryGroup
from .directory_user import DirectoryUser
from .external_client import ExternalClient
from .external_client_resource import ExternalClientResource
from .generate_secret_request import GenerateSecretRequest
from .new_client_secret import NewClientSecret
from .problem_details import ProblemDetails
from .resolve_directory_entity_request import ResolveDirectoryEntityRequest
from .robot_account import RobotAccount
from .scope import Scope
from .scope_type import ScopeType
from .update_external_client_request import UpdateExternalClientRequest
from .validation_problem_details import ValidationProblemDetails
from .validation_problem_details_errors import ValidationProblemDetailsErrors

__all__ = (
    "ClientCertificate",
    "ClientSecret",
    "CreateExternalClientRequest",
    "CreateRobotAccountRequest",
    "DirectoryApplication",
    "DirectoryEntityType",
    "DirectoryGroup",
    "DirectoryUser",
    "ExternalClient",
    "ExternalClientResource",
    "GenerateSecretRequest",
    "NewClientSecret",
    "ProblemDetails",
    "ResolveDirectoryEntityRequest",
    "RobotAccount",
    "Scope",
    "ScopeType",
    "UpdateExternalClientRequest",
    "ValidationProblemDetails",
    "ValidationProblemDetailsErrors",
)
