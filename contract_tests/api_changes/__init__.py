"""When the API changes: the change report between two spec versions (differ.py, schemas.py),
classified for client code and for the wire (changes.py RULES), griffe on the generated packages
(python_api.py), the semver that follows (versioning.py), release records that feed the package's
CHANGELOG.md (releases.py), the gate step (gate_step.py) and the CLI behind scripts/api_changes."""
