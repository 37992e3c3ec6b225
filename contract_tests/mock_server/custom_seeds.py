"""Seeds of the settings, message templates, SAML certificates and access policy of each
organization (their modules hold the data); app.py calls this once per organization at start."""

from __future__ import annotations

from . import custom_policy, custom_saml, custom_settings
from .store import Store


def seed_settings_saml_policy(store: Store, org_id: str, first: bool) -> None:
    custom_settings.seed(store, org_id)
    custom_policy.seed(store, org_id)
    if first:  # the first organization has a SAML certificate; the others have none (get answers 404)
        custom_saml.seed(store, org_id)
