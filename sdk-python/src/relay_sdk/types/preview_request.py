# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PreviewRequest")


@_attrs_define
class PreviewRequest:
    """
    Attributes:
        params (PreviewRequestParams): The action's parameters, validated against its `input_schema`.
    """

    params: PreviewRequestParams

    def to_dict(self) -> dict[str, Any]:
        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        params = PreviewRequestParams.from_dict(d.pop("params"))

        preview_request = cls(
            params=params,
        )

        return preview_request


# Imported here, after this module's class exists, so that models may refer to each other in a
# cycle; a call of to_dict/from_dict then runs no import machinery.
from .preview_request_params import PreviewRequestParams  # noqa: E402
