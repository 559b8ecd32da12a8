"""Ship the API description the suite tests against inside relay-contract.

The sdist gets ``spec/openapi.yaml`` of the checkout as ``src/relay_contract/openapi.yaml``; a wheel built
from the checkout gets it as ``relay_contract/openapi.yaml`` (a wheel built from the sdist finds it in the
package already). Editable installs read the checkout's spec directly (``relay_contract.spec``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class SpecHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        repo_spec = root.parent / "spec" / "openapi.yaml"
        if self.target_name == "sdist":
            if not repo_spec.is_file():
                raise FileNotFoundError(f"relay-contract: the sdist needs {repo_spec}")
            build_data["force_include"][str(repo_spec)] = "src/relay_contract/openapi.yaml"
        elif version != "editable" and not (root / "src" / "relay_contract" / "openapi.yaml").is_file():
            if not repo_spec.is_file():
                raise FileNotFoundError(f"relay-contract: the wheel needs {repo_spec}")
            build_data["force_include"][str(repo_spec)] = "relay_contract/openapi.yaml"
