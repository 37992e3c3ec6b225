"""List answers are parsed item by item into models (`_json_lists.models_of`, which releases each
item's JSON as it becomes a model), and `from_dict` makes models without calling `__init__`:
neither may change what a caller sees. The models equal the ones built with their constructor,
a bad item is still named by its index, an answer that is not an array says so, and `from_dict`
leaves the caller's own dict as it was."""

from __future__ import annotations

import copy
import datetime
from typing import Any
from uuid import UUID

import httpx
import pytest
from client_harness import ORG, Script, make_client
from uipath_identity_client import ResponseValidationError
from uipath_identity_client.api.external_clients import list_external_clients
from uipath_identity_client.models import ClientSecret, ExternalClient, ExternalClientResource, Scope, ScopeType
from uipath_identity_client.types import UNSET


def external_client(index: int) -> dict[str, Any]:
    return {
        "name": f"app {index}",
        "id": f"app-{index}",
        "secret": None,
        "isConfidential": True,
        "redirectUri": None,
        "resources": [
            {
                "name": "PlatformManagement",
                "displayName": "Platform Management",
                "description": None,
                "scopes": [{"name": "PM.OAuthApp.Read", "type": "application"}],
            }
        ],
        "secrets": [
            {
                "id": index,
                "description": None,
                "secret": None,
                "creationTime": "2025-07-18T12:52:37+00:00",
                "expiryTime": None,
            }
        ],
    }


def listed(body: Any) -> list[ExternalClient]:
    return list_external_clients.sync(UUID(ORG), client=make_client(Script(httpx.Response(200, json=body))))


def test_a_list_answer_is_the_models_in_order_equal_to_constructed_ones() -> None:
    apps = listed([external_client(i) for i in range(3)])
    assert [app.id for app in apps] == ["app-0", "app-1", "app-2"]
    created = datetime.datetime(2025, 7, 18, 12, 52, 37, tzinfo=datetime.UTC)
    scope = Scope(name="PM.OAuthApp.Read", type=ScopeType.APPLICATION)
    assert scope.display_name is UNSET and apps[2] == ExternalClient(
        name="app 2",
        id="app-2",
        secret=None,
        is_confidential=True,
        redirect_uri=None,
        resources=[ExternalClientResource("PlatformManagement", "Platform Management", None, [scope])],
        secrets=[ClientSecret(id=2, description=None, secret=None, creation_time=created, expiry_time=None)],
    )
    assert apps[1].additional_properties == {} and apps[1].additional_properties is not apps[2].additional_properties
    apps[1]["extra"] = 1  # each model's own additional properties
    assert "extra" not in apps[2]


def test_unknown_keys_are_kept_as_additional_properties() -> None:
    item = {**external_client(0), "newField": {"a": 1}}
    (app,) = listed([item])
    assert app.additional_properties == {"newField": {"a": 1}} and app.to_dict() == item


def test_a_bad_item_is_named_by_its_index() -> None:
    items = [external_client(i) for i in range(4)]
    items[2]["secrets"][0]["creationTime"] = "not a date"
    with pytest.raises(ResponseValidationError) as caught:
        listed(items)
    assert caught.value.field == "$[2].secrets[0].creationTime" and caught.value.operation == "listExternalClients"


def test_an_answer_that_is_not_an_array_says_so() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        listed({"value": []})
    assert caught.value.field == "$" and "expected a JSON array, got dict" in str(caught.value)


def test_from_dict_leaves_the_callers_dict_as_it_was() -> None:
    item = external_client(5)
    before = copy.deepcopy(item)
    app = ExternalClient.from_dict(item)
    assert item == before and app.to_dict() == before
