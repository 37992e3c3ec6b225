"""The contract gate: drift check, spec validation, then Schemathesis against a server."""
