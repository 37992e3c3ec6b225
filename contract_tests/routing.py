"""How a service routes the spec's paths the way ASP.NET Core does, computed from the spec's paths
(used by the gate's method checks and by the mock's aspnet profile).

ASP.NET Core matches a request path against every route template first and filters by HTTP method
afterwards: `GET /api/ExternalClient/GenerateSecret` matches both the literal template (POST only)
and `/api/ExternalClient/{partitionGlobalId}` (GET), so the GET reaches the sibling template's
action instead of getting 405, and a 405 or an OPTIONS there lists the methods of both templates in
`Allow`. A method check must therefore expect 405 only for methods that no matching template has.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

HTTP_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})
_PARAMETER = re.compile(r"\\\{[^/]+?\\\}")  # `{name}` after re.escape


def template_pattern(template: str) -> re.Pattern[str]:
    """A path template as a regex; a parameter matches one non-empty segment."""
    return re.compile("^" + _PARAMETER.sub("[^/]+", re.escape(template)) + "$")


@dataclass(frozen=True)
class Routes:
    templates: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...]

    @classmethod
    def from_paths(cls, paths: Mapping[str, Any]) -> Routes:
        return cls(
            tuple(
                (template, template_pattern(template), frozenset(m for m in item if m.lower() in HTTP_METHODS))
                for template, item in paths.items()
                if isinstance(item, Mapping)
            )
        )

    def methods_for(self, path: str) -> frozenset[str]:
        """Every method some template matching `path` declares (lower case)."""
        return frozenset(m.lower() for _, pattern, methods in self.templates if pattern.match(path) for m in methods)

    def routed_elsewhere(self, own_template: str, method: str, path: str) -> bool:
        """Whether `method` on `path` (a concrete path of `own_template`) reaches another template's action."""
        return self.sibling(own_template, method, path) is not None

    def sibling(self, own_template: str, method: str, path: str) -> str | None:
        """The other template whose action `method` on `path` reaches (literal segments first), if any."""
        candidates = [
            template
            for template, pattern, methods in self.templates
            if template != own_template and method.lower() in methods and pattern.match(path)
        ]
        return min(candidates, key=lambda t: t.count("{"), default=None)


def relative_path(url: str, base_url: str) -> str:
    """The request's path below the base URL (the spec's paths are relative to it). Still
    percent-encoded, as routing sees it: an encoded `/` does not split a segment."""
    path, base = urlsplit(url).path, urlsplit(base_url).path.rstrip("/")
    return path[len(base) :] if base and path.startswith(base) else path
