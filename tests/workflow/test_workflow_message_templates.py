"""A message template's lifecycle with the generated client: create (the answer is the bare id),
read it by id and by name, change its text, delete it, and find it gone. Live-safe: the name
carries the gate run's prefix and the template is deleted in a `finally` (the gate's clean-up
also deletes, by recorded id, whatever its own run created)."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest
from test_workflow_client import LIVE, mock, named, token_response
from uipath_identity_client import AuthenticatedClient
from uipath_identity_client.api.message_templates import (
    create_message_template,
    delete_message_template,
    get_message_template,
    get_message_template_by_name,
    update_message_template,
)
from uipath_identity_client.models import (
    CreateMessageTemplateRequest,
    MessageTemplate,
    ProblemDetails,
    UpdateMessageTemplateRequest,
)

pytestmark = pytest.mark.slow
__all__ = ["mock"]  # the shared fixture: the live organization, the gate's mock, or one started here


@pytest.fixture(scope="module")
def templates(mock: dict[str, Any]) -> AuthenticatedClient:
    if LIVE is not None:  # the gate's token, which it asked with every scope the run needs
        return AuthenticatedClient(base_url=LIVE["base_url"], token=LIVE["token"])
    answer = token_response(mock, mock["admin_client_id"], mock["admin_client_secret"], "PM.MessageTemplate")
    assert answer.status_code == 200, answer.text
    return AuthenticatedClient(base_url=mock["base_url"], token=answer.json()["access_token"])


def test_message_template_lifecycle(templates: AuthenticatedClient) -> None:
    name = named(f"workflow banner {uuid4().hex[:8]}")
    created = create_message_template.sync_detailed(
        client=templates, body=CreateMessageTemplateRequest(name=name, value="Scheduled maintenance tonight.")
    )
    assert created.status_code == 200, created.content
    ident = created.parsed
    assert isinstance(ident, int) and not isinstance(ident, bool)
    try:
        by_id = get_message_template.sync(ident, client=templates)
        assert isinstance(by_id, MessageTemplate)
        assert (by_id.id, by_id.name, by_id.value) == (ident, name, "Scheduled maintenance tonight.")
        by_name = get_message_template_by_name.sync(client=templates, name=name)
        assert isinstance(by_name, MessageTemplate) and by_name.id == ident

        again = create_message_template.sync_detailed(
            client=templates, body=CreateMessageTemplateRequest(name=name, value="duplicate")
        )
        assert again.status_code == 409  # names are unique in the organization

        updated = update_message_template.sync(
            ident, client=templates, body=UpdateMessageTemplateRequest(id=ident, value="Maintenance is over.")
        )
        assert isinstance(updated, MessageTemplate)
        assert (updated.name, updated.value) == (name, "Maintenance is over.")
        reread = get_message_template.sync(ident, client=templates)
        assert isinstance(reread, MessageTemplate) and reread.value == "Maintenance is over."

        assert delete_message_template.sync_detailed(ident, client=templates).status_code == 204
        gone = get_message_template.sync_detailed(ident, client=templates)
        assert gone.status_code == 404 and isinstance(gone.parsed, ProblemDetails)
        assert get_message_template_by_name.sync_detailed(client=templates, name=name).status_code == 404
    finally:
        # Already deleted when the workflow got to its end; otherwise this is the clean-up.
        delete_message_template.sync_detailed(ident, client=templates)
