"""Secrets in and out of the command line. In: never in argv (the process list shows it to every
local user): from a file, a variable or standard input. Out: only where a command's purpose is to
hand one over, and then once (printed) or into a file created with mode 0600, written atomically
(a reader never sees half a secret; an existing file is replaced whole, never reopened)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

REDACTED = "***"


def read_secret(file: str | None, env: str | None, what: str) -> str | None:
    """The secret from `file` (`-`: standard input, first line) or the variable `env`."""
    if file is not None and env is not None:
        raise click.UsageError(f"give {what} from a file or from a variable, not both")
    if file == "-":
        value = sys.stdin.readline().rstrip("\r\n")
    elif file is not None:
        try:
            value = Path(file).expanduser().read_text().rstrip("\r\n")
        except OSError as error:
            raise click.UsageError(f"cannot read {what} from {file}: {error.strerror}") from None
    elif env is not None:
        if env not in os.environ:
            raise click.UsageError(f"{what}: the variable {env} is not set")
        value = os.environ[env]
    else:
        return None
    if not value:
        raise click.UsageError(f"{what} is empty")
    return value


def check_writable(path: Path) -> None:
    """Fail before a secret is created, not after, if it could not be written to `path`."""
    folder = path.expanduser().parent
    if not folder.is_dir():
        raise click.UsageError(f"{path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise click.UsageError(f"{path}: the folder {folder} is not writable")
    if path.expanduser().is_dir():
        raise click.UsageError(f"{path} is a folder")


def write_secret(path: Path, value: str) -> None:
    """Write `value` to `path` atomically, mode 0600 (a new file renamed over the old one)."""
    target = path.expanduser()
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(value + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
