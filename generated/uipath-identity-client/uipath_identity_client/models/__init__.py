"""Contains all the data models used in inputs/outputs"""

from .allocate_group_licenses_request import AllocateGroupLicensesRequest
from .allocate_group_licenses_with_quota_request import AllocateGroupLicensesWithQuotaRequest
from .allocate_user_licenses_request import AllocateUserLicensesRequest
from .audit_event import AuditEvent
from .audit_event_page import AuditEventPage
from .audit_event_source import AuditEventSource
from .audit_event_status_filter import AuditEventStatusFilter
from .audit_event_target import AuditEventTarget
from .audit_event_type import AuditEventType
from .audit_log_page import AuditLogPage
from .audit_log_record import AuditLogRecord
from .bulk_resolve_directory_entities_by_name_request import BulkResolveDirectoryEntitiesByNameRequest
from .bulk_resolve_directory_entities_request import BulkResolveDirectoryEntitiesRequest
from .change_user_password_request import ChangeUserPasswordRequest
from .client_certificate import ClientCertificate
from .client_info import ClientInfo
from .client_secret import ClientSecret
from .create_external_client_request import CreateExternalClientRequest
from .create_group_request import CreateGroupRequest
from .create_message_template_request import CreateMessageTemplateRequest
from .create_robot_account_request import CreateRobotAccountRequest
from .create_saml_provisioning_rule_request import CreateSamlProvisioningRuleRequest
from .create_user_request import CreateUserRequest
from .create_users_request import CreateUsersRequest
from .delete_groups_request import DeleteGroupsRequest
from .delete_robot_accounts_request import DeleteRobotAccountsRequest
from .delete_saml_provisioning_rules_request import DeleteSamlProvisioningRulesRequest
from .delete_settings_request import DeleteSettingsRequest
from .delete_users_request import DeleteUsersRequest
from .directory_application import DirectoryApplication
from .directory_entity_map import DirectoryEntityMap
from .directory_entity_type import DirectoryEntityType
from .directory_group import DirectoryGroup
from .directory_group_membership_request import DirectoryGroupMembershipRequest
from .directory_robot_user import DirectoryRobotUser
from .directory_search_result import DirectorySearchResult
from .directory_source_filter import DirectorySourceFilter
from .directory_user import DirectoryUser
from .external_client import ExternalClient
from .external_client_resource import ExternalClientResource
from .generate_secret_request import GenerateSecretRequest
from .group import Group
from .group_license_allocation import GroupLicenseAllocation
from .group_license_allocation_page import GroupLicenseAllocationPage
from .group_license_allocation_with_quota import GroupLicenseAllocationWithQuota
from .group_license_member import GroupLicenseMember
from .group_license_member_page import GroupLicenseMemberPage
from .group_license_options import GroupLicenseOptions
from .group_license_quota import GroupLicenseQuota
from .group_license_rule import GroupLicenseRule
from .group_type import GroupType
from .identity_error import IdentityError
from .identity_result import IdentityResult
from .invited_user import InvitedUser
from .license_sort_order import LicenseSortOrder
from .login_attempt import LoginAttempt
from .login_attempt_page import LoginAttemptPage
from .login_attempt_result import LoginAttemptResult
from .message_template import MessageTemplate
from .new_client_secret import NewClientSecret
from .new_user import NewUser
from .problem_details import ProblemDetails
from .quota_request import QuotaRequest
from .release_user_licenses_request import ReleaseUserLicensesRequest
from .resolve_directory_entity_by_name_request import ResolveDirectoryEntityByNameRequest
from .resolve_directory_entity_request import ResolveDirectoryEntityRequest
from .robot_account import RobotAccount
from .robot_account_page import RobotAccountPage
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
from .sort_order import SortOrder
from .update_access_policy_request import UpdateAccessPolicyRequest
from .update_external_client_request import UpdateExternalClientRequest
from .update_group_request import UpdateGroupRequest
from .update_message_template_request import UpdateMessageTemplateRequest
from .update_robot_account_request import UpdateRobotAccountRequest
from .update_saml_provisioning_rule_request import UpdateSamlProvisioningRuleRequest
from .update_settings_request import UpdateSettingsRequest
from .update_user_request import UpdateUserRequest
from .update_user_request_extension_user_attributes_to_add_or_update_type_0 import (
    UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0,
)
from .upload_saml_certificate_request import UploadSamlCertificateRequest
from .user import User
from .user_bundle_lease_counts import UserBundleLeaseCounts
from .user_bundle_quantity import UserBundleQuantity
from .user_license import UserLicense
from .user_license_allocation import UserLicenseAllocation
from .user_license_allocation_page import UserLicenseAllocationPage
from .user_license_release import UserLicenseRelease
from .user_login_info import UserLoginInfo
from .user_page import UserPage
from .user_type import UserType
from .validation_problem_details import ValidationProblemDetails
from .validation_problem_details_errors import ValidationProblemDetailsErrors

__all__ = (
    "AllocateGroupLicensesRequest",
    "AllocateGroupLicensesWithQuotaRequest",
    "AllocateUserLicensesRequest",
    "AuditEvent",
    "AuditEventPage",
    "AuditEventSource",
    "AuditEventStatusFilter",
    "AuditEventTarget",
    "AuditEventType",
    "AuditLogPage",
    "AuditLogRecord",
    "BulkResolveDirectoryEntitiesByNameRequest",
    "BulkResolveDirectoryEntitiesRequest",
    "ChangeUserPasswordRequest",
    "ClientCertificate",
    "ClientInfo",
    "ClientSecret",
    "CreateExternalClientRequest",
    "CreateGroupRequest",
    "CreateMessageTemplateRequest",
    "CreateRobotAccountRequest",
    "CreateSamlProvisioningRuleRequest",
    "CreateUserRequest",
    "CreateUsersRequest",
    "DeleteGroupsRequest",
    "DeleteRobotAccountsRequest",
    "DeleteSamlProvisioningRulesRequest",
    "DeleteSettingsRequest",
    "DeleteUsersRequest",
    "DirectoryApplication",
    "DirectoryEntityMap",
    "DirectoryEntityType",
    "DirectoryGroup",
    "DirectoryGroupMembershipRequest",
    "DirectoryRobotUser",
    "DirectorySearchResult",
    "DirectorySourceFilter",
    "DirectoryUser",
    "ExternalClient",
    "ExternalClientResource",
    "GenerateSecretRequest",
    "Group",
    "GroupLicenseAllocation",
    "GroupLicenseAllocationPage",
    "GroupLicenseAllocationWithQuota",
    "GroupLicenseMember",
    "GroupLicenseMemberPage",
    "GroupLicenseOptions",
    "GroupLicenseQuota",
    "GroupLicenseRule",
    "GroupType",
    "IdentityError",
    "IdentityResult",
    "InvitedUser",
    "LicenseSortOrder",
    "LoginAttempt",
    "LoginAttemptPage",
    "LoginAttemptResult",
    "MessageTemplate",
    "NewClientSecret",
    "NewUser",
    "ProblemDetails",
    "QuotaRequest",
    "ReleaseUserLicensesRequest",
    "ResolveDirectoryEntityByNameRequest",
    "ResolveDirectoryEntityRequest",
    "RobotAccount",
    "RobotAccountPage",
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
    "SortOrder",
    "UpdateAccessPolicyRequest",
    "UpdateExternalClientRequest",
    "UpdateGroupRequest",
    "UpdateMessageTemplateRequest",
    "UpdateRobotAccountRequest",
    "UpdateSamlProvisioningRuleRequest",
    "UpdateSettingsRequest",
    "UpdateUserRequest",
    "UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0",
    "UploadSamlCertificateRequest",
    "User",
    "UserBundleLeaseCounts",
    "UserBundleQuantity",
    "UserLicense",
    "UserLicenseAllocation",
    "UserLicenseAllocationPage",
    "UserLicenseRelease",
    "UserLoginInfo",
    "UserPage",
    "UserType",
    "ValidationProblemDetails",
    "ValidationProblemDetailsErrors",
)
