"""The module Schemathesis loads (`hooks` in schemathesis.toml): importing it registers the run's
authentication, the gate's own checks, the stock checks it adapts to how real services answer,
the hooks that keep positive cases in the organization under test, and the live-mode safety hooks.
Each module registers itself (Schemathesis' decorators); this list is the only place they meet."""

# same_as_path's before_call runs last (imported last), so a body echoes the path as finally sent.
from . import st_auth  # noqa: I001
from . import check_overrides, checks_access, checks_content, checks_inputs, checks_lifecycle, checks_semantics
from . import own_organization, positive_params, references, live_safety, same_as_path

__all__ = [
    "check_overrides",
    "checks_access",
    "checks_content",
    "checks_inputs",
    "checks_lifecycle",
    "checks_semantics",
    "live_safety",
    "own_organization",
    "positive_params",
    "references",
    "same_as_path",
    "st_auth",
]
