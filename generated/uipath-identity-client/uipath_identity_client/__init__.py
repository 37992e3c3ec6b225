"""A client library for accessing UiPath Identity Server (Platform Management) API"""

from . import base_urls, errors
from ._audit_export import AuditExport, ExportProgress
from ._auth import BearerToken, ClientCredentials, PersonalAccessToken
from ._env import from_env
from ._identity import AsyncIdentityClient, Credentials, IdentityClient
from ._license_report import GroupLicenses, LicenseReport, UserLicenses
from ._options import ClientOptions
from ._raw import RawResponse
from ._rotation import Rotation, SecretRotationError
from ._transport import RetryPolicy
from ._version import USER_AGENT, __version__
from .client import DEFAULT_TIMEOUT, AuthenticatedClient, Client
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    CertificateVerificationError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    RateLimitError,
    ResponseValidationError,
    TLSError,
    TokenError,
    UiPathIdentityError,
    UnauthorizedError,
    UnexpectedStatus,
    UnsupportedMediaTypeError,
)

__all__ = (
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "APIConnectionError",
    "APIStatusError",
    "AsyncIdentityClient",
    "AuditExport",
    "Credentials",
    "ExportProgress",
    "GroupLicenses",
    "LicenseReport",
    "UserLicenses",
    "IdentityClient",
    "Rotation",
    "APITimeoutError",
    "ResponseValidationError",
    "__version__",
    "AuthenticatedClient",
    "BadRequestError",
    "BearerToken",
    "CertificateVerificationError",
    "ClientClosedError",
    "ClientOptions",
    "RawResponse",
    "SecretRotationError",
    "Client",
    "ClientCredentials",
    "ConfigurationError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PersonalAccessToken",
    "RateLimitError",
    "RetryPolicy",
    "TLSError",
    "TokenError",
    "UiPathIdentityError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnsupportedMediaTypeError",
    "base_urls",
    "errors",
    "from_env",
)
