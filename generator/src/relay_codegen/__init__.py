"""relay-codegen: generates the Relay suite's artifacts from ``spec/openapi.yaml``.

Pipeline: load + validate the spec once (:mod:`relay_codegen.loader`), build the typed
intermediate model (:mod:`relay_codegen.ir`), then run every target registered in
:mod:`relay_codegen.targets`.
"""

from __future__ import annotations

__version__ = "1.0.0"

__all__ = ["__version__"]
