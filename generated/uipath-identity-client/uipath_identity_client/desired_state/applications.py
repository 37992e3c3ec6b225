"""External applications (OAuth clients): name, confidentiality, scopes, redirect URI; never a
secret value. A confidential application's first secret exists only in the create's answer: it
is handed to `Run.on_new_secret` (the CLI writes it to a file with mode 0600) and never printed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._identity import IdentityClient
from ..models import Scope, ScopeType
from .model import Change
from .registry import Field, Kind, Observed, Run, fold, register
from .steps import each

SCOPE_FIELDS = {"scopes": ScopeType.APPLICATION, "user_scopes": ScopeType.USER}


@register
class ExternalApplications(Kind):
    section = "external_applications"
    noun = "external application"
    fields = (
        Field("confidential", "bool", immutable=True),
        Field("redirect_uri", "text"),
        Field("scopes", "names"),
        Field("user_scopes", "names"),
    )
    order = 40

    def observe(self, client: IdentityClient, names: Iterable[str], observed: Observed) -> None:
        apps = observed.section(self.section)
        for app in client.external_clients.list():
            scopes: dict[str, list[str]] = {field: [] for field in SCOPE_FIELDS}
            for resource in app.resources:
                for scope in resource.scopes:
                    field = "user_scopes" if str(scope.type) == ScopeType.USER.value else "scopes"
                    scopes[field].append(scope.name)
            key = fold(app.name)
            apps[key] = {
                "name": app.name,
                "confidential": app.is_confidential,
                "redirect_uri": app.redirect_uri,
                **{field: sorted(set(names), key=str.lower) for field, names in scopes.items()},
            }
            observed.ids.setdefault(self.section, {})[key] = str(app.id)
            if str(app.id) == observed.credentials_id:
                observed.protected.setdefault(self.section, {})[key] = "the credentials this run uses"

    @staticmethod
    def _scopes(change: Change, today: dict[str, Any]) -> list[Scope]:
        """Every scope the application holds afterwards: a scope list the document leaves out is kept."""
        result = []
        for field, scope_type in SCOPE_FIELDS.items():
            names = change.new(field, today.get(field) or [])
            result += [Scope(name=str(name), type=scope_type) for name in names]
        return result

    def create(self, run: Run, changes: list[Change]) -> None:
        def create(change: Change) -> None:
            app = run.client.external_clients.create(
                name=change.name,
                is_confidential=bool(change.new("confidential", True)),
                scopes=self._scopes(change, {}),
                redirect_uri=change.new("redirect_uri"),
            )
            run.remember(self.section, change.name, str(app.id))
            if app.secret and run.on_new_secret is not None:
                run.on_new_secret(change.name, app.secret)

        each(run, changes, create)

    def update(self, run: Run, changes: list[Change]) -> None:
        def update(change: Change) -> None:
            today = run.observed.objects.get(self.section, {}).get(fold(change.name), {})
            values: dict[str, Any] = {}
            if change.field("redirect_uri"):
                values["redirect_uri"] = change.new("redirect_uri")
            if change.field("scopes") or change.field("user_scopes"):
                values["scopes"] = self._scopes(change, today)
            run.client.external_clients.patch(str(change.id), **values)  # keeps certificates and the rest

        each(run, changes, update)

    def delete(self, run: Run, changes: list[Change]) -> None:
        each(run, changes, lambda change: run.client.external_clients.delete(str(change.id)))
