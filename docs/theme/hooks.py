"""mkdocs hooks: what the site takes from the spec rather than from mkdocs.yml.

* the release these docs describe, ``info.version`` (the one place the API's version lives; the release
  tooling bumps it), shown beside the repository link (``partials/source.html``);
* the navigation titles of the reference pages, one per tag: the tag's ``x-displayName`` (``API keys``
  for ``reference/api_keys.md``), the same title the generated page carries.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


@cache
def _spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return document


def on_config(config: Any) -> Any:
    config["extra"]["relay_version"] = f"v{_spec()['info']['version']}"
    return config


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    titles = {
        f"reference/{t['name']}.md": t["x-displayName"] for t in _spec()["tags"] if "x-displayName" in t
    }
    for page in nav.pages:
        if page.file.src_uri in titles:
            page.title = titles[page.file.src_uri]
    return nav
