"""Named profiles in a config file, beside the UiPath CLI's environment variables.

The file is TOML: `$UIPATH_IDENTITY_CONFIG`, else `$XDG_CONFIG_HOME/uipath-identity/config.toml`
(`~/.config/...`). A profile names where and as whom; secrets stay out of it (a file or a
variable that holds them):

    [profiles.prod]
    uri = "https://cloud.uipath.com"
    organization = "contoso"
    client_id = "8e5a1f04-..."
    client_secret_file = "~/.secrets/uipath-prod"   # or client_secret_env = "PROD_SECRET"
    scopes = "PM.Group PM.User PM.RobotAccount"
    output = "table"

`--profile NAME` (or `UIPATH_PROFILE`) picks one; what it sets wins over the environment, which
fills in the rest. Without a profile, the environment alone is used (as `IdentityClient.from_env`).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from .secrets import read_secret

#: profile key -> the environment variable it stands for
VARIABLES = {
    "uri": "UIPATH_URI",
    "organization": "UIPATH_ORGANIZATION",
    "organization_id": "UIPATH_ORGANIZATION_ID",
    "client_id": "UIPATH_CLIENT_ID",
    "scopes": "UIPATH_AUTH_SCOPES",
}
#: profile keys that name where a secret is -> the variable the secret stands for
SECRETS = {"client_secret": "UIPATH_CLIENT_SECRET", "pat": "UIPATH_PAT"}
OTHER_KEYS = {"output"}


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get("UIPATH_IDENTITY_CONFIG"):
        return Path(env["UIPATH_IDENTITY_CONFIG"]).expanduser()
    base = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "uipath-identity" / "config.toml"


def load_profile(name: str, path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text())
    except FileNotFoundError:
        raise click.UsageError(f"profile {name!r}: no config file at {path}") from None
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise click.UsageError(f"{path}: {error}") from None
    profiles = data.get("profiles")
    if not isinstance(profiles, dict) or not isinstance(profiles.get(name), dict):
        known = ", ".join(sorted(profiles)) if isinstance(profiles, dict) else "none"
        raise click.UsageError(f"{path}: no profile {name!r} (profiles: {known})")
    profile: dict[str, Any] = profiles[name]
    allowed = set(VARIABLES) | OTHER_KEYS | {f"{s}_{how}" for s in SECRETS for how in ("file", "env")}
    for key in profile:
        if key in SECRETS:
            raise click.UsageError(
                f"{path}: profile {name!r}: a secret does not belong in the config file; "
                f"use {key}_file (a file holding it) or {key}_env (a variable holding it)"
            )
        if key not in allowed:
            raise click.UsageError(
                f"{path}: profile {name!r}: unknown key {key!r} (known: {', '.join(sorted(allowed))})"
            )
    return profile


def environment(profile: Mapping[str, Any] | None, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The variables `IdentityClient.from_env` reads: the profile's over the environment's."""
    env = dict(os.environ if environ is None else environ)
    if not profile:
        return env
    for key, variable in VARIABLES.items():
        if key in profile:
            env[variable] = str(profile[key])
    for key, variable in SECRETS.items():
        file, var = profile.get(f"{key}_file"), profile.get(f"{key}_env")
        value = read_secret(str(file) if file else None, str(var) if var else None, f"the profile's {key}")
        if value is not None:
            env[variable] = value
            if key == "pat":  # a profile's PAT replaces the environment's client credentials
                env.pop("UIPATH_CLIENT_ID", None)
                env.pop("UIPATH_CLIENT_SECRET", None)
    return env
