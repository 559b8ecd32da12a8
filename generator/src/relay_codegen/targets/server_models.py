"""Target ``server-models``: pydantic v2 models via datamodel-code-generator (pinned).

Every model forbids unknown fields (``extra='forbid'``) and uses strict scalar types, so a
request with an unknown field or ``"yes"`` for a boolean is rejected rather than coerced.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import ClassVar

from relay_codegen.diagnostics import GenerationError
from relay_codegen.targets.base import Context, GeneratedFile

SERVER_GENERATED_ROOT = "server/src/relay_server/_generated"
_CLASS_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")

# Deterministic datamodel-code-generator flags. Changing any of them changes every model.
DATAMODEL_CODEGEN_ARGS: tuple[str, ...] = (
    "--input-file-type",
    "openapi",
    "--openapi-scopes",
    "schemas",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.11",
    "--use-annotated",
    "--field-constraints",
    "--strict-types",
    "str",
    "bytes",
    "int",
    "float",
    "bool",
    "--extra-fields",
    "forbid",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-subclass-enum",
    "--use-schema-description",
    "--use-field-description",
    "--use-double-quotes",
    "--disable-timestamp",
    "--formatters",
    "builtin",
)


def model_class_name(schema_name: str) -> str:
    """The class datamodel-code-generator emits for ``components/schemas/<schema_name>``.

    The spec's component names are PascalCase identifiers, which it keeps verbatim; anything
    else would be renamed unpredictably, so it is refused.
    """
    if not _CLASS_NAME.match(schema_name):
        raise ValueError(
            f"schema name {schema_name!r} is not a PascalCase identifier; "
            "rename it so every generator names its model the same"
        )
    return schema_name


class ServerModelsTarget:
    name: ClassVar[str] = "server-models"
    root: ClassVar[str] = SERVER_GENERATED_ROOT
    description: ClassVar[str] = "pydantic v2 models of components/schemas for the server"

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        header = ctx.header("#").rstrip("\n")
        with tempfile.TemporaryDirectory(prefix="relay-codegen-models-") as tmp:
            out = Path(tmp) / "models.py"
            cmd = [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(ctx.spec_path),
                "--output",
                str(out),
                "--custom-file-header",
                header,
                *DATAMODEL_CODEGEN_ARGS,
            ]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=tmp)
            if proc.returncode != 0 or not out.exists():
                raise GenerationError(
                    f"server-models: datamodel-code-generator failed "
                    f"(exit {proc.returncode}):\n{proc.stderr.strip()}"
                )
            models = out.read_text(encoding="utf-8")
        return [
            GeneratedFile("__init__.py", ctx.render("server/init.py.j2")),
            GeneratedFile("models.py", models),
        ]
