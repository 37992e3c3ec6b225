"""Organization settings, key -> value (a mapping in the document; `null` deletes the key, with
--prune). The API reads settings by key only, so only the keys a document names are read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .._identity import IdentityClient
from ..models import SettingValue
from .model import Change
from .registry import Field, Kind, Observed, Run, fold, register
from .steps import batched, chunks

BATCH = 100  # keys per request


@register
class Settings(Kind):
    section = "settings"
    noun = "setting"
    name_key = "key"
    fields = (Field("value", "text"),)
    order = 5
    mapping = True
    prunable = False

    def observe(self, client: IdentityClient, names: Iterable[str], observed: Observed) -> None:
        settings = observed.section(self.section)
        for keys in chunks(list(dict.fromkeys(names)), BATCH):
            for setting in client.settings.get(key=list(keys)):
                if setting.user_id is None:  # the organization's, not a user's
                    settings[fold(setting.key)] = {"key": setting.key, "value": setting.value}
                    observed.ids.setdefault(self.section, {})[fold(setting.key)] = str(setting.id)

    def _write(self, run: Run, changes: Sequence[Change]) -> None:
        def write(group: Sequence[Change]) -> None:
            run.client.settings.update(settings=[SettingValue(key=c.name, value=c.new("value")) for c in group])

        batched(run, changes, BATCH, write, lambda change: write([change]))

    def create(self, run: Run, changes: list[Change]) -> None:
        self._write(run, changes)

    def update(self, run: Run, changes: list[Change]) -> None:
        self._write(run, changes)

    def delete(self, run: Run, changes: list[Change]) -> None:
        batched(
            run,
            changes,
            BATCH,
            lambda group: run.client.settings.delete_many(settings=[c.name for c in group]),
            lambda change: run.client.settings.delete(int(str(change.id))),
        )
