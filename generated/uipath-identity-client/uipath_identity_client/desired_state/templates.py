"""Message templates, by name. The API cannot list them, so only the templates a document names
are read, and none is ever deleted for being absent."""

from __future__ import annotations

from collections.abc import Iterable

from .._identity import IdentityClient
from ..errors import NotFoundError
from .model import Change
from .registry import Field, Kind, Observed, Run, fold, register
from .steps import each


@register
class MessageTemplates(Kind):
    section = "message_templates"
    noun = "message template"
    fields = (Field("value", "str"),)
    order = 10
    prunable = False

    def observe(self, client: IdentityClient, names: Iterable[str], observed: Observed) -> None:
        templates = observed.section(self.section)
        for name in dict.fromkeys(names):
            try:
                template = client.message_templates.get_by_name(name=name)
            except NotFoundError:
                continue
            templates[fold(template.name)] = {"name": template.name, "value": template.value}
            observed.ids.setdefault(self.section, {})[fold(template.name)] = str(template.id)

    def create(self, run: Run, changes: list[Change]) -> None:
        def create(change: Change) -> None:
            ident = run.client.message_templates.create(name=change.name, value=str(change.new("value")))
            run.remember(self.section, change.name, str(ident))

        each(run, changes, create)

    def update(self, run: Run, changes: list[Change]) -> None:
        each(run, changes, lambda c: run.client.message_templates.update(int(str(c.id)), value=str(c.new("value"))))

    def delete(self, run: Run, changes: list[Change]) -> None:
        each(run, changes, lambda c: run.client.message_templates.delete(int(str(c.id))))
