"""The module Schemathesis loads (`hooks` in schemathesis.toml): importing it registers the gate's
custom checks, the stock checks it adapts to how real services answer, the hooks that keep
positive cases in the organization under test, and the live-mode safety hooks."""

# own_organization's before_call runs first: live_safety's hooks then see the organization's id;
# same_as_path runs last, so a body echoes the path as finally sent.
from . import check_overrides, custom_checks, own_organization, live_safety, same_as_path  # noqa: I001
from . import thread_safe_lambdas

__all__ = ["check_overrides", "custom_checks", "live_safety", "own_organization", "same_as_path", "thread_safe_lambdas"]
