"""The root command: global options (profile, output, query, the embedded mock, pacing) and the
session they configure, shared by every command; exit codes."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from .._identity import IdentityClient
from ..errors import UiPathIdentityError
from . import config, mock
from .output import FORMATS
from .pacing import Limits, Pacer, RequestCounter

#: Exit codes: 0 success (plan: in step), 1 error, 2 (plan) drift.
EXIT_OK, EXIT_ERROR, EXIT_DRIFT = 0, 1, 2


@dataclass
class Session:
    """What the global options configure; builds the client (and starts the mock) on first use."""

    profile_name: str | None = None
    config_file: Path | None = None
    output: str | None = None
    query: str | None = None
    mock_profile: str | None = None
    mock_db: Path | None = None
    mock_seed: Path | None = None
    limits: Limits = field(default_factory=Limits)
    pacer: Pacer | None = None
    counter: RequestCounter = field(default_factory=RequestCounter)
    environ: dict[str, str] | None = None  # for tests: instead of os.environ
    _client: IdentityClient | None = None
    _mock: mock.MockServer | None = None
    _profile: dict[str, Any] | None = None

    @property
    def profile(self) -> dict[str, Any]:
        if self._profile is None:
            self._profile = {}
            if self.profile_name:
                path = self.config_file or config.config_path(self.environ)
                self._profile = config.load_profile(self.profile_name, path)
        return self._profile

    @property
    def format(self) -> str:
        return self.output or str(self.profile.get("output") or "json")

    def client(self) -> IdentityClient:
        if self._client is None:
            self.pacer = self.pacer or Pacer(self.limits)
            hooks = {"request": [self.pacer.on_request, self.counter.on_request]}
            if self.mock_profile is not None:
                self._mock = mock.start(self.mock_profile, self.mock_db)
                ready = self._mock.ready
                self._client = IdentityClient(
                    ready["base_url"],
                    client_id=ready["admin_client_id"],
                    client_secret=ready["admin_client_secret"],
                    httpx_args={"event_hooks": hooks},
                )
                if self.mock_seed is not None:
                    from .state import seed

                    seed(self._client, self.mock_seed)
            else:
                env = config.environment(self.profile, self.environ)
                self._client = IdentityClient.from_env(env, httpx_args={"event_hooks": hooks})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._mock is not None:
            self._mock.stop()


def session(ctx: click.Context) -> Session:
    return ctx.ensure_object(Session)


class RootGroup(click.Group):
    """Lists the hand-written commands first, then the API's resources."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        first = ["export", "plan", "apply", "import"]
        return [c for c in first if c in self.commands] + sorted(c for c in self.commands if c not in first)


@click.group(cls=RootGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--profile", "profile_name", envvar="UIPATH_PROFILE", help="A profile of the config file.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The config file (default: $UIPATH_IDENTITY_CONFIG, else ~/.config/uipath-identity/config.toml).",
)
@click.option("-o", "--output", type=click.Choice(FORMATS), help="Output format (default: json, or the profile's).")
@click.option("--query", help="A JMESPath expression applied to the result, e.g. \"[?type=='custom'].name\".")
@click.option("--mock", "use_mock", is_flag=True, help="Run against the embedded mock (in a checkout of the project).")
@click.option(
    "--mock-profile",
    type=click.Choice(["default", "aspnet"]),
    default="default",
    show_default=True,
    help="The mock's behaviour profile.",
)
@click.option(
    "--mock-db", type=click.Path(dir_okay=False, path_type=Path), help="Keep the mock's state in this SQLite file."
)
@click.option(
    "--mock-seed",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Apply this desired-state file (e.g. an export of your organization) to the mock first.",
)
@click.option(
    "--rate-limits",
    envvar="UIPATH_RATE_LIMITS",
    help="Requests per 5 minutes the run paces itself to, e.g. GET=300,WRITE=160,POST=24000,WINDOW=300.",
)
@click.version_option(package_name="uipath-identity-client", prog_name="uipath-identity")
@click.pass_context
def cli(
    ctx: click.Context,
    profile_name: str | None,
    config_file: Path | None,
    output: str | None,
    query: str | None,
    use_mock: bool,
    mock_profile: str,
    mock_db: Path | None,
    mock_seed: Path | None,
    rate_limits: str | None,
) -> None:
    """Administer a UiPath organization's identities: every API operation as a command, and
    identity as code (export, plan, apply; bulk CSV import).

    Credentials and organization come from the UiPath CLI's variables (UIPATH_URI,
    UIPATH_ORGANIZATION, UIPATH_CLIENT_ID + UIPATH_CLIENT_SECRET or UIPATH_PAT) or a --profile.
    Exit codes: 0 success (plan: no changes), 1 error, 2 (plan) changes pending.
    """
    state = session(ctx)
    if (mock_db or mock_seed) and not use_mock:
        raise click.UsageError("--mock-db and --mock-seed go with --mock")
    try:
        limits = Limits.parse(rate_limits) if rate_limits else state.limits
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    state.profile_name, state.config_file, state.output, state.query = profile_name, config_file, output, query
    state.mock_profile = mock_profile if use_mock else None
    state.mock_db, state.mock_seed, state.limits = mock_db, mock_seed, limits
    ctx.call_on_close(state.close)


def _register() -> None:
    from . import bulk, resources, state

    for command in (state.export, state.plan, state.apply, bulk.import_group):
        cli.add_command(command)
    for group in resources.resource_groups():
        cli.add_command(group)


_register()


def run(argv: Sequence[str] | None = None, obj: Session | None = None) -> int:
    """Run the command line; return its exit code (usage errors are 1, not click's 2, so that 2
    means only "changes pending")."""
    try:
        # without standalone mode, click returns an `Exit`'s code (ctx.exit) instead of raising it
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="uipath-identity", standalone_mode=False, obj=obj)
        return code if isinstance(code, int) else EXIT_OK
    except click.exceptions.Exit as done:
        return int(done.exit_code or 0)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return EXIT_ERROR
    except click.ClickException as error:
        error.show()
        return EXIT_ERROR
    except UiPathIdentityError as error:
        click.echo(f"Error: {error}", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_ERROR
