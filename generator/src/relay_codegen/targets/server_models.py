"""Target ``server-models``: pydantic v2 models via datamodel-code-generator (pinned).

Every model forbids unknown fields (``extra='forbid'``) and uses strict scalar types, so a
request with an unknown field or ``"yes"`` for a boolean is rejected rather than coerced.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import ClassVar

from relay_codegen.diagnostics import GenerationError
from relay_codegen.targets.base import HEADER, Context, GeneratedFile
from relay_codegen.worker import Task, Worker

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


def run_datamodel_codegen(spec_path: str, header: str) -> str:
    """datamodel-code-generator's command line, run in this process; the ``models.py`` it writes.

    A task of the helper process (:mod:`relay_codegen.worker`), whose working directory is a fresh
    temporary one (no ``pyproject.toml`` to pick settings from): :meth:`ServerModelsTarget.start`.
    """
    from datamodel_code_generator.__main__ import main  # noqa: PLC0415 - the worker's import only

    out = Path("models.py").resolve()
    argv = [
        "--input",
        spec_path,
        "--output",
        str(out),
        "--custom-file-header",
        header,
        *DATAMODEL_CODEGEN_ARGS,
    ]
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        code = main(argv)
    if code != 0 or not out.is_file():
        raise GenerationError(
            f"server-models: datamodel-code-generator failed (exit {int(code)}):\n{stderr.getvalue().strip()}"
        )
    return out.read_text(encoding="utf-8")


def models_header(stamp_line: str) -> str:
    """The header datamodel-code-generator writes (the first two lines of ``Context.header()``)."""
    return f"# {HEADER}\n# {stamp_line}"


class ServerModelsTarget:
    name: ClassVar[str] = "server-models"
    root: ClassVar[str] = SERVER_GENERATED_ROOT
    description: ClassVar[str] = "pydantic v2 models of components/schemas for the server"

    def start(self, spec_path: Path, stamp_line: str) -> Task:
        """The slow part, for the helper process: it reads the spec file itself."""
        return Task(f"{__name__}:run_datamodel_codegen", (str(spec_path), models_header(stamp_line)))

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        pending = ctx.started.get(self.name)
        if pending is None:  # not started by the pipeline: a helper process of its own
            pending = Worker({self.name: self.start(ctx.spec_path, ctx.stamp_line)}).pending(self.name)
        models = pending.result()
        if not isinstance(models, str):
            raise GenerationError(f"server-models: expected the models' source, got {type(models).__name__}")
        return [
            GeneratedFile("__init__.py", ctx.render("server/init.py.j2")),
            GeneratedFile("models.py", models),
        ]
