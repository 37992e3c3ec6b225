"""Contains all the data models used in inputs/outputs"""

from .client_certificate import ClientCertificate
from .client_secret import ClientSecret
from .create_external_client_request import CreateExternalClientRequest
from .create_message_template_request import CreateMessageTemplateRequest
from .create_robot_account_request import CreateRobotAccountRequest
from .create_saml_provisioning_rule_request import CreateSamlProvisioningRuleRequest
from .directory_application import DirectoryApplication
from .directory_entity_type import DirectoryEntityType
from .directory_group import DirectoryGroup
from .directory_user import DirectoryUser
from .external_client import ExternalClient
from .external_client_resource import ExternalClientResource
from .generate_secret_request import GenerateSecretRequest
from .message_template import MessageTemplate
from .problem_details import ProblemDetails
from .resolve_directory_entity_request import ResolveDirectoryEntityRequest
from .robot_account import RobotAccount
from .saml_certificate_pair import SamlCertificatePair
from .saml_provisioning_rule import SamlProvisioningRule
from .saml_provisioning_rule_group import SamlProvisioningRuleGroup
from .saml_provisioning_rule_group_members_type_0_item import SamlProvisioningRuleGroupMembersType0Item
from .saml_provisioning_rule_group_type import SamlProvisioningRuleGroupType
from .saml_provisioning_rule_record import SamlProvisioningRuleRecord
from .scope import Scope
from .scope_type import ScopeType
from .setting import Setting
from .setting_value import SettingValue
from .update_access_policy_request import UpdateAccessPolicyRequest
from .update_external_client_request import UpdateExternalClientRequest
from .update_message_template_request import UpdateMessageTemplateRequest
from .update_saml_provisioning_rule_request import UpdateSamlProvisioningRuleRequest
from .update_settings_request import UpdateSettingsRequest
from .upload_saml_certificate_request import UploadSamlCertificateRequest
from .validation_problem_details import ValidationProblemDetails
from .validation_problem_details_errors import ValidationProblemDetailsErrors

__all__ = (
    "ClientCertificate",
    "ClientSecret",
    "CreateExternalClientRequest",
    "CreateMessageTemplateRequest",
    "CreateRobotAccountRequest",
    "CreateSamlProvisioningRuleRequest",
    "DirectoryApplication",
    "DirectoryEntityType",
    "DirectoryGroup",
    "DirectoryUser",
    "ExternalClient",
    "ExternalClientResource",
    "GenerateSecretRequest",
    "MessageTemplate",
    "ProblemDetails",
    "ResolveDirectoryEntityRequest",
    "RobotAccount",
    "SamlCertificatePair",
    "SamlProvisioningRule",
    "SamlProvisioningRuleGroup",
    "SamlProvisioningRuleGroupMembersType0Item",
    "SamlProvisioningRuleGroupType",
    "SamlProvisioningRuleRecord",
    "Scope",
    "ScopeType",
    "Setting",
    "SettingValue",
    "UpdateAccessPolicyRequest",
    "UpdateExternalClientRequest",
    "UpdateMessageTemplateRequest",
    "UpdateSamlProvisioningRuleRequest",
    "UpdateSettingsRequest",
    "UploadSamlCertificateRequest",
    "ValidationProblemDetails",
    "ValidationProblemDetailsErrors",
)
