"""python-sdk, step 1: the attrs models of ``relay_sdk.types``, rendered by openapi-python-client.

openapi-python-client (pinned) parses the spec and renders every component schema through the
project's templates (``templates/python_sdk/opc/``), passed with its documented
``custom_template_path``: the model template points the imports at the SDK runtime, imports the
models a model refers to once at the module's end, keeps a field named ``type`` as ``type``, and
parses dates without dateutil; the other templates keep enums Python 3.9-safe and literal enums
lenient; the endpoint, client and package templates render nothing (the SDK renders those itself).

Only its public API is used: ``Config``/``ConfigFile``, ``GeneratorData.from_dict``, ``Project``
(whose Jinja environment, ``Project.env``, also gets the ``relay`` helpers below) and
``Project.build()``. Its output is formatted with the rest of the SDK (``python_sdk.format_python``).
"""

from __future__ import annotations

import contextlib
import copy
import io
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relay_codegen.diagnostics import GenerationError

OPC_TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "python_sdk" / "opc"
# Wire names openapi-python-client suffixes with ``_`` because they shadow a builtin, but that the
# SDK keeps, so users write ``event.type`` as in the Stainless SDKs, on the wire and in TypeScript.
# Safe in an attrs model: the name only becomes an attribute and an ``__init__`` argument (the
# locals of to_dict/from_dict keep opc's name), and the one annotation of the class body that
# names the builtin is spelled ``builtins.type`` (see ``ModelHelpers.shadows_type``).
KEEP_BUILTIN_NAMES = frozenset({"type"})


@dataclass(frozen=True)
class Models:
    files: dict[str, str]  # module file name (``action.py``) → source
    index: dict[str, str]  # every exported name (classes, literal aliases) → its module, sorted


class ModelHelpers:
    """What the model templates call as ``relay.*`` (structured data; no text is rewritten)."""

    def __init__(self, header: str) -> None:
        self.header = header

    @staticmethod
    def attribute(prop: Any) -> str:
        """The attribute (and ``__init__`` argument) name of a property."""
        name = str(prop.python_name)
        kept = name[:-1]
        if name.endswith("_") and kept in KEEP_BUILTIN_NAMES and prop.name == kept:
            return kept
        return name

    def shadows_type(self, model: Any) -> bool:
        """A field named ``type`` shadows the builtin in the class body, where type checkers
        resolve ``from_dict``'s ``cls: type[T]``."""
        return any(self.attribute(p) == "type" for p in _own_properties(model))

    def enum_imports(self, model: Any) -> list[tuple[str, str]]:
        """``(module, name)`` of the enums a model uses, imported at its top (enum modules import
        nothing of the models, so they cannot be part of a cycle)."""
        return sorted(_referenced(model)[0])

    def model_imports(self, model: Any) -> list[tuple[str, str]]:
        """``(module, name)`` of the other models a model refers to, imported at its end."""
        return sorted(_referenced(model)[1])


def _own_properties(model: Any) -> list[Any]:
    return [*(model.required_properties or ()), *(model.optional_properties or ())]


def _referenced(model: Any) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The enums and the models the properties of ``model`` refer to, through lists and unions."""
    properties = _opc_properties()
    enums: set[tuple[str, str]] = set()
    models: set[tuple[str, str]] = set()

    def walk(prop: Any) -> None:
        if isinstance(prop, properties.ModelProperty):
            models.add((prop.class_info.module_name, prop.class_info.name))
            return  # its own properties are its own module's business
        if isinstance(prop, properties.LiteralEnumProperty):
            enums.add((prop.class_info.module_name, prop.class_info.name))
            check = f"check_{prop.get_class_name_snake_case()}"
            enums.add((prop.class_info.module_name, check))
        elif isinstance(prop, properties.EnumProperty):
            enums.add((prop.class_info.module_name, prop.class_info.name))
        inner = getattr(prop, "inner_property", None)
        for child in [inner] if inner is not None else getattr(prop, "inner_properties", None) or ():
            walk(child)

    extra = model.additional_properties
    for prop in [*_own_properties(model), *([extra] if extra not in (None, True, False) else [])]:
        walk(prop)
    models.discard((model.class_info.module_name, model.class_info.name))
    return enums, models


def _opc_properties() -> Any:
    try:
        from openapi_python_client.parser import properties  # noqa: PLC0415 - a heavy import, used once
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise GenerationError(
            "python-sdk: openapi-python-client is not installed (pip install -e generator)"
        ) from exc
    return properties


def render_models(document: Mapping[str, Any], spec_path: Path, header: str) -> Models:
    """Render the models of ``document`` (the spec every other target renders from, as
    :mod:`relay_codegen.loader` parsed it; ``spec_path`` only names it in messages)."""
    import openapi_python_client as opc  # noqa: PLC0415 - a heavy import, only for this target
    from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: PLC0415
    from openapi_python_client.parser import GeneratorData  # noqa: PLC0415
    from openapi_python_client.parser.errors import GeneratorError  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="relay-opc-") as tmp:
        out = Path(tmp) / "out"
        config = Config.from_sources(
            ConfigFile(
                project_name_override="relay_opc",
                package_name_override="relay_opc",
                post_hooks=[],
                literal_enums=True,
                # a schema's `title` is its class name, as written (ARCHITECTURE.md, "SDK names")
                use_path_prefixes_for_title_model_names=False,
            ),
            MetaType.NONE,
            spec_path,
            "utf-8",
            True,  # overwrite
            output_path=out,
        )
        # a private copy: openapi-python-client does not modify it, but other targets render from it
        openapi = GeneratorData.from_dict(copy.deepcopy(dict(document)), config=config)
        if isinstance(openapi, GeneratorError):
            raise GenerationError(f"python-sdk: openapi-python-client: {_describe(openapi)}")
        project = opc.Project(openapi=openapi, config=config, custom_template_path=OPC_TEMPLATES)
        project.env.globals["relay"] = ModelHelpers(header.rstrip("\n"))
        with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <tmp dir>"
            errors = project.build()
        problems = _model_problems(errors)
        if problems:
            raise GenerationError(
                "python-sdk: openapi-python-client could not model the spec:\n" + "\n".join(problems)
            )
        index: dict[str, str] = {}
        for item in [*openapi.models, *openapi.enums]:
            index[str(item.class_info.name)] = str(item.class_info.module_name)
        _check_names(index)
        files = {
            f"{module}.py": (out / "models" / f"{module}.py").read_text(encoding="utf-8")
            for module in sorted(set(index.values()))
        }
        return Models(files=files, index=dict(sorted(index.items())))


def _describe(error: Any) -> str:
    return f"{str(error.header).strip()} {error.detail or ''}".strip()


def _model_problems(errors: Iterable[Any]) -> list[str]:
    """openapi-python-client's errors that concern schemas (models). Endpoint warnings
    ("WARNING parsing GET /path ...", e.g. a non-JSON response) are irrelevant: this target renders
    the resources itself and keeps only the models."""
    return [_describe(err) for err in errors if not str(err.header).strip().startswith("WARNING parsing ")]


def _check_names(index: Mapping[str, str]) -> None:
    """No made-up class names in the public API: openapi-python-client names a schema the spec
    leaves unnamed after where it is used, ``<Parent><Property>Type<N>`` (an inline member of a
    ``oneOf``, a nullable inline enum); the spec must name it instead."""
    made_up = sorted(name for name in index if _is_made_up(name))
    if made_up:
        raise GenerationError(
            "python-sdk: these SDK classes would get made-up names: "
            + ", ".join(made_up)
            + ". Name them in the spec: an inline object in a oneOf/anyOf gets a `title` (its class"
            " name), a nullable enum becomes a component schema (a `$ref`)."
        )


def _is_made_up(name: str) -> bool:
    stem = name.rstrip("0123456789")
    return stem != name and stem.endswith("Type")
