"""A client library for accessing UiPath Identity Server (Platform Management) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
