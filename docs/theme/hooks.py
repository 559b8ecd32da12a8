"""mkdocs hook: the release these docs describe, from the spec's ``info.version`` (the one place the
version lives for the API; the release tooling bumps it), shown beside the repository link."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


def on_config(config: Any) -> Any:
    info = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]
    config["extra"]["relay_version"] = f"v{info['version']}"
    return config
