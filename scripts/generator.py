#!/usr/bin/env python3
"""openapi-python-client with our naming rule; scripts/regenerate runs this instead of the bare CLI.

openapi-python-client has no option for how JSON names become Python names, and its rule reads
acronyms letter by letter (`groupIDsToAdd` -> `group_ids_to_add`) and suffixes every builtin's
name (`type` -> `type_`). This wrapper installs two generic rules before running the CLI:
- an upper-case run is one word, also as a plural (`IDs`, `URLs`): `group_ids_to_add`, `redirect_url`;
- only keywords and the names the generated code itself relies on get the `_` suffix, so a field
  may be called `type` or `id` (both are fine as attributes and arguments).
"""

from __future__ import annotations

import keyword
import re
import sys

from openapi_python_client import strings
from openapi_python_client.cli import app

# Names the generated modules use unqualified (types in annotations, helpers); a field named like
# one of these would shadow it inside a model class or a function.
_USED_BY_GENERATED_CODE = {
    "self", "cls", "true", "false", "datetime", "str", "int", "float", "bool", "list", "dict",
    "object", "bytes", "isinstance", "cast", "client", "kwargs", "response", "json", "d",
}  # fmt: skip
_WORD = re.compile(r"[A-Z]+s(?=[A-Z\d]|$)|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def split_words(value: str) -> list[str]:
    words: list[str] = []
    for chunk in re.findall(rf"[^{re.escape(strings.DELIMITERS)}]+", value):
        words += _WORD.findall(chunk) if any(c.isupper() for c in chunk) else [chunk]
    return words


def fix_reserved_words(value: str) -> str:
    return f"{value}_" if keyword.iskeyword(value) or value in _USED_BY_GENERATED_CODE else value


strings.split_words = split_words
strings.fix_reserved_words = fix_reserved_words

if __name__ == "__main__":
    sys.argv[0] = "openapi-python-client"
    app()
