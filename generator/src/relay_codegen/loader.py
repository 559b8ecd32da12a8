"""Load the spec file once: bytes → SHA-256, YAML → dict, OpenAPI 3.1 validation.

Every target renders from this one parsed and validated document (``Api.document``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from relay_codegen.diagnostics import Diagnostics, GenerationError, pointer


@dataclass(frozen=True)
class LoadedSpec:
    path: Path
    raw: bytes
    sha256: str
    document: dict[str, Any]


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate mapping keys instead of silently keeping the last."""


def _construct_mapping(
    loader: yaml.SafeLoader | yaml.CSafeLoader, node: yaml.MappingNode, deep: bool = False
) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LOADER: type[Any] = _UniqueKeyLoader

if yaml.__with_libyaml__:  # PyYAML's wheels bundle libyaml

    class _CUniqueKeyLoader(yaml.CSafeLoader):
        """The same loader on libyaml's parser: the same events, resolver and constructors as
        :class:`_UniqueKeyLoader` (so the same document), about ten times faster."""

    _CUniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _LOADER = _CUniqueKeyLoader


def read_spec(path: Path) -> bytes:
    """The spec file's bytes (:class:`GenerationError` if unreadable)."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise GenerationError(f"cannot read spec {path}: {exc}") from exc


def parse_spec(path: Path, raw: bytes) -> dict[str, Any]:
    """YAML → dict (duplicate keys rejected); :class:`GenerationError` if not a YAML mapping."""
    try:
        document = yaml.load(raw, Loader=_LOADER)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        raise GenerationError(f"{path}: invalid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise GenerationError(f"{path}: the spec must be a YAML mapping")
    return document


def load_spec(path: Path, raw: bytes | None = None) -> LoadedSpec:
    """Read (unless ``raw`` is given) and validate the spec; raise :class:`GenerationError` with
    diagnostics if invalid."""
    if raw is None:
        raw = read_spec(path)
    document = parse_spec(path, raw)
    check_valid(path, validate_document(document))
    return LoadedSpec(
        path=path,
        raw=raw,
        sha256=hashlib.sha256(raw).hexdigest(),
        document=document,
    )


def check_valid(path: Path, diagnostics: Diagnostics) -> None:
    """Raise :class:`GenerationError` carrying the validation ``diagnostics`` if any is an error."""
    if diagnostics.errors:
        raise GenerationError(f"{path}: not a valid OpenAPI 3.1 document", diagnostics)


def validate_document(document: dict[str, Any]) -> Diagnostics:
    """Validate with openapi-spec-validator, returning its findings as diagnostics."""
    from openapi_spec_validator import OpenAPIV31SpecValidator  # noqa: PLC0415 - slow import, only here

    diagnostics = Diagnostics()
    version = str(document.get("openapi", ""))
    if not version.startswith("3.1."):
        diagnostics.error("/openapi", "openapi-version", f"expected OpenAPI 3.1.x, got {version!r}")
        return diagnostics
    try:
        for err in OpenAPIV31SpecValidator(document).iter_errors():
            location = pointer(*(str(p) for p in err.absolute_path)) if err.absolute_path else "/"
            diagnostics.error(location, "openapi-invalid", err.message)
    except Exception as exc:  # the validator raises on e.g. unresolvable $refs
        diagnostics.error("/", "openapi-invalid", f"{type(exc).__name__}: {exc}")
    return diagnostics
