"""The ONE place targets are registered: ``TARGETS`` maps a target name to its instance.

To add a target: write ``targets/<name>.py`` with a class following
:class:`relay_codegen.targets.base.Target`, import it below, and add it to ``_ALL``.
Order matters only for output listing; generation of each target is independent.
"""

from __future__ import annotations

from relay_codegen.targets.base import Context, GeneratedFile, Target
from relay_codegen.targets.docs import DocsTarget
from relay_codegen.targets.mcp import McpTarget
from relay_codegen.targets.postman import PostmanTarget
from relay_codegen.targets.python_sdk import PythonSdkTarget
from relay_codegen.targets.server_models import ServerModelsTarget
from relay_codegen.targets.server_routes import ServerRoutesTarget
from relay_codegen.targets.ts_sdk import TsSdkTarget

_ALL: tuple[Target, ...] = (
    ServerModelsTarget(),
    ServerRoutesTarget(),
    PythonSdkTarget(),
    TsSdkTarget(),
    PostmanTarget(),
    DocsTarget(),
    McpTarget(),
)

TARGETS: dict[str, Target] = {t.name: t for t in _ALL}

__all__ = ["TARGETS", "Context", "GeneratedFile", "Target"]
