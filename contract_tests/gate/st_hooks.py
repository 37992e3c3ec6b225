"""The module Schemathesis loads (`hooks` in schemathesis.toml): importing it registers the gate's
custom checks and live-mode safety hooks."""

from . import custom_checks, live_safety

__all__ = ["custom_checks", "live_safety"]
