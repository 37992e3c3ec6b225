"""SAML certificates, the organization access policy and SAML provisioning rules on the mock, over
HTTP (every answer checked against the spec): the certificate pair's state machine with real X.509
parsing and thumbprints, policy updates checked against the directory, rules whose assigned groups
come from their definition."""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from mock_harness import ORG_IDS, CheckedClient, in_process

from contract_tests.mock_server.config import SPEC_PATH
from contract_tests.spec_model import load

CONTOSO, FABRIKAM = ORG_IDS["contoso"], ORG_IDS["fabrikam"]
API = "/contoso/identity_/api"
EXAMPLES = load(SPEC_PATH).by_id["uploadSecondarySamlCertificate"].examples["200"]
CERT_A, THUMB_A = EXAMPLES["primaryCertificate"], EXAMPLES["primaryCertificateThumbprint"]
CERT_B, THUMB_B = EXAMPLES["secondaryCertificate"], EXAMPLES["secondaryCertificateThumbprint"]
EVERYONE = "ce684f6f-5af3-4e43-8516-1adad6e98fc9"
ADMINISTRATORS = "35551807-06b1-4cda-90a1-2fb84851eee7"
CITIZEN_DEVELOPERS = "65bac4da-2a5b-459a-8f49-318dc95c06a6"
AUTOMATION_USERS = "cdc34b5b-77d2-4ae1-9744-209d21ce557d"
ALICE = "6b1c2d3e-4f50-4a61-8b72-9c83d4e5f601"


def new_certificate(common_name: str) -> str:
    """A fresh self-signed certificate, Base64 DER."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


def thumbprint(certificate: str) -> str:
    return hashlib.sha1(base64.b64decode(certificate)).hexdigest().upper()


@pytest.fixture
def fresh() -> tuple[CheckedClient, str, str]:
    """A mock of its own (the certificate pair is per organization state), contoso's and fabrikam's tokens."""
    client, _ = in_process()
    return client, client.get_token(), client.get_token("fabrikam")


def _upload(mock: CheckedClient, token: str, slot: str, certificate: str, org: str = CONTOSO) -> Any:
    body = {"partitionGlobalId": org, "certificate": certificate}
    return mock.request("PUT", f"/{_name(org)}/identity_/api/SamlCertificate/{slot}", token, json=body)


def _name(org: str) -> str:
    return "contoso" if org == CONTOSO else "fabrikam"


def _pair(mock: CheckedClient, token: str, org: str = CONTOSO) -> Any:
    return mock.request("GET", f"/{_name(org)}/identity_/api/SamlCertificate/{org}/certificates", token)


def test_the_spec_examples_thumbprints_are_the_sha1_of_their_der() -> None:
    assert thumbprint(CERT_A) == THUMB_A and thumbprint(CERT_B) == THUMB_B


def test_certificate_pair_state_machine(fresh: tuple[CheckedClient, str, str]) -> None:
    mock, contoso, fabrikam = fresh
    # contoso is seeded with the example primary; fabrikam has none.
    seeded = _pair(mock, contoso).json()
    assert (seeded["primaryCertificateThumbprint"], seeded["secondaryCertificateId"]) == (THUMB_A, None)
    assert _pair(mock, fabrikam, FABRIKAM).status_code == 404
    assert _upload(mock, fabrikam, "secondary", CERT_B, FABRIKAM).status_code == 400  # a secondary needs a primary
    switch = f"/fabrikam/identity_/api/SamlCertificate/{FABRIKAM}/switch"
    assert mock.request("POST", switch, fabrikam).status_code == 404  # nothing to switch

    fresh_cert = new_certificate("idp.example.org")
    primary = _upload(mock, fabrikam, "primary", fresh_cert, FABRIKAM).json()
    assert primary["primaryCertificate"] == fresh_cert
    assert primary["primaryCertificateThumbprint"] == thumbprint(fresh_cert)
    assert primary["partitionGlobalId"] == FABRIKAM and primary["secondaryCertificate"] is None
    assert mock.request("POST", switch, fabrikam).status_code == 400  # no secondary

    pair = _upload(mock, fabrikam, "secondary", CERT_B, FABRIKAM).json()
    assert (pair["primaryCertificateId"], pair["primaryCertificateThumbprint"]) == (
        primary["primaryCertificateId"],
        thumbprint(fresh_cert),
    )
    assert pair["secondaryCertificateThumbprint"] == THUMB_B
    assert pair["secondaryCertificateId"] != pair["primaryCertificateId"]

    switched = mock.request("POST", switch, fabrikam).json()
    assert switched["primaryCertificateId"] == pair["secondaryCertificateId"]
    assert switched["secondaryCertificateId"] == pair["primaryCertificateId"]
    assert switched["primaryCertificateThumbprint"] == THUMB_B
    assert _pair(mock, fabrikam, FABRIKAM).json() == switched

    delete = f"/fabrikam/identity_/api/SamlCertificate/{FABRIKAM}"
    assert mock.request("DELETE", f"{delete}/{switched['primaryCertificateId']}", fabrikam).status_code == 400
    assert mock.request("DELETE", f"{delete}/987654", fabrikam).status_code == 404
    answer = mock.request("DELETE", f"{delete}/{switched['secondaryCertificateId']}", fabrikam)
    assert answer.status_code == 200 and answer.json() is True
    after = _pair(mock, fabrikam, FABRIKAM).json()
    assert after["secondaryCertificateId"] is None and after["secondaryCertificateThumbprint"] is None
    assert after["primaryCertificateThumbprint"] == THUMB_B
    # The other organization's pair was never touched.
    assert _pair(mock, contoso).json() == seeded


def test_primary_upload_replaces_the_primary_and_keeps_the_secondary(fresh: tuple[CheckedClient, str, str]) -> None:
    mock, contoso, _ = fresh
    with_secondary = _upload(mock, contoso, "secondary", CERT_B).json()
    replacement = new_certificate("replacement.example.org")
    after = _upload(mock, contoso, "primary", replacement).json()
    assert after["primaryCertificateThumbprint"] == thumbprint(replacement)
    assert after["primaryCertificateId"] not in (with_secondary["primaryCertificateId"], None)
    assert after["secondaryCertificateId"] == with_secondary["secondaryCertificateId"]


@pytest.mark.parametrize(
    ("certificate", "problem"),
    [
        ("not base64 at all!", "not Base64"),
        (base64.b64encode(b"just some bytes, no certificate").decode(), "X.509"),
        (CERT_A[:-20] + "AAAAAAAAAAAAAAAAAAAA", "X.509"),  # a damaged signature block
    ],
)
def test_uploads_that_are_not_base64_der_certificates_are_400(
    fresh: tuple[CheckedClient, str, str], certificate: str, problem: str
) -> None:
    mock, contoso, _ = fresh
    before = _pair(mock, contoso).json()
    response = _upload(mock, contoso, "primary", certificate)
    assert response.status_code == 400
    assert problem in response.json()["errors"]["certificate"][0]
    assert _pair(mock, contoso).json() == before


# Access policy


def _policy(mock: CheckedClient, token: str) -> list[str]:
    response = mock.request("GET", f"{API}/PartitionAccessPolicy/{CONTOSO}", token)
    assert response.status_code == 200
    return [e["identifier"] for e in response.json()]


def _update(mock: CheckedClient, token: str, **body: Any) -> Any:
    return mock.request("PUT", f"{API}/PartitionAccessPolicy/{CONTOSO}", token, json=body)


def test_policy_is_seeded_and_updates_add_and_remove_resolved_entities(fresh: tuple[CheckedClient, str, str]) -> None:
    mock, contoso, _ = fresh
    assert _policy(mock, contoso) == [EVERYONE, CITIZEN_DEVELOPERS, ADMINISTRATORS]
    response = _update(
        mock, contoso, entitiesToAdd=[AUTOMATION_USERS], entitiesToRemove=[CITIZEN_DEVELOPERS], entityType="group"
    )
    assert response.status_code == 200
    assert [(e["identifier"], e["objectType"]) for e in response.json()] == [
        (EVERYONE, "DirectoryGroup"),
        (ADMINISTRATORS, "DirectoryGroup"),
        (AUTOMATION_USERS, "DirectoryGroup"),
    ]
    # entityType defaults to user.
    users = _update(mock, contoso, entitiesToAdd=[ALICE]).json()
    assert users[-1]["identifier"] == ALICE and users[-1]["objectType"] == "DirectoryUser"
    assert _policy(mock, contoso) == [EVERYONE, ADMINISTRATORS, AUTOMATION_USERS, ALICE]


def test_policy_ids_must_resolve_to_entities_of_the_given_type(fresh: tuple[CheckedClient, str, str]) -> None:
    mock, contoso, _ = fresh
    before = _policy(mock, contoso)
    assert _update(mock, contoso, entitiesToAdd=[AUTOMATION_USERS]).status_code == 404  # a group, not a user
    unknown = "0f0f0f0f-0000-4000-8000-000000000000"
    assert _update(mock, contoso, entitiesToRemove=[unknown], entityType="group").status_code == 404
    response = _update(mock, contoso, entitiesToAdd=[ALICE], entitiesToRemove=[ALICE])
    assert response.status_code == 400 and "entitiesToRemove" in response.json()["errors"]
    response = _update(mock, contoso, entitiesToAdd=["not-a-guid"])
    assert response.status_code == 400 and "entitiesToAdd[0]" in response.json()["errors"]
    assert _policy(mock, contoso) == before


# Provisioning rules


def _definition(*groups: str) -> str:
    condition = {"ClaimName": "department", "ConditionType": "Contains", "Value": "Automation"}
    return json.dumps({"GroupsToAssign": list(groups), "Conditions": [condition]})


def _create_rule(mock: CheckedClient, token: str, name: str, *groups: str, enabled: bool = True) -> Any:
    body = {"partitionGlobalId": CONTOSO, "name": name, "enabled": enabled, "definition": _definition(*groups)}
    return mock.request("POST", f"{API}/Rule", token, json=body)


def test_rule_lifecycle_with_assigned_groups_from_the_definition(mock: CheckedClient, admin: str) -> None:
    unknown = "0f0f0f0f-0000-4000-8000-000000000000"
    created = _create_rule(mock, admin, "Automation", AUTOMATION_USERS, unknown)
    assert created.status_code == 201
    rule = created.json()
    assert [(g["id"], g["name"], g["type"]) for g in rule["assignedGroups"]] == [
        (AUTOMATION_USERS, "Automation Users", "builtIn")
    ]
    assert rule["partitionGlobalId"] == CONTOSO and isinstance(rule["id"], int)
    got = mock.request("GET", f"{API}/Rule/{CONTOSO}/{rule['id']}", admin).json()
    assert got == rule

    update = {
        "ruleId": rule["id"],
        "partitionGlobalId": CONTOSO,
        "name": "Automation (off)",
        "enabled": False,
        "definition": _definition(CITIZEN_DEVELOPERS),
    }
    record = mock.request("PUT", f"{API}/Rule", admin, json=update).json()
    assert (record["id"], record["name"], record["enabled"]) == (rule["id"], "Automation (off)", False)
    assert isinstance(record["partitionId"], int) and record["lastModificationTime"] is not None
    listed = {r["id"]: r for r in mock.request("GET", f"{API}/Rule/{CONTOSO}", admin).json()}
    assert listed[rule["id"]]["enabled"] is False  # disabled rules are listed
    assert [g["name"] for g in listed[rule["id"]]["assignedGroups"]] == ["Citizen Developers"]

    assert mock.request("DELETE", f"{API}/Rule/{CONTOSO}/{rule['id']}", admin).status_code == 204
    assert mock.request("GET", f"{API}/Rule/{CONTOSO}/{rule['id']}", admin).status_code == 404
    assert mock.request("DELETE", f"{API}/Rule/{CONTOSO}/{rule['id']}", admin).status_code == 404
    update["ruleId"] = rule["id"]
    assert mock.request("PUT", f"{API}/Rule", admin, json=update).status_code == 404


def test_rule_definition_must_be_json_and_no_groups_means_none_assigned(mock: CheckedClient, admin: str) -> None:
    body = {"partitionGlobalId": CONTOSO, "name": "Broken", "enabled": True, "definition": "{not json"}
    response = mock.request("POST", f"{API}/Rule", admin, json=body)
    assert response.status_code == 400 and "definition" in response.json()["errors"]
    body["definition"] = None
    assert mock.request("POST", f"{API}/Rule", admin, json=body).json()["assignedGroups"] == []


def test_bulk_delete_removes_listed_rules_and_skips_unknown_ids(mock: CheckedClient, admin: str) -> None:
    one = _create_rule(mock, admin, "Bulk one").json()["id"]
    two = _create_rule(mock, admin, "Bulk two").json()["id"]
    keep = _create_rule(mock, admin, "Bulk keep").json()["id"]
    body = {"partitionGlobalId": CONTOSO, "ruleIds": [one, two, 999_999]}
    assert mock.request("DELETE", f"{API}/Rule", admin, json=body).status_code == 204
    ids = {r["id"] for r in mock.request("GET", f"{API}/Rule/{CONTOSO}", admin).json()}
    assert keep in ids and not ids & {one, two}


def test_rules_of_another_organization_are_not_found(mock: CheckedClient, admin: str) -> None:
    ident = _create_rule(mock, admin, "Contoso rule").json()["id"]
    other = mock.get_token("fabrikam")
    assert mock.request("GET", f"/fabrikam/identity_/api/Rule/{FABRIKAM}/{ident}", other).status_code == 404
    assert mock.request("GET", f"{API}/Rule/{CONTOSO}/{ident}", other).status_code == 403
